// TanStack Query over the API client: reads are cached by method and input;
// every successful write invalidates the cache (the workbook is small).
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { type ClientError, send } from './client';

/** The cache key of a read: screens that keep a read up to date themselves (the board) use the same one. */
export const queryKeyOf = <K extends MethodName>(method: K, input: Input<K>) => [method, input] as const;

export function useApi<K extends MethodName>(method: K, input: Input<K>, enabled = true) {
  return useQuery<Output<K>, ClientError>({
    queryKey: queryKeyOf(method, input),
    queryFn: () => send(method, input),
    enabled,
  });
}

/** How every write runs: one at a time, in order, and the cache refetched after it. */
function writes(queryClient: QueryClient) {
  return {
    // Every write goes to the workbook one at a time, in the order it was made:
    // two quick changes to the same item can never land the wrong way round.
    scope: { id: 'workbook' },
    // Not awaited: callers navigate away first (e.g. after a deletion), so the
    // refetch runs for the page the guide lands on, not the one that is gone.
    onSuccess: () => {
      void queryClient.invalidateQueries();
    },
  };
}

export function useApiMutation<K extends MethodName>(method: K) {
  const queryClient = useQueryClient();
  return useMutation<Output<K>, ClientError, Input<K>>({
    mutationFn: (input) => send(method, input),
    ...writes(queryClient),
  });
}

/** A write named when it is made, e.g. the one that puts back what a save changed (undo). */
export type ApiCall = { [K in MethodName]: { method: K; input: Input<K> } }[MethodName];

export function useApiCall() {
  const queryClient = useQueryClient();
  return useMutation<unknown, ClientError, ApiCall>({
    mutationFn: (call) => send(call.method, call.input as never),
    ...writes(queryClient),
  });
}

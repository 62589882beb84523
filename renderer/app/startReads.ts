// The reads of the page the app opens on, sent as the very first thing the
// renderer does (from boot.ts, before the main bundle is evaluated), so their
// answers are in when the first screen is drawn.
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { send } from '../api/client';
import { queryKeyOf } from '../api/hooks';
import { parseRoute } from './router';

type Read = { [K in MethodName]: readonly [K, Input<K>] }[MethodName];

/** The start page's reads: its list, the workbook line and «Nylig slettet» (the same keys its `useApi` calls use). */
const START_PAGE: readonly Read[] = [
  ['municipalities.list', {}],
  ['workbook.info', {}],
  ['trash.list', {}],
];

export interface StartRead {
  queryKey: readonly [MethodName, unknown];
  answer: Promise<Output<MethodName>>;
}

export const startReads: readonly StartRead[] =
  parseRoute(window.location.hash).name === 'home'
    ? START_PAGE.map(([method, input]) => {
        const answer = send(method, input);
        answer.catch(() => undefined); // a refusal is shown by the page's own read, not as an unhandled rejection
        return { queryKey: queryKeyOf(method, input), answer };
      })
    : [];

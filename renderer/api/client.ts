// The one API client. In Electron the preload provides `window.omni.invoke`;
// in the browser (start:web, tests) the same calls go to POST /api/<method>.
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { ApiErrorBody, Result } from '../../shared/api/result';
import { t } from '../../shared/i18n';

declare global {
  interface Window {
    omni?: {
      invoke(method: string, input: unknown): Promise<Result<unknown>>;
      /** Electron only: the page printed to a tagged PDF, as base64. */
      printPdf?(): Promise<Result<string>>;
    };
  }
}

export class ClientError extends Error {
  readonly code: ApiErrorBody['code'];
  readonly fields: Record<string, string>;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ClientError';
    this.code = body.code;
    this.fields = body.fields ?? {};
  }
}

async function overHttp(method: string, input: unknown): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', message: t('error.network') } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: t('error.network') } };
  }
}

export async function send<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>> {
  const result = window.omni ? await window.omni.invoke(method, input) : await overHttp(method, input);
  if (!result.ok) throw new ClientError(result.error);
  return result.value as Output<K>;
}

// The single entry both transports use: look up the method, validate the
// input with the contract's zod schema, run the handler, and return a Result
// whose error message is Norwegian and fit to show.
import { z } from 'zod';
import { contract, isMethodName, type Handlers } from '../../shared/api/contract';
import { ApiError, type Result } from '../../shared/api/result';
import { t } from '../../shared/i18n';

// A schema without its own message still answers in Norwegian (zod's bokmål
// locale); the schemas in shared/ give the guide-friendly messages.
z.config(z.locales.no());

export function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    fields[key] ??= issue.message;
  }
  const messages = [...new Set(Object.values(fields))];
  return new ApiError('invalid_input', messages.length === 1 ? messages[0] : `${t('error.invalidInput')} ${messages.join(' ')}`, fields);
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export function createDispatch(handlers: Handlers, log: (err: unknown) => void = console.error): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return { ok: false, error: { code: 'unknown_method', message: t('error.unknownMethod', { method: method.slice(0, 80) }) } };
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toBody() };
    try {
      const handler = handlers[method] as (i: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toBody() };
      log(err);
      return { ok: false, error: { code: 'internal', message: t('error.internal') } };
    }
  };
}

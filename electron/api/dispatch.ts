// The single entry both transports use: look up the method, validate the
// input with the contract's zod schema, run the handler, and return a Result
// whose error message is Norwegian and fit to show.
import { z } from 'zod';
import { contract, isMethodName, type Handlers } from '../../shared/api/contract';
import { isReadMethod } from '../../shared/api/reads';
import { outputProblem } from '../../shared/api/outputs';
import { ApiError, type Result } from '../../shared/api/result';
import { t, type MessageKey } from '../../shared/i18n';
import { WRITE_MESSAGES, diskProblem } from '../workbook/disk';

// The schemas in shared/ word their own messages for a guide. Where one does
// not (a wrong type from a broken client, a list where an object belongs),
// the message still names the field in plain Norwegian: never zod's generic
// wording ("forventet object, fikk liste") or a raw pattern.
const fieldLabel = (path: readonly PropertyKey[]): string => {
  for (const key of [...path].reverse()) {
    if (typeof key !== 'string') continue;
    const label = `apiField.${key}` as MessageKey;
    if (t(label) !== label) return t(label);
  }
  return t('apiField.unknown');
};
z.config({
  ...z.locales.no(),
  customError: (issue) => {
    if (issue.path === undefined || issue.path.length === 0) return t('error.badRequest');
    const field = fieldLabel(issue.path);
    const text = issue.origin === 'string';
    if (issue.code === 'too_big' && text) return t('validation.tooLong', { field, max: Number(issue.maximum) });
    if (issue.code === 'too_small' && text) return t('validation.required', { field });
    if (issue.code === 'invalid_value' || issue.code === 'invalid_union')
      return t('validation.choice', { field: field.toLowerCase() });
    return t('validation.invalid', { field });
  },
});

export function validationError(error: z.ZodError): ApiError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    fields[key] ??= issue.message;
  }
  const messages = [...new Set(Object.values(fields))];
  return new ApiError(
    'invalid_input',
    messages.length === 1 ? messages[0] : `${t('error.invalidInput')} ${messages.join(' ')}`,
    fields,
  );
}

/**
 * Text as the guide typed it, stored as it came: a lone UTF-16 surrogate
 * (half of an emoji, cut by a paste or a broken client) cannot be stored in
 * UTF-8 and would come back as three characters. Each becomes U+FFFD here,
 * at the boundary, so what is saved is what is read back.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export function wellFormed(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(LONE_SURROGATE, '\uFFFD');
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => wellFormed(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[wellFormed(k, depth + 1) as string] = wellFormed(v, depth + 1);
  return out;
}

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface DispatchOptions {
  /** The workbook is open for reading only: only read methods run. */
  readOnly?: boolean;
  /**
   * Check every result against its output schema (shared/api/outputs.ts) and answer `internal`,
   * naming the mismatch, when one does not match. On wherever OMNI_CHECK_OUTPUTS=1: vitest sets it
   * for the unit harness and the start:web servers the end-to-end tests run. Off in the shipped
   * app, where it would only add a parse per call.
   */
  checkOutputs?: boolean;
}

export function createDispatch(
  handlers: Handlers,
  log: (err: unknown) => void = console.error,
  options: DispatchOptions = {},
): Dispatch {
  const checkOutputs = options.checkOutputs ?? process.env.OMNI_CHECK_OUTPUTS === '1';
  return async (method, input) => {
    if (!isMethodName(method))
      return {
        ok: false,
        error: { code: 'unknown_method', message: t('error.unknownMethod', { method: method.slice(0, 80) }) },
      };
    if (options.readOnly && !isReadMethod(method))
      return { ok: false, error: { code: 'refused', message: t('readOnly.write') } };
    const parsed = contract[method].input.safeParse(wellFormed(input ?? {}));
    if (!parsed.success) return { ok: false, error: validationError(parsed.error).toBody() };
    try {
      const handler = handlers[method] as (i: unknown) => unknown;
      const value = await handler(parsed.data);
      const problem = checkOutputs ? outputProblem(method, value) : null;
      if (problem) {
        // Tests and development only: the message names the mismatch for the developer.
        log(new Error(problem));
        return { ok: false, error: { code: 'internal', message: `${t('error.internal')} (${problem})` } };
      }
      return { ok: true, value };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toBody() };
      // The disk said no (full, read-only, busy): say that, not "try again".
      const problem = diskProblem(err);
      if (problem) return { ok: false, error: { code: 'refused', message: t(WRITE_MESSAGES[problem]) } };
      log(err);
      return { ok: false, error: { code: 'internal', message: t('error.internal') } };
    }
  };
}

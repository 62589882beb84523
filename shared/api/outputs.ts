// Whether a handler's result is exactly what the contract says it returns:
// it parses with the method's output schema, and parsing changes nothing (no
// field the schema does not name, no value a default or transform would fill
// in). Tests and the development server run every result through it; the
// shipped app does not (see createDispatch's `checkOutputs`).
import { contract, type MethodName } from './contract';

/** The first place `value` and `parsed` differ, as a path ('' when equal). */
function firstDifference(value: unknown, parsed: unknown, path: string): string | null {
  if (Object.is(value, parsed)) return null;
  if (typeof value !== 'object' || typeof parsed !== 'object' || value === null || parsed === null) {
    return `${path || '(result)'}: ${JSON.stringify(value)?.slice(0, 80)} became ${JSON.stringify(parsed)?.slice(0, 80)}`;
  }
  if (Array.isArray(value) !== Array.isArray(parsed)) return `${path || '(result)'}: a list and an object`;
  const keys = new Set([...Object.keys(value), ...Object.keys(parsed)]);
  for (const key of keys) {
    const a = (value as Record<string, unknown>)[key];
    const b = (parsed as Record<string, unknown>)[key];
    // An undefined field is no field: neither JSON nor the renderer sees it.
    if (a === undefined && b === undefined) continue;
    const at = path ? `${path}.${key}` : key;
    if (!Object.hasOwn(parsed, key) || b === undefined) return `${at}: not in the output schema`;
    if (!Object.hasOwn(value, key) || a === undefined) return `${at}: missing from the result`;
    const difference = firstDifference(a, b, at);
    if (difference) return difference;
  }
  return null;
}

/** Why a method's result does not match its output schema, or null when it does. */
export function outputProblem(method: MethodName, value: unknown): string | null {
  const parsed = contract[method].output.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join('.') || '(result)';
    const extra = issue.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
    return `${method}: ${path}: ${issue.code}${extra}`;
  }
  const difference = firstDifference(value, parsed.data, '');
  return difference && `${method}: ${difference}`;
}

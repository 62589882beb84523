// Small shared helpers for the repositories.
import { randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();
export const nowIso = (): string => new Date().toISOString();

/** A partial update: the fields the input names, over the current values. */
export function mergeDefined<T extends object>(current: T, input: Partial<T>): T {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return { ...current, ...defined };
}

// Small shared helpers for the repositories.
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';

export const newId = (): string => randomUUID();
export const nowIso = (): string => new Date().toISOString();

/** A partial update: the fields the input names, over the current values. */
export function mergeDefined<T extends object>(current: T, input: Partial<T>): T {
  const defined = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  return { ...current, ...defined };
}

/**
 * Wraps a write so it runs in one transaction: a failure leaves the workbook as it was. Where a handler
 * is defined (`'rounds.delete': write(({ id }) => ...)`) its parameter takes its type from the contract
 * method, by inference from the handler type expected there: never restate it.
 */
export function transactional(db: Database.Database) {
  return <A, R>(fn: (a: A) => R) => db.transaction(fn) as unknown as (a: A) => R;
}

// A write handler is written `'method': write(({ field }) => ...)`: the parameter takes its type from the
// contract method where the handler is defined. The type assertions below are checked by the typecheck
// (npm test runs it); the test runs the handler in its transaction.
import { afterAll, beforeAll, expect, expectTypeOf, it } from 'vitest';
import type { Handlers } from '../../../shared/api/contract';
import { transactional } from '../../../electron/workbook/rows';
import { openHarness, type Harness } from '../../support/workbook';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

it('a write handler gets its parameter type from the contract and runs in one transaction', () => {
  const write = transactional(h.workbook.db);
  const seen: boolean[] = [];
  const handlers: Pick<Handlers, 'rounds.reveal' | 'analysis.setThreshold'> = {
    'analysis.setThreshold': write(({ value }) => {
      expectTypeOf(value).toEqualTypeOf<number>();
      seen.push(h.workbook.db.inTransaction);
      return { value };
    }),
    'rounds.reveal': write((input) => {
      expectTypeOf(input).toEqualTypeOf<{ id: string; revealed: boolean }>();
      throw new Error(`not in this test: ${input.id}`);
    }),
  };
  expect(handlers['analysis.setThreshold']({ value: 7 })).toEqual({ value: 7 });
  expect(seen).toEqual([true]);
  expect(h.workbook.db.inTransaction).toBe(false);
});

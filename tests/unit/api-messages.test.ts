// Fault 8 of issue 13: whatever a broken or hostile client sends, every
// method answers in words for a guide: never zod's generic wording
// ("Ugyldig input: forventet object, fikk liste") or a raw pattern.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, methodNames } from '../../shared/api/contract';
import { openHarness, type Harness } from '../support/workbook';

const GENERIC =
  /forventet|fikk |Ugyldig input|Ugyldig streng|mønsteret|For (lite|stor)|[\^$]\/|\/\^|>=|<=|expected|received|Invalid/;

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

/** The method's top-level field names (from its own schema). */
function fieldsOf(method: (typeof methodNames)[number]): string[] {
  const schema = z.toJSONSchema(contract[method].input, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
  };
  return Object.keys(schema.properties ?? {});
}

async function expectWorded(method: string, input: unknown) {
  const r = await h.call(method as never, input as never);
  if (r.ok) return;
  expect(r.error.code, `${method} ${JSON.stringify(input)}`).not.toBe('internal');
  for (const message of [r.error.message, ...Object.values(r.error.fields ?? {})]) {
    expect(message, `${method} ${JSON.stringify(input).slice(0, 200)}`).not.toMatch(GENERIC);
    expect(message.length).toBeGreaterThan(5);
  }
}

describe('every method words its own messages', () => {
  it.each(methodNames)('%s: wrong shapes and wrong field types', async (method) => {
    for (const input of [[], 5, 'tekst', true, [{}]]) await expectWorded(method, input);
    const fields = fieldsOf(method);
    for (const wrong of [[], 17, 'x'.repeat(300), { a: 1 }, -1, 1.5, '']) {
      await expectWorded(method, Object.fromEntries(fields.map((f) => [f, wrong])));
    }
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...(fields.length ? fields : ['x'])), fc.anything({ maxDepth: 2 })),
        async (input) => expectWorded(method, input),
      ),
      { numRuns: 25, seed: 13 },
    );
  });

  it('setConsensus names what is wrong instead of showing its pattern', async () => {
    const r = await h.call('rounds.setConsensus', { roundId: 'x', target: 'hva som helst', value: 2 });
    expect(r).toMatchObject({ ok: false, error: { message: 'Velg en påstand eller et område for konsensus.' } });
  });

  it('a list where an object belongs gets the plain «cannot read» message', async () => {
    expect(await h.call('municipalities.create', [] as never)).toMatchObject({
      ok: false,
      error: { message: 'Forespørselen kunne ikke leses.' },
    });
  });
});

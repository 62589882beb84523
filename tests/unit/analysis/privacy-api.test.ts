// The privacy rule end to end through the real handlers and a real workbook:
// random rounds are entered, revealed, read back through rounds.results and
// exported with every sheet (respondent rows included, as on explicit
// request); from all of it together the attacker (tests/support/attacker.ts)
// must find no set of 1..t-1 respondents whose figures can be computed.
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_WORDS, type Role } from '../../../shared/analysis/types';
import { findSmallDerivableSet, type Cell } from '../../support/attacker';
import { openHarness, type Harness } from '../../support/workbook';

let h: Harness;
beforeAll(async () => {
  h = await openHarness();
});
afterAll(() => h.close());

const ROLES: (Role | null)[] = ['teacher', 'leader', 'assistant', null];

describe('privacy through the API and the export', () => {
  it('nothing shown or exported lets anyone compute a figure about fewer than the threshold', async () => {
    const m = await h.ok('municipalities.create', { name: 'Beiarn' });
    const units: { id: string; name: string }[] = [];
    for (const name of ['Beiarn skole', 'Moldjord barnehage', 'Tverrvik skole'])
      units.push(await h.ok('units.create', { municipalityId: m.id, name, kind: 'school' }));
    const unitKeys = [...units.map((u) => u.id), null];
    const unitName = new Map(units.map((u) => [u.id, u.name]));
    const set = (await h.ok('statementSets.list', {})).find((s) => s.origin === 'statements-school')!;
    const code = set.content.statements[0].code;
    let roundNo = 0;

    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(0) },
            { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) },
            { weight: 2, arbitrary: fc.integer({ min: 4, max: 9 }) },
          ),
          { minLength: 16, maxLength: 16 },
        ),
        fc.integer({ min: 3, max: 5 }),
        async (counts, threshold) => {
          await h.ok('analysis.setThreshold', { value: threshold });
          const round = await h.ok('rounds.create', {
            municipalityId: m.id,
            setId: set.id,
            title: `Runde ${++roundNo}`,
            date: '2026-09-01',
            kind: 'baseline',
            unitIds: units.map((u) => u.id),
          });
          const cells: Cell[] = [];
          for (const [i, role] of ROLES.entries()) {
            for (const [j, unit] of unitKeys.entries()) {
              const n = counts[i * 4 + j];
              cells.push({ role, unit, n });
              for (let k = 0; k < n; k++)
                await h.ok('rounds.saveRespondent', {
                  roundId: round.id,
                  role,
                  unitId: unit,
                  answers: { [code]: 1 + (k % 4) },
                });
            }
          }
          const total = counts.reduce((a, b) => a + b, 0);
          await h.ok('rounds.reveal', { id: round.id, revealed: true });
          const r = await h.ok('rounds.results', { id: round.id });
          const shown: ((c: Cell) => boolean)[] = [];
          if (total < threshold) {
            expect(r).toMatchObject({ status: 'too_few', summary: null, byRole: null, byUnit: null });
            expect(await h.call('rounds.exportXlsx', { id: round.id, includeRespondents: true })).toMatchObject({
              ok: false,
            });
            return;
          }
          shown.push(() => true);
          for (const g of r.byRole!.groups) {
            if (g.suppressed) expect([g.respondents, g.summary]).toEqual([null, null]);
            else shown.push((c) => c.role === g.key);
          }
          for (const g of r.byUnit!.groups) {
            if (g.suppressed) expect([g.respondents, g.summary]).toEqual([null, null]);
            else shown.push((c) => c.unit === g.key);
          }

          const file = await h.ok('rounds.exportXlsx', { id: round.id, includeRespondents: true });
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
          const roleOf = (word: unknown) => (word ? ROLES.find((x) => x && ROLE_WORDS[x] === word) : undefined);
          const unitOf = (name: unknown) => (name ? unitKeys.find((u) => u && unitName.get(u) === name) : undefined);
          // «Grupper»: a row with a number is a shown group.
          wb.getWorksheet('Grupper')!.eachRow((row, i) => {
            if (i === 1) return;
            const [dim, name, n] = [row.getCell(1).value, row.getCell(2).value, row.getCell(3).value];
            if (typeof n !== 'number') return;
            if (dim === 'Rolle') shown.push((c) => c.role === (name === 'Ikke oppgitt' ? null : roleOf(name)));
            else if (dim === 'Enhet') shown.push((c) => c.unit === (name === 'Ikke oppgitt' ? null : unitOf(name)));
            else shown.push(() => true);
          });
          // «Svar»: filtering the rows by any combination of their labels.
          const labels = new Set<string>();
          wb.getWorksheet('Svar')!.eachRow((row, i) => {
            if (i > 1) labels.add(JSON.stringify([row.getCell(2).value ?? null, row.getCell(3).value ?? null]));
          });
          expect(wb.getWorksheet('Svar')!.rowCount).toBe(total + 1);
          const rowLabel = (c: Cell): [unknown, unknown] => [
            r.byRole!.groups.some((g) => !g.suppressed && g.key === c.role && c.role)
              ? ROLE_WORDS[c.role as Role]
              : null,
            r.byUnit!.groups.some((g) => !g.suppressed && g.key === c.unit && c.unit) ? unitName.get(c.unit!) : null,
          ];
          for (const l of labels) {
            const [rl, ul] = JSON.parse(l) as [unknown, unknown];
            shown.push(
              (c) => rowLabel(c)[0] === rl,
              (c) => rowLabel(c)[1] === ul,
              (c) => rowLabel(c)[0] === rl && rowLabel(c)[1] === ul,
            );
          }
          expect(findSmallDerivableSet(cells, shown, threshold)).toBeNull();
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});

// The privacy rule over random rounds: from everything a round shows or
// exports (the total, every role group, every unit group, and the labels of
// the per-respondent rows), no figure about 1..t-1 respondents can be
// computed by adding, subtracting or scaling shown figures. The attacker
// (tests/support/attacker.ts) searches every such small set exhaustively.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosure, type CellCount } from '../../../shared/analysis/privacy';
import { suppressedGroups } from '../../../shared/analysis/scoring';
import { findSmallDerivableSet } from '../../support/attacker';

const ROLES = ['teacher', 'leader', 'assistant', null];
const UNITS = ['u1', 'u2', 'u3', null];

/** Random rounds: a sparse role x unit table (many empty cells, like real schools). */
const round = fc.record({
  counts: fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 2, arbitrary: fc.integer({ min: 1, max: 4 }) },
      { weight: 2, arbitrary: fc.integer({ min: 5, max: 14 }) },
    ),
    {
      minLength: 16,
      maxLength: 16,
    },
  ),
  threshold: fc.integer({ min: 3, max: 6 }),
});
const cellsOf = (counts: number[]): CellCount[] =>
  ROLES.flatMap((role, i) => UNITS.map((unit, j) => ({ role, unit, n: counts[i * 4 + j] })));

/** Everything the round shows, as sets of cells: the total, shown groups, and every label filter of the rows. */
function shownSets(cells: CellCount[], threshold: number) {
  const d = disclosure(cells, threshold);
  const sets: ((c: CellCount) => boolean)[] = [];
  if (d.total) sets.push(() => true);
  for (const r of d.roles) sets.push((c) => c.role === r);
  for (const u of d.units) sets.push((c) => c.unit === u);
  // Rows labelled (role or blank, unit or blank): filtering by any pair of labels.
  const roleLabel = (c: CellCount) => (d.roles.has(c.role) ? `r:${c.role}` : '');
  const unitLabel = (c: CellCount) => (d.units.has(c.unit) ? `u:${c.unit}` : '');
  if (d.total) {
    for (const c of cells) {
      if (c.n === 0) continue;
      const [rl, ul] = [roleLabel(c), unitLabel(c)];
      sets.push(
        (x) => roleLabel(x) === rl && unitLabel(x) === ul,
        (x) => roleLabel(x) === rl,
        (x) => unitLabel(x) === ul,
      );
    }
  }
  return { d, sets };
}

describe('privacy rule (disclosure)', () => {
  it('the attacker finds the principal when each breakdown only hides its own small groups (the old rule)', () => {
    // Beiarn skole: 10 teachers and the principal (no role given); Moldjord barnehage: 6 with role given.
    const cells: CellCount[] = [
      { role: 'teacher', unit: 'beiarn', n: 10 },
      { role: null, unit: 'beiarn', n: 1 },
      { role: 'kindergarten_teacher', unit: 'moldjord', n: 6 },
    ];
    const roleKeys = ['teacher', 'kindergarten_teacher', null];
    const roleHidden = suppressedGroups([10, 6, 1], 5);
    const unitHidden = suppressedGroups([11, 6], 5);
    const naive = [
      () => true,
      ...roleKeys.filter((_, i) => !roleHidden[i]).map((r) => (c: CellCount) => c.role === r),
      ...['beiarn', 'moldjord'].filter((_, i) => !unitHidden[i]).map((u) => (c: CellCount) => c.unit === u),
    ];
    expect(findSmallDerivableSet(cells, naive, 5)).toEqual([{ role: null, unit: 'beiarn', n: 1 }]);

    const { d, sets } = shownSets(cells, 5);
    expect(findSmallDerivableSet(cells, sets, 5)).toBeNull();
    expect(d.total).toBe(true);
  });

  it('no figure about fewer than the threshold can be derived, over random rounds', () => {
    fc.assert(
      fc.property(round, ({ counts, threshold }) => {
        const cells = cellsOf(counts);
        const { sets } = shownSets(cells, threshold);
        expect(findSmallDerivableSet(cells, sets, threshold)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('every nonempty merged cell holds at least t, and the total only shows from t', () => {
    fc.assert(
      fc.property(round, ({ counts, threshold }) => {
        const cells = cellsOf(counts);
        const d = disclosure(cells, threshold);
        const total = counts.reduce((a, b) => a + b, 0);
        expect(d.total).toBe(total >= threshold);
        const merged = new Map<string, number>();
        for (const c of cells) {
          const key = `${d.roles.has(c.role) ? c.role : '*'}|${d.units.has(c.unit) ? c.unit : '*'}`;
          merged.set(key, (merged.get(key) ?? 0) + c.n);
        }
        if (d.total) for (const n of merged.values()) expect(n === 0 || n >= threshold).toBe(true);
        else expect(d.roles.size + d.units.size).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps what is safe: a full table of large cells shows every group', () => {
    const cells = cellsOf([8, 9, 7, 0, 6, 5, 10, 0, 12, 9, 8, 0, 0, 0, 0, 0]);
    const d = disclosure(cells, 5);
    expect([...d.roles].sort()).toEqual(['assistant', 'leader', 'teacher']);
    expect([...d.units].sort()).toEqual(['u1', 'u2', 'u3']);
  });

  it('a round under the threshold shows nothing, not even the «Alle» row', () => {
    const d = disclosure([{ role: 'teacher', unit: 'u1', n: 4 }], 5);
    expect(d).toMatchObject({ total: false });
    expect(d.roles.size + d.units.size).toBe(0);
  });
});

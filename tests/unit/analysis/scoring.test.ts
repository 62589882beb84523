import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLD,
  MIN_THRESHOLD,
  breakdown,
  compare,
  effectiveThreshold,
  largestGaps,
  summarize,
  suppressedGroups,
  type Stats,
} from '../../../shared/analysis/scoring';
import type { AnswerValue, Respondent, Role, StatementSetContent } from '../../../shared/analysis/types';

// ---------------------------------------------------------------------------
// Fixtures

function scale(max: number): StatementSetContent['scale'] {
  return {
    min: 1,
    max,
    labels: Array.from({ length: max }, (_, i) => `Nivå ${i + 1}`),
    dontKnowLabel: 'Vet ikke',
  };
}

/** Scale 1-4; area a has A1 and A2, area b has B1. */
const SET: StatementSetContent = {
  name: 'Testsett',
  audience: 'school',
  scale: scale(4),
  areas: [
    { id: 'a', title: 'Område A' },
    { id: 'b', title: 'Område B' },
  ],
  statements: [
    { code: 'A1', areaId: 'a', text: 'Vi har felles mål.' },
    { code: 'A2', areaId: 'a', text: 'Vi samarbeider godt.' },
    { code: 'B1', areaId: 'b', text: 'Vi følger opp.' },
  ],
};

function respondent(
  number: number,
  answers: Record<string, AnswerValue>,
  role: Role | null = null,
  unitId: string | null = null,
): Respondent {
  return { number, role, unitId, answers };
}

const RESPONDENTS: Respondent[] = [
  respondent(1, { A1: 4, A2: 1, B1: 2 }),
  respondent(2, { A1: 3, A2: 'dont_know', B1: null }),
  respondent(3, { A1: 4, A2: 2 }), // B1 absent
  respondent(4, { A1: 1, A2: 7, B1: 3 }), // 7 is not on the scale: missing
  respondent(5, { A1: 'dont_know', A2: 2, B1: 4 }),
];

// ---------------------------------------------------------------------------
// An independent, naive computation: expand the values, sort, two-pass SD.

function naiveStats(values: number[], dontKnow: number, missing: number, max: number): Stats {
  const sorted = [...values].sort((x, y) => x - y);
  const n = sorted.length;
  let total = 0;
  for (const v of sorted) total += v;
  const mean = n === 0 ? null : total / n;
  let median: number | null = null;
  if (n > 0) median = n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  let sd: number | null = null;
  if (n >= 2) {
    let squares = 0;
    for (const v of sorted) squares += (v - mean!) ** 2;
    sd = Math.sqrt(squares / (n - 1));
  }
  const distribution: number[] = [];
  for (let v = 1; v <= max; v++) distribution.push(sorted.filter((x) => x === v).length);
  const top = sorted.filter((x) => x >= max - 1).length;
  return { n, dontKnow, missing, mean, median, sd, distribution, topTwoShare: n === 0 ? null : top / n };
}

function naiveCollect(set: StatementSetContent, respondents: Respondent[], codes: string[]) {
  const values: number[] = [];
  let dontKnow = 0;
  let missing = 0;
  for (const code of codes) {
    for (const r of respondents) {
      const answer = code in r.answers ? r.answers[code] : undefined;
      if (answer === 'dont_know') dontKnow++;
      else if (typeof answer === 'number' && [...Array(set.scale.max).keys()].map((k) => k + 1).includes(answer))
        values.push(answer);
      else missing++;
    }
  }
  return naiveStats(values, dontKnow, missing, set.scale.max);
}

function expectClose(actual: number | null, expected: number | null) {
  if (expected === null) expect(actual).toBeNull();
  else {
    expect(actual).not.toBeNull();
    expect(Math.abs(actual! - expected)).toBeLessThan(1e-9);
  }
}

function expectStatsClose(actual: Stats, expected: Stats) {
  expect(actual.n).toBe(expected.n);
  expect(actual.dontKnow).toBe(expected.dontKnow);
  expect(actual.missing).toBe(expected.missing);
  expect(actual.distribution).toEqual(expected.distribution);
  expectClose(actual.mean, expected.mean);
  expectClose(actual.median, expected.median);
  expectClose(actual.sd, expected.sd);
  expectClose(actual.topTwoShare, expected.topTwoShare);
}

// ---------------------------------------------------------------------------
// Random rounds

const arbRound = fc
  .record({
    max: fc.integer({ min: 2, max: 6 }),
    areaCount: fc.integer({ min: 1, max: 3 }),
    statementAreas: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    respondentCount: fc.integer({ min: 0, max: 25 }),
  })
  .chain(({ max, areaCount, statementAreas, respondentCount }) => {
    const set: StatementSetContent = {
      name: 'Tilfeldig',
      audience: 'any',
      scale: scale(max),
      areas: Array.from({ length: areaCount }, (_, i) => ({ id: `o${i}`, title: `Område ${i}` })),
      statements: statementAreas.map((a, i) => ({
        code: `P${i + 1}`,
        areaId: `o${a % areaCount}`,
        text: `Påstand ${i + 1}`,
      })),
    };
    const arbAnswer = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 1, max }) as fc.Arbitrary<AnswerValue | undefined> },
      { weight: 1, arbitrary: fc.constant<AnswerValue | undefined>('dont_know') },
      { weight: 1, arbitrary: fc.constant<AnswerValue | undefined>(null) },
      { weight: 1, arbitrary: fc.constant<AnswerValue | undefined>(undefined) }, // absent
      { weight: 1, arbitrary: fc.constantFrom<AnswerValue | undefined>(0, max + 1, 2.5, Number.NaN) },
    );
    const arbRespondent = fc.record({
      answers: fc.array(arbAnswer, { minLength: set.statements.length, maxLength: set.statements.length }),
      role: fc.constantFrom<Role | null>(null, 'teacher', 'leader', 'assistant'),
      unitId: fc.constantFrom<string | null>(null, 'u1', 'u2'),
    });
    return fc.array(arbRespondent, { minLength: respondentCount, maxLength: respondentCount }).map((rows) => ({
      set,
      respondents: rows.map((row, i): Respondent => {
        const answers: Record<string, AnswerValue> = {};
        row.answers.forEach((answer, j) => {
          if (answer !== undefined) answers[set.statements[j].code] = answer;
        });
        return { number: i + 1, role: row.role, unitId: row.unitId, answers };
      }),
    }));
  });

const RUNS = { numRuns: 150 };

// ---------------------------------------------------------------------------

describe('summarize: hand-computed fixture', () => {
  const summary = summarize(SET, RESPONDENTS);
  const [a1, a2, b1] = summary.statements;
  const [areaA, areaB] = summary.areas;

  it('counts respondents and keeps set order', () => {
    expect(summary.respondents).toBe(5);
    expect(summary.statements.map((s) => s.code)).toEqual(['A1', 'A2', 'B1']);
    expect(summary.areas.map((a) => [a.areaId, a.title, a.statements])).toEqual([
      ['a', 'Område A', 2],
      ['b', 'Område B', 1],
    ]);
  });

  it('A1: even n, median between two different middle values', () => {
    // values 4, 3, 4, 1; one don't know
    expect(a1).toMatchObject({ code: 'A1', areaId: 'a', n: 4, dontKnow: 1, missing: 0, distribution: [1, 0, 1, 2] });
    expect(a1.mean).toBe(3);
    expect(a1.median).toBe(3.5); // sorted 1 3 4 4
    expect(a1.sd).toBeCloseTo(Math.SQRT2, 12); // squares 1+0+1+4 = 6, 6/3 = 2
    expect(a1.topTwoShare).toBe(0.75);
  });

  it('A2: odd n, invalid value counts as missing', () => {
    // values 1, 2, 2; one don't know; 7 is missing
    expect(a2).toMatchObject({ n: 3, dontKnow: 1, missing: 1, distribution: [1, 2, 0, 0] });
    expect(a2.mean).toBeCloseTo(5 / 3, 12);
    expect(a2.median).toBe(2);
    expect(a2.sd).toBeCloseTo(Math.sqrt(1 / 3), 12); // (4/9 + 1/9 + 1/9) / 2
    expect(a2.topTwoShare).toBe(0);
  });

  it('B1: null and absent both count as missing', () => {
    expect(b1).toMatchObject({ n: 3, dontKnow: 0, missing: 2, distribution: [0, 1, 1, 1] });
    expect(b1.mean).toBe(3);
    expect(b1.median).toBe(3);
    expect(b1.sd).toBe(1);
    expect(b1.topTwoShare).toBeCloseTo(2 / 3, 12);
  });

  it('pools an area over all answered values, not over statement means', () => {
    // values 4 3 4 1 1 2 2: sum 17, n 7
    expect(areaA).toMatchObject({ n: 7, dontKnow: 2, missing: 1, distribution: [2, 2, 1, 2] });
    expect(areaA.mean).toBeCloseTo(17 / 7, 12);
    expect(areaA.mean).not.toBeCloseTo((a1.mean! + a2.mean!) / 2, 6); // 7/3
    expect(areaA.median).toBe(2);
    expect(areaA.sd).toBeCloseTo(Math.sqrt(34 / 21), 12); // (7*51 - 17^2) / (7*6)
    expect(areaA.topTwoShare).toBeCloseTo(3 / 7, 12);
    expect(areaB).toMatchObject({ n: 3, mean: 3, median: 3, sd: 1, missing: 2, statements: 1 });
  });

  it('gives null statistics without answers, and no sd for a single answer', () => {
    const none = summarize(SET, []);
    expect(none.respondents).toBe(0);
    expect(none.statements[0]).toMatchObject({
      n: 0,
      mean: null,
      median: null,
      sd: null,
      topTwoShare: null,
      distribution: [0, 0, 0, 0],
    });
    const one = summarize(SET, [respondent(1, { A1: 2 })]);
    expect(one.statements[0]).toMatchObject({ n: 1, mean: 2, median: 2, sd: null, topTwoShare: 0 });
    expect(one.statements[1]).toMatchObject({ n: 0, missing: 1 });
  });
});

describe('summarize: properties', () => {
  it('matches a naive computation on random data', () => {
    fc.assert(
      fc.property(arbRound, ({ set, respondents }) => {
        const summary = summarize(set, respondents);
        set.statements.forEach((s, i) =>
          expectStatsClose(summary.statements[i], naiveCollect(set, respondents, [s.code])),
        );
        set.areas.forEach((area, i) => {
          const codes = set.statements.filter((s) => s.areaId === area.id).map((s) => s.code);
          expectStatsClose(summary.areas[i], naiveCollect(set, respondents, codes));
          expect(summary.areas[i].statements).toBe(codes.length);
        });
      }),
      RUNS,
    );
  });

  it('does not depend on the order of respondents', () => {
    const arb = arbRound.chain((round) =>
      fc
        .shuffledSubarray(round.respondents, {
          minLength: round.respondents.length,
          maxLength: round.respondents.length,
        })
        .map((shuffled) => ({ ...round, shuffled })),
    );
    fc.assert(
      fc.property(arb, ({ set, respondents, shuffled }) => {
        expect(summarize(set, shuffled)).toEqual(summarize(set, respondents));
      }),
      RUNS,
    );
  });

  it('a respondent answering only "don\'t know" changes only the don\'t-know counts', () => {
    fc.assert(
      fc.property(arbRound, ({ set, respondents }) => {
        const before = summarize(set, respondents);
        const allDontKnow = respondent(
          respondents.length + 1,
          Object.fromEntries(set.statements.map((s) => [s.code, 'dont_know' as const])),
        );
        const after = summarize(set, [...respondents, allDontKnow]);
        expect(after.respondents).toBe(before.respondents + 1);
        after.statements.forEach((s, i) =>
          expect(s).toEqual({ ...before.statements[i], dontKnow: before.statements[i].dontKnow + 1 }),
        );
        after.areas.forEach((a, i) =>
          expect(a).toEqual({ ...before.areas[i], dontKnow: before.areas[i].dontKnow + a.statements }),
        );
      }),
      RUNS,
    );
  });
});

describe('breakdown and suppression', () => {
  it('exports the thresholds and clamps to at least 3', () => {
    expect(MIN_THRESHOLD).toBe(3);
    expect(DEFAULT_THRESHOLD).toBe(5);
    expect(effectiveThreshold(1)).toBe(3);
    expect(effectiveThreshold(-10)).toBe(3);
    expect(effectiveThreshold(7)).toBe(7);
    expect(effectiveThreshold(Number.NaN)).toBe(5);
  });

  it('groups by role in role order with the null group last, and by unit', () => {
    const rows: Respondent[] = [
      ...Array.from({ length: 6 }, (_, i) => respondent(i + 1, { A1: 4 }, 'teacher', 'u2')),
      ...Array.from({ length: 5 }, (_, i) => respondent(i + 7, { A1: 2 }, 'assistant', 'u1')),
      ...Array.from({ length: 5 }, (_, i) => respondent(i + 12, { A1: 3 }, null, 'u1')),
    ];
    const byRole = breakdown(SET, rows, 'role', 5);
    expect(byRole).toMatchObject({ by: 'role', threshold: 5 });
    expect(byRole.groups.map((g) => [g.key, g.respondents, g.suppressed])).toEqual([
      ['teacher', 6, false],
      ['assistant', 5, false],
      [null, 5, false],
    ]);
    expect(byRole.groups[1].summary!.statements[0]).toMatchObject({ n: 5, mean: 2 });
    const byUnit = breakdown(SET, rows, 'unit', 5);
    expect(byUnit.groups.map((g) => [g.key, g.respondents])).toEqual([
      ['u1', 10],
      ['u2', 6],
    ]);
  });

  it('suppresses a small group and, complementarily, the smallest other group', () => {
    // sizes in key order: teacher 10, assistant 6, leader 2
    const rows: Respondent[] = [
      ...Array.from({ length: 10 }, (_, i) => respondent(i + 1, { A1: 4 }, 'teacher')),
      ...Array.from({ length: 6 }, (_, i) => respondent(i + 11, { A1: 3 }, 'assistant')),
      ...Array.from({ length: 2 }, (_, i) => respondent(i + 17, { A1: 1 }, 'leader')),
    ];
    const result = breakdown(SET, rows, 'role', 5);
    expect(result.groups.map((g) => [g.key, g.suppressed, g.summary === null])).toEqual([
      ['teacher', false, false],
      ['assistant', true, true],
      ['leader', true, true],
    ]);
  });

  it('hand-checked suppression rule', () => {
    expect(suppressedGroups([10, 10], 5)).toEqual([false, false]);
    expect(suppressedGroups([10, 6, 2], 5)).toEqual([false, true, true]);
    expect(suppressedGroups([6, 6, 2], 5)).toEqual([true, false, true]); // tie: first in key order
    expect(suppressedGroups([20, 1, 1], 5)).toEqual([true, true, true]); // 1 + 1 < 5 would leak through the total
    expect(suppressedGroups([20, 3, 3], 5)).toEqual([false, true, true]); // 3 + 3 >= 5
    expect(suppressedGroups([2], 5)).toEqual([true]);
    expect(suppressedGroups([4, 4], 1)).toEqual([false, false]); // 1 behaves as 3
    expect(suppressedGroups([2, 9], 1)).toEqual([true, true]);
  });

  it('never leaks a suppressed group through the total (random groups and thresholds)', () => {
    const arb = fc.record({
      sizes: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 6 }),
      threshold: fc.integer({ min: -2, max: 10 }),
      withNull: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ sizes, threshold, withNull }) => {
        let number = 0;
        const rows: Respondent[] = sizes.flatMap((size, g) =>
          Array.from({ length: size }, () =>
            respondent(++number, { A1: (number % 4) + 1 }, null, withNull && g === 0 ? null : `u${g}`),
          ),
        );
        const result = breakdown(SET, rows, 'unit', threshold);
        const t = Math.max(3, threshold);
        expect(result.threshold).toBe(t);
        const size = (key: string | null) => rows.filter((r) => r.unitId === key).length;
        expect(result.groups.reduce((sum, g) => sum + size(g.key), 0)).toBe(rows.length);
        const hidden = result.groups.filter((g) => g.suppressed);
        if (result.groups.length >= 2) expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
        // What total minus visible reveals is either nothing, the total, or at least t people.
        const hiddenPeople = hidden.reduce((sum, g) => sum + size(g.key), 0);
        expect(hidden.length === 0 || hidden.length === result.groups.length || hiddenPeople >= t).toBe(true);
        for (const g of result.groups) {
          if (size(g.key) < t) expect(g.suppressed).toBe(true);
          // A hidden group's size and figures are never given.
          if (g.suppressed) expect([g.summary, g.respondents]).toEqual([null, null]);
          else expect(g.summary!.respondents).toBe(g.respondents);
        }
        if (threshold < 3) expect(result).toEqual(breakdown(SET, rows, 'unit', 3));
      }),
      { numRuns: 300 },
    );
  });
});

describe('compare', () => {
  it('identical rounds give change 0 (or null without answers)', () => {
    fc.assert(
      fc.property(arbRound, ({ set, respondents }) => {
        const round = { set, summary: summarize(set, respondents) };
        const result = compare(round, round);
        expect(result.scaleComparable).toBe(true);
        expect(result.statements).toHaveLength(set.statements.length);
        result.statements.forEach((s, i) => {
          expect(s.comparable).toBe(true);
          expect(s.presence).toBe('both');
          expect(s.change).toBe(round.summary.statements[i].n > 0 ? 0 : null);
        });
        expect(result.areas).toHaveLength(set.areas.length);
        result.areas.forEach((a, i) => {
          expect(a.a).toEqual(a.b);
          expect(a.change).toBe(round.summary.areas[i].n > 0 ? 0 : null);
          expectClose(a.b.mean, round.summary.areas[i].mean);
        });
      }),
      RUNS,
    );
  });

  it('changed wording is not compared, and areas pool only comparable statements', () => {
    fc.assert(
      fc.property(arbRound, fc.nat(), ({ set, respondents }, pick) => {
        const index = pick % set.statements.length;
        const reworded: StatementSetContent = {
          ...set,
          statements: set.statements.map((s, i) => (i === index ? { ...s, text: `${s.text} (ny)` } : s)),
        };
        const result = compare(
          { set, summary: summarize(set, respondents) },
          { set: reworded, summary: summarize(reworded, respondents) },
        );
        result.statements.forEach((s, i) => {
          expect(s.comparable).toBe(i !== index);
          if (i === index) {
            expect(s.change).toBeNull();
            expect(s.text).toBe(reworded.statements[index].text);
          }
        });
        const area = result.areas.find((a) => a.areaId === set.statements[index].areaId)!;
        expect(area.statements).toBe(set.statements.filter((s) => s.areaId === area.areaId).length - 1);
      }),
      RUNS,
    );
  });

  it('hand-computed: baseline vs follow-up with a reworded, a removed and a new statement', () => {
    const followUpSet: StatementSetContent = {
      ...SET,
      statements: [
        { code: 'A1', areaId: 'a', text: '  Vi har felles mål. ' }, // same after trim
        { code: 'A2', areaId: 'a', text: 'Vi samarbeider svært godt.' }, // reworded
        { code: 'A3', areaId: 'a', text: 'Ny påstand.' }, // only in b
      ],
    };
    const followUp = [
      respondent(1, { A1: 4, A2: 4, A3: 1 }),
      respondent(2, { A1: 4, A2: 4, A3: 2 }),
      respondent(3, { A1: 3 }),
    ];
    const result = compare(
      { set: SET, summary: summarize(SET, RESPONDENTS) },
      { set: followUpSet, summary: summarize(followUpSet, followUp) },
    );
    expect(result.statements.map((s) => [s.code, s.presence, s.comparable])).toEqual([
      ['A1', 'both', true],
      ['A2', 'both', false],
      ['A3', 'b', false],
      ['B1', 'a', false],
    ]);
    const [a1, a2, a3, b1] = result.statements;
    expect(a1.a).toEqual({ n: 4, mean: 3 });
    expect(a1.b).toEqual({ n: 3, mean: 11 / 3 });
    expect(a1.change).toBeCloseTo(2 / 3, 12);
    expect(a1.text).toBe('  Vi har felles mål. ');
    expect(a2.change).toBeNull();
    expect(a3).toMatchObject({ a: null, change: null });
    expect(b1).toMatchObject({ text: 'Vi følger opp.', b: null, change: null, a: { n: 3, mean: 3 } });
    // Area a: only A1 is comparable; area b has no comparable statements.
    expect(result.areas).toEqual([
      {
        areaId: 'a',
        title: 'Område A',
        statements: 1,
        a: { n: 4, mean: 3 },
        b: { n: 3, mean: 11 / 3 },
        change: 11 / 3 - 3,
      },
      { areaId: 'b', title: 'Område B', statements: 0, a: { n: 0, mean: null }, b: { n: 0, mean: null }, change: null },
    ]);
  });

  it('a changed scale makes nothing comparable', () => {
    const five: StatementSetContent = { ...SET, scale: scale(5) };
    const result = compare(
      { set: SET, summary: summarize(SET, RESPONDENTS) },
      { set: five, summary: summarize(five, RESPONDENTS) },
    );
    expect(result.scaleComparable).toBe(false);
    expect(result.statements.every((s) => !s.comparable && s.change === null)).toBe(true);
  });
});

describe('largestGaps', () => {
  it('lists the lowest areas and the widest disagreement', () => {
    const summary = summarize(SET, RESPONDENTS);
    const gaps = largestGaps(summary, SET, 2);
    expect(gaps.areas.map((a) => a.areaId)).toEqual(['a', 'b']); // 17/7 < 3
    expect(gaps.areas[0].gap).toBeCloseTo(4 - 17 / 7, 12);
    // sd: A1 √2 ≈ 1.41, B1 1, A2 √(1/3) ≈ 0.58
    expect(gaps.statements.map((s) => s.code)).toEqual(['A1', 'B1']);
    expect(gaps.statements[0]).toMatchObject({ text: 'Vi har felles mål.', areaId: 'a', n: 4, mean: 3 });
    expect(largestGaps(summary, SET, 0)).toEqual({ areas: [], statements: [] });
    expect(largestGaps(summarize(SET, []), SET, 5)).toEqual({ areas: [], statements: [] });
  });
});

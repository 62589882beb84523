// A round's results as they may be shown: the counts of a round (per role x
// unit cell, as the workbook aggregates them or as frozen at the reveal) go
// through the privacy rule (privacy.ts) once, and only what may be shown
// comes out. Every screen, comparison, export and summary reads this.
import { disclosure, type CellCount, type Disclosure } from './privacy';
import {
  breakdownCounts,
  largestGaps,
  summarizeCounts,
  type AnswerCounts,
  type Breakdown,
  type LargestGaps,
  type Summary,
} from './scoring';
import type { StatementSetContent } from './types';

/**
 * A round reduced to counts per (role, unit) cell: how many respondents, and
 * per statement code and answer how many gave it. JSON-safe, so a revealed
 * round can be frozen as it was shown.
 */
export interface RoundCells {
  /** [role, unit, respondents] */
  respondents: [string | null, string | null, number][];
  /** [role, unit, code, value (null for don't know), dontKnow (0/1), count] */
  answers: [string | null, string | null, string, number | null, number, number][];
}

export interface ShownResults {
  disclosure: Disclosure;
  /** Null when the round's total is under the threshold. */
  summary: Summary | null;
  byRole: Breakdown | null;
  byUnit: Breakdown | null;
  gaps: LargestGaps | null;
}

const emptyCounts = (): AnswerCounts => ({ respondents: 0, byCode: new Map() });

/** The cells' counts, for the whole round and per role and per unit. */
export function countsOfCells(cells: RoundCells, max: number) {
  const total = emptyCounts();
  const roles = new Map<string | null, AnswerCounts>();
  const units = new Map<string | null, AnswerCounts>();
  const groupOf = (m: Map<string | null, AnswerCounts>, key: string | null) => {
    let g = m.get(key);
    if (!g) m.set(key, (g = emptyCounts()));
    return g;
  };
  for (const [role, unit, n] of cells.respondents) {
    total.respondents += n;
    groupOf(roles, role).respondents += n;
    groupOf(units, unit).respondents += n;
  }
  const add = (c: AnswerCounts, code: string, value: number | null, dontKnow: number, n: number) => {
    let entry = c.byCode.get(code);
    if (!entry) c.byCode.set(code, (entry = { distribution: new Array<number>(max).fill(0), dontKnow: 0 }));
    if (dontKnow === 1) entry.dontKnow += n;
    else if (value !== null && value >= 1 && value <= max) entry.distribution[value - 1] += n;
  };
  for (const [role, unit, code, value, dontKnow, n] of cells.answers) {
    add(total, code, value, dontKnow, n);
    add(groupOf(roles, role), code, value, dontKnow, n);
    add(groupOf(units, unit), code, value, dontKnow, n);
  }
  const list = (m: Map<string | null, AnswerCounts>) => [...m].map(([key, counts]) => ({ key, counts }));
  return { total, byRole: list(roles), byUnit: list(units) };
}

export function cellCounts(cells: RoundCells): CellCount[] {
  return cells.respondents.map(([role, unit, n]) => ({ role, unit, n }));
}

/** What of a round may be shown, with its figures. */
export function shownResults(set: StatementSetContent, cells: RoundCells, threshold: number): ShownResults {
  const d = disclosure(cellCounts(cells), threshold);
  if (!d.total) return { disclosure: d, summary: null, byRole: null, byUnit: null, gaps: null };
  const counts = countsOfCells(cells, set.scale.max);
  const summary = summarizeCounts(set, counts.total);
  return {
    disclosure: d,
    summary,
    byRole: breakdownCounts(set, 'role', counts.byRole, d.threshold, d.roles),
    byUnit: breakdownCounts(set, 'unit', counts.byUnit, d.threshold, d.units),
    gaps: largestGaps(summary, set, 5),
  };
}

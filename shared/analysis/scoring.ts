// Scoring of a status analysis round: descriptive statistics per statement
// and per area, breakdowns by role or unit with small-group suppression,
// comparison of two rounds and a "largest gaps" list.
//
// Pure and exact: every statistic is derived from integer counts per scale
// value (the distribution), so sums are exact integers and the result does not
// depend on the order of respondents. Only the final division (and square
// root) rounds.
import { z } from 'zod';
import { ROLES, type AnswerValue, type Respondent, type Role, type StatementSetContent } from './types';

/** The smallest group size a breakdown may ever show. */
export const MIN_THRESHOLD = 3;
/** The default smallest group size for a breakdown (see docs/domain.md). */
export const DEFAULT_THRESHOLD = 5;

// ---------------------------------------------------------------------------
// Result types: each is its schema (the API checks results against them; strict,
// so a field that is not named here is never shown, exported or sent).

const count = z.number().int().min(0);
const nullableNumber = z.number().nullable();

/** Descriptive statistics over a set of answers. */
export const Stats = z.strictObject({
  /** Answers with a valid scale value. */
  n: count,
  /** Answers "don't know". */
  dontKnow: count,
  /** No answer: null, absent, or not a valid scale value. */
  missing: count,
  /** Null when n = 0. */
  mean: nullableNumber,
  /** Mean of the two middle values for even n; null when n = 0. */
  median: nullableNumber,
  /** Sample standard deviation (n - 1, like Excel STDEV.S); null when n < 2. */
  sd: nullableNumber,
  /** Count per scale value: index 0 = value 1 ... index max - 1 = value max. */
  distribution: z.array(count),
  /** Share (0..1) of the answered values in the top two scale values; null when n = 0. */
  topTwoShare: z.number().min(0).max(1).nullable(),
});
export type Stats = z.infer<typeof Stats>;

export const StatementStats = Stats.extend({ code: z.string(), areaId: z.string() });
export type StatementStats = z.infer<typeof StatementStats>;

/** Statistics over all answered values of an area's statements, pooled. */
export const AreaStats = Stats.extend({
  areaId: z.string(),
  title: z.string(),
  /** Number of statements in the area. */
  statements: count,
});
export type AreaStats = z.infer<typeof AreaStats>;

export const Summary = z.strictObject({
  /** Number of respondents. */
  respondents: count,
  /** In set order. */
  statements: z.array(StatementStats),
  /** In set order. */
  areas: z.array(AreaStats),
});
export type Summary = z.infer<typeof Summary>;

export const BreakdownBy = z.enum(['role', 'unit']);
export type BreakdownBy = z.infer<typeof BreakdownBy>;

export const BreakdownGroup = z.strictObject({
  /** The role or unit id; null for respondents without one. */
  key: z.string().nullable(),
  /** Null when suppressed: a hidden group's size is never given. */
  respondents: count.nullable(),
  suppressed: z.boolean(),
  /** Null when suppressed. */
  summary: Summary.nullable(),
});
export type BreakdownGroup = z.infer<typeof BreakdownGroup>;

export const Breakdown = z.strictObject({
  by: BreakdownBy,
  /** The threshold actually applied (at least MIN_THRESHOLD). */
  threshold: z.number().int().min(MIN_THRESHOLD),
  /** Roles in ROLES order, units by id (the caller may sort units by name); the null group last. */
  groups: z.array(BreakdownGroup),
});
export type Breakdown = z.infer<typeof Breakdown>;

export const RoundPoint = z.strictObject({ n: count, mean: nullableNumber });
export type RoundPoint = z.infer<typeof RoundPoint>;

export const StatementComparison = z.strictObject({
  code: z.string(),
  /** From round b, or from round a when the statement is only in a. */
  text: z.string(),
  /** From round b, or from round a when the statement is only in a. */
  areaId: z.string(),
  /** Which rounds have the statement. */
  presence: z.enum(['both', 'a', 'b']),
  /** Same trimmed wording in both rounds, on the same scale. */
  comparable: z.boolean(),
  a: RoundPoint.nullable(),
  b: RoundPoint.nullable(),
  /** b.mean - a.mean; null unless comparable and both means exist. */
  change: nullableNumber,
});
export type StatementComparison = z.infer<typeof StatementComparison>;

export const AreaComparison = z.strictObject({
  areaId: z.string(),
  /** From round b. */
  title: z.string(),
  /** Number of comparable statements pooled. */
  statements: count,
  /** Pooled over the comparable statements only. */
  a: RoundPoint,
  b: RoundPoint,
  change: nullableNumber,
});
export type AreaComparison = z.infer<typeof AreaComparison>;

export const Comparison = z.strictObject({
  /** Same scale (max and labels) in both rounds; if not, nothing is comparable. */
  scaleComparable: z.boolean(),
  /** Statements of b in b's order, then statements only in a in a's order. */
  statements: z.array(StatementComparison),
  /** Areas present in both rounds, in b's order. */
  areas: z.array(AreaComparison),
});
export type Comparison = z.infer<typeof Comparison>;

export const AreaGap = z.strictObject({
  areaId: z.string(),
  title: z.string(),
  n: count,
  mean: z.number(),
  /** Distance from the mean to the top of the scale. */
  gap: z.number(),
});
export type AreaGap = z.infer<typeof AreaGap>;

export const StatementSpread = z.strictObject({
  code: z.string(),
  text: z.string(),
  areaId: z.string(),
  n: count,
  mean: z.number(),
  sd: z.number(),
});
export type StatementSpread = z.infer<typeof StatementSpread>;

export const LargestGaps = z.strictObject({
  /** Lowest area means first (ties: set order); areas without answers left out. */
  areas: z.array(AreaGap),
  /** Widest disagreement (largest sd) first (ties: set order); statements with n < 2 left out. */
  statements: z.array(StatementSpread),
});
export type LargestGaps = z.infer<typeof LargestGaps>;

// ---------------------------------------------------------------------------
// Statistics from counts

/** Whether an answer is a valid value on a 1..max scale. */
export function isScaleValue(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max;
}

/** The value at zero-based position k of the sorted answers a distribution stands for. */
function valueAt(distribution: readonly number[], k: number): number {
  let seen = 0;
  for (let i = 0; i < distribution.length; i++) {
    seen += distribution[i];
    if (k < seen) return i + 1;
  }
  throw new Error('position outside the distribution');
}

/** Statistics from a distribution (count per value 1..max) plus don't-know and missing counts. */
export function statsFromCounts(distribution: readonly number[], dontKnow: number, missing: number): Stats {
  let n = 0;
  let sum = 0;
  let sumSquares = 0;
  distribution.forEach((count, i) => {
    const value = i + 1;
    n += count;
    sum += value * count;
    sumSquares += value * value * count;
  });
  const max = distribution.length;
  const top = max >= 2 ? distribution[max - 1] + distribution[max - 2] : n;
  // n * Σx² - (Σx)² is an exact integer (well below 2^53 for any real round),
  // so the variance is one correctly rounded division.
  const variance = n >= 2 ? (n * sumSquares - sum * sum) / (n * (n - 1)) : null;
  return {
    n,
    dontKnow,
    missing,
    mean: n > 0 ? sum / n : null,
    median:
      n > 0 ? (valueAt(distribution, Math.floor((n - 1) / 2)) + valueAt(distribution, Math.floor(n / 2))) / 2 : null,
    sd: variance === null ? null : Math.sqrt(Math.max(0, variance)),
    distribution: [...distribution],
    topTwoShare: n > 0 ? top / n : null,
  };
}

// ---------------------------------------------------------------------------
// Summary

interface Tally {
  distribution: number[];
  dontKnow: number;
  missing: number;
}

function emptyTally(max: number): Tally {
  return { distribution: new Array<number>(max).fill(0), dontKnow: 0, missing: 0 };
}

/**
 * A round reduced to counts: per statement code, how many gave each scale
 * value and how many said "don't know". Everyone else of `respondents` is
 * missing for that statement. Both the pure path (from respondents) and the
 * workbook path (one SQL GROUP BY) produce this, and one function summarizes it.
 */
export interface AnswerCounts {
  respondents: number;
  byCode: Map<string, { distribution: number[]; dontKnow: number }>;
}

function answerOf(respondent: Respondent, code: string): AnswerValue | undefined {
  const answers = respondent.answers;
  return Object.prototype.hasOwnProperty.call(answers, code) ? answers[code] : undefined;
}

/** Counts of a list of respondents; invalid values count as missing. */
export function countAnswers(set: StatementSetContent, respondents: readonly Respondent[]): AnswerCounts {
  const max = set.scale.max;
  const byCode = new Map<string, { distribution: number[]; dontKnow: number }>();
  for (const statement of set.statements) {
    const counts = { distribution: new Array<number>(max).fill(0), dontKnow: 0 };
    for (const respondent of respondents) {
      const answer = answerOf(respondent, statement.code);
      if (isScaleValue(answer, max)) counts.distribution[answer - 1] += 1;
      else if (answer === 'dont_know') counts.dontKnow += 1;
    }
    byCode.set(statement.code, counts);
  }
  return { respondents: respondents.length, byCode };
}

/** Statistics per statement and per area from counts. */
export function summarizeCounts(set: StatementSetContent, counts: AnswerCounts): Summary {
  const max = set.scale.max;
  const statementTallies: Tally[] = set.statements.map((statement) => {
    const c = counts.byCode.get(statement.code);
    const distribution = new Array<number>(max).fill(0);
    c?.distribution.forEach((count, i) => {
      if (i < max) distribution[i] = count;
    });
    const n = distribution.reduce((a, b) => a + b, 0);
    const dontKnow = c?.dontKnow ?? 0;
    return { distribution, dontKnow, missing: Math.max(0, counts.respondents - n - dontKnow) };
  });

  const statements: StatementStats[] = set.statements.map((statement, i) => {
    const tally = statementTallies[i];
    return {
      code: statement.code,
      areaId: statement.areaId,
      ...statsFromCounts(tally.distribution, tally.dontKnow, tally.missing),
    };
  });

  const areas: AreaStats[] = set.areas.map((area) => {
    const pooled = emptyTally(max);
    let count = 0;
    set.statements.forEach((statement, i) => {
      if (statement.areaId !== area.id) return;
      count += 1;
      const tally = statementTallies[i];
      tally.distribution.forEach((c, v) => (pooled.distribution[v] += c));
      pooled.dontKnow += tally.dontKnow;
      pooled.missing += tally.missing;
    });
    return {
      areaId: area.id,
      title: area.title,
      statements: count,
      ...statsFromCounts(pooled.distribution, pooled.dontKnow, pooled.missing),
    };
  });

  return { respondents: counts.respondents, statements, areas };
}

/** Statistics per statement and per area for one round. */
export function summarize(set: StatementSetContent, respondents: readonly Respondent[]): Summary {
  return summarizeCounts(set, countAnswers(set, respondents));
}

// ---------------------------------------------------------------------------
// Breakdown with small-group suppression

/** The threshold actually applied: at least MIN_THRESHOLD; DEFAULT_THRESHOLD when not a number. */
export function effectiveThreshold(threshold: number): number {
  if (Number.isNaN(threshold)) return DEFAULT_THRESHOLD;
  return Math.max(MIN_THRESHOLD, threshold);
}

function compareKeys(by: BreakdownBy, a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (by === 'role') {
    const ia = ROLES.indexOf(a as Role);
    const ib = ROLES.indexOf(b as Role);
    // Unknown roles (not possible with valid data) after the known ones, by text.
    if (ia !== ib) return (ia < 0 ? ROLES.length : ia) - (ib < 0 ? ROLES.length : ib);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which groups to suppress, given their sizes in key order.
 *
 * The total over all respondents is always shown, so hiding only the small
 * groups is not enough: total minus the visible groups equals the pooled
 * answers of the suppressed groups. The rule:
 *
 * 1. Primary: every group with fewer respondents than the threshold is suppressed.
 * 2. Complementary: while at least one group is suppressed and either
 *    (a) fewer than two groups are suppressed, or
 *    (b) the suppressed groups together have fewer respondents than the threshold,
 *    also suppress the smallest visible group (ties: the first in key order).
 *
 * So afterwards either no group is suppressed, or all groups are, or at least
 * two are suppressed and together hold at least `threshold` respondents. What
 * can be derived from the total minus the visible groups is then never a
 * single group, and never fewer people than the threshold (when every group
 * is suppressed, the remainder is just the total). With a single group, that
 * group is the total; whether a total that small may be shown is the caller's
 * decision (the summary's respondents < `Breakdown.threshold`).
 *
 * This is the rule for one breakdown on its own. A round shows two (role and
 * unit) side by side: shared/analysis/privacy.ts decides what a round shows.
 */
export function suppressedGroups(sizes: readonly number[], threshold: number): boolean[] {
  const t = effectiveThreshold(threshold);
  const suppressed = sizes.map((size) => size < t);
  const hiddenCount = () => suppressed.filter(Boolean).length;
  const hiddenPeople = () => sizes.reduce((sum, size, i) => (suppressed[i] ? sum + size : sum), 0);
  while (hiddenCount() > 0 && hiddenCount() < sizes.length && (hiddenCount() < 2 || hiddenPeople() < t)) {
    let smallest = -1;
    sizes.forEach((size, i) => {
      if (!suppressed[i] && (smallest < 0 || size < sizes[smallest])) smallest = i;
    });
    suppressed[smallest] = true;
  }
  return suppressed;
}

/** Summaries per role or per unit, with small groups suppressed (see suppressedGroups). */
export function breakdown(
  set: StatementSetContent,
  respondents: readonly Respondent[],
  by: BreakdownBy,
  threshold: number,
): Breakdown {
  const byKey = new Map<string | null, Respondent[]>();
  for (const respondent of respondents) {
    const key = by === 'role' ? respondent.role : respondent.unitId;
    const group = byKey.get(key);
    if (group) group.push(respondent);
    else byKey.set(key, [respondent]);
  }
  return breakdownCounts(
    set,
    by,
    [...byKey].map(([key, group]) => ({ key, counts: countAnswers(set, group) })),
    threshold,
  );
}

/**
 * The same from counts per group (the workbook path). `shown` names the groups
 * that may be shown when the caller decided (see privacy.ts); without it, the
 * one-breakdown rule above decides.
 */
export function breakdownCounts(
  set: StatementSetContent,
  by: BreakdownBy,
  groups: readonly { key: string | null; counts: AnswerCounts }[],
  threshold: number,
  shown?: ReadonlySet<string | null>,
): Breakdown {
  const t = effectiveThreshold(threshold);
  const sorted = [...groups].sort((a, b) => compareKeys(by, a.key, b.key));
  const sizes = sorted.map((g) => g.counts.respondents);
  const suppressed = shown ? sorted.map((g) => !shown.has(g.key)) : suppressedGroups(sizes, t);
  return {
    by,
    threshold: t,
    groups: sorted.map((g, i) => ({
      key: g.key,
      respondents: suppressed[i] ? null : sizes[i],
      suppressed: suppressed[i],
      summary: suppressed[i] ? null : summarizeCounts(set, g.counts),
    })),
  };
}

// ---------------------------------------------------------------------------
// Comparing two rounds

export interface Round {
  set: StatementSetContent;
  summary: Summary;
}

function sameScale(a: StatementSetContent['scale'], b: StatementSetContent['scale']): boolean {
  return (
    a.max === b.max &&
    a.labels.length === b.labels.length &&
    a.labels.every((label, i) => label.trim() === b.labels[i].trim())
  );
}

function pointOf(stats: StatementStats | undefined): RoundPoint {
  return stats ? { n: stats.n, mean: stats.mean } : { n: 0, mean: null };
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : b - a;
}

/** Exact pooled mean over several distributions: Σ value·count / Σ count. */
function pooledPoint(distributions: readonly (readonly number[])[]): RoundPoint {
  let n = 0;
  let sum = 0;
  for (const distribution of distributions) {
    distribution.forEach((count, i) => {
      n += count;
      sum += (i + 1) * count;
    });
  }
  return { n, mean: n > 0 ? sum / n : null };
}

/**
 * Compares round a (e.g. the baseline) with round b (the follow-up).
 * A statement is comparable only when both rounds have its code with the same
 * trimmed wording on the same scale: a reworded statement (or a changed scale)
 * measures something else. An area's change pools, exactly via the
 * distributions, the comparable statements that both rounds place in it.
 */
export function compare(a: Round, b: Round): Comparison {
  const scaleComparable = sameScale(a.set.scale, b.set.scale);
  const aStatements = new Map(a.set.statements.map((s) => [s.code, s]));
  const bCodes = new Set(b.set.statements.map((s) => s.code));
  const aStats = new Map(a.summary.statements.map((s) => [s.code, s]));
  const bStats = new Map(b.summary.statements.map((s) => [s.code, s]));

  const statements: StatementComparison[] = [];
  for (const sb of b.set.statements) {
    const sa = aStatements.get(sb.code);
    if (!sa) {
      statements.push({
        code: sb.code,
        text: sb.text,
        areaId: sb.areaId,
        presence: 'b',
        comparable: false,
        a: null,
        b: pointOf(bStats.get(sb.code)),
        change: null,
      });
      continue;
    }
    const comparable = scaleComparable && sa.text.trim() === sb.text.trim();
    const pa = pointOf(aStats.get(sb.code));
    const pb = pointOf(bStats.get(sb.code));
    statements.push({
      code: sb.code,
      text: sb.text,
      areaId: sb.areaId,
      presence: 'both',
      comparable,
      a: pa,
      b: pb,
      change: comparable ? difference(pa.mean, pb.mean) : null,
    });
  }
  for (const sa of a.set.statements) {
    if (bCodes.has(sa.code)) continue;
    statements.push({
      code: sa.code,
      text: sa.text,
      areaId: sa.areaId,
      presence: 'a',
      comparable: false,
      a: pointOf(aStats.get(sa.code)),
      b: null,
      change: null,
    });
  }

  const aAreaIds = new Set(a.set.areas.map((area) => area.id));
  const areas: AreaComparison[] = b.set.areas
    .filter((area) => aAreaIds.has(area.id))
    .map((area) => {
      const codes = statements
        .filter((s) => s.comparable && s.areaId === area.id && aStatements.get(s.code)?.areaId === area.id)
        .map((s) => s.code);
      const distributionsOf = (stats: Map<string, StatementStats>) =>
        codes.map((code) => stats.get(code)?.distribution ?? []);
      const pa = pooledPoint(distributionsOf(aStats));
      const pb = pooledPoint(distributionsOf(bStats));
      return {
        areaId: area.id,
        title: area.title,
        statements: codes.length,
        a: pa,
        b: pb,
        change: difference(pa.mean, pb.mean),
      };
    });

  return { scaleComparable, statements, areas };
}

// ---------------------------------------------------------------------------
// Largest gaps

/** The `count` lowest areas by mean and the `count` statements with the widest disagreement. */
export function largestGaps(summary: Summary, set: StatementSetContent, count: number): LargestGaps {
  const limit = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0;
  const texts = new Map(set.statements.map((s) => [s.code, s.text]));
  // Array.prototype.sort is stable, so ties keep set order.
  const areas = summary.areas
    .filter((area): area is AreaStats & { mean: number } => area.mean !== null)
    .map((area) => ({
      areaId: area.areaId,
      title: area.title,
      n: area.n,
      mean: area.mean,
      gap: set.scale.max - area.mean,
    }))
    .sort((x, y) => x.mean - y.mean)
    .slice(0, limit);
  const statements = summary.statements
    .filter((s): s is StatementStats & { mean: number; sd: number } => s.sd !== null && s.mean !== null)
    .map((s) => ({ code: s.code, text: texts.get(s.code) ?? '', areaId: s.areaId, n: s.n, mean: s.mean, sd: s.sd }))
    .sort((x, y) => y.sd - x.sd)
    .slice(0, limit);
  return { areas, statements };
}

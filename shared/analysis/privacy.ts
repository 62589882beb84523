// What of a status-analysis round may be shown: the one privacy rule that
// every result, comparison and export of a round goes through (applied once,
// in the main process: see roundResults in electron/api/analysis.ts).
//
// The threat: a curious reader (a principal, a colleague) sees everything
// shown or exported for a round, the total and every group of the role and
// unit breakdowns, and adds and subtracts those figures. «Beiarn skole» (11)
// minus «Lærer» (10) is the principal's answers when every teacher works at
// Beiarn skole. Hiding each small group on its own does not stop that.
//
// The rule. Let t be the threshold. Respondents fall into cells by (role,
// unit). In each dimension a group is either shown or hidden; the hidden
// groups of a dimension are pooled into one class (the «pool»), so each
// dimension is a partition into shown groups plus at most one pool. A merged
// cell is the intersection of a role class and a unit class. The rule is:
//
//   every merged cell that holds anyone holds at least t respondents,
//
// and the total is shown only when it holds at least t.
//
// Why it holds: every figure shown is a sum over a set of respondents (counts
// per answer value, n, don't know, missing; a mean is such a sum divided by
// n). The total, each shown role group and each shown unit group is a union
// of whole merged cells (a shown group is its own class, and the classes of
// the other dimension partition it). Adding and subtracting such sets, or
// scaling them, gives a function that is constant on every merged cell, so a
// set whose figures can be computed that way is a union of whole merged
// cells: empty, or at least t respondents. The pool of a dimension is such a
// union as well (total minus the shown groups), so showing it adds nothing.
//
// Per-respondent rows (the export's «Svar» sheet, only on explicit request)
// carry a role only when its role group is shown and a unit only when its
// unit group is shown. Filtering the rows by any combination of those labels
// selects a union of merged cells, so no label combination singles out fewer
// than t people.
//
// How groups are chosen: first every group under t is hidden; then, while a
// nonempty merged cell is under t, one more group is hidden: the smaller of
// the cell's shown role group and shown unit group (for a cell of two pools,
// the smallest shown group that meets a pool; on a tie, the unit group, as
// the role breakdown is the one shown first). Each step hides one more
// group, so it ends; at worst every group is hidden and the one merged cell
// is the total, which is then shown only if it holds at least t.
import { effectiveThreshold } from './scoring';

/** Respondents of one (role, unit) combination. */
export interface CellCount {
  role: string | null;
  unit: string | null;
  n: number;
}

export interface Disclosure {
  threshold: number;
  /** Whether the round's total (the «Alle» row, every overall figure) may be shown. */
  total: boolean;
  /** Role groups that may be shown, by key (null: role not given). */
  roles: Set<string | null>;
  /** Unit groups that may be shown, by key (null: unit not given). */
  units: Set<string | null>;
}

const POOL = Symbol('pool');
type Class = string | null | typeof POOL;

function sizes(cells: readonly CellCount[], of: (c: CellCount) => string | null): Map<string | null, number> {
  const m = new Map<string | null, number>();
  for (const c of cells) if (c.n > 0) m.set(of(c), (m.get(of(c)) ?? 0) + c.n);
  return m;
}

/** The groups of a round that may be shown (see the rule above). */
export function disclosure(cells: readonly CellCount[], threshold: number): Disclosure {
  const t = effectiveThreshold(threshold);
  const nonEmpty = cells.filter((c) => c.n > 0);
  const total = nonEmpty.reduce((sum, c) => sum + c.n, 0);
  const roleSizes = sizes(nonEmpty, (c) => c.role);
  const unitSizes = sizes(nonEmpty, (c) => c.unit);
  const roles = new Set([...roleSizes].filter(([, n]) => n >= t).map(([k]) => k));
  const units = new Set([...unitSizes].filter(([, n]) => n >= t).map(([k]) => k));

  for (;;) {
    const merged = new Map<Class, Map<Class, number>>();
    for (const c of nonEmpty) {
      const r: Class = roles.has(c.role) ? c.role : POOL;
      const u: Class = units.has(c.unit) ? c.unit : POOL;
      const row = merged.get(r) ?? new Map<Class, number>();
      row.set(u, (row.get(u) ?? 0) + c.n);
      merged.set(r, row);
    }
    // The smallest violating cell first (ties: the order cells were given in).
    let worst: { r: Class; u: Class; n: number } | null = null;
    for (const [r, row] of merged) for (const [u, n] of row) if (n < t && (!worst || n < worst.n)) worst = { r, u, n };
    if (!worst) break;

    type Candidate = { dim: 'role' | 'unit'; key: string | null; size: number };
    let candidates: Candidate[] = [];
    if (worst.r !== POOL) candidates.push({ dim: 'role', key: worst.r, size: roleSizes.get(worst.r)! });
    if (worst.u !== POOL) candidates.push({ dim: 'unit', key: worst.u, size: unitSizes.get(worst.u)! });
    if (candidates.length === 0) {
      // Pool x pool: widen a pool by a shown group that meets the other pool.
      const meets = (dim: 'role' | 'unit', key: string | null) =>
        nonEmpty.some((c) =>
          dim === 'role' ? c.role === key && !units.has(c.unit) : c.unit === key && !roles.has(c.role),
        );
      const all: Candidate[] = [
        ...[...roles].map((key) => ({ dim: 'role' as const, key, size: roleSizes.get(key)! })),
        ...[...units].map((key) => ({ dim: 'unit' as const, key, size: unitSizes.get(key)! })),
      ];
      candidates = all.filter((c) => meets(c.dim, c.key));
      if (candidates.length === 0) candidates = all;
    }
    if (candidates.length === 0) break; // everything pooled: the one cell is the total
    candidates.sort((a, b) => a.size - b.size || (a.dim === b.dim ? 0 : a.dim === 'unit' ? -1 : 1));
    const hide = candidates[0];
    (hide.dim === 'role' ? roles : units).delete(hide.key);
  }
  return {
    threshold: t,
    total: total >= t,
    roles: total >= t ? roles : new Set(),
    units: total >= t ? units : new Set(),
  };
}

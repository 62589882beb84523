// The curious reader of the privacy rule, written independently of it: given
// the sets of respondents whose figures are shown (each as a 0/1 vector over
// the round's nonempty (role, unit) cells), it searches for a set of fewer
// than t respondents (but at least one) whose figures can be computed by
// adding, subtracting or scaling shown figures: an indicator vector in the
// rational span of the shown vectors. Exhaustive over every such small set.

export interface Cell {
  role: string | null;
  unit: string | null;
  n: number;
}

/** Reduced row echelon basis of the span (floating point; the vectors are small 0/1 ones). */
function basisOf(vectors: number[][]): { rows: number[][]; pivots: number[] } {
  const rows: number[][] = [];
  const pivots: number[] = [];
  for (const v of vectors) {
    const r = reduce(v, rows, pivots);
    const p = r.findIndex((x) => Math.abs(x) > 1e-9);
    if (p < 0) continue;
    const scaled = r.map((x) => x / r[p]);
    for (let i = 0; i < rows.length; i++) {
      const f = rows[i][p];
      if (Math.abs(f) > 1e-12) rows[i] = rows[i].map((x, j) => x - f * scaled[j]);
    }
    rows.push(scaled);
    pivots.push(p);
  }
  return { rows, pivots };
}

function reduce(v: number[], rows: number[][], pivots: number[]): number[] {
  const r = [...v];
  rows.forEach((row, i) => {
    const f = r[pivots[i]];
    if (Math.abs(f) > 1e-12) for (let j = 0; j < r.length; j++) r[j] -= f * row[j];
  });
  return r;
}

/**
 * A set of nonempty cells with 1..t-1 respondents in total whose indicator
 * is in the span of `shown` (each a predicate over cells), or null.
 */
export function findSmallDerivableSet(cells: Cell[], shown: ((c: Cell) => boolean)[], t: number): Cell[] | null {
  const live = cells.filter((c) => c.n > 0);
  const basis = basisOf(shown.map((pred) => live.map((c) => (pred(c) ? 1 : 0))));
  const chosen: number[] = [];
  const search = (start: number, weight: number): Cell[] | null => {
    if (chosen.length > 0) {
      const v = live.map((_, i) => (chosen.includes(i) ? 1 : 0));
      if (reduce(v, basis.rows, basis.pivots).every((x) => Math.abs(x) < 1e-7)) return chosen.map((i) => live[i]);
    }
    for (let i = start; i < live.length; i++) {
      if (weight + live[i].n >= t) continue;
      chosen.push(i);
      const found = search(i + 1, weight + live[i].n);
      chosen.pop();
      if (found) return found;
    }
    return null;
  };
  return search(0, 0);
}

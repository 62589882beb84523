// The bench table as Markdown, and the README section that shows the last one.
// Pure (no I/O): tests/bench/run.ts writes the files, tests/bench/readme.ts
// copies the Markdown into README.md between the markers.

export interface BenchRow {
  figure: string;
  ms: number;
  budget: number;
  floor: number;
  floorWhat: string;
}

export interface BenchResult {
  measuredAt: string;
  machine: { cpus: number; cpu: string; memoryGiB: number; platform: string; node: string };
  rows: (BenchRow & { ratio: number; withinBudget: boolean })[];
}

export const BENCH_START = '<!-- bench:start (written by `npm run bench:readme`; do not edit by hand) -->';
export const BENCH_END = '<!-- bench:end -->';

const ms = (x: number) => x.toFixed(2);
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function benchMarkdown(result: BenchResult): string {
  const { machine } = result;
  const over = result.rows.filter((r) => !r.withinBudget).length;
  const lines = [
    `Measured ${result.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${machine.cpus} × ${cell(machine.cpu)}, ` +
      `${machine.memoryGiB} GiB, ${machine.platform}, Node ${machine.node}. ` +
      (over === 0 ? 'All figures within budget.' : `${over} figure(s) over budget.`),
    '',
    '| figure | ms | budget | floor | × floor | floor is | |',
    '|---|---:|---:|---:|---:|---|---|',
    ...result.rows.map((r) => {
      const verdict = r.withinBudget ? 'ok' : '**over budget**';
      const figures = [ms(r.ms), ms(r.budget), ms(r.floor), r.ratio.toFixed(1)].join(' | ');
      return `| ${cell(r.figure)} | ${figures} | ${cell(r.floorWhat)} | ${verdict} |`;
    }),
  ];
  return `${lines.join('\n')}\n`;
}

/** README text with the section between the markers replaced by `markdown`; throws when the markers are missing. */
export function replaceBenchSection(readme: string, markdown: string): string {
  const start = readme.indexOf(BENCH_START);
  const end = readme.indexOf(BENCH_END);
  if (start < 0 || end < start) throw new Error(`README.md has no section between ${BENCH_START} and ${BENCH_END}`);
  return `${readme.slice(0, start + BENCH_START.length)}\n\n${markdown.trim()}\n\n${readme.slice(end)}`;
}

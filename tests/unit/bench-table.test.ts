// The bench table as the README shows it: every figure with its budget, its
// floor and the ratio to the floor, replaced in place between the markers.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_END, BENCH_START, benchMarkdown, replaceBenchSection, type BenchResult } from '../bench/table';
import { ROOT } from '../support/server';

const result: BenchResult = {
  measuredAt: '2026-11-23T12:00:00.000Z',
  machine: { cpus: 2, cpu: 'Test CPU', memoryGiB: 24, platform: 'linux x64', node: 'v20.20.2' },
  rows: [
    {
      figure: 'list municipalities',
      ms: 1.5,
      budget: 10,
      floor: 0.5,
      floorWhat: 'raw SQL',
      ratio: 3,
      withinBudget: true,
    },
    {
      figure: 'start-up | home',
      ms: 1200,
      budget: 1000,
      floor: 300,
      floorWhat: 'bare page',
      ratio: 4,
      withinBudget: false,
    },
  ],
};

describe('bench table', () => {
  it('shows each figure with budget, floor and ratio, and marks a figure over budget', () => {
    const md = benchMarkdown(result);
    expect(md).toContain('| figure | ms | budget | floor | × floor | floor is | |');
    expect(md).toContain('| list municipalities | 1.50 | 10.00 | 0.50 | 3.0 | raw SQL | ok |');
    expect(md).toContain('| start-up \\| home | 1200.00 | 1000.00 | 300.00 | 4.0 | bare page | **over budget** |');
    expect(md).toContain('1 figure(s) over budget.');
  });

  it('replaces only the README section between the markers, again and again', () => {
    const readme = `# Title\n\nbefore\n\n${BENCH_START}\nold table\n${BENCH_END}\n\nafter\n`;
    const once = replaceBenchSection(readme, benchMarkdown(result));
    expect(once).not.toContain('old table');
    expect(once.startsWith('# Title\n\nbefore\n\n')).toBe(true);
    expect(once.endsWith(`${BENCH_END}\n\nafter\n`)).toBe(true);
    expect(replaceBenchSection(once, benchMarkdown(result))).toBe(once);
    expect(() => replaceBenchSection('# no markers\n', 'x')).toThrow(/no section/);
  });

  it('the README shows a measured table with budget, floor and ratio for every row', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf(BENCH_START) + BENCH_START.length, readme.indexOf(BENCH_END));
    // Header and separator rows aside (Prettier pads the table, so the separator starts with '| -').
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| figure') && !/^\|\s*:?-/.test(line));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const cells = row
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
      // ms, budget, floor, ratio are numbers.
      expect(
        cells.slice(1, 5).every((c) => /^\d+(\.\d+)?$/.test(c)),
        row,
      ).toBe(true);
    }
  });
});

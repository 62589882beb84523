// The report charts are SVG text: every title is escaped, every value drawn where the scale says.
import { describe, expect, it } from 'vitest';
import { areaMeansSvg, staircaseSvg, wrap } from '../../../shared/report/charts';

const labels = {
  label: 'Snitt <per> område',
  current: 'Denne runden',
  previous: 'Forrige runde',
  consensus: 'Konsensus',
};

describe('report charts', () => {
  it('escapes titles and places bars on the 1..max scale', () => {
    const { svg, width, height } = areaMeansSvg(
      [
        { title: 'Skole & hjem <samarbeid>', mean: 4, consensus: 3, previous: 1 },
        { title: 'Tom', mean: null, consensus: null, previous: null },
      ],
      4,
      labels,
    );
    expect(svg).toContain('Skole &amp; hjem &lt;samarbeid&gt;');
    expect(svg).toContain('aria-label="Snitt &lt;per&gt; område"');
    expect(svg).not.toMatch(/<samarbeid>/);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    // Mean 4 of 4 fills the whole plot (230..640); the previous round's 1 is a stub of 1 px.
    expect(svg).toContain('width="410" height="20"');
    expect(svg).toContain('width="1" height="8"');
    expect(svg).toContain('4,00');
    // The area without answers draws no bar and no number.
    expect(svg.match(/height="20"/g)).toHaveLength(1);
  });

  it('leaves out the previous round when there is none', () => {
    const { svg } = areaMeansSvg([{ title: 'A', mean: 2.5, consensus: null, previous: null }], 4, {
      ...labels,
      previous: null,
    });
    expect(svg).not.toContain('Forrige runde');
  });

  it('draws the staircase from step 7 at the top to step 1 at the bottom with counts', () => {
    const steps = Array.from({ length: 7 }, (_, i) => ({ step: i + 1, title: `Trinn ${i + 1} tittel`, cards: i }));
    const { svg } = staircaseSvg(steps, { label: 'Trappa', cards: (n) => `${n} kort` });
    const order = [...svg.matchAll(/>(Trinn \d) tittel</g)].map((m) => m[1]);
    expect(order).toEqual(['Trinn 7', 'Trinn 6', 'Trinn 5', 'Trinn 4', 'Trinn 3', 'Trinn 2', 'Trinn 1']);
    expect(svg).toContain('>6 kort<');
  });

  it('wraps text at spaces', () => {
    expect(wrap('Oppfølging, øving og vedlikehold', 20)).toEqual(['Oppfølging, øving og', 'vedlikehold']);
  });
});

// Charts for reports as SVG text, drawn by pure functions: the same picture in
// the preview, the printed PDF and (rasterized) the Word file. Black on white,
// patterns that survive a greyscale printer, text large enough for A4.
import { formatNumber } from '../format';

export interface Svg {
  svg: string;
  width: number;
  height: number;
}

const FONT = "'Atkinson Hyperlegible', Arial, Helvetica, sans-serif";
const INK = '#1a1a1a';
const BAR = '#1f5c99';
const PREVIOUS = '#b9c7d6';
const GRID = '#d0d0d0';

/** Text safe inside SVG/XML. */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Splits text into lines of at most `max` characters at spaces (a long word stays whole). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const svgOpen = (width: number, height: number, label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(FONT)}">` +
  `<rect width="${width}" height="${height}" fill="#ffffff"/>`;

const text = (x: number, y: number, s: string, attrs = '') =>
  `<text x="${x}" y="${y}" fill="${INK}" ${attrs}>${escapeXml(s)}</text>`;

export interface AreaBar {
  title: string;
  mean: number | null;
  /** The room's agreed value for the area, if set. */
  consensus: number | null;
  /** The same area's mean in the previous round, if compared. */
  previous: number | null;
}

/**
 * Area means as horizontal bars on the scale 1..max, a black diamond where the
 * room's consensus is, and a pale bar under each for the previous round.
 */
export function areaMeansSvg(
  areas: AreaBar[],
  scaleMax: number,
  labels: { label: string; current: string; previous: string | null; consensus: string },
): Svg {
  const width = 680;
  const labelWidth = 230;
  const right = 40;
  const plot = width - labelWidth - right;
  const hasPrevious = labels.previous !== null && areas.some((a) => a.previous !== null);
  const rowHeight = hasPrevious ? 38 : 30;
  const top = 46;
  const height = top + areas.length * rowHeight + 34;
  const x = (v: number) => labelWidth + ((v - 1) / (scaleMax - 1)) * plot;
  const parts: string[] = [svgOpen(width, height, labels.label)];

  // Legend.
  let lx = labelWidth;
  parts.push(
    `<rect x="${lx}" y="10" width="18" height="14" fill="${BAR}"/>`,
    text(lx + 24, 22, labels.current, 'font-size="14"'),
  );
  lx += 34 + labels.current.length * 7.5;
  if (hasPrevious && labels.previous) {
    parts.push(
      `<rect x="${lx}" y="13" width="18" height="8" fill="${PREVIOUS}" stroke="${INK}" stroke-width="0.5"/>`,
      text(lx + 24, 22, labels.previous, 'font-size="14"'),
    );
    lx += 34 + labels.previous.length * 7.5;
  }
  parts.push(
    `<path d="M${lx + 8} 10 l7 7 l-7 7 l-7 -7 z" fill="${INK}"/>`,
    text(lx + 22, 22, labels.consensus, 'font-size="14"'),
  );

  // Grid and scale.
  const axisY = top + areas.length * rowHeight;
  for (let v = 1; v <= scaleMax; v++) {
    parts.push(`<line x1="${x(v)}" y1="${top - 6}" x2="${x(v)}" y2="${axisY}" stroke="${GRID}" stroke-width="1"/>`);
    parts.push(text(x(v), axisY + 20, String(v), 'font-size="14" text-anchor="middle"'));
  }

  areas.forEach((a, i) => {
    const y = top + i * rowHeight;
    const lines = wrap(a.title, 28).slice(0, 2);
    lines.forEach((l, k) =>
      parts.push(
        text(labelWidth - 10, y + 18 + (k - (lines.length - 1) / 2) * 15, l, 'font-size="14" text-anchor="end"'),
      ),
    );
    if (a.mean !== null) {
      parts.push(`<rect x="${x(1)}" y="${y + 4}" width="${Math.max(1, x(a.mean) - x(1))}" height="20" fill="${BAR}"/>`);
      // The number right of the bar, clear of the consensus mark.
      const labelX =
        Math.max(
          x(a.mean),
          a.consensus !== null && Math.abs(x(a.consensus) - x(a.mean)) < 40 ? x(a.consensus) + 4 : 0,
        ) + 8;
      parts.push(text(labelX, y + 19, formatNumber(a.mean, 2), 'font-size="14" font-weight="bold"'));
    }
    if (hasPrevious && a.previous !== null) {
      parts.push(
        `<rect x="${x(1)}" y="${y + 25}" width="${Math.max(1, x(a.previous) - x(1))}" height="8" fill="${PREVIOUS}" stroke="${INK}" stroke-width="0.5"/>`,
      );
    }
    if (a.consensus !== null) {
      const cx = x(a.consensus);
      parts.push(
        `<path d="M${cx} ${y + 2} l9 12 l-9 12 l-9 -12 z" fill="${INK}" stroke="#ffffff" stroke-width="1.5"/>`,
      );
    }
  });
  parts.push(`<line x1="${x(1)}" y1="${axisY}" x2="${x(scaleMax)}" y2="${axisY}" stroke="${INK}" stroke-width="1"/>`);
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}

export interface StaircaseStep {
  step: number;
  title: string;
  cards: number;
}

/**
 * The Omni staircase: step 7 at the top, step 1 at the bottom, each step a
 * block moved further right the higher it is, with its number, title and
 * card count written inside.
 */
export function staircaseSvg(steps: StaircaseStep[], labels: { label: string; cards: (n: number) => string }): Svg {
  const width = 680;
  const rowHeight = 48;
  const indent = 28;
  const count = steps.length;
  const blockWidth = width - 20 - indent * Math.max(0, count - 1);
  const height = count * rowHeight + 12;
  const parts: string[] = [svgOpen(width, height, labels.label)];
  // Highest step first (top row).
  [...steps].reverse().forEach((s, row) => {
    const i = count - 1 - row;
    const x = 10 + i * indent;
    const y = 6 + row * rowHeight;
    const shade = Math.round(248 - (i * 70) / Math.max(1, count - 1));
    parts.push(
      `<rect x="${x}" y="${y}" width="${blockWidth}" height="${rowHeight - 6}" rx="3" fill="rgb(${shade},${shade},${Math.min(255, shade + 6)})" stroke="${INK}" stroke-width="1"/>`,
    );
    parts.push(text(x + 10, y + 27, String(s.step), 'font-size="20" font-weight="bold"'));
    const lines = wrap(s.title, 46).slice(0, 2);
    lines.forEach((l, k) => parts.push(text(x + 38, y + (lines.length === 1 ? 26 : 18 + k * 16), l, 'font-size="14"')));
    parts.push(
      text(x + blockWidth - 10, y + 26, labels.cards(s.cards), 'font-size="14" font-weight="bold" text-anchor="end"'),
    );
  });
  parts.push('</svg>');
  return { svg: parts.join(''), width, height };
}

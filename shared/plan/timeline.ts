// The plan's timeline as SVG text: months across, one band per phase, activities as marks on their
// phase's row (a mark outside its band is an activity outside the phase's period), evaluation
// routines as diamonds on their own row, and today's line. Drawn for a projector: large type, high
// contrast, status told by shape as well as colour. Used by the page and by the plan report.
import { formatMonth } from '../format';
import { t } from '../i18n';
import { monthIndex, monthOf, monthOfDate, routineOccurrences, type ActivityStatus, type Plan } from './model';

export const TIMELINE_WIDTH = 1200;
const LABEL_W = 262;
const X0 = LABEL_W + 16;
const X1 = TIMELINE_WIDTH - 16;
const AXIS_H = 84;
const ROW_H = 76;
/** Two lines under the chart: the legend, then the summary. */
const LEGEND_H = 100;
const FONT = "'Atkinson Hyperlegible', Arial, sans-serif";
const INK = '#111827';
const BAND = '#dbe7f6';
const BAND_EDGE = '#1d4e89';
const TODAY = '#b91c1c';
const STATUS_COLOUR: Record<ActivityStatus, string> = {
  planned: '#ffffff',
  done: '#166534',
  postponed: '#b45309',
  cancelled: '#6b7280',
};

export const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Up to two lines of about `max` characters, cut at spaces; a longer text ends in an ellipsis. */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  // No orphan: «Implementeringsfase 1» keeps its number with its word.
  if (lines.length === 2 && lines[1].length <= 2) return [`${lines[0]}\u00a0${lines[1]}`.slice(0, max + 3)];
  if (lines.length > 2) return [lines[0], `${lines[1].slice(0, max - 1)}…`];
  return lines;
}

function mark(status: ActivityStatus, x: number, y: number, r: number): string {
  const fill = STATUS_COLOUR[status];
  switch (status) {
    case 'done':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="${INK}" stroke-width="2"/><path d="M${x - r * 0.5} ${y} l${r * 0.35} ${r * 0.4} l${r * 0.6} ${-r * 0.8}" fill="none" stroke="#fff" stroke-width="3"/>`;
    case 'postponed':
      return `<path d="M${x} ${y - r * 1.15} L${x + r * 1.1} ${y + r * 0.85} L${x - r * 1.1} ${y + r * 0.85} Z" fill="${fill}" stroke="${INK}" stroke-width="2"/>`;
    case 'cancelled':
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="${INK}" stroke-width="2"/><path d="M${x - r * 0.55} ${y - r * 0.55} L${x + r * 0.55} ${y + r * 0.55} M${x + r * 0.55} ${y - r * 0.55} L${x - r * 0.55} ${y + r * 0.55}" stroke="#fff" stroke-width="3"/>`;
    default:
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${fill}" stroke="${INK}" stroke-width="3"/>`;
  }
}

export interface Timeline {
  svg: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * `interactive`: each activity mark is a focusable button (Tab, then Enter opens it on the page);
 * the report's copy stays a plain picture.
 */
export function timelineSvg(
  plan: Pick<Plan, 'startMonth' | 'endMonth' | 'phases' | 'activities' | 'routines' | 'evaluations'>,
  today: string,
  { interactive = false }: { interactive?: boolean } = {},
): Timeline {
  const months = [
    plan.startMonth,
    plan.endMonth,
    ...plan.activities.map((a) => a.month),
    ...plan.phases.flatMap((p) => [p.fromMonth, p.toMonth]),
  ].map(monthIndex);
  const first = Math.min(...months);
  const last = Math.max(...months);
  const count = last - first + 1;
  const colW = (X1 - X0) / count;
  const x = (month: string) => X0 + (monthIndex(month) - first) * colW;
  const mid = (month: string) => x(month) + colW / 2;
  const r = Math.max(8, Math.min(14, colW * 0.56));
  const rows = plan.phases.length + (plan.routines.length > 0 ? 1 : 0);
  const height = AXIS_H + Math.max(rows, 1) * ROW_H + LEGEND_H;
  const out: string[] = [];
  const text = (tx: number, ty: number, body: string, attrs = '') =>
    `<text x="${tx}" y="${ty}" ${attrs}>${escapeXml(body)}</text>`;

  // Axis: a line at each January with the year, a tick at each month.
  for (let i = first; i <= last + 1; i++) {
    const gx = X0 + (i - first) * colW;
    const january = i % 12 === 0;
    if (january || i === first) {
      out.push(
        `<line x1="${gx}" y1="${AXIS_H - 20}" x2="${gx}" y2="${height - LEGEND_H}" stroke="${january ? '#4b5563' : '#9ca3af'}" stroke-width="${january ? 2 : 1}"/>`,
      );
      const yearEnd = Math.min(last + 1, i + (12 - (i % 12)));
      if ((yearEnd - i) * colW >= 60)
        out.push(text(gx + 6, 28, String(Math.floor(i / 12)), `font-size="26" font-weight="700" fill="${INK}"`));
    } else if (i <= last) {
      out.push(`<line x1="${gx}" y1="${AXIS_H - 10}" x2="${gx}" y2="${AXIS_H}" stroke="#6b7280" stroke-width="1"/>`);
    }
  }
  out.push(`<line x1="${X0}" y1="${AXIS_H}" x2="${X1}" y2="${AXIS_H}" stroke="${INK}" stroke-width="2"/>`);

  // Phases as bands, activities as marks on their phase's row.
  plan.phases.forEach((p, i) => {
    const top = AXIS_H + i * ROW_H;
    const lines = wrap(p.name, 19);
    lines.forEach((line, li) =>
      out.push(
        text(
          8,
          top + ROW_H / 2 + (li - (lines.length - 1) / 2) * 26 + 8,
          line,
          `font-size="22" font-weight="700" fill="${INK}"`,
        ),
      ),
    );
    out.push(
      `<rect x="${x(p.fromMonth)}" y="${top + 12}" width="${(monthIndex(p.toMonth) - monthIndex(p.fromMonth) + 1) * colW}" height="${ROW_H - 24}" rx="8" fill="${BAND}" stroke="${BAND_EDGE}" stroke-width="2" data-phase-id="${escapeXml(p.id)}"/>`,
    );
    for (const a of plan.activities.filter((act) => act.phaseId === p.id)) {
      const name = t('plan.timeline.mark', {
        activity: a.text,
        month: formatMonth(a.month),
        status: t(`plan.status.${a.status}`),
      });
      const focus = interactive ? ` tabindex="0" role="button" aria-label="${escapeXml(name)}"` : '';
      out.push(
        `<g data-activity-id="${escapeXml(a.id)}" data-status="${a.status}"${focus}><title>${escapeXml(name)}</title>${mark(a.status, mid(a.month), top + ROW_H / 2, r)}</g>`,
      );
    }
  });

  // Evaluation routines: a diamond per occurrence, filled when an evaluation was recorded.
  if (plan.routines.length > 0) {
    const top = AXIS_H + plan.phases.length * ROW_H;
    out.push(
      text(8, top + ROW_H / 2 + 8, t('plan.timeline.evaluation'), `font-size="22" font-weight="700" fill="${INK}"`),
    );
    plan.routines.forEach((routine, ri) => {
      const cy = top + ROW_H / 2 + (plan.routines.length > 1 ? (ri - (plan.routines.length - 1) / 2) * 22 : 0);
      const held = plan.evaluations.filter((e) => e.routineId === routine.id).map((e) => monthIndex(e.month));
      for (const m of routineOccurrences(routine, monthOf(last))) {
        const done = held.some((h) => h >= monthIndex(m) && h < monthIndex(m) + routine.intervalMonths);
        const cx = mid(m);
        const d = r;
        out.push(
          `<path d="M${cx} ${cy - d} L${cx + d} ${cy} L${cx} ${cy + d} L${cx - d} ${cy} Z" fill="${done ? BAND_EDGE : '#ffffff'}" stroke="${BAND_EDGE}" stroke-width="2.5" data-routine-id="${escapeXml(routine.id)}" data-held="${done}"><title>${escapeXml(routine.title)}</title></path>`,
        );
      }
    });
  }

  // Today's line.
  const now = monthIndex(monthOfDate(today));
  if (now >= first && now <= last) {
    const day = Number(today.slice(8, 10)) || 1;
    const tx = X0 + (now - first + Math.min(day, 30) / 31) * colW;
    out.push(
      `<line x1="${tx}" y1="${AXIS_H - 46}" x2="${tx}" y2="${height - LEGEND_H + 4}" stroke="${TODAY}" stroke-width="4" data-today="${today}"/>`,
    );
    // The label on a red tab at the top of the line, clear of the year labels and the ticks.
    const label = t('plan.timeline.today');
    const labelW = label.length * 12 + 16;
    const lx0 = Math.min(Math.max(tx - labelW / 2, X0 - 10), X1 - labelW + 10);
    out.push(`<rect x="${lx0}" y="${AXIS_H - 48}" width="${labelW}" height="30" rx="6" fill="${TODAY}"/>`);
    out.push(
      text(
        lx0 + labelW / 2,
        AXIS_H - 26,
        label,
        `font-size="21" font-weight="700" fill="#ffffff" text-anchor="middle"`,
      ),
    );
  }

  // Legend and summary.
  const done = plan.activities.filter((a) => a.status === 'done').length;
  const ly = height - LEGEND_H + 34;
  let lx = 8;
  for (const status of ['planned', 'done', 'postponed', 'cancelled'] as const) {
    out.push(mark(status, lx + 12, ly, 11));
    const label = t(`plan.timeline.legend.${status}`);
    out.push(text(lx + 30, ly + 8, label, `font-size="22" fill="${INK}"`));
    lx += 30 + label.length * 11.5 + 26;
  }
  if (plan.routines.length > 0) {
    for (const held of [false, true]) {
      const d = 11;
      out.push(
        `<path d="M${lx + 12} ${ly - d} L${lx + 12 + d} ${ly} L${lx + 12} ${ly + d} L${lx + 12 - d} ${ly} Z" fill="${held ? BAND_EDGE : '#ffffff'}" stroke="${BAND_EDGE}" stroke-width="2.5"/>`,
      );
      const label = t(held ? 'plan.timeline.legend.held' : 'plan.timeline.legend.evaluation');
      out.push(text(lx + 30, ly + 8, label, `font-size="22" fill="${INK}"`));
      lx += 30 + label.length * 11.5 + 26;
    }
  }
  const summary = t('plan.timeline.summary', { done, total: plan.activities.length });
  out.push(
    text(X1, ly + 48, summary, `font-size="24" font-weight="700" fill="${INK}" text-anchor="end" data-summary="true"`),
  );

  const outside = plan.activities.filter((a) => {
    const p = plan.phases.find((ph) => ph.id === a.phaseId);
    return p && (monthIndex(a.month) < monthIndex(p.fromMonth) || monthIndex(a.month) > monthIndex(p.toMonth));
  }).length;
  const alt = t('plan.timeline.alt', {
    from: formatMonth(monthOf(first)),
    to: formatMonth(monthOf(last)),
    phases: plan.phases.length,
    total: plan.activities.length,
    done,
    outside,
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${TIMELINE_WIDTH} ${height}" width="${TIMELINE_WIDTH}" height="${height}" role="${interactive ? 'group' : 'img'}" aria-label="${escapeXml(alt)}" font-family="${escapeXml(FONT)}"><rect width="100%" height="100%" fill="#ffffff"/>${out.join('')}</svg>`;
  return { svg, width: TIMELINE_WIDTH, height, alt };
}

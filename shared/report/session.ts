// The session summary as a ReportDocument: a pure function of what the main
// process gathered from the workbook (results come from the rounds' own
// results function, with small groups already suppressed there).
import { z } from 'zod';
import type { RoundResults } from '../analysis/api';
import type { BreakdownGroup, Comparison } from '../analysis/scoring';
import { roleName } from '../analysis/types';
import type { SessionWork } from '../checklists';
import { Id, type Session } from '../domain';
import { fileNamePart, formatChange, formatDate, formatInteger, formatMean, formatNumber } from '../format';
import { t, tc, type MessageKey } from '../i18n';
import type { Card } from '../trappa/board';
import type { Action } from '../trappa/api';
import { areaMeansSvg, staircaseSvg } from './charts';
import { SavedReport, type ReportBlock, type ReportDocument } from './document';

// ---------------------------------------------------------------- API shapes

export const SESSION_SECTIONS = ['work', 'analysis', 'trappa', 'actions', 'notes'] as const;
export type SessionSection = (typeof SESSION_SECTIONS)[number];

const flag = z.boolean({ error: () => t('validation.invalid', { field: t('report.page.sections') }) }).default(true);
export const SessionReportInput = z.object({
  id: Id,
  sections: z.object({ work: flag, analysis: flag, trappa: flag, actions: flag, notes: flag }).prefault({}),
});
export type SessionSections = z.output<typeof SessionReportInput>['sections'];

const profileText = (label: MessageKey, max: number) =>
  z
    .string({ error: () => t('validation.invalid', { field: t(label) }) })
    .trim()
    .max(max, { error: () => t('validation.tooLong', { field: t(label), max }) })
    .default('');
/** The guide's name, title and contact, entered once and kept in the workbook's settings. */
export const GuideProfile = z.object({
  name: profileText('report.guide.name', 120),
  title: profileText('report.guide.role', 120),
  contact: profileText('report.guide.contact', 200),
});
export type GuideProfile = z.output<typeof GuideProfile>;

/** The summary and its file name (municipality, session and date, Norwegian letters kept). */
export type SessionReport = SavedReport;
export const SessionReportOut = SavedReport;

// ---------------------------------------------------------------- what the builder reads

export interface ReportRound {
  results: RoundResults;
  /** The unit's previous round and the comparison (a = previous, b = this round). */
  previous: { title: string; date: string; respondents: number; comparison: Comparison } | null;
}

export interface ReportBoard {
  title: string;
  unitName: string | null;
  steps: { step: number; title: string }[];
  /** Cards on the board (deleted ones left out). */
  cards: Card[];
}

export interface SessionReportData {
  municipality: string;
  session: Session;
  /** Units taking part, by name. */
  units: { id: string; name: string }[];
  /** Every unit of the municipality by id (breakdowns and actions name them). */
  unitNames: Record<string, string>;
  guide: GuideProfile;
  work: (SessionWork[number] & { law: boolean })[];
  rounds: ReportRound[];
  boards: ReportBoard[];
  /** This session's actions and the open ones carried from earlier sessions. */
  actions: Action[];
  nextSession: { date: string; title: string } | null;
}

// ---------------------------------------------------------------- builder

const heading = (level: 2 | 3, text: string): ReportBlock => ({ kind: 'heading', level, text });
const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text });

export function sessionReportFileName(municipality: string, session: Session): string {
  return `${t('report.fileName')}-${fileNamePart(municipality, t('fileName.municipality'))}-${fileNamePart(session.title, t('fileName.session'))}-${session.date}`;
}

function header(data: SessionReportData): ReportDocument['meta'] {
  const { session, guide } = data;
  const meta = [
    { label: t('report.meta.municipality'), value: data.municipality },
    { label: t('report.meta.date'), value: formatDate(session.date) },
    { label: t('report.meta.kind'), value: t(`sessionKind.${session.kind}` as MessageKey) },
  ];
  if (data.units.length) meta.push({ label: t('report.meta.units'), value: data.units.map((u) => u.name).join(', ') });
  if (session.participantCount !== null)
    meta.push({ label: t('report.meta.participants'), value: formatInteger(session.participantCount) });
  const who = [guide.name, guide.title].filter(Boolean).join(', ');
  if (who) meta.push({ label: t('report.meta.guide'), value: who });
  if (guide.contact) meta.push({ label: t('report.meta.contact'), value: guide.contact });
  return meta;
}

function workSection(data: SessionReportData): ReportBlock[] {
  const out = [heading(2, t('report.section.work'))];
  if (data.work.length === 0) return [...out, paragraph(t('report.work.none'))];
  out.push(paragraph(t('report.work.lead')));
  out.push({
    kind: 'table',
    caption: t('report.work.caption'),
    header: [t('report.col.unit'), t('report.col.list'), t('report.col.changes'), t('report.col.inPlace')],
    rows: data.work.map((w) => [w.unitName, w.listTitle, formatInteger(w.changes), formatInteger(w.inPlace)]),
    numeric: [false, false, true, true],
  });
  const law = [...new Set(data.work.filter((w) => w.law).map((w) => w.listTitle))];
  if (law.length) out.push(paragraph(t('report.work.law', { lists: law.join(', ') })));
  return out;
}

function groupName(group: BreakdownGroup, by: 'role' | 'unit', unitNames: Record<string, string>): string {
  if (group.key === null) return t('common.notSet');
  if (by === 'role') return roleName(group.key);
  return unitNames[group.key] ?? t('results.breakdown.unknownUnit');
}

function roundSection(r: ReportRound, unitNames: Record<string, string>): ReportBlock[] {
  const { round, set, summary, gaps, consensus } = r.results;
  const scale = set.content.scale;
  const name = `${round.title} (${formatDate(round.date)})`;
  const out: ReportBlock[] = [
    heading(3, t('report.round.heading', { title: round.title, date: formatDate(round.date) })),
  ];
  // The summary shows exactly what the results screen may show: nothing of a round that is
  // not revealed, or that has fewer answers than the threshold (shared/analysis/privacy.ts).
  if (!summary || !gaps) {
    const key = r.results.status === 'too_few' ? 'report.round.tooFew' : 'report.round.notShown';
    out.push(paragraph(t(key, { threshold: formatInteger(r.results.threshold) })));
    return out;
  }
  out.push(
    paragraph(
      t('report.round.lead', {
        n: formatInteger(summary.respondents),
        max: scale.max,
        low: scale.labels[0],
        high: scale.labels[scale.labels.length - 1],
      }),
    ),
  );

  const comparable = r.previous?.comparison.scaleComparable ? r.previous.comparison : null;
  if (!r.previous) out.push(paragraph(t('report.round.noPrevious')));
  else if (!comparable) out.push(paragraph(t('report.round.scaleDiffers', { title: r.previous.title })));
  else
    out.push(
      paragraph(
        t('report.round.previous', {
          title: r.previous.title,
          date: formatDate(r.previous.date),
          n: formatInteger(r.previous.respondents),
        }),
      ),
    );

  const areaChange = new Map(comparable?.areas.map((a) => [a.areaId, a]) ?? []);
  const statementChange = new Map(comparable?.statements.map((s) => [s.code, s]) ?? []);
  const areaConsensus = (areaId: string) => consensus[`area:${areaId}`] ?? null;

  const bars = summary.areas.map((a) => ({
    title: a.title,
    mean: a.mean,
    consensus: areaConsensus(a.areaId),
    previous: areaChange.get(a.areaId)?.a.mean ?? null,
  }));
  const chart = areaMeansSvg(bars, scale.max, {
    label: t('report.round.figure', { round: name, max: scale.max }),
    current: t('report.chart.current'),
    previous: comparable ? t('report.chart.previous') : null,
    consensus: t('report.chart.consensus'),
  });
  const alt = [
    t('report.round.figure', { round: name, max: scale.max }),
    bars
      .map((b) =>
        [
          t('report.round.figureArea', { area: b.title, mean: formatMean(b.mean, 2) }),
          b.consensus !== null ? t('report.round.figureConsensus', { value: formatNumber(b.consensus) }) : '',
          b.previous !== null ? t('report.round.figurePrevious', { value: formatMean(b.previous, 2) }) : '',
        ]
          .filter(Boolean)
          .join(', '),
      )
      .join('; ') + '.',
  ].join(' ');
  out.push({ kind: 'figure', svg: chart.svg, width: chart.width, height: chart.height, alt });

  out.push({
    kind: 'table',
    caption: t('report.round.areasCaption', { round: name }),
    header: [
      t('report.col.area'),
      t('report.col.mean'),
      t('report.col.consensus'),
      ...(comparable ? [t('report.col.previousMean'), t('report.col.change')] : []),
    ],
    rows: summary.areas.map((a) => {
      const c = areaConsensus(a.areaId);
      const before = areaChange.get(a.areaId);
      return [
        a.title,
        formatMean(a.mean, 2),
        c === null ? '–' : formatNumber(c),
        ...(comparable ? [formatMean(before?.a.mean ?? null, 2), formatChange(before?.change ?? null, 2)] : []),
      ];
    }),
    numeric: [false, true, true, true, true],
  });

  if (gaps.areas.length || gaps.statements.length) {
    out.push(heading(3, `${t('report.round.gaps')} – ${round.title}`));
    const items: string[] = [];
    if (gaps.areas.length)
      items.push(
        t('report.round.lowest', {
          items: gaps.areas
            .slice(0, 3)
            .map((g) => `${g.title} (${formatMean(g.mean, 2)})`)
            .join(', '),
        }),
      );
    if (gaps.statements.length)
      items.push(
        t('report.round.spread', {
          items: gaps.statements
            .slice(0, 3)
            .map((s) => `${s.code} ${s.text} (${formatMean(s.sd, 2)})`)
            .join('; '),
        }),
      );
    out.push({ kind: 'list', items });
  }

  const texts = new Map(set.content.statements.map((s) => [s.code, s.text]));
  out.push({
    kind: 'table',
    caption: t('report.round.statementsCaption', { round: name }),
    header: [
      t('report.col.code'),
      t('report.col.statement'),
      t('report.col.n'),
      t('report.col.mean'),
      t('report.col.sd'),
      ...(comparable ? [t('report.col.change')] : []),
    ],
    rows: summary.statements.map((s) => [
      s.code,
      texts.get(s.code) ?? '',
      formatInteger(s.n),
      formatMean(s.mean, 2),
      formatMean(s.sd, 2),
      ...(comparable ? [formatChange(statementChange.get(s.code)?.change ?? null, 2)] : []),
    ]),
    numeric: [false, false, true, true, true, true],
  });

  // One breakdown per round (combining two would let small groups be worked out):
  // by unit when the round spans several units, else by role. Areas are rows and
  // groups columns, so nine areas still fit an A4 page; a hidden group's column
  // says only that it is hidden.
  const by = round.unitIds.length > 1 ? 'unit' : 'role';
  const breakdown = by === 'unit' ? r.results.byUnit : r.results.byRole;
  if (breakdown && breakdown.groups.length > 1) {
    const hidden = t('results.breakdown.suppressed', { threshold: formatInteger(breakdown.threshold) });
    const groups = breakdown.groups;
    const meanOf = (s: { areas: { areaId: string; mean: number | null }[] }, areaId: string) =>
      formatMean(s.areas.find((x) => x.areaId === areaId)?.mean ?? null, 2);
    out.push(paragraph(t('results.breakdown.lead', { threshold: formatInteger(breakdown.threshold) })));
    out.push({
      kind: 'table',
      caption: t('report.round.breakdownCaption', {
        by: t(by === 'unit' ? 'report.round.byUnit' : 'report.round.byRole'),
        round: name,
      }),
      header: [t('report.col.area'), t('results.breakdown.all'), ...groups.map((g) => groupName(g, by, unitNames))],
      rows: [
        [
          t('report.col.n'),
          formatInteger(summary.respondents),
          ...groups.map((g) =>
            g.suppressed || !g.summary || g.respondents === null ? hidden : formatInteger(g.respondents),
          ),
        ],
        ...summary.areas.map((a) => [
          a.title,
          formatMean(a.mean, 2),
          ...groups.map((g) => (g.suppressed || !g.summary ? '' : meanOf(g.summary, a.areaId))),
        ]),
      ],
      numeric: [false, true, ...groups.map(() => true)],
    });
  }
  return out;
}

function analysisSection(data: SessionReportData): ReportBlock[] {
  const out = [heading(2, t('report.section.analysis'))];
  if (data.rounds.length === 0) return [...out, paragraph(t('report.analysis.none'))];
  return [...out, ...data.rounds.flatMap((r) => roundSection(r, data.unitNames))];
}

function boardSection(board: ReportBoard): ReportBlock[] {
  const out: ReportBlock[] = [heading(3, t('report.board.heading', { title: board.title }))];
  if (board.unitName) out.push(paragraph(t('report.board.unit', { unit: board.unitName })));
  if (board.cards.length === 0) return [...out, paragraph(t('report.board.noCards'))];
  out.push(paragraph(t('report.board.lead', { cards: tc('report.count.cards', board.cards.length) })));
  const counts = board.steps.map((s) => ({ ...s, cards: board.cards.filter((c) => c.step === s.step).length }));
  const chart = staircaseSvg(counts, {
    label: t('report.board.figure', { board: board.title, steps: '' }),
    cards: (n) => tc('report.count.cards', n),
  });
  out.push({
    kind: 'figure',
    svg: chart.svg,
    width: chart.width,
    height: chart.height,
    alt: t('report.board.figure', {
      board: board.title,
      steps: counts
        .map((s) =>
          t('report.board.figureStep', { step: s.step, title: s.title, cards: tc('report.count.cards', s.cards) }),
        )
        .join('; '),
    }),
  });
  const stepTitle = new Map(board.steps.map((s) => [s.step, `${s.step} ${s.title}`]));
  const order = (c: Card) => (c.step === null ? 99 : c.step);
  const cards = [...board.cards].sort((a, b) => order(a) - order(b) || b.votes - a.votes || a.position - b.position);
  out.push({
    kind: 'table',
    caption: t('report.board.caption', { board: board.title }),
    header: [t('report.col.step'), t('report.col.card'), t('report.col.votes'), t('report.col.group')],
    rows: cards.map((c) => [
      c.step === null ? t('report.board.inbox') : (stepTitle.get(c.step) ?? String(c.step)),
      c.text,
      formatInteger(c.votes),
      c.group,
    ]),
    numeric: [false, false, true, false],
  });
  return out;
}

function trappaSection(data: SessionReportData): ReportBlock[] {
  const out = [heading(2, t('report.section.trappa'))];
  if (data.boards.length === 0) return [...out, paragraph(t('report.trappa.none'))];
  return [...out, ...data.boards.flatMap(boardSection)];
}

function actionRow(a: Action, unitNames: Record<string, string>): string[] {
  const what = a.unitId && unitNames[a.unitId] ? `${a.what} (${unitNames[a.unitId]})` : a.what;
  return [
    t(`trappa.ffss.${a.category}` as MessageKey),
    what,
    a.who || '–',
    a.due ? formatDate(a.due) : '–',
    t(`trappa.status.${a.status}` as MessageKey),
  ];
}

function actionsSection(data: SessionReportData): ReportBlock[] {
  const header = [
    t('report.col.category'),
    t('report.col.what'),
    t('report.col.who'),
    t('report.col.due'),
    t('report.col.status'),
  ];
  const decided = data.actions.filter((a) => a.sessionId === data.session.id);
  const carried = data.actions.filter((a) => a.sessionId !== data.session.id && a.status !== 'done');
  const out: ReportBlock[] = [
    heading(2, t('report.section.actions')),
    paragraph(t('report.actions.lead')),
    heading(3, t('report.actions.decided')),
  ];
  if (decided.length === 0) out.push(paragraph(t('report.actions.decidedNone')));
  else
    out.push({
      kind: 'table',
      caption: t('report.actions.decided'),
      header,
      rows: decided.map((a) => actionRow(a, data.unitNames)),
    });
  if (carried.length) {
    out.push(heading(3, t('report.actions.carried')));
    out.push({
      kind: 'table',
      caption: t('report.actions.carried'),
      header: [...header, t('report.col.from')],
      rows: carried.map((a) => [
        ...actionRow(a, data.unitNames),
        a.sessionTitle ? `${a.sessionTitle} (${formatDate(a.sessionDate ?? '')})` : '–',
      ]),
    });
  }
  return out;
}

function notesSection(data: SessionReportData): ReportBlock[] {
  const out: ReportBlock[] = [heading(2, t('report.section.notes')), heading(3, t('report.notes.heading'))];
  const notes = data.session.notes
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  out.push(...(notes.length ? notes.map(paragraph) : [paragraph(t('report.notes.none'))]));
  out.push(heading(3, t('report.next.heading')));
  out.push(
    paragraph(
      data.nextSession
        ? t('report.next.planned', { date: formatDate(data.nextSession.date), title: data.nextSession.title })
        : t('report.next.none'),
    ),
  );
  return out;
}

const SECTION_BUILDERS: Record<SessionSection, (data: SessionReportData) => ReportBlock[]> = {
  work: workSection,
  analysis: analysisSection,
  trappa: trappaSection,
  actions: actionsSection,
  notes: notesSection,
};

/** The summary with the sections the guide chose, in a fixed order. */
export function buildSessionReport(data: SessionReportData, sections: SessionSections): SessionReport {
  return {
    document: {
      title: t('report.title', { session: data.session.title }),
      lang: 'nb-NO',
      meta: header(data),
      blocks: SESSION_SECTIONS.filter((s) => sections[s]).flatMap((s) => SECTION_BUILDERS[s](data)),
    },
    fileName: sessionReportFileName(data.municipality, data.session),
  };
}

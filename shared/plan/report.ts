// The plan report as a ReportDocument: goals, organisation, the schedule per phase, evaluation,
// the timeline as a figure and the checks' warnings. Pure; the session summary's writers turn it
// into Word or PDF. The title is the only level-1 heading; blocks use levels 2 and 3.
import type { ReportBlock, ReportDocument, SavedReport } from '../report/document';
import { fileNamePart, formatDate, formatMonth } from '../format';
import { t } from '../i18n';
import { checkPlan, type ComponentRef } from './checks';
import { monthIndex, monthOfDate, routineOccurrences, type Plan } from './model';
import { timelineSvg } from './timeline';

export interface PlanReportInput {
  plan: Plan;
  municipalityName: string;
  components: readonly ComponentRef[];
  /** Titles and dates of the municipality's sessions, for the activities they carried out. */
  sessions: readonly { id: string; title: string; date: string }[];
  rounds: readonly { id: string; title: string }[];
  templateTitle: string | null;
  today: string;
}

/** Without extension: municipality and the day the report is made, Norwegian letters kept. */
export const planReportFileName = (municipality: string, today: string) =>
  `${t('plan.report.fileName')}-${fileNamePart(municipality, t('fileName.municipality'))}-${today}`;

export function buildPlanReport(input: PlanReportInput): SavedReport {
  const { plan, today } = input;
  const roleName = new Map(plan.roles.map((r) => [r.id, r.name]));
  const componentTitle = new Map(input.components.map((c) => [c.id, c.title]));
  const session = new Map(input.sessions.map((s) => [s.id, `${s.title} (${formatDate(s.date)})`]));
  const round = new Map(input.rounds.map((r) => [r.id, r.title]));
  const routineTitle = new Map(plan.routines.map((r) => [r.id, r.title]));
  const period = t('plan.phase.period', { from: formatMonth(plan.startMonth), to: formatMonth(plan.endMonth) });
  const done = plan.activities.filter((a) => a.status === 'done').length;
  const blocks: ReportBlock[] = [];

  if (plan.introduction)
    blocks.push(
      { kind: 'heading', level: 2, text: t('plan.report.introduction') },
      { kind: 'paragraph', text: plan.introduction },
    );

  blocks.push({ kind: 'heading', level: 2, text: t('plan.section.goals') });
  if (plan.overallGoal)
    blocks.push({ kind: 'paragraph', text: t('plan.report.overallGoal', { goal: plan.overallGoal }) });
  if (plan.subGoals.length > 0)
    blocks.push({ kind: 'heading', level: 3, text: t('plan.report.subGoals') }, { kind: 'list', items: plan.subGoals });
  if (!plan.overallGoal && plan.subGoals.length === 0) blocks.push({ kind: 'paragraph', text: t('plan.goals.none') });

  blocks.push({ kind: 'heading', level: 2, text: t('plan.section.organisation') });
  if (plan.roles.length === 0) blocks.push({ kind: 'paragraph', text: t('plan.roles.none') });
  for (const r of plan.roles) {
    blocks.push({ kind: 'heading', level: 3, text: r.name });
    if (r.responsibility) blocks.push({ kind: 'paragraph', text: r.responsibility });
    if (r.members.length > 0)
      blocks.push({ kind: 'paragraph', text: t('plan.report.members', { members: r.members.join(', ') }) });
  }

  blocks.push({ kind: 'heading', level: 2, text: t('plan.section.timeline') });
  const timeline = timelineSvg(plan, today);
  blocks.push({ kind: 'figure', svg: timeline.svg, alt: timeline.alt, width: timeline.width, height: timeline.height });

  blocks.push({ kind: 'heading', level: 2, text: t('plan.section.schedule') });
  for (const p of plan.phases) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: t('plan.report.phaseHeading', {
        phase: p.name,
        from: formatMonth(p.fromMonth),
        to: formatMonth(p.toMonth),
      }),
    });
    if (p.goal) blocks.push({ kind: 'paragraph', text: t('plan.report.phaseGoal', { goal: p.goal }) });
    const rows = plan.activities
      .filter((a) => a.phaseId === p.id)
      .map((a) => [
        formatMonth(a.month),
        a.text,
        a.roleIds
          .map((id) => roleName.get(id) ?? '')
          .filter(Boolean)
          .join(', ') || t('plan.activity.noResponsible'),
        a.componentId ? (componentTitle.get(a.componentId) ?? a.componentId) : '',
        t(`plan.status.${a.status}`),
        a.sessionId ? (session.get(a.sessionId) ?? '') : '',
      ]);
    if (rows.length === 0) blocks.push({ kind: 'paragraph', text: t('plan.activities.none') });
    else
      blocks.push({
        kind: 'table',
        caption: t('plan.report.scheduleCaption', { phase: p.name }),
        header: [
          t('plan.report.col.month'),
          t('plan.report.col.activity'),
          t('plan.report.col.responsible'),
          t('plan.report.col.component'),
          t('plan.report.col.status'),
          t('plan.report.col.session'),
        ],
        rows,
      });
  }

  blocks.push({ kind: 'heading', level: 2, text: t('plan.section.evaluation') });
  if (plan.evaluationNote) blocks.push({ kind: 'paragraph', text: plan.evaluationNote });
  if (plan.routines.length > 0) {
    const now = monthIndex(monthOfDate(today));
    blocks.push({
      kind: 'table',
      caption: t('plan.report.routinesCaption'),
      header: [
        t('plan.report.col.routine'),
        t('plan.report.col.interval'),
        t('plan.report.col.responsible'),
        t('plan.report.col.next'),
      ],
      rows: plan.routines.map((r) => [
        r.title,
        t('plan.report.interval', { count: r.intervalMonths }),
        r.roleId ? (roleName.get(r.roleId) ?? '') : '',
        formatMonth(routineOccurrences(r, plan.endMonth).find((m) => monthIndex(m) >= now) ?? ''),
      ]),
    });
  }
  blocks.push({ kind: 'heading', level: 3, text: t('plan.evaluations.held') });
  if (plan.evaluations.length === 0) blocks.push({ kind: 'paragraph', text: t('plan.evaluations.none') });
  else
    blocks.push({
      kind: 'table',
      caption: t('plan.report.evaluationsCaption'),
      header: [
        t('plan.report.col.month'),
        t('plan.report.col.routine'),
        t('plan.report.col.round'),
        t('plan.report.col.note'),
      ],
      rows: plan.evaluations.map((e) => [
        formatMonth(e.month),
        e.routineId ? (routineTitle.get(e.routineId) ?? '') : '',
        e.roundId ? (round.get(e.roundId) ?? '') : '',
        e.note,
      ]),
    });

  blocks.push({ kind: 'heading', level: 2, text: t('plan.section.warnings') });
  const warnings = checkPlan(plan, input.components, today);
  blocks.push(
    warnings.length === 0
      ? { kind: 'paragraph', text: t('plan.report.noWarnings') }
      : { kind: 'list', items: warnings.map((w) => w.message) },
  );
  if (input.templateTitle)
    blocks.push({ kind: 'paragraph', text: t('plan.report.source', { title: input.templateTitle }) });

  const document: ReportDocument = {
    title: t('plan.report.title', { municipality: input.municipalityName }),
    lang: 'nb-NO',
    meta: [
      { label: t('plan.report.meta.municipality'), value: input.municipalityName },
      { label: t('plan.report.meta.period'), value: period },
      {
        label: t('plan.report.meta.status'),
        value: t('plan.timeline.summary', { done, total: plan.activities.length }),
      },
      { label: t('plan.report.meta.printed'), value: formatDate(today) },
    ],
    blocks,
  };
  return { document, fileName: planReportFileName(input.municipalityName, today) };
}

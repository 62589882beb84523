// Checks of an implementation plan: each returns warnings the guide can act on, each naming the
// item it is about (so the page can take the guide there). Pure: `today` is passed in.
import { formatMonth } from '../format';
import { t } from '../i18n';
import { monthIndex, monthOfDate, routineOccurrences, type Plan } from './model';

export const WARNING_KINDS = [
  'outsidePhase',
  'emptyPhase',
  'noResponsible',
  'componentMissing',
  'overdue',
  'evaluationMissing',
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export interface PlanWarning {
  kind: WarningKind;
  /** What the warning is about: an activity, a phase, a core component or an evaluation routine. */
  target: { type: 'activity' | 'phase' | 'component' | 'routine'; id: string };
  message: string;
}

type PlanData = Pick<Plan, 'phases' | 'activities' | 'routines' | 'evaluations' | 'endMonth'>;
export interface ComponentRef {
  id: string;
  title: string;
}

const live = (status: string) => status !== 'cancelled';

export function activitiesOutsidePhase(plan: Pick<Plan, 'phases' | 'activities'>): PlanWarning[] {
  const phases = new Map(plan.phases.map((p) => [p.id, p]));
  return plan.activities.flatMap((a) => {
    const p = phases.get(a.phaseId);
    if (!p) return [];
    const m = monthIndex(a.month);
    if (m >= monthIndex(p.fromMonth) && m <= monthIndex(p.toMonth)) return [];
    return [
      {
        kind: 'outsidePhase' as const,
        target: { type: 'activity' as const, id: a.id },
        message: t('plan.warning.outsidePhase', {
          activity: a.text,
          month: formatMonth(a.month),
          phase: p.name,
          from: formatMonth(p.fromMonth),
          to: formatMonth(p.toMonth),
        }),
      },
    ];
  });
}

export function phasesWithoutActivities(plan: Pick<Plan, 'phases' | 'activities'>): PlanWarning[] {
  const used = new Set(plan.activities.map((a) => a.phaseId));
  return plan.phases
    .filter((p) => !used.has(p.id))
    .map((p) => ({
      kind: 'emptyPhase' as const,
      target: { type: 'phase' as const, id: p.id },
      message: t('plan.warning.emptyPhase', { phase: p.name }),
    }));
}

export function activitiesWithoutResponsible(plan: Pick<Plan, 'activities'>): PlanWarning[] {
  return plan.activities
    .filter((a) => live(a.status) && a.roleIds.length === 0)
    .map((a) => ({
      kind: 'noResponsible' as const,
      target: { type: 'activity' as const, id: a.id },
      message: t('plan.warning.noResponsible', { activity: a.text }),
    }));
}

/** A core component of the municipality's model that no (not cancelled) activity introduces. */
export function componentsNeverIntroduced(
  plan: Pick<Plan, 'activities'>,
  components: readonly ComponentRef[],
): PlanWarning[] {
  const introduced = new Set(plan.activities.filter((a) => live(a.status)).map((a) => a.componentId));
  return components
    .filter((c) => !introduced.has(c.id as never))
    .map((c) => ({
      kind: 'componentMissing' as const,
      target: { type: 'component' as const, id: c.id },
      message: t('plan.warning.componentMissing', { component: c.title }),
    }));
}

/** Planned or postponed activities whose month has passed (today is YYYY-MM-DD). */
export function overdueActivities(plan: Pick<Plan, 'activities'>, today: string): PlanWarning[] {
  const now = monthIndex(monthOfDate(today));
  return plan.activities
    .filter((a) => (a.status === 'planned' || a.status === 'postponed') && monthIndex(a.month) < now)
    .map((a) => ({
      kind: 'overdue' as const,
      target: { type: 'activity' as const, id: a.id },
      message: t('plan.warning.overdue', { activity: a.text, month: formatMonth(a.month) }),
    }));
}

/**
 * A routine's occurrence whose month has passed with no evaluation recorded for that routine in the
 * window from the occurrence up to the next one.
 */
export function evaluationsNotHeld(
  plan: Pick<Plan, 'routines' | 'evaluations' | 'endMonth'>,
  today: string,
): PlanWarning[] {
  const now = monthIndex(monthOfDate(today));
  return plan.routines.flatMap((r) => {
    const held = plan.evaluations.filter((e) => e.routineId === r.id).map((e) => monthIndex(e.month));
    return routineOccurrences(r, plan.endMonth)
      .filter((m) => monthIndex(m) < now)
      .filter((m) => !held.some((h) => h >= monthIndex(m) && h < monthIndex(m) + r.intervalMonths))
      .map((m) => ({
        kind: 'evaluationMissing' as const,
        target: { type: 'routine' as const, id: r.id },
        message: t('plan.warning.evaluationMissing', { routine: r.title, month: formatMonth(m) }),
      }));
  });
}

/** Every check, in the order the page shows them. */
export function checkPlan(plan: PlanData, components: readonly ComponentRef[], today: string): PlanWarning[] {
  return [
    ...activitiesOutsidePhase(plan),
    ...phasesWithoutActivities(plan),
    ...activitiesWithoutResponsible(plan),
    ...componentsNeverIntroduced(plan, components),
    ...overdueActivities(plan, today),
    ...evaluationsNotHeld(plan, today),
  ];
}

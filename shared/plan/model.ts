// The implementation plan (implementeringsplan) of a municipality: goals, organisation, a schedule
// of phases with activities, evaluation routines and the evaluations held. Months are 'YYYY-MM'.
import { z } from 'zod';
import { Id } from '../domain';
import { COMPONENT_IDS } from '../content/pack';
import { t, type MessageKey } from '../i18n';
import { isIsoDate } from '../format';

export const ACTIVITY_STATUSES = ['planned', 'done', 'postponed', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const PLAN_LIMITS = {
  text: 500,
  long: 5000,
  goals: 40,
  roles: 40,
  members: 60,
  phases: 40,
  activities: 400,
  routines: 20,
} as const;

// ---------- months ----------
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
export const isMonth = (s: string): boolean => MONTH.test(s);
/** 'YYYY-MM' -> a month count (year * 12 + month - 1), for arithmetic. */
export function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`Not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}
export const monthOf = (index: number): string =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
export const addMonths = (month: string, n: number): string => monthOf(monthIndex(month) + n);
/** The month of an ISO date (YYYY-MM-DD). */
export const monthOfDate = (iso: string): string => iso.slice(0, 7);

// ---------- input schemas (the API boundary) ----------
const text = (label: MessageKey, max: number, required: boolean) => {
  let s = z.string({ error: () => t('validation.invalid', { field: t(label) }) }).trim();
  if (required) s = s.min(1, { error: () => t('validation.required', { field: t(label) }) });
  return s.max(max, { error: () => t('validation.tooLong', { field: t(label), max }) });
};
/** A month as 'YYYY-MM'; also accepts 'MM.YYYY' and 'M/YYYY' as typed in Norway. */
const month = (label: MessageKey) =>
  z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const s = v.trim();
      const m = /^(\d{1,2})[./-](\d{4})$/.exec(s);
      return m ? `${m[2]}-${m[1].padStart(2, '0')}` : s;
    },
    z
      .string({ error: () => t('plan.validation.month', { field: t(label) }) })
      .refine(isMonth, { error: () => t('plan.validation.month', { field: t(label) }) }),
  );

export const PlanMonth = month('plan.field.startMonth');

export const PlanCreate = z.object({
  municipalityId: Id,
  /** A shipped template id (e.g. 'beiarn'), or null for an empty plan. */
  templateId: z.string().max(64).nullable().default(null),
  startMonth: PlanMonth,
});

export const PlanUpdate = z.object({
  id: Id,
  title: text('plan.field.title', 200, true).optional(),
  introduction: text('plan.field.introduction', PLAN_LIMITS.long, false).optional(),
  overallGoal: text('plan.field.overallGoal', PLAN_LIMITS.text, false).optional(),
  subGoals: z
    .array(text('plan.field.subGoal', PLAN_LIMITS.text, true))
    .max(PLAN_LIMITS.goals)
    .optional(),
  evaluationNote: text('plan.field.evaluationNote', PLAN_LIMITS.long, false).optional(),
  /** The plan period; changing it moves no activity. */
  startMonth: month('plan.field.startMonth').optional(),
  endMonth: month('plan.field.endMonth').optional(),
});

export const RoleSave = z.object({
  planId: Id,
  id: Id.optional(),
  name: text('plan.field.roleName', 120, true),
  responsibility: text('plan.field.responsibility', PLAN_LIMITS.long, false).default(''),
  members: z
    .array(text('plan.field.members', 200, true))
    .max(PLAN_LIMITS.members)
    .default([]),
});

// Runs even when a month failed its own check: then that field's message is the one to show.
const periodOk = (p: { fromMonth: string; toMonth: string }) =>
  !isMonth(p.fromMonth) || !isMonth(p.toMonth) || monthIndex(p.toMonth) >= monthIndex(p.fromMonth);
export const PhaseSave = z
  .object({
    planId: Id,
    id: Id.optional(),
    name: text('plan.field.phaseName', 120, true),
    goal: text('plan.field.phaseGoal', PLAN_LIMITS.text, false).default(''),
    fromMonth: month('plan.field.fromMonth'),
    toMonth: month('plan.field.toMonth'),
  })
  .refine(periodOk, { error: () => t('plan.validation.period'), path: ['toMonth'] });

export const ActivitySave = z.object({
  planId: Id,
  id: Id.optional(),
  phaseId: Id,
  month: month('plan.field.month'),
  text: text('plan.field.activity', PLAN_LIMITS.text, true),
  roleIds: z.array(Id).max(10).default([]),
  componentId: z
    .enum(COMPONENT_IDS, { error: () => t('validation.choice', { field: t('plan.field.component') }) })
    .nullable()
    .default(null),
  status: z
    .enum(ACTIVITY_STATUSES, { error: () => t('validation.choice', { field: t('plan.field.status') }) })
    .default('planned'),
  sessionId: Id.nullable().default(null),
});

export const RoutineSave = z.object({
  planId: Id,
  id: Id.optional(),
  title: text('plan.field.routineTitle', 200, true),
  intervalMonths: z
    .number({ error: () => t('validation.integer', { field: t('plan.field.interval') }) })
    .int({ error: () => t('validation.integer', { field: t('plan.field.interval') }) })
    .min(1, { error: () => t('validation.range', { field: t('plan.field.interval'), min: 1, max: 60 }) })
    .max(60, { error: () => t('validation.range', { field: t('plan.field.interval'), min: 1, max: 60 }) }),
  firstMonth: month('plan.field.firstMonth'),
  roleId: Id.nullable().default(null),
});

export const EvaluationSave = z.object({
  planId: Id,
  id: Id.optional(),
  routineId: Id.nullable().default(null),
  month: month('plan.field.month'),
  note: text('plan.field.note', PLAN_LIMITS.long, false).default(''),
  /** A status-analysis round that served as the survey. */
  roundId: Id.nullable().default(null),
});

export const PlanItemDelete = z.object({
  planId: Id,
  id: Id,
  kind: z.enum(['role', 'phase', 'activity', 'routine', 'evaluation']),
});

// ---------- the plan as the API returns it ----------
export const PlanRole = z.object({
  id: z.string(),
  name: z.string(),
  responsibility: z.string(),
  members: z.array(z.string()),
});
export const PlanPhase = z.object({
  id: z.string(),
  name: z.string(),
  goal: z.string(),
  fromMonth: z.string(),
  toMonth: z.string(),
});
export const PlanActivity = z.object({
  id: z.string(),
  phaseId: z.string(),
  month: z.string(),
  text: z.string(),
  roleIds: z.array(z.string()),
  componentId: z.enum(COMPONENT_IDS).nullable(),
  status: z.enum(ACTIVITY_STATUSES),
  sessionId: z.string().nullable(),
});
export const PlanRoutine = z.object({
  id: z.string(),
  title: z.string(),
  intervalMonths: z.number().int(),
  firstMonth: z.string(),
  roleId: z.string().nullable(),
});
export const PlanEvaluation = z.object({
  id: z.string(),
  routineId: z.string().nullable(),
  month: z.string(),
  note: z.string(),
  roundId: z.string().nullable(),
});

export const Plan = z.object({
  id: z.string(),
  municipalityId: z.string(),
  title: z.string(),
  templateId: z.string().nullable(),
  startMonth: z.string(),
  endMonth: z.string(),
  introduction: z.string(),
  overallGoal: z.string(),
  subGoals: z.array(z.string()),
  evaluationNote: z.string(),
  roles: z.array(PlanRole),
  phases: z.array(PlanPhase),
  activities: z.array(PlanActivity),
  routines: z.array(PlanRoutine),
  evaluations: z.array(PlanEvaluation),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof Plan>;
export type PlanRole = z.infer<typeof PlanRole>;
export type PlanPhase = z.infer<typeof PlanPhase>;
export type PlanActivity = z.infer<typeof PlanActivity>;
export type PlanRoutine = z.infer<typeof PlanRoutine>;
export type PlanEvaluation = z.infer<typeof PlanEvaluation>;

/** The months a routine is due in, from its first month up to the plan's last month. */
export function routineOccurrences(
  routine: Pick<PlanRoutine, 'firstMonth' | 'intervalMonths'>,
  endMonth: string,
): string[] {
  const out: string[] = [];
  const end = monthIndex(endMonth);
  for (let i = monthIndex(routine.firstMonth); i <= end && out.length < 200; i += routine.intervalMonths)
    out.push(monthOf(i));
  return out;
}

/** The plan of a municipality (or none yet) with the core components its activities can link to. */
export const PlanDetail = z.object({
  plan: Plan.nullable(),
  components: z.array(z.object({ id: z.enum(COMPONENT_IDS), title: z.string() })),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const PlanReportInput = z.object({
  municipalityId: Id,
  /** The day the report is made (YYYY-MM-DD); overdue checks count from it. Default: today. */
  today: z
    .string()
    .refine(isIsoDate, { error: () => t('validation.date', { field: t('plan.report.meta.printed') }) })
    .optional(),
});

export const TemplateInfo = z.object({ id: z.string(), name: z.string(), title: z.string(), source: z.string() });
export type TemplateInfo = z.infer<typeof TemplateInfo>;

// Plan templates (resources/plans/*.json): a whole plan written with months relative to its start,
// so the guide picks the start month and every date shifts with it. Validated at load and in a test.
import { z } from 'zod';
import { t } from '../i18n';
import { COMPONENT_IDS } from '../content/pack';
import { ACTIVITY_STATUSES, addMonths, type Plan } from './model';

const Key = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const Text = (max: number) => z.string().trim().min(1).max(max);
/** Months after the plan's start month (0 = the start month). */
const Offset = z.number().int().min(0).max(240);

const TemplateActivity = z.object({
  month: Offset,
  text: Text(500),
  responsible: z.array(Key).max(10),
  /** The responsible as the source writes it, kept for the citation. */
  sourceResponsible: z.string().optional(),
  component: z.enum(COMPONENT_IDS).nullable(),
  status: z.enum(ACTIVITY_STATUSES).default('planned'),
});

export const PlanTemplate = z
  .object({
    id: Key,
    version: z.number().int().min(1),
    /** What the guide picks in the list of templates. */
    name: Text(80),
    title: Text(200),
    source: z.object({ document: Text(300), file: Text(200), note: Text(2000) }),
    /** The start month the source's own dates correspond to (offset 0). */
    sourceStartMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    lengthMonths: z.number().int().min(1).max(240),
    introduction: z.string().max(5000),
    overallGoal: z.string().max(500),
    subGoals: z.array(Text(500)).max(40),
    evaluationNote: z.string().max(5000),
    roles: z
      .array(
        z.object({
          key: Key,
          name: Text(120),
          responsibility: z.string().max(5000),
          members: z.array(Text(200)).max(60),
        }),
      )
      .max(40),
    phases: z
      .array(
        z.object({
          key: Key,
          name: Text(120),
          /** The period as the source labels it (e.g. «Vår 2025»). */
          sourceLabel: z.string().optional(),
          goal: z.string().max(500),
          fromMonth: Offset,
          toMonth: Offset,
          activities: z.array(TemplateActivity).max(400),
        }),
      )
      .max(40),
    routines: z
      .array(
        z.object({
          title: Text(200),
          intervalMonths: z.number().int().min(1).max(60),
          firstMonth: Offset,
          role: Key.nullable(),
        }),
      )
      .max(20),
  })
  .superRefine((tpl, ctx) => {
    const roles = new Set(tpl.roles.map((r) => r.key));
    if (roles.size !== tpl.roles.length)
      ctx.addIssue({ code: 'custom', path: ['roles'], message: t('planTemplate.error.roleTwice') });
    tpl.phases.forEach((p, pi) => {
      if (p.toMonth < p.fromMonth)
        ctx.addIssue({ code: 'custom', path: ['phases', pi, 'toMonth'], message: t('planTemplate.error.phaseOrder') });
      p.activities.forEach((a, ai) => {
        for (const r of a.responsible)
          if (!roles.has(r))
            ctx.addIssue({
              code: 'custom',
              path: ['phases', pi, 'activities', ai],
              message: t('planTemplate.error.unknownRole', { role: r }),
            });
        if (a.month >= tpl.lengthMonths)
          ctx.addIssue({
            code: 'custom',
            path: ['phases', pi, 'activities', ai, 'month'],
            message: t('planTemplate.error.afterEnd'),
          });
      });
    });
    tpl.routines.forEach((r, ri) => {
      if (r.role && !roles.has(r.role))
        ctx.addIssue({
          code: 'custom',
          path: ['routines', ri, 'role'],
          message: t('planTemplate.error.unknownRole', { role: r.role }),
        });
    });
  });
export type PlanTemplate = z.infer<typeof PlanTemplate>;

export type PlanContent = Omit<Plan, 'id' | 'municipalityId' | 'createdAt' | 'updatedAt'>;

/** A template laid onto a start month: every relative month becomes a real one; ids come from `newId`. */
export function instantiate(tpl: PlanTemplate, startMonth: string, newId: () => string): PlanContent {
  const at = (offset: number) => addMonths(startMonth, offset);
  const roleIds = new Map(tpl.roles.map((r) => [r.key, newId()]));
  const phases = tpl.phases.map((p) => ({
    id: newId(),
    name: p.name,
    goal: p.goal,
    fromMonth: at(p.fromMonth),
    toMonth: at(p.toMonth),
    source: p,
  }));
  return {
    title: tpl.title,
    templateId: tpl.id,
    startMonth,
    endMonth: at(tpl.lengthMonths - 1),
    introduction: tpl.introduction,
    overallGoal: tpl.overallGoal,
    subGoals: [...tpl.subGoals],
    evaluationNote: tpl.evaluationNote,
    roles: tpl.roles.map((r) => ({
      id: roleIds.get(r.key)!,
      name: r.name,
      responsibility: r.responsibility,
      members: [...r.members],
    })),
    phases: phases.map(({ source: _source, ...p }) => p),
    activities: phases.flatMap((p) =>
      p.source.activities.map((a) => ({
        id: newId(),
        phaseId: p.id,
        month: at(a.month),
        text: a.text,
        roleIds: a.responsible.map((k) => roleIds.get(k)!),
        componentId: a.component,
        status: a.status,
        sessionId: null,
      })),
    ),
    routines: tpl.routines.map((r) => ({
      id: newId(),
      title: r.title,
      intervalMonths: r.intervalMonths,
      firstMonth: at(r.firstMonth),
      roleId: r.role ? roleIds.get(r.role)! : null,
    })),
    evaluations: [],
  };
}

/** An empty plan: a title, the start month and a three-year span. */
export function emptyPlan(title: string, startMonth: string): PlanContent {
  return {
    title,
    templateId: null,
    startMonth,
    endMonth: addMonths(startMonth, 35),
    introduction: '',
    overallGoal: '',
    subGoals: [],
    evaluationNote: '',
    roles: [],
    phases: [],
    activities: [],
    routines: [],
    evaluations: [],
  };
}

// The generated workbook (npm run gen:workbook) holds real plans: every generated activity and
// evaluation is one the app itself accepts (the API's schemas and checks), not rows the app would
// refuse, and the plan checks find nothing wrong with what the generator added.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, tempDir, type Harness } from '../../support/workbook';
import { PLAN_AS_OF, SIZES, generateWorkbook } from '../../../scripts/gen-workbook';
import { ActivitySave, EvaluationSave, PlanDetail, monthIndex, type Plan } from '../../../shared/plan/model';
import { checkPlan } from '../../../shared/plan/checks';
import { shippedTemplates } from '../../../electron/plan/templates';

const spec = SIZES.small;
let h: Harness;
let plans: { municipalityId: string; detail: PlanDetail }[];

beforeAll(async () => {
  const file = path.join(tempDir(), 'generated-small.omni.sqlite');
  await generateWorkbook(file, 'small');
  h = await openHarness(file);
  const municipalities = await h.ok('municipalities.list', {});
  plans = [];
  for (const m of municipalities) {
    const detail = await h.ok('plans.get', { municipalityId: m.id });
    if (detail.plan) plans.push({ municipalityId: m.id, detail });
  }
}, 120_000);
afterAll(() => h?.close());

const templateTexts = new Set(
  [...shippedTemplates().get('beiarn')!.phases].flatMap((p) => p.activities.map((a) => a.text)),
);
const generated = (plan: Plan) => plan.activities.filter((a) => !templateTexts.has(a.text));

describe('gen:workbook plans (small)', () => {
  it('a share of the municipalities has a plan with goals, organisation, phases, routines and the set number of activities', () => {
    expect(plans).toHaveLength(spec.plans);
    for (const { detail } of plans) {
      const plan = detail.plan!;
      expect(PlanDetail.safeParse(detail).success).toBe(true);
      expect(plan.activities).toHaveLength(spec.activitiesPerPlan);
      expect(generated(plan).length).toBe(spec.activitiesPerPlan - 16);
      expect(plan.subGoals.length).toBeGreaterThan(0);
      expect(plan.roles.length).toBeGreaterThan(0);
      expect(plan.phases.length).toBeGreaterThan(0);
      expect(plan.routines.length).toBeGreaterThan(0);
      expect(plan.evaluations.filter((e) => e.routineId).length).toBeGreaterThan(0);
      expect(plan.evaluations.some((e) => e.roundId)).toBe(true);
      const statuses = new Set(plan.activities.map((a) => a.status));
      expect(statuses).toContain('done');
      expect(statuses).toContain('planned');
      expect(plan.activities.some((a) => a.sessionId)).toBe(true);
    }
  });

  it('every generated activity passes the schema the API checks input with and is inside the plan period', () => {
    for (const { detail } of plans) {
      const plan = detail.plan!;
      for (const a of plan.activities) {
        const parsed = ActivitySave.safeParse({ planId: plan.id, ...a });
        expect(parsed.success, `${a.text}: ${parsed.error?.message}`).toBe(true);
        expect(monthIndex(a.month)).toBeGreaterThanOrEqual(monthIndex(plan.startMonth));
        expect(monthIndex(a.month)).toBeLessThanOrEqual(monthIndex(plan.endMonth));
      }
      for (const e of plan.evaluations) expect(EvaluationSave.safeParse({ planId: plan.id, ...e }).success).toBe(true);
    }
  });

  it('the app accepts every generated activity and evaluation saved back as it is (phase, roles, session, round of the plan)', async () => {
    for (const { detail } of plans) {
      const plan = detail.plan!;
      for (const a of generated(plan)) {
        const back = await h.call('plans.saveActivity', { planId: plan.id, ...a });
        expect(back.ok, `${a.text}: ${back.ok ? '' : back.error.message}`).toBe(true);
        if (back.ok) expect(back.value.activities.find((x) => x.id === a.id)).toEqual(a);
      }
      for (const e of plan.evaluations) {
        const back = await h.call('plans.saveEvaluation', { planId: plan.id, ...e });
        expect(back.ok, back.ok ? '' : back.error.message).toBe(true);
      }
    }
  });

  it('the plan checks find nothing wrong with what the generator added; the report is made', async () => {
    for (const { municipalityId, detail } of plans) {
      const plan = detail.plan!;
      const ours = new Set(generated(plan).map((a) => a.id));
      const warnings = checkPlan(plan, detail.components, `${PLAN_AS_OF}-15`);
      // The template's own activities lie outside their phases on purpose (see beiarn.json's note).
      expect(warnings.filter((w) => w.kind === 'outsidePhase' && ours.has(w.target.id))).toEqual([]);
      expect(warnings.filter((w) => w.kind === 'noResponsible' || w.kind === 'emptyPhase')).toEqual([]);
      expect(warnings.filter((w) => w.kind === 'componentMissing')).toEqual([]);
      const report = await h.ok('plans.report', { municipalityId, today: `${PLAN_AS_OF}-15` });
      expect(report.document.blocks.length).toBeGreaterThan(10);
    }
  });
});

// Implementation-plan handlers: the plan of a municipality, its items, deletion with undo, the report.
import type { Handlers } from '../../shared/api/contract';
import { todayIso } from '../../shared/format';
import { t } from '../../shared/i18n';
import { ApiError } from '../../shared/api/result';
import { buildPlanReport } from '../../shared/plan/report';
import { emptyPlan, instantiate } from '../../shared/plan/template';
import { transactional, newId } from '../workbook/rows';
import type { Workbook } from '../workbook/connection';
import { DEFAULT_PACK, shippedPacks } from '../content/shipped';
import { shippedTemplates } from '../plan/templates';
import { analysisRepository } from '../workbook/repositories/analysis';
import { contentRepository } from '../workbook/repositories/content';
import { municipalityRepository } from '../workbook/repositories/municipalities';
import { planRepository } from '../workbook/repositories/plans';
import { sessionRepository } from '../workbook/repositories/sessions';
import { trashRepository } from '../workbook/repositories/trash';

type PlanHandlers = Pick<
  Handlers,
  | 'plans.templates'
  | 'plans.get'
  | 'plans.create'
  | 'plans.update'
  | 'plans.saveRole'
  | 'plans.savePhase'
  | 'plans.saveActivity'
  | 'plans.saveRoutine'
  | 'plans.saveEvaluation'
  | 'plans.deleteItem'
  | 'plans.delete'
  | 'plans.report'
>;

export function createPlanHandlers(workbook: Workbook): PlanHandlers {
  const { db } = workbook;
  const plans = planRepository(db);
  const municipalities = municipalityRepository(db);
  const content = contentRepository(db);
  const sessions = sessionRepository(db);
  const analysis = analysisRepository(db);
  const trash = trashRepository(db);
  const write = transactional(db);

  /** The core components activities link to: the municipality's own model, else the shipped default. */
  const components = (municipalityId: string) =>
    (content.get(municipalityId)?.content ?? shippedPacks().get(DEFAULT_PACK)!).components.map((c) => ({
      id: c.id,
      title: c.title,
    }));

  return {
    'plans.templates': () =>
      [...shippedTemplates().values()].map((tpl) => ({
        id: tpl.id,
        name: tpl.name,
        title: tpl.title,
        source: tpl.source.document,
      })),
    'plans.get': ({ municipalityId }) => ({
      plan: plans.forMunicipality(municipalityId),
      components: components(municipalityId),
    }),
    'plans.create': write(({ municipalityId, templateId, startMonth }) => {
      municipalities.get(municipalityId);
      if (templateId === null) return plans.create(municipalityId, emptyPlan(t('plan.defaultTitle'), startMonth));
      const tpl = shippedTemplates().get(templateId);
      if (!tpl) throw new ApiError('not_found', t('error.planTemplateNotFound', { id: templateId }));
      return plans.create(municipalityId, instantiate(tpl, startMonth, newId));
    }),
    'plans.update': write(plans.update),
    'plans.saveRole': write(plans.saveRole),
    'plans.savePhase': write(plans.savePhase),
    'plans.saveActivity': write(plans.saveActivity),
    'plans.saveRoutine': write(plans.saveRoutine),
    'plans.saveEvaluation': write(plans.saveEvaluation),
    'plans.deleteItem': write((input) => {
      plans.assertItem(input);
      return trash.remove(`plan_${input.kind}`, input.id);
    }),
    'plans.delete': write(({ id }) => trash.remove('plan', id)),
    'plans.report': ({ municipalityId, today }) => {
      const municipality = municipalities.get(municipalityId);
      const plan = plans.forMunicipality(municipalityId);
      if (!plan) throw new ApiError('not_found', t('error.planNotFound'));
      return buildPlanReport({
        plan,
        municipalityName: municipality.name,
        components: components(municipalityId),
        sessions: sessions.list(municipalityId),
        rounds: analysis.rounds(municipalityId),
        templateTitle: plan.templateId ? (shippedTemplates().get(plan.templateId)?.source.document ?? null) : null,
        today: today ?? todayIso(),
      });
    },
  };
}

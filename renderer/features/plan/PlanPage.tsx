// «Implementeringsplan»: one municipality's plan. Warnings first (each takes the guide to its item),
// the timeline, goals, organisation, the schedule as an editable list, evaluation.
import { useMemo, useState, type FormEvent } from 'react';
import { formatDate, formatMonth, todayIso } from '../../../shared/format';
import { t, tc } from '../../../shared/i18n';
import { checkPlan, type PlanWarning } from '../../../shared/plan/checks';
import {
  addMonths,
  monthIndex,
  monthOfDate,
  routineOccurrences,
  type ActivityStatus,
  type Plan,
  type PlanActivity,
} from '../../../shared/plan/model';
import { timelineSvg } from '../../../shared/plan/timeline';
import type { Session } from '../../../shared/domain';
import { useApi, useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { fieldError } from '../../components/FormDialog';
import { SelectField, TextField } from '../../components/fields';
import { PanelHeader } from '../../components/PanelHeader';
import {
  ActivityForm,
  EvaluationForm,
  GoalsForm,
  PhaseForm,
  RoleForm,
  RoutineForm,
  statusOptions,
  toTyped,
  useDeleteItem,
  useOfferChangeUndo,
} from './PlanForms';
import './plan.css';

type Editing =
  | { kind: 'goals' }
  | { kind: 'role'; id?: string }
  | { kind: 'phase'; id?: string }
  | { kind: 'activity'; id?: string; phaseId?: string }
  | { kind: 'routine'; id?: string }
  | { kind: 'evaluation'; id?: string }
  | null;

/** Takes the guide to an item a warning names: scrolls it into view and gives it the focus. */
function goTo(w: PlanWarning) {
  const el = document.getElementById(`plan-item-${w.target.id}`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.focus();
}

/** The activity mark under an event on the timeline, opened for editing; false when there is none. */
function openMark(target: EventTarget, onEdit: (e: Editing) => void): boolean {
  const id = target instanceof Element ? target.closest('[data-activity-id]')?.getAttribute('data-activity-id') : null;
  if (!id) return false;
  onEdit({ kind: 'activity', id });
  return true;
}

export function PlanPage({ id }: { id: string }) {
  const municipality = useApi('municipalities.get', { id });
  const detail = useApi('plans.get', { municipalityId: id });
  const sessions = useApi('sessions.list', { municipalityId: id });
  const [editing, setEditing] = useState<Editing>(null);
  const today = todayIso();

  if (municipality.error || detail.error) return <ErrorNotice error={municipality.error ?? detail.error} />;
  if (!municipality.data || !detail.data) return <p className="empty">{t('app.loading')}</p>;
  const m = municipality.data;
  const plan = detail.data.plan;
  const components = detail.data.components;

  return (
    <>
      <PageHeader
        crumbs={[{ href: href({ name: 'municipality', id }), label: t('plan.back', { municipality: m.name }) }]}
        title={`${t('plan.title')} – ${m.name}`}
        lead={
          plan &&
          t('plan.lead', {
            municipality: m.name,
            from: formatMonth(plan.startMonth),
            to: formatMonth(plan.endMonth),
          })
        }
        actions={
          plan && (
            <>
              <a className="button button--primary" href={href({ name: 'planReport', id })}>
                {t('plan.report')}
              </a>
              <DeleteAction
                method="plans.delete"
                id={plan.id}
                confirmTitle={t('plan.confirmDelete.title')}
                confirmBody={t('plan.confirmDelete.body')}
                deletedMessage={t('plan.deleted')}
                ariaLabel={t('plan.delete')}
              />
            </>
          )
        }
      />
      {!plan ? (
        <CreatePlan municipalityId={id} />
      ) : (
        <PlanBody
          plan={plan}
          components={components}
          sessions={sessions.data ?? []}
          today={today}
          onEdit={setEditing}
        />
      )}
      {plan && editing?.kind === 'goals' && <GoalsForm plan={plan} onClose={() => setEditing(null)} />}
      {plan && editing?.kind === 'role' && (
        <RoleForm plan={plan} role={plan.roles.find((r) => r.id === editing.id)} onClose={() => setEditing(null)} />
      )}
      {plan && editing?.kind === 'phase' && (
        <PhaseForm plan={plan} phase={plan.phases.find((p) => p.id === editing.id)} onClose={() => setEditing(null)} />
      )}
      {plan && editing?.kind === 'activity' && (
        <ActivityForm
          plan={plan}
          components={components}
          sessions={sessions.data ?? []}
          activity={plan.activities.find((a) => a.id === editing.id)}
          phaseId={editing.phaseId}
          onClose={() => setEditing(null)}
        />
      )}
      {plan && editing?.kind === 'routine' && (
        <RoutineForm
          plan={plan}
          routine={plan.routines.find((r) => r.id === editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
      {plan && editing?.kind === 'evaluation' && (
        <EvaluationForm
          plan={plan}
          municipalityId={id}
          evaluation={plan.evaluations.find((e) => e.id === editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}

function CreatePlan({ municipalityId }: { municipalityId: string }) {
  const templates = useApi('plans.templates', {});
  const create = useApiMutation('plans.create');
  const [templateId, setTemplateId] = useState('beiarn');
  const [start, setStart] = useState(() => toTyped(monthOfDate(todayIso())));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ municipalityId, templateId: templateId === '' ? null : templateId, startMonth: start });
  };
  if (templates.error) return <ErrorNotice error={templates.error} />;
  if (!templates.data) return <p className="empty">{t('app.loading')}</p>;
  const options = [
    ...templates.data.map((tpl) => ({ value: tpl.id, label: tpl.name })),
    { value: '', label: t('plan.create.empty') },
  ];
  return (
    <section className="panel" aria-labelledby="plan-create-title">
      <PanelHeader id="plan-create-title" title={t('plan.create.title')} />
      <p className="panel__lead">{t('plan.none')}</p>
      <form onSubmit={submit} noValidate className="form-grid plan-create">
        <ErrorNotice error={create.error && Object.keys(create.error.fields).length === 0 ? create.error : null} />
        <SelectField
          name="templateId"
          label={t('plan.create.template')}
          value={templateId}
          options={options}
          onChange={setTemplateId}
          help={
            templates.data.find((tpl) => tpl.id === templateId)
              ? t('plan.create.templateSource', { source: templates.data.find((tpl) => tpl.id === templateId)!.source })
              : undefined
          }
        />
        <TextField
          name="startMonth"
          label={t('plan.field.startMonth')}
          value={start}
          onChange={setStart}
          placeholder={t('plan.monthPlaceholder')}
          help={t('plan.create.startHelp')}
          error={fieldError(create.error, 'startMonth')}
        />
        <div className="actions actions--start">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t('plan.create')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface BodyProps {
  plan: Plan;
  components: { id: string; title: string }[];
  sessions: Session[];
  today: string;
  onEdit: (e: Editing) => void;
}

function PlanBody({ plan, components, sessions, today, onEdit }: BodyProps) {
  const warnings = useMemo(() => checkPlan(plan, components, today), [plan, components, today]);
  const timeline = useMemo(() => timelineSvg(plan, today, { interactive: true }), [plan, today]);
  const roleName = new Map(plan.roles.map((r) => [r.id, r.name]));
  const componentTitle = new Map(components.map((c) => [c.id, c.title]));
  const deleteItem = useDeleteItem();

  return (
    <div className="stack">
      <section className="panel" aria-labelledby="plan-timeline-title">
        <PanelHeader id="plan-timeline-title" title={t('plan.section.timeline')} />
        {/* The SVG is drawn by shared code from workbook data with every text escaped. */}
        {/* Marks are buttons: Enter, Space or a click opens the activity. */}
        {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- events of the marks inside */}
        <figure
          className="plan-timeline"
          data-testid="plan-timeline"
          onClick={(e) => openMark(e.target, onEdit)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              if (openMark(e.target, onEdit)) e.preventDefault();
            }
          }}
          dangerouslySetInnerHTML={{ __html: timeline.svg }}
        />
      </section>

      <section className="panel" aria-labelledby="plan-warnings-title">
        <PanelHeader
          id="plan-warnings-title"
          title={t('plan.section.warnings')}
          meta={warnings.length > 0 ? tc('count.remarks', warnings.length) : undefined}
          alert
        />
        {warnings.length === 0 ? (
          <p className="plan-ok">{t('plan.warnings.none')}</p>
        ) : (
          <ul className="plan-warnings" aria-label={t('plan.section.warnings')}>
            {warnings.map((w, i) => (
              <li key={`${w.kind}-${w.target.id}-${i}`} className="plan-warning" data-kind={w.kind}>
                <span className="plan-warning__text">{w.message}</span>
                <button type="button" className="button button--small" onClick={() => goTo(w)}>
                  {t('plan.warning.goTo')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="plan-goals-title">
        <PanelHeader
          id="plan-goals-title"
          title={t('plan.section.goals')}
          actions={
            <button type="button" className="button" onClick={() => onEdit({ kind: 'goals' })}>
              {t('plan.editPlan')}
            </button>
          }
        />
        {plan.overallGoal ? (
          <p className="plan-goal">{plan.overallGoal}</p>
        ) : (
          <p className="empty">{t('plan.goals.none')}</p>
        )}
        {plan.subGoals.length > 0 && (
          <ul className="plan-list" aria-label={t('plan.field.subGoal')}>
            {plan.subGoals.map((g, i) => (
              <li key={i}>{g}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="plan-org-title">
        <PanelHeader
          id="plan-org-title"
          title={t('plan.section.organisation')}
          actions={
            <button type="button" className="button" onClick={() => onEdit({ kind: 'role' })}>
              {t('plan.roles.add')}
            </button>
          }
        />
        {plan.roles.length === 0 && <p className="empty">{t('plan.roles.none')}</p>}
        <ul className="rows">
          {plan.roles.map((r) => (
            <li key={r.id} className="row" id={`plan-item-${r.id}`} tabIndex={-1}>
              <div className="row__main">
                <strong className="row__title">{r.name}</strong>
                {r.responsibility && <span className="row__meta">{r.responsibility}</span>}
                {r.members.length > 0 && <span className="row__meta">{r.members.join(' · ')}</span>}
              </div>
              <div className="row__actions">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${t('common.edit')} ${r.name}`}
                  onClick={() => onEdit({ kind: 'role', id: r.id })}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="button button--small button--danger-outline"
                  aria-label={`${t('common.delete')} ${r.name}`}
                  onClick={() => void deleteItem.run({ planId: plan.id, kind: 'role', id: r.id }, r.name)}
                >
                  {t('common.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section className="panel" aria-labelledby="plan-schedule-title">
        <PanelHeader
          id="plan-schedule-title"
          title={t('plan.section.schedule')}
          actions={
            <button type="button" className="button" onClick={() => onEdit({ kind: 'phase' })}>
              {t('plan.phases.add')}
            </button>
          }
        />
        <ErrorNotice error={deleteItem.error} />
        {plan.phases.map((p) => {
          const activities = plan.activities.filter((a) => a.phaseId === p.id);
          return (
            <div
              key={p.id}
              className="plan-phase"
              id={`plan-item-${p.id}`}
              tabIndex={-1}
              aria-labelledby={`phase-${p.id}`}
            >
              <div className="plan-phase__head">
                <h3 id={`phase-${p.id}`} className="plan-phase__title">
                  {p.name}{' '}
                  <span className="plan-phase__period">
                    {t('plan.phase.period', { from: formatMonth(p.fromMonth), to: formatMonth(p.toMonth) })}
                  </span>
                </h3>
                <div className="row__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${t('common.edit')} ${p.name}`}
                    onClick={() => onEdit({ kind: 'phase', id: p.id })}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--primary"
                    onClick={() => onEdit({ kind: 'activity', phaseId: p.id })}
                  >
                    {t('plan.activities.add')}
                  </button>
                </div>
              </div>
              {p.goal && <p className="panel__lead">{p.goal}</p>}
              {activities.length === 0 ? (
                <p className="empty">{t('plan.activities.none')}</p>
              ) : (
                <table className="data-table plan-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('plan.field.month')}</th>
                      <th scope="col">{t('plan.field.activity')}</th>
                      <th scope="col">{t('plan.field.responsible')}</th>
                      <th scope="col">{t('plan.field.status')}</th>
                      <th scope="col">{t('plan.field.session')}</th>
                      <th scope="col">
                        <span className="sr-only">{t('common.edit')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {activities.map((a) => (
                      <ActivityRow
                        key={a.id}
                        plan={plan}
                        activity={a}
                        sessions={sessions}
                        roleName={roleName}
                        componentTitle={componentTitle}
                        today={today}
                        onEdit={onEdit}
                      />
                    ))}
                  </tbody>
                </table>
              )}
            </div>
          );
        })}
        <h3 className="section-title section-title--small">{t('plan.section.components')}</h3>
        <ul className="plan-components">
          {components.map((c) => {
            const first = plan.activities
              .filter((a) => a.componentId === c.id && a.status !== 'cancelled')
              .sort((x, y) => monthIndex(x.month) - monthIndex(y.month))[0];
            return (
              <li
                key={c.id}
                id={`plan-item-${c.id}`}
                tabIndex={-1}
                className={first ? 'plan-component' : 'plan-component plan-component--missing'}
              >
                <strong>{c.title}</strong>:{' '}
                {first ? `${formatMonth(first.month)} – ${first.text}` : t('plan.components.missing')}
              </li>
            );
          })}
        </ul>
      </section>

      <section className="panel" aria-labelledby="plan-eval-title">
        <PanelHeader
          id="plan-eval-title"
          title={t('plan.section.evaluation')}
          actions={
            <>
              <button type="button" className="button" onClick={() => onEdit({ kind: 'routine' })}>
                {t('plan.routines.add')}
              </button>
              <button type="button" className="button button--primary" onClick={() => onEdit({ kind: 'evaluation' })}>
                {t('plan.evaluations.add')}
              </button>
            </>
          }
        />
        {plan.evaluationNote && <p className="panel__lead">{plan.evaluationNote}</p>}
        <ul className="rows">
          {plan.routines.map((r) => {
            const next = routineOccurrences(r, addMonths(plan.endMonth, 0)).find(
              (mo) => monthIndex(mo) >= monthIndex(monthOfDate(today)),
            );
            return (
              <li key={r.id} className="row" id={`plan-item-${r.id}`} tabIndex={-1}>
                <div className="row__main">
                  <strong className="row__title">{r.title}</strong>
                  <span className="row__meta">
                    {t('plan.routines.every', { count: r.intervalMonths, month: formatMonth(r.firstMonth) })}
                    {r.roleId && ` · ${roleName.get(r.roleId) ?? ''}`}
                    {next && ` · ${t('plan.report.col.next')}: ${formatMonth(next)}`}
                  </span>
                </div>
                <div className="row__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${t('common.edit')} ${r.title}`}
                    onClick={() => onEdit({ kind: 'routine', id: r.id })}
                  >
                    {t('common.edit')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        <h3 className="section-title section-title--small">{t('plan.evaluations.held')}</h3>
        {plan.evaluations.length === 0 ? (
          <p className="empty">{t('plan.evaluations.none')}</p>
        ) : (
          <ul className="rows">
            {plan.evaluations.map((e) => (
              <li key={e.id} className="row" id={`plan-item-${e.id}`} tabIndex={-1}>
                <span className="date-chip">{formatMonth(e.month)}</span>
                <div className="row__main">
                  <strong className="row__title">
                    {plan.routines.find((r) => r.id === e.routineId)?.title ?? t('plan.section.evaluation')}
                  </strong>
                  {e.note && <span className="row__meta">{e.note}</span>}
                </div>
                <div className="row__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${t('common.edit')} ${t('plan.section.evaluation')} ${formatMonth(e.month)}`}
                    onClick={() => onEdit({ kind: 'evaluation', id: e.id })}
                  >
                    {t('common.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger-outline"
                    aria-label={`${t('common.delete')} ${t('plan.section.evaluation')} ${formatMonth(e.month)}`}
                    onClick={() =>
                      void deleteItem.run(
                        { planId: plan.id, kind: 'evaluation', id: e.id },
                        `${t('plan.section.evaluation')} ${formatMonth(e.month)}`,
                      )
                    }
                  >
                    {t('common.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

interface RowProps {
  plan: Plan;
  activity: PlanActivity;
  sessions: Session[];
  roleName: Map<string, string>;
  componentTitle: Map<string, string>;
  today: string;
  onEdit: (e: Editing) => void;
}

/** One activity: status and the session that carried it out are changed right in the row. */
function ActivityRow({ plan, activity: a, sessions, roleName, componentTitle, onEdit }: RowProps) {
  const save = useApiMutation('plans.saveActivity');
  const offerChangeUndo = useOfferChangeUndo();
  // Changed in the row, undone like a dialog's change: «Angre» or Ctrl+Z saves the row as it was.
  const update = (change: Partial<PlanActivity>) =>
    save.mutate(
      { ...a, ...change, planId: plan.id },
      { onSuccess: () => offerChangeUndo({ method: 'plans.saveActivity', input: { ...a, planId: plan.id } }, a.text) },
    );
  const responsible = a.roleIds
    .map((r) => roleName.get(r))
    .filter(Boolean)
    .join(', ');
  return (
    <tr
      id={`plan-item-${a.id}`}
      tabIndex={-1}
      data-activity-id={a.id}
      data-status={a.status}
      className={`plan-activity plan-activity--${a.status}`}
    >
      <td className="plan-activity__month">{formatMonth(a.month)}</td>
      <td>
        <strong>{a.text}</strong>
        {a.componentId && <span className="plan-activity__component">{componentTitle.get(a.componentId)}</span>}
        {save.error && (
          <span className="field__error" role="alert">
            {save.error.message}
          </span>
        )}
      </td>
      <td>{responsible || <span className="plan-missing">{t('plan.activity.noResponsible')}</span>}</td>
      <td>
        <select
          className="input input--status"
          aria-label={`${t('plan.field.status')}: ${a.text}`}
          value={a.status}
          onChange={(e) => update({ status: e.target.value as ActivityStatus })}
        >
          {statusOptions().map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select
          className="input input--status"
          aria-label={`${t('plan.field.session')}: ${a.text}`}
          value={a.sessionId ?? ''}
          onChange={(e) => update({ sessionId: e.target.value || null })}
        >
          <option value="">{t('plan.select.none')}</option>
          {sessions.map((s) => (
            <option key={s.id} value={s.id}>
              {formatDate(s.date)} {s.title}
            </option>
          ))}
        </select>
      </td>
      <td className="plan-activity__actions">
        <button
          type="button"
          className="button button--small"
          aria-label={`${t('common.edit')} ${a.text}`}
          onClick={() => onEdit({ kind: 'activity', id: a.id })}
        >
          {t('common.edit')}
        </button>
      </td>
    </tr>
  );
}

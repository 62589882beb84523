// The plan's edit dialogs: goals, a role, a phase, an activity, a routine, an evaluation held.
// Months are typed as mm.åååå; the API validates and answers in Norwegian.
import { useState } from 'react';
import { formatDate, formatMonth, todayIso } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import {
  ACTIVITY_STATUSES,
  monthOfDate,
  type Plan,
  type PlanActivity,
  type PlanEvaluation,
  type PlanPhase,
  type PlanRole,
  type PlanRoutine,
} from '../../../shared/plan/model';
import type { Session } from '../../../shared/domain';
import type { ComponentId } from '../../../shared/content/pack';
import type { Input } from '../../../shared/api/contract';
import { type ApiCall, useApi, useApiMutation } from '../../api/hooks';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { useUndo } from '../../components/UndoBar';
import { SelectField, TextArea, TextField } from '../../components/fields';

/** 'YYYY-MM' -> 'MM.YYYY' as the guide types it. */
export const toTyped = (month: string) =>
  /^\d{4}-\d{2}$/.test(month) ? `${month.slice(5)}.${month.slice(0, 4)}` : month;
export const statusOptions = () => ACTIVITY_STATUSES.map((value) => ({ value, label: t(`plan.status.${value}`) }));
type ItemKind = 'role' | 'phase' | 'activity' | 'routine' | 'evaluation';

/** Deletes a plan item through the trash and offers «Angre» (also Ctrl+Z). */
export function useDeleteItem() {
  const remove = useApiMutation('plans.deleteItem');
  const { offerUndo } = useUndo();
  const run = (input: { planId: string; kind: ItemKind; id: string }, name: string, onDone?: () => void) =>
    // mutateAsync: the refetch after the deletion may unmount the caller before per-call callbacks run.
    remove.mutateAsync(input).then(
      (entry) => {
        offerUndo(entry, t('plan.itemDeleted', { label: name }));
        onDone?.();
      },
      () => undefined, // shown through remove.error
    );
  return { run, error: remove.error, busy: remove.isPending };
}

/** Inside an edit dialog: deletes the item (a phase takes its activities with it) and closes. */
function DeleteItem({
  planId,
  kind,
  id,
  name,
  label,
  onDone,
}: {
  planId: string;
  kind: 'phase' | 'activity' | 'routine';
  id: string;
  name: string;
  label: string;
  onDone: () => void;
}) {
  const remove = useDeleteItem();
  return (
    <div className="plan-delete-item">
      <button
        type="button"
        className="button button--danger-outline"
        disabled={remove.busy}
        onClick={() => void remove.run({ planId, kind, id }, name, onDone)}
      >
        {label}
      </button>
      {remove.error && (
        <p className="field__error" role="alert">
          {remove.error.message}
        </p>
      )}
    </div>
  );
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

type PlanSave =
  | 'plans.update'
  | 'plans.saveRole'
  | 'plans.savePhase'
  | 'plans.saveActivity'
  | 'plans.saveRoutine'
  | 'plans.saveEvaluation';

/** After a saved change to a plan item: «Angre» / Ctrl+Z makes `putBack`, the save of its old values. */
export function useOfferChangeUndo() {
  const { offerUndo } = useUndo();
  return (putBack: ApiCall, label: string) =>
    offerUndo({ putBack, done: t('plan.changeUndone', { label }) }, t('plan.changed', { label }));
}

/**
 * A plan dialog's save. A change to something that was there already (`existing` names it) can be
 * undone with «Angre» or Ctrl+Z, which saves the values the dialog opened with.
 */
function useUndoableSave<K extends PlanSave>(
  method: K,
  input: Input<K>,
  existing: string | undefined,
  onClose: () => void,
) {
  const save = useApiMutation(method);
  const offerChangeUndo = useOfferChangeUndo();
  const [opened] = useState(input);
  const submit = () =>
    save.mutate(input, {
      onSuccess: () => {
        onClose();
        if (existing !== undefined && JSON.stringify(input) !== JSON.stringify(opened))
          offerChangeUndo({ method, input: opened } as ApiCall, existing);
      },
    });
  return { save, submit };
}

export function GoalsForm({ plan, onClose }: { plan: Plan; onClose: () => void }) {
  const [title, setTitle] = useState(plan.title);
  const [overall, setOverall] = useState(plan.overallGoal);
  const [subGoals, setSubGoals] = useState(plan.subGoals.join('\n'));
  const [note, setNote] = useState(plan.evaluationNote);
  const [start, setStart] = useState(toTyped(plan.startMonth));
  const [end, setEnd] = useState(toTyped(plan.endMonth));
  const { save, submit } = useUndoableSave(
    'plans.update',
    {
      id: plan.id,
      title,
      overallGoal: overall,
      subGoals: lines(subGoals),
      evaluationNote: note,
      startMonth: start,
      endMonth: end,
    },
    plan.title,
    onClose,
  );
  return (
    <FormDialog
      title={t('plan.editPlan')}
      fieldNames={['title', 'overallGoal', 'subGoals', 'evaluationNote', 'startMonth', 'endMonth']}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
      wide
      onSubmit={submit}
    >
      <TextField
        name="title"
        label={t('plan.field.title')}
        value={title}
        onChange={setTitle}
        autoFocus
        error={fieldError(save.error, 'title')}
      />
      <div className="form-row">
        <TextField
          name="startMonth"
          label={t('plan.field.startMonth')}
          value={start}
          onChange={setStart}
          placeholder={t('plan.monthPlaceholder')}
          error={fieldError(save.error, 'startMonth')}
        />
        <TextField
          name="endMonth"
          label={t('plan.field.endMonth')}
          value={end}
          onChange={setEnd}
          placeholder={t('plan.monthPlaceholder')}
          error={fieldError(save.error, 'endMonth')}
        />
      </div>
      <TextArea
        name="overallGoal"
        label={t('plan.field.overallGoal')}
        value={overall}
        onChange={setOverall}
        rows={2}
        error={fieldError(save.error, 'overallGoal')}
      />
      <TextArea
        name="subGoals"
        label={t('plan.field.subGoals')}
        value={subGoals}
        onChange={setSubGoals}
        rows={6}
        error={fieldError(save.error, 'subGoals')}
      />
      <TextArea
        name="evaluationNote"
        label={t('plan.field.evaluationNote')}
        value={note}
        onChange={setNote}
        rows={3}
        error={fieldError(save.error, 'evaluationNote')}
      />
    </FormDialog>
  );
}

export function RoleForm({ plan, role, onClose }: { plan: Plan; role?: PlanRole; onClose: () => void }) {
  const [name, setName] = useState(role?.name ?? '');
  const [responsibility, setResponsibility] = useState(role?.responsibility ?? '');
  const [members, setMembers] = useState((role?.members ?? []).join('\n'));
  const { save, submit } = useUndoableSave(
    'plans.saveRole',
    { planId: plan.id, id: role?.id, name, responsibility, members: lines(members) },
    role?.name,
    onClose,
  );
  return (
    <FormDialog
      title={role ? role.name : t('plan.roles.add')}
      fieldNames={['name', 'responsibility', 'members']}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
      onSubmit={submit}
    >
      <TextField
        name="name"
        label={t('plan.field.roleName')}
        value={name}
        onChange={setName}
        autoFocus
        error={fieldError(save.error, 'name')}
      />
      <TextArea
        name="responsibility"
        label={t('plan.field.responsibility')}
        value={responsibility}
        onChange={setResponsibility}
        error={fieldError(save.error, 'responsibility')}
      />
      <TextArea
        name="members"
        label={t('plan.field.members')}
        value={members}
        onChange={setMembers}
        rows={4}
        error={fieldError(save.error, 'members')}
      />
    </FormDialog>
  );
}

export function PhaseForm({ plan, phase, onClose }: { plan: Plan; phase?: PlanPhase; onClose: () => void }) {
  const [name, setName] = useState(phase?.name ?? '');
  const [goal, setGoal] = useState(phase?.goal ?? '');
  const [from, setFrom] = useState(toTyped(phase?.fromMonth ?? plan.startMonth));
  const [to, setTo] = useState(toTyped(phase?.toMonth ?? plan.endMonth));
  const { save, submit } = useUndoableSave(
    'plans.savePhase',
    { planId: plan.id, id: phase?.id, name, goal, fromMonth: from, toMonth: to },
    phase?.name,
    onClose,
  );
  return (
    <FormDialog
      title={phase ? phase.name : t('plan.phases.add')}
      fieldNames={['name', 'goal', 'fromMonth', 'toMonth']}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
      onSubmit={submit}
    >
      <TextField
        name="name"
        label={t('plan.field.phaseName')}
        value={name}
        onChange={setName}
        autoFocus
        error={fieldError(save.error, 'name')}
      />
      <TextField
        name="goal"
        label={t('plan.field.phaseGoal')}
        value={goal}
        onChange={setGoal}
        error={fieldError(save.error, 'goal')}
      />
      <div className="form-row">
        <TextField
          name="fromMonth"
          label={t('plan.field.fromMonth')}
          value={from}
          onChange={setFrom}
          placeholder={t('plan.monthPlaceholder')}
          error={fieldError(save.error, 'fromMonth')}
        />
        <TextField
          name="toMonth"
          label={t('plan.field.toMonth')}
          value={to}
          onChange={setTo}
          placeholder={t('plan.monthPlaceholder')}
          error={fieldError(save.error, 'toMonth')}
        />
      </div>
      {phase && (
        <DeleteItem
          planId={plan.id}
          kind="phase"
          id={phase.id}
          name={phase.name}
          label={
            plan.activities.some((a) => a.phaseId === phase.id)
              ? t('plan.phases.deleteWithActivities')
              : t('plan.phases.delete')
          }
          onDone={onClose}
        />
      )}
    </FormDialog>
  );
}

interface ActivityFormProps {
  plan: Plan;
  components: { id: string; title: string }[];
  sessions: Session[];
  activity?: PlanActivity;
  phaseId?: string;
  onClose: () => void;
}

export function ActivityForm({ plan, components, sessions, activity, phaseId, onClose }: ActivityFormProps) {
  const phase = plan.phases.find((p) => p.id === (activity?.phaseId ?? phaseId)) ?? plan.phases[0];
  const [phase_, setPhase] = useState(phase?.id ?? '');
  const [month, setMonth] = useState(toTyped(activity?.month ?? phase?.fromMonth ?? plan.startMonth));
  const [text, setText] = useState(activity?.text ?? '');
  const [roleIds, setRoleIds] = useState<string[]>(activity?.roleIds ?? []);
  const [componentId, setComponent] = useState<string>(activity?.componentId ?? '');
  const [status, setStatus] = useState<PlanActivity['status']>(activity?.status ?? 'planned');
  const [sessionId, setSession] = useState(activity?.sessionId ?? '');
  const toggle = (id: string, on: boolean) => setRoleIds((ids) => (on ? [...ids, id] : ids.filter((x) => x !== id)));
  const { save, submit } = useUndoableSave(
    'plans.saveActivity',
    {
      planId: plan.id,
      id: activity?.id,
      phaseId: phase_,
      month,
      text,
      roleIds,
      componentId: (componentId || null) as ComponentId | null,
      status,
      sessionId: sessionId || null,
    },
    activity?.text,
    onClose,
  );
  return (
    <FormDialog
      title={activity ? activity.text : t('plan.activities.add')}
      fieldNames={['phaseId', 'month', 'text', 'roleIds', 'componentId', 'status', 'sessionId']}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
      wide
      onSubmit={submit}
    >
      <TextField
        name="text"
        label={t('plan.field.activity')}
        value={text}
        onChange={setText}
        autoFocus
        error={fieldError(save.error, 'text')}
      />
      <div className="form-row">
        <TextField
          name="month"
          label={t('plan.field.month')}
          value={month}
          onChange={setMonth}
          placeholder={t('plan.monthPlaceholder')}
          error={fieldError(save.error, 'month')}
        />
        <SelectField
          name="phaseId"
          label={t('plan.field.phaseName')}
          value={phase_}
          options={plan.phases.map((p) => ({ value: p.id, label: p.name }))}
          onChange={setPhase}
          error={fieldError(save.error, 'phaseId')}
        />
      </div>
      <fieldset className="field fieldset">
        <legend className="field__label">{t('plan.field.responsible')}</legend>
        <div className="check-grid">
          {plan.roles.map((r) => (
            <label key={r.id} className="check-chip">
              <input
                type="checkbox"
                className="checkbox"
                checked={roleIds.includes(r.id)}
                onChange={(e) => toggle(r.id, e.target.checked)}
              />
              <span>{r.name}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form-row">
        <SelectField
          name="componentId"
          label={t('plan.field.component')}
          value={componentId}
          options={[
            { value: '', label: t('plan.select.none') },
            ...components.map((c) => ({ value: c.id, label: c.title })),
          ]}
          onChange={setComponent}
          error={fieldError(save.error, 'componentId')}
        />
        <SelectField
          name="status"
          label={t('plan.field.status')}
          value={status}
          options={statusOptions()}
          onChange={setStatus}
          error={fieldError(save.error, 'status')}
        />
      </div>
      <SelectField
        name="sessionId"
        label={t('plan.field.session')}
        value={sessionId}
        options={[
          { value: '', label: t('plan.select.none') },
          ...sessions.map((s) => ({ value: s.id, label: `${formatDate(s.date)} ${s.title}` })),
        ]}
        onChange={setSession}
        error={fieldError(save.error, 'sessionId')}
      />
      {activity && (
        <DeleteItem
          planId={plan.id}
          kind="activity"
          id={activity.id}
          name={activity.text}
          label={t('plan.activities.delete')}
          onDone={onClose}
        />
      )}
    </FormDialog>
  );
}

export function RoutineForm({ plan, routine, onClose }: { plan: Plan; routine?: PlanRoutine; onClose: () => void }) {
  const [title, setTitle] = useState(routine?.title ?? '');
  const [interval, setInterval] = useState(String(routine?.intervalMonths ?? 6));
  const [first, setFirst] = useState(toTyped(routine?.firstMonth ?? plan.startMonth));
  const [roleId, setRole] = useState(routine?.roleId ?? '');
  const { save, submit } = useUndoableSave(
    'plans.saveRoutine',
    {
      planId: plan.id,
      id: routine?.id,
      title,
      intervalMonths: /^\d+$/.test(interval.trim()) ? Number(interval) : Number.NaN,
      firstMonth: first,
      roleId: roleId || null,
    },
    routine?.title,
    onClose,
  );
  return (
    <FormDialog
      title={routine ? routine.title : t('plan.routines.add')}
      fieldNames={['title', 'intervalMonths', 'firstMonth', 'roleId']}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
      onSubmit={submit}
    >
      <TextField
        name="title"
        label={t('plan.field.routineTitle')}
        value={title}
        onChange={setTitle}
        autoFocus
        error={fieldError(save.error, 'title')}
      />
      <div className="form-row">
        <TextField
          name="intervalMonths"
          label={t('plan.field.interval')}
          value={interval}
          onChange={setInterval}
          inputMode="numeric"
          error={fieldError(save.error, 'intervalMonths')}
        />
        <TextField
          name="firstMonth"
          label={t('plan.field.firstMonth')}
          value={first}
          onChange={setFirst}
          placeholder={t('plan.monthPlaceholder')}
          error={fieldError(save.error, 'firstMonth')}
        />
      </div>
      <SelectField
        name="roleId"
        label={t('plan.field.responsible')}
        value={roleId}
        options={[
          { value: '', label: t('plan.select.none') },
          ...plan.roles.map((r) => ({ value: r.id, label: r.name })),
        ]}
        onChange={setRole}
      />
      {routine && (
        <DeleteItem
          planId={plan.id}
          kind="routine"
          id={routine.id}
          name={routine.title}
          label={t('plan.routines.delete')}
          onDone={onClose}
        />
      )}
    </FormDialog>
  );
}

export function EvaluationForm({
  plan,
  municipalityId,
  evaluation,
  onClose,
}: {
  plan: Plan;
  municipalityId: string;
  evaluation?: PlanEvaluation;
  onClose: () => void;
}) {
  const rounds = useApi('rounds.list', { municipalityId });
  const [routineId, setRoutine] = useState(evaluation?.routineId ?? plan.routines[0]?.id ?? '');
  const [month, setMonth] = useState(toTyped(evaluation?.month ?? monthOfDate(todayIso())));
  const [note, setNote] = useState(evaluation?.note ?? '');
  const [roundId, setRound] = useState(evaluation?.roundId ?? '');
  const { save, submit } = useUndoableSave(
    'plans.saveEvaluation',
    { planId: plan.id, id: evaluation?.id, routineId: routineId || null, month, note, roundId: roundId || null },
    evaluation ? formatMonth(evaluation.month) : undefined,
    onClose,
  );
  return (
    <FormDialog
      title={t('plan.evaluations.add')}
      fieldNames={['routineId', 'month', 'note', 'roundId']}
      onClose={onClose}
      busy={save.isPending}
      error={save.error}
      onSubmit={submit}
    >
      <SelectField
        name="routineId"
        label={t('plan.field.routine')}
        value={routineId}
        options={[
          { value: '', label: t('plan.select.none') },
          ...plan.routines.map((r) => ({ value: r.id, label: r.title })),
        ]}
        onChange={setRoutine}
        error={fieldError(save.error, 'routineId')}
      />
      <TextField
        name="month"
        label={t('plan.field.month')}
        value={month}
        onChange={setMonth}
        placeholder={t('plan.monthPlaceholder')}
        error={fieldError(save.error, 'month')}
      />
      <SelectField
        name="roundId"
        label={t('plan.field.round')}
        value={roundId}
        options={[
          { value: '', label: t('plan.select.none') },
          ...(rounds.data ?? []).map((r) => ({ value: r.id, label: `${r.title} (${formatDate(r.date)})` })),
        ]}
        onChange={setRound}
        error={fieldError(save.error, 'roundId')}
      />
      <TextArea
        name="note"
        label={t('plan.field.note')}
        value={note}
        onChange={setNote}
        error={fieldError(save.error, 'note')}
      />
    </FormDialog>
  );
}

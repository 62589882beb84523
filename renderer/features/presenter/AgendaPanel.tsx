// On the session page: the agenda. Ordered items with planned minutes; start
// times follow as items move; the actual time of each item once presented.
import { useState } from 'react';
import type { Session } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import {
  AGENDA_KINDS,
  KINDS_WITH_REF,
  MAX_POINTS,
  clock,
  plannedEnd,
  type AgendaItem,
  type AgendaKind,
} from '../../../shared/presenter/api';
import { useApi, useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { PanelHeader } from '../../components/PanelHeader';
import { useUndo } from '../../components/UndoBar';
import './presenter.css';

export function AgendaPanel({ session }: { session: Session }) {
  const agenda = useApi('agenda.get', { sessionId: session.id });
  const move = useApiMutation('agenda.move');
  const remove = useApiMutation('agenda.delete');
  const setStart = useApiMutation('agenda.setStart');
  const [editing, setEditing] = useState<AgendaItem | 'new' | null>(null);
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const { offerUndo } = useUndo();
  const [start, setStartText] = useState<string | null>(null);
  const a = agenda.data;
  const items = a?.items ?? [];
  const saveStart = () => {
    if (start !== null && start !== a?.startTime)
      setStart.mutate({ sessionId: session.id, startTime: start }, { onSuccess: () => setStartText(null) });
  };
  return (
    <section className="panel panel--model agenda" aria-labelledby="agenda-title">
      <PanelHeader
        id="agenda-title"
        title={t('agenda.title')}
        actions={
          <a
            className="button button--primary"
            href={href({ name: 'present', id: session.id })}
            aria-disabled={items.length === 0 || undefined}
          >
            {t('agenda.present')}
          </a>
        }
      />
      <p className="panel__lead">{t('agenda.lead')}</p>
      <ErrorNotice error={agenda.error ?? move.error ?? remove.error ?? setStart.error} />
      {a && (
        <div className="agenda__start">
          <TextField
            label={t('agenda.start')}
            name="startTime"
            inputMode="numeric"
            value={start ?? a.startTime}
            onChange={setStartText}
            error={fieldError(setStart.error, 'startTime')}
          />
          <button
            type="button"
            className="button"
            onClick={saveStart}
            disabled={start === null || start === a.startTime}
          >
            {t('common.save')}
          </button>
          {items.length > 0 && (
            <span className="agenda__end">
              {t('agenda.ends', {
                time: plannedEnd(
                  a.startTime,
                  items.map((i) => i.plannedMinutes),
                ),
              })}
            </span>
          )}
        </div>
      )}
      {a && items.length === 0 && <p className="empty">{t('agenda.empty')}</p>}
      <ol className="rows agenda__items">
        {items.map((item, i) => (
          <li key={item.id} className="row agenda__item" data-agenda-item={i + 1}>
            <span className="agenda__time">{item.plannedStart}</span>
            <span className="row__main">
              <span className="agenda__title">{item.title}</span>
              <span className="agenda__meta">
                {t(`agenda.kind.${item.kind}`)} · {t('agenda.minutes', { minutes: item.plannedMinutes })}
                {item.actualMs > 0 && ` · ${t('agenda.actual', { time: clock(item.actualMs) })}`}
              </span>
            </span>
            <span className="actions actions--inline">
              <button
                type="button"
                className="button button--small"
                aria-label={t('agenda.moveUp', { title: item.title })}
                disabled={i === 0}
                onClick={() => move.mutate({ id: item.id, position: i - 1 })}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('agenda.moveDown', { title: item.title })}
                disabled={i === items.length - 1}
                onClick={() => move.mutate({ id: item.id, position: i + 1 })}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--small"
                aria-label={t('agenda.edit', { title: item.title })}
                onClick={() => setEditing(item)}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-label={t('agenda.remove', { title: item.title })}
                onClick={() => setRemoving(item)}
              >
                {t('common.delete')}
              </button>
            </span>
          </li>
        ))}
      </ol>
      <div className="actions actions--start">
        <button type="button" className="button" onClick={() => setEditing('new')}>
          + {t('agenda.add')}
        </button>
      </div>
      {removing && (
        <ConfirmDialog
          title={t('agenda.confirmRemove.title', { title: removing.title })}
          body={
            removing.actualMs > 0
              ? t('agenda.confirmRemove.bodyShown', { time: clock(removing.actualMs) })
              : t('agenda.confirmRemove.body')
          }
          confirmLabel={t('common.delete')}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            remove.mutate(
              { id: removing.id },
              {
                onSuccess: (entry) => {
                  setRemoving(null);
                  offerUndo(entry, t('agenda.removed', { title: removing.title }));
                },
              },
            )
          }
        />
      )}
      {editing && (
        <AgendaItemForm
          session={session}
          existing={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}

function AgendaItemForm({
  session,
  existing,
  onClose,
}: {
  session: Session;
  existing: AgendaItem | null;
  onClose: () => void;
}) {
  const add = useApiMutation('agenda.add');
  const update = useApiMutation('agenda.update');
  const boards = useApi('boards.list', { sessionId: session.id });
  const rounds = useApi('rounds.list', { municipalityId: session.municipalityId });
  const content = useApi('content.get', { municipalityId: session.municipalityId });
  const [kind, setKind] = useState<AgendaKind>(existing?.kind ?? 'slide');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [minutes, setMinutes] = useState(String(existing?.plannedMinutes ?? 10));
  const [refId, setRefId] = useState(existing?.refId ?? '');
  const [points, setPoints] = useState((existing?.points ?? []).join('\n'));
  const [fromStep, setFromStep] = useState('');
  const error = existing ? update.error : add.error;

  const refOptions =
    kind === 'board'
      ? (boards.data ?? []).map((b) => ({ value: b.id, label: b.title }))
      : kind === 'round'
        ? (rounds.data ?? []).map((r) => ({ value: r.id, label: r.title }))
        : [];
  const steps = content.data?.content.components ?? [];
  // A step of the municipality's model as the starting point of a slide.
  const startFromStep = (id: string) => {
    setFromStep(id);
    const c = steps.find((s) => s.id === id);
    if (!c) return;
    setTitle(c.title);
    setPoints([c.description, ...c.items.map((i) => i.text)].slice(0, MAX_POINTS).join('\n'));
  };
  const submit = () => {
    const lines = points
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const fields = {
      title,
      plannedMinutes: minutes as unknown as number,
      refId: KINDS_WITH_REF.includes(kind) && refId ? refId : null,
      points: kind === 'slide' ? lines : [],
    };
    if (existing) update.mutate({ id: existing.id, ...fields }, { onSuccess: onClose });
    else add.mutate({ sessionId: session.id, kind, ...fields }, { onSuccess: onClose });
  };
  const pickKind = (k: AgendaKind) => {
    setKind(k);
    if (!title || AGENDA_KINDS.some((x) => t(`agenda.kind.${x}`) === title)) setTitle(t(`agenda.kind.${k}`));
    setRefId('');
  };
  return (
    <FormDialog
      title={existing ? t('agenda.editTitle') : t('agenda.add')}
      fieldNames={['kind', 'title', 'plannedMinutes', 'refId', 'points']}
      onClose={onClose}
      onSubmit={submit}
      busy={add.isPending || update.isPending}
      error={error}
      wide
    >
      {!existing && (
        <SelectField
          label={t('agenda.field.kind')}
          name="kind"
          value={kind}
          options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`agenda.kind.${k}`) }))}
          onChange={pickKind}
        />
      )}
      {kind === 'slide' && steps.length > 0 && (
        <SelectField
          label={t('agenda.field.fromStep')}
          name="fromStep"
          value={fromStep}
          options={[
            { value: '', label: t('agenda.fromStep.none') },
            ...steps.map((s, i) => ({ value: s.id, label: `${i + 1}. ${s.title}` })),
          ]}
          onChange={startFromStep}
        />
      )}
      <TextField
        label={t('agenda.field.title')}
        name="title"
        value={title}
        onChange={setTitle}
        error={fieldError(error, 'title')}
        autoFocus
      />
      <TextField
        label={t('agenda.field.minutes')}
        name="plannedMinutes"
        inputMode="numeric"
        value={minutes}
        onChange={setMinutes}
        error={fieldError(error, 'plannedMinutes')}
      />
      {KINDS_WITH_REF.includes(kind) && (
        <SelectField
          label={t('agenda.field.ref')}
          name="refId"
          value={refId}
          options={[{ value: '', label: t('agenda.ref.none') }, ...refOptions]}
          onChange={setRefId}
          error={fieldError(error, 'refId')}
        />
      )}
      {kind === 'slide' && (
        <TextArea label={t('agenda.field.points')} name="points" value={points} onChange={setPoints} rows={6} />
      )}
    </FormDialog>
  );
}

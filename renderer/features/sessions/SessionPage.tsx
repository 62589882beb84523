import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { formatDate } from '../../../shared/format';
import { t, tc } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { sessionKindLabel, unitKindLabel } from '../../app/labels';
import { href, navigate } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { SessionForm } from './SessionForm';
import { BoardsPanel } from '../trappa/BoardsPanel';
import { SessionPlanLink } from '../plan/SessionPlanLink';
import { AgendaPanel } from '../presenter/AgendaPanel';

export function SessionPage({ id }: { id: string }) {
  const session = useApi('sessions.get', { id });
  const s = session.data;
  const municipality = useApi('municipalities.get', { id: s?.municipalityId ?? '' }, Boolean(s));
  const units = useApi('units.list', { municipalityId: s?.municipalityId ?? '' }, Boolean(s));
  const [editing, setEditing] = useState(false);

  if (session.error) return <ErrorNotice error={session.error} />;
  if (!s || !municipality.data) return <p className="empty">{t('app.loading')}</p>;
  const m = municipality.data;
  const taking = (units.data ?? []).filter((u) => s.unitIds.includes(u.id));

  return (
    <>
      <nav className="crumbs" aria-label={t('common.crumbs')}>
        <a href={href({ name: 'municipality', id: m.id })}>← {m.name}</a>
      </nav>
      <div className="page-head">
        <div>
          <h1 className="page-title">{s.title}</h1>
          <p className="page-lead">
            <span className="date-chip date-chip--large">{formatDate(s.date)}</span>{' '}
            {[sessionKindLabel(s.kind), s.participantCount !== null && tc('count.participants', s.participantCount)]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="actions actions--head">
          <a className="button button--primary" href={href({ name: 'summary', id: s.id })}>
            {t('report.page.open')}
          </a>
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
          <DeleteAction
            method="sessions.delete"
            id={s.id}
            confirmTitle={t('sessions.confirmDelete.title', { title: s.title })}
            confirmBody={t('sessions.confirmDelete.lead', { date: formatDate(s.date) })}
            deletedMessage={t('sessions.deleted', { title: s.title })}
            onDeleted={() => navigate({ name: 'municipality', id: m.id })}
          />
        </div>
      </div>
      <SessionPlanLink session={s} />

      <div className="columns">
        <section className="panel" aria-labelledby="session-units">
          <h2 id="session-units" className="panel__title">
            {t('sessions.field.units')}
          </h2>
          {taking.length === 0 ? (
            <p className="empty">{t('sessions.noUnits')}</p>
          ) : (
            <ul className="chips">
              {taking.map((u) => (
                <li key={u.id} className="chip">
                  {u.name} <span className="chip__kind">{unitKindLabel(u.kind)}</span>
                </li>
              ))}
            </ul>
          )}
          <SessionWorkPanel sessionId={s.id} municipalityId={m.id} />
        </section>
        <NotesPanel sessionId={s.id} notes={s.notes} />
      </div>

      <AgendaPanel session={s} />
      <BoardsPanel session={s} units={taking} />

      {editing && <SessionForm municipality={m} existing={s} onClose={() => setEditing(false)} />}
    </>
  );
}

/** What the room did in this session, and the way into the tools with the session attached. */
function SessionWorkPanel({ sessionId, municipalityId }: { sessionId: string; municipalityId: string }) {
  const content = useApi('content.get', { municipalityId });
  const work = useApi('sessions.checklistWork', { id: sessionId });
  const rounds = useApi('rounds.list', { municipalityId });
  const held = (rounds.data ?? []).filter((r) => r.sessionId === sessionId);
  return (
    <>
      <h2 className="panel__title panel__title--spaced">{t('sessions.tools')}</h2>
      <p className="panel__lead">{t('sessions.tools.lead')}</p>
      {content.data ? (
        <div className="actions actions--start">
          <a className="button button--primary" href={href({ name: 'checklists', id: municipalityId, sessionId })}>
            {t('sessions.tools.checklists')}
          </a>
          <a className="button" href={href({ name: 'checklists', id: municipalityId, sessionId, view: 'law' })}>
            {t('sessions.tools.law')}
          </a>
        </div>
      ) : (
        content.isSuccess && <p className="empty">{t('model.noVariant')}</p>
      )}
      {work.data?.length === 0 && <p className="empty">{t('sessions.tools.none')}</p>}
      <ul className="work-list">
        {work.data?.map((w) => (
          <li key={`${w.unitId}:${w.listId}`}>
            {t('sessions.tools.work', {
              unit: w.unitName,
              list: w.listTitle,
              changes: tc('count.changes', w.changes),
              inPlace: w.inPlace,
            })}
          </li>
        ))}
      </ul>
      <h2 className="panel__title panel__title--spaced">{t('sessions.rounds')}</h2>
      {rounds.isSuccess && held.length === 0 && <p className="empty">{t('sessions.rounds.none')}</p>}
      <ul className="work-list">
        {held.map((r) => (
          <li key={r.id}>
            <a href={href({ name: 'round', id: r.id })}>{r.title}</a>{' '}
            <span className="date-chip">{formatDate(r.date)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Notes typed during the session: saved as the guide types (a moment after the last key), when leaving the page,
 * and at once with Ctrl+Enter.
 */
function NotesPanel({ sessionId, notes }: { sessionId: string; notes: string }) {
  const [text, setText] = useState(notes);
  const update = useApiMutation('sessions.update');
  /** What the workbook holds as far as this panel knows (sent or read). */
  const saved = useRef(notes);
  const latest = useRef(text);
  useLayoutEffect(() => {
    latest.current = text;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (latest.current === saved.current) return;
    const before = saved.current;
    saved.current = latest.current;
    // A refused write leaves the text unsaved (the status says so, the error shows).
    update.mutate({ id: sessionId, notes: latest.current }, { onError: () => (saved.current = before) });
  }, [sessionId, update]);

  // Notes changed elsewhere (the session form) show here unless the guide is typing.
  useEffect(() => {
    if (latest.current === saved.current) setText(notes);
    saved.current = notes;
  }, [notes]);
  // Leaving the page saves what was typed.
  const flushRef = useRef(flush);
  useLayoutEffect(() => {
    flushRef.current = flush;
  });
  useEffect(() => () => flushRef.current(), []);

  const onChange = (value: string) => {
    setText(value);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, NOTES_DEBOUNCE_MS);
  };
  // eslint-disable-next-line react-hooks/refs -- a save changes update.isPending, so this re-renders
  const busy = text !== saved.current || update.isPending;
  return (
    <section className="panel" aria-labelledby="session-notes">
      <h2 id="session-notes" className="panel__title">
        {t('sessions.field.notes')}
      </h2>
      <ErrorNotice error={update.error} />
      <textarea
        className="input input--area input--notes"
        aria-labelledby="session-notes"
        value={text}
        rows={10}
        onChange={(e) => onChange(e.target.value)}
        onBlur={flush}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            flush();
          }
        }}
      />
      <div className="notes__foot">
        <SaveStatus busy={busy} />
      </div>
    </section>
  );
}

const NOTES_DEBOUNCE_MS = 700;

import { useEffect, useState } from 'react';
import { formatDate } from '../../../shared/format';
import { t, tc } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { sessionKindLabel, unitKindLabel } from '../../app/labels';
import { href, navigate } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SessionForm } from './SessionForm';
import { BoardsPanel } from '../trappa/BoardsPanel';
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
      <nav className="crumbs" aria-label="Brødsmuler">
        <a href={href({ name: 'municipality', id: m.id })}>← {m.name}</a>
      </nav>
      <div className="page-head">
        <div>
          <h1 className="page-title">{s.title}</h1>
          <p className="page-lead">
            <span className="date-chip date-chip--large">{formatDate(s.date)}</span>{' '}
            {[sessionKindLabel(s.kind), s.participantCount !== null && tc('count.participants', s.participantCount)].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="actions actions--head">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
          <DeleteAction
            method="sessions.delete"
            id={s.id}
            confirmTitle={t('sessions.confirmDelete.title', { title: s.title })}
            confirmBody={t('sessions.confirmDelete.body', { date: formatDate(s.date) })}
            deletedMessage={t('sessions.deleted', { title: s.title })}
            onDeleted={() => navigate({ name: 'municipality', id: m.id })}
          />
        </div>
      </div>

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
            {t('sessions.tools.work', { unit: w.unitName, list: w.listTitle, changes: tc('count.changes', w.changes), inPlace: w.inPlace })}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Notes typed during the session: saved with the button or Ctrl+Enter. */
function NotesPanel({ sessionId, notes }: { sessionId: string; notes: string }) {
  const [text, setText] = useState(notes);
  const update = useApiMutation('sessions.update');
  useEffect(() => setText(notes), [notes]);
  const dirty = text !== notes;
  const save = () => update.mutate({ id: sessionId, notes: text });
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
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      />
      <div className="actions">
        <button type="button" className="button button--primary" onClick={save} disabled={!dirty || update.isPending}>
          {t('common.save')} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </section>
  );
}

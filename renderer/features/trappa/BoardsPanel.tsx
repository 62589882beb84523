// On the session page: the session's Omni-trappa boards, its FFSS actions,
// and closing the session.
import { useState } from 'react';
import type { Session, Unit } from '../../../shared/domain';
import { formatDateTime } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { href, navigate } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PanelHeader } from '../../components/PanelHeader';
import { ActionsPanel } from './ActionsPanel';

export function BoardsPanel({ session, units }: { session: Session; units: Unit[] }) {
  const boards = useApi('boards.list', { sessionId: session.id });
  const create = useApiMutation('boards.create');
  const close = useApiMutation('sessions.close');
  const reopen = useApiMutation('sessions.reopen');
  const [closing, setClosing] = useState(false);
  const newBoard = () =>
    create.mutate(
      {
        sessionId: session.id,
        title:
          boards.data && boards.data.length > 0
            ? `${t('trappa.boards.defaultTitle')} ${boards.data.length + 1}`
            : t('trappa.boards.defaultTitle'),
      },
      { onSuccess: (b) => navigate({ name: 'board', id: b.id }) },
    );
  return (
    <section className="panel panel--model" aria-labelledby="boards-title">
      <PanelHeader
        id="boards-title"
        title={t('trappa.title')}
        actions={
          <button type="button" className="button button--primary" onClick={newBoard} disabled={create.isPending}>
            + {t('trappa.boards.new')}
          </button>
        }
      />
      <p className="panel__lead">{t('trappa.boards.lead')}</p>
      <ErrorNotice error={boards.error ?? create.error ?? close.error ?? reopen.error} />
      {boards.data?.length === 0 && <p className="empty">{t('trappa.boards.none')}</p>}
      <ul className="rows boards-list">
        {boards.data?.map((b) => (
          <li key={b.id} className="row">
            <a className="row__main row__link" href={href({ name: 'board', id: b.id })}>
              <strong className="row__title">{b.title}</strong>
              <span className="row__meta">{t('trappa.cards', { count: b.cardCount })}</span>
            </a>
          </li>
        ))}
      </ul>
      <ActionsPanel sessionId={session.id} units={units} />
      <div className="actions">
        {session.closedAt ? (
          <>
            <p className="row__meta">{t('trappa.closed', { date: formatDateTime(session.closedAt) })}</p>
            <button
              type="button"
              className="button"
              onClick={() => reopen.mutate({ id: session.id })}
              disabled={reopen.isPending}
            >
              {t('trappa.reopen')}
            </button>
          </>
        ) : (
          <button type="button" className="button" onClick={() => setClosing(true)}>
            {t('trappa.close')}
          </button>
        )}
      </div>
      {closing && (
        <ConfirmDialog
          title={t('trappa.close.title', { title: session.title })}
          body={t('trappa.close.body')}
          confirmLabel={t('trappa.close')}
          busy={close.isPending}
          error={close.error}
          onCancel={() => setClosing(false)}
          onConfirm={() => close.mutate({ id: session.id }, { onSuccess: () => setClosing(false) })}
        />
      )}
    </section>
  );
}

import type { TrashKind } from '../../../shared/domain';
import { formatDateTime } from '../../../shared/format';
import { t, type MessageKey } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PanelHeader } from '../../components/PanelHeader';

const KIND: Record<TrashKind, MessageKey> = {
  municipality: 'trash.kind.municipality',
  unit: 'trash.kind.unit',
  session: 'trash.kind.session',
  round: 'trash.kind.round',
  board: 'trash.kind.board',
  plan: 'trash.kind.plan',
  plan_role: 'trash.kind.plan_role',
  plan_phase: 'trash.kind.plan_phase',
  plan_activity: 'trash.kind.plan_activity',
  plan_routine: 'trash.kind.plan_routine',
  plan_evaluation: 'trash.kind.plan_evaluation',
  agenda_item: 'trash.kind.agenda_item',
};

/** The last few deletions, each with "Gjenopprett". Hidden when empty. */
export function RecentlyDeleted({ limit = 5 }: { limit?: number }) {
  const trash = useApi('trash.list', {});
  const restore = useApiMutation('trash.restore');
  const entries = (trash.data ?? []).slice(0, limit);
  if (entries.length === 0) return null;
  return (
    <section className="panel panel--quiet" aria-labelledby="trash-title">
      <PanelHeader id="trash-title" title={t('trash.title')} />
      <p className="panel__lead">{t('trash.lead')}</p>
      <ErrorNotice error={restore.error} />
      <ul className="rows">
        {entries.map((e) => (
          <li key={e.id} className="row">
            <span className="badge">{t(KIND[e.kind])}</span>
            <span className="row__main">
              <strong>{e.label}</strong>
              <span className="row__meta">{t('trash.deletedAt', { date: formatDateTime(e.deletedAt) })}</span>
            </span>
            <button
              type="button"
              className="button button--small"
              onClick={() => restore.mutate({ id: e.id })}
              disabled={restore.isPending}
              aria-label={`${t('common.restore')} ${e.label}`}
            >
              {t('common.restore')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

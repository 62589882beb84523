// On a session's page: the plan activities this session carried out, with the way to the plan.
import { formatMonth } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import type { Session } from '../../../shared/domain';
import { useApi } from '../../api/hooks';
import { href } from '../../app/router';

export function SessionPlanLink({ session }: { session: Session }) {
  const detail = useApi('plans.get', { municipalityId: session.municipalityId });
  const activities = detail.data?.plan?.activities.filter((a) => a.sessionId === session.id) ?? [];
  if (activities.length === 0) return null;
  return (
    <p className="notice notice--session plan-session-link">
      {t('plan.sessionCarries', {
        activities: activities
          .map((a) =>
            t('plan.sessionCarries.activity', {
              text: a.text,
              month: formatMonth(a.month),
              status: t(`plan.status.${a.status}`).toLowerCase(),
            }),
          )
          .join(', '),
      })}{' '}
      <a href={href({ name: 'plan', id: session.municipalityId })}>{t('plan.open')}</a>
    </p>
  );
}

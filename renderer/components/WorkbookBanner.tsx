// What the guide must know about the workbook itself, on every page: opened
// for reading only (and why, and what to do), or a backup that failed.
// Checked again now and then: the daily backup finishes after start-up.
import { useQuery } from '@tanstack/react-query';
import { t } from '../../shared/i18n';
import { send } from '../api/client';

export function WorkbookBanner() {
  const info = useQuery({
    queryKey: ['workbook.info', {}],
    queryFn: () => send('workbook.info', {}),
    refetchInterval: 20_000,
  });
  if (!info.data) return null;
  const { readOnlyMessage, warnings } = info.data;
  if (!readOnlyMessage && warnings.length === 0) return null;
  return (
    <div className="workbook-banner" role="alert">
      {readOnlyMessage && (
        <p className="workbook-banner__line">
          <strong>{t('banner.readOnlyTitle')}:</strong> {readOnlyMessage}
        </p>
      )}
      {warnings.map((w) => (
        <p key={w} className="workbook-banner__line">
          <strong>{t('banner.warningTitle')}:</strong> {w}
        </p>
      ))}
    </div>
  );
}

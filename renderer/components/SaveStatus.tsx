import { t } from '../../shared/i18n';

/** «Lagrer …» while a change is on its way to the workbook, «Alt er lagret» once it is there. */
export function SaveStatus({ busy }: { busy: boolean }) {
  return (
    <span className={busy ? 'saving saving--busy' : 'saving'} role="status">
      {busy ? t('trappa.saving') : t('trappa.saved')}
    </span>
  );
}

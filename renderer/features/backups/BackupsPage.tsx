// «Sikkerhetskopier»: the workbook's backups (list, make one now, restore one,
// open the folder) and importing a municipality from another PC (.omni).
import { useState } from 'react';
import type { BackupEntry } from '../../../shared/backups';
import { formatDateTime, formatInteger } from '../../../shared/format';
import { t, type MessageKey } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { OmniImport } from './OmniImport';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${formatInteger(Math.round(bytes / 1024 / 1024))} MB`
    : `${formatInteger(Math.max(1, Math.round(bytes / 1024)))} kB`;

export function BackupsPage() {
  const list = useApi('backups.list', {});
  const info = useApi('workbook.info', {});
  const create = useApiMutation('backups.create');
  const restore = useApiMutation('backups.restore');
  const openFolder = useApiMutation('backups.openFolder');
  const [asking, setAsking] = useState<BackupEntry | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [folderNote, setFolderNote] = useState<string | null>(null);

  return (
    <>
      <PageHeader
        title={t('backups.title')}
        lead={t('backups.lead')}
        actions={
          <>
            <button
              type="button"
              className="button button--primary button--large"
              disabled={create.isPending}
              onClick={() =>
                create.mutate(
                  {},
                  { onSuccess: (b) => setDone(t('backups.made', { date: formatDateTime(b.createdAt) })) },
                )
              }
            >
              {t('backups.makeNow')}
            </button>
            <button
              type="button"
              className="button button--large"
              onClick={() =>
                openFolder.mutate(
                  {},
                  { onSuccess: (r) => setFolderNote(r.opened ? null : t('backups.noFolder', { dir: r.dir })) },
                )
              }
            >
              {t('backups.openFolder')}
            </button>
          </>
        }
      />

      {done && (
        <p className="notice notice--ok" role="status">
          {done}
        </p>
      )}
      {folderNote && <p className="notice">{folderNote}</p>}
      <ErrorNotice error={list.error ?? create.error ?? openFolder.error} />

      {list.data && list.data.length === 0 && <p className="empty">{t('backups.empty')}</p>}
      {list.data && list.data.length > 0 && (
        <table className="backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.col.when')}</th>
              <th scope="col">{t('backups.col.kind')}</th>
              <th scope="col" className="num">
                {t('backups.col.size')}
              </th>
              <th scope="col">
                <span className="sr-only">{t('backups.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((b) => (
              <tr key={b.name}>
                <td>{formatDateTime(b.createdAt)}</td>
                <td>{t(`backups.kind.${b.kind}` as MessageKey)}</td>
                <td className="num">{size(b.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    onClick={() => setAsking(b)}
                    aria-label={`${t('backups.restore')}: ${formatDateTime(b.createdAt)}`}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {info.data && <p className="footnote">{t('backups.folder', { dir: info.data.backupsDir })}</p>}

      <OmniImport />

      {asking && (
        <ConfirmDialog
          title={t('backups.confirm.title', { date: formatDateTime(asking.createdAt) })}
          body={t('backups.confirm.body', { date: formatDateTime(asking.createdAt) })}
          confirmLabel={t('backups.restore')}
          busy={restore.isPending}
          error={restore.error}
          onCancel={() => {
            restore.reset();
            setAsking(null);
          }}
          onConfirm={() =>
            restore.mutate(
              { name: asking.name },
              {
                onSuccess: (r) => {
                  setAsking(null);
                  setDone(
                    t('backups.restored', {
                      date: formatDateTime(r.restored.createdAt),
                      safety: formatDateTime(r.safetyCopy.createdAt),
                    }),
                  );
                },
              },
            )
          }
        />
      )}
    </>
  );
}

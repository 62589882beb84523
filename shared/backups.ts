// Backups the guide can see: API schemas.
import { z } from 'zod';
import { t } from './i18n';

export const BACKUP_KINDS = ['daily', 'manual', 'before-restore', 'before-upgrade'] as const;
export const BackupEntry = z.object({
  /** The file name inside the backups folder. */
  name: z.string(),
  kind: z.enum(BACKUP_KINDS),
  /** Local time the copy was made, yyyy-mm-ddThh:mm:ss. */
  createdAt: z.string(),
  bytes: z.number(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const BackupName = z.object({
  name: z
    .string()
    .min(1, { error: () => t('backups.notFound') })
    .max(255, { error: () => t('backups.notFound') })
    .regex(/^[^/\\]+\.backup\.sqlite$/, { error: () => t('backups.notFound') }),
});
export const RestoreOut = z.object({ restored: BackupEntry, safetyCopy: BackupEntry });

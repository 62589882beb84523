import { t } from '../../shared/i18n';

/** A Norwegian error the guide can read from the back of the room. */
export function ErrorNotice({ error }: { error?: Error | null }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      <strong>{t('error.title')}:</strong> {error.message || t('error.internal')}
    </div>
  );
}

import { t } from '../../shared/i18n';
import { ClientError } from '../api/client';

/** Codes that mean the system failed (not that the guide's input or choice was refused). */
const FAILURES = new Set<ClientError['code']>(['internal', 'unknown_method', 'forbidden']);

/** True when the error is a real failure: only those are introduced with «Noe gikk galt». */
export const isFailure = (error: Error) =>
  error instanceof ClientError ? FAILURES.has(error.code) : error.name !== 'BoardError';

/** A Norwegian error the guide can read from the back of the room. */
export function ErrorNotice({ error }: { error?: Error | null }) {
  if (!error) return null;
  return (
    <div className="notice notice--error" role="alert">
      {isFailure(error) && <strong>{t('error.title')}: </strong>}
      {error.message || t('error.internal')}
    </div>
  );
}

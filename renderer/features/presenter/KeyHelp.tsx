// `?` lists the presentation's keys, from the same table the key handler uses.
import { t } from '../../../shared/i18n';
import { BINDINGS } from './keys';

export function KeyHelp({ onClose, className = '' }: { onClose: () => void; className?: string }) {
  return (
    <div className={`key-help ${className}`} role="dialog" aria-modal="false" aria-labelledby="key-help-title">
      <h2 id="key-help-title">{t('keys.title')}</h2>
      <dl>
        {BINDINGS.map((b) => (
          <div key={b.action}>
            <dt>
              <kbd>{b.shown}</kbd>
            </dt>
            <dd>{t(b.label)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <kbd>{t('keys.jumpKeys')}</kbd>
          </dt>
          <dd>{t('keys.jump')}</dd>
        </div>
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {t('common.close')}
      </button>
    </div>
  );
}

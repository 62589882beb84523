// `?` shows the keys that work right now, read from the keymap's registry:
// the help can never list a key that does nothing or miss one that acts.
import { useState } from 'react';
import { t } from '../../shared/i18n';
import { Dialog } from '../components/Dialog';
import { registeredBindings, useKeymap, type HelpLine } from './keymap';

export function KeyHelp() {
  const [lines, setLines] = useState<HelpLine[] | null>(null);
  useKeymap('global', [{ keys: ['?'], description: t('keys.help.open'), run: () => setLines(registeredBindings()) }]);
  if (!lines) return null;
  const groups = (['tool', 'global'] as const)
    .map((scope) => ({ scope, lines: lines.filter((l) => l.scope === scope) }))
    .filter((g) => g.lines.length > 0);
  return (
    <Dialog title={t('keys.help.title')} lead={t('keys.help.lead')} onClose={() => setLines(null)} wide>
      {groups.map((g) => (
        <section key={g.scope} className="key-help">
          <h3 className="section-title section-title--small">
            {t(g.scope === 'tool' ? 'keys.help.tool' : 'keys.help.global')}
          </h3>
          <dl className="key-help__list">
            {g.lines.map((l) => (
              <div key={`${l.label}:${l.description}`} className="key-help__row">
                <dt>
                  <kbd>{l.label}</kbd>
                </dt>
                <dd>{l.description}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => setLines(null)} data-autofocus="">
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}

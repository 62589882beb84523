// On the municipality page: which variant of the Omni model the municipality
// uses (or the choice of one), and the way into checklists, progress, content.
import { useState } from 'react';
import type { Municipality } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PanelHeader } from '../../components/PanelHeader';

export function ModelPanel({ municipality }: { municipality: Municipality }) {
  const packs = useApi('content.packs', {});
  const content = useApi('content.get', { municipalityId: municipality.id });
  const choose = useApiMutation('content.choose');
  const [switchTo, setSwitchTo] = useState<{ id: string; title: string } | null>(null);
  if (content.isPending || packs.isPending) return null;
  const current = content.data;
  const others = (packs.data ?? []).filter((p) => p.id !== current?.packId);

  return (
    <section className="panel panel--model" aria-labelledby="model-title">
      <PanelHeader
        id="model-title"
        title={t('model.title')}
        actions={
          current && (
            <>
              <a className="button button--primary" href={href({ name: 'checklists', id: municipality.id })}>
                {t('model.checklists')}
              </a>
              <a className="button" href={href({ name: 'progress', id: municipality.id })}>
                {t('model.progress')}
              </a>
              <a className="button" href={href({ name: 'content', id: municipality.id })}>
                {t('model.editContent')}
              </a>
            </>
          )
        }
      />
      <ErrorNotice error={content.error ?? packs.error ?? choose.error} />
      {current ? (
        <>
          <p className="panel__lead">
            {t('model.chosen', { title: current.content.title })} {current.edited && t('model.edited')}
          </p>
          <ol className="step-strip" aria-label={current.content.title}>
            {current.content.components.map((c, i) => (
              <li key={c.id} className="step-strip__step">
                <span className="step-strip__number">{i + 1}</span> {c.title}
              </li>
            ))}
          </ol>
          {others.map((p) => (
            <button
              key={p.id}
              type="button"
              className="button button--small button--quiet"
              onClick={() => setSwitchTo({ id: p.id, title: p.title })}
            >
              {t('model.switch')}: {p.title}
            </button>
          ))}
        </>
      ) : (
        <>
          <p className="panel__lead">{t('model.choose.lead')}</p>
          <div className="choice-grid">
            {packs.data?.map((p) => (
              <button
                key={p.id}
                type="button"
                className="choice"
                disabled={choose.isPending}
                onClick={() => choose.mutate({ municipalityId: municipality.id, packId: p.id })}
              >
                <span className="choice__title">{t('model.choose', { title: p.title })}</span>
                <span className="choice__order">
                  {p.order.map((title, i) => (
                    <span key={title}>
                      {i + 1}. {title}
                    </span>
                  ))}
                </span>
              </button>
            ))}
          </div>
        </>
      )}
      {switchTo && (
        <ConfirmDialog
          title={t('model.switch.title', { title: switchTo.title })}
          body={t('model.switch.body')}
          confirmLabel={t('model.switch')}
          busy={choose.isPending}
          error={choose.error}
          onCancel={() => setSwitchTo(null)}
          onConfirm={() =>
            choose.mutate(
              { municipalityId: municipality.id, packId: switchTo.id },
              { onSuccess: () => setSwitchTo(null) },
            )
          }
        />
      )}
    </section>
  );
}

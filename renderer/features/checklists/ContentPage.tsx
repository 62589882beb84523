// The municipality's copy of the model: edit titles, descriptions and
// checklist items (ids stay, so progress stays), or reset to the shipped text.
import { useEffect, useState } from 'react';
import type { ChecklistItem, MunicipalityContent } from '../../../shared/content/pack';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { fieldError } from '../../components/FormDialog';
import { TextArea, TextField } from '../../components/fields';

export function ContentPage({ id }: { id: string }) {
  const municipality = useApi('municipalities.get', { id });
  const content = useApi('content.get', { municipalityId: id });
  const reset = useApiMutation('content.reset');
  const [confirmReset, setConfirmReset] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // Editors keep their unsaved text across other saves; only a reset reloads them all.
  const [generation, setGeneration] = useState(0);

  if (municipality.error || content.error) return <ErrorNotice error={municipality.error ?? content.error} />;
  if (!municipality.data || content.isPending) return <p className="empty">{t('app.loading')}</p>;
  const c = content.data;
  if (!c) return <p className="notice notice--error">{t('model.noVariant')}</p>;
  const name = municipality.data.name;

  return (
    <>
      <nav className="crumbs" aria-label={t('common.crumbs')}>
        <a href={href({ name: 'municipality', id })}>← {name}</a>
      </nav>
      <div className="page-head page-head--tight">
        <div>
          <h1 className="page-title">{t('content.title', { name })}</h1>
          <p className="page-lead">{t('content.lead')}</p>
        </div>
        <button
          type="button"
          className="button button--danger-outline"
          onClick={() => setConfirmReset(true)}
          disabled={!c.edited}
        >
          {t('content.reset')}
        </button>
      </div>
      {notice && (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      )}
      {c.notices.length > 0 && (
        <RevisionNotices
          municipalityId={id}
          content={c}
          onDone={(message) => {
            setNotice(message);
            setGeneration((g) => g + 1);
          }}
        />
      )}
      <p className="page-lead">{c.content.title}</p>
      <div className="editor-list">
        {c.content.components.map((comp, i) => (
          <ListEditor
            key={`${comp.id}:${generation}`}
            municipalityId={id}
            listId={comp.id}
            heading={t('checklists.component', { number: i + 1 })}
            title={comp.title}
            description={comp.description}
            items={comp.items}
          />
        ))}
        <h2 className="section-title">{t('content.lawLists')}</h2>
        {c.content.lawChecklists.map((l) => (
          <ListEditor
            key={`${l.id}:${generation}`}
            municipalityId={id}
            listId={l.id}
            heading={l.law}
            title={l.title}
            items={l.items}
          />
        ))}
        <h2 className="section-title">{t('content.staircase')}</h2>
        {c.content.staircase.map((s) => (
          <StepEditor key={`${s.step}:${generation}`} content={c} step={s.step} />
        ))}
      </div>
      {confirmReset && (
        <ConfirmDialog
          title={t('content.reset.title', { name })}
          body={t('content.reset.body')}
          confirmLabel={t('content.reset')}
          busy={reset.isPending}
          error={reset.error}
          onCancel={() => setConfirmReset(false)}
          onConfirm={() =>
            reset.mutate(
              { municipalityId: id },
              {
                onSuccess: () => {
                  setConfirmReset(false);
                  setGeneration((g) => g + 1);
                  setNotice(t('content.reset.done'));
                },
              },
            )
          }
        />
      )}
    </>
  );
}

interface EditableItem {
  key: string;
  id?: string;
  text: string;
  reference?: string;
}

let newKey = 0;
const toEditable = (items: ChecklistItem[]): EditableItem[] =>
  items.map((i) => ({ key: i.id, id: i.id, text: i.text, reference: i.reference }));

function ListEditor(props: {
  municipalityId: string;
  listId: string;
  heading: string;
  title: string;
  description?: string;
  items: ChecklistItem[];
}) {
  const [title, setTitle] = useState(props.title);
  const [description, setDescription] = useState(props.description ?? '');
  const [items, setItems] = useState(() => toEditable(props.items));
  const save = useApiMutation('content.updateList');
  const [saved, setSaved] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- any edit after a save clears «Lagret»
  useEffect(() => setSaved(false), [title, description, items]);
  const update = (key: string, text: string) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, text } : x)));

  return (
    <section className="panel editor" aria-labelledby={`edit-${props.listId}`}>
      <h2 id={`edit-${props.listId}`} className="panel__title">
        <span className="checklist__heading">{props.heading}</span> {props.title}
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(
            {
              municipalityId: props.municipalityId,
              listId: props.listId,
              title,
              description: props.description === undefined ? undefined : description,
              items: items.map(({ id, text, reference }) => ({ id, text, reference })),
            },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <ErrorNotice error={save.error && !Object.keys(save.error.fields).length ? save.error : null} />
        <div className="form-grid">
          <TextField
            name="title"
            label={t('content.field.title')}
            value={title}
            onChange={setTitle}
            error={fieldError(save.error, 'title')}
          />
          {props.description !== undefined && (
            <TextArea
              name="description"
              label={t('content.field.description')}
              value={description}
              onChange={setDescription}
              rows={2}
              error={fieldError(save.error, 'description')}
            />
          )}
          <ol className="editor__items">
            {items.map((item, i) => (
              <li key={item.key} className="editor__item">
                <TextArea
                  name={`item-${i}`}
                  label={t('content.item', { number: i + 1 })}
                  value={item.text}
                  onChange={(v) => update(item.key, v)}
                  rows={2}
                />
                <button
                  type="button"
                  className="button button--small button--danger-outline"
                  onClick={() => setItems((xs) => xs.filter((x) => x.key !== item.key))}
                  disabled={items.length === 1}
                >
                  {t('content.removeItem', { number: i + 1 })}
                </button>
              </li>
            ))}
          </ol>
          {fieldError(save.error, 'items') && (
            <p className="field__error" role="alert">
              {fieldError(save.error, 'items')}
            </p>
          )}
        </div>
        <div className="actions">
          {saved && (
            <span className="saved" role="status">
              {t('content.saved')}
            </span>
          )}
          <button
            type="button"
            className="button"
            onClick={() => setItems((xs) => [...xs, { key: `new-${newKey++}`, text: '' }])}
          >
            + {t('content.addItem')}
          </button>
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function StepEditor({ content, step }: { content: MunicipalityContent; step: number }) {
  const current = content.content.staircase[step - 1];
  const [title, setTitle] = useState(current.title);
  const [description, setDescription] = useState(current.description);
  const save = useApiMutation('content.updateStep');
  return (
    <section className="panel editor" aria-label={t('content.step', { number: step })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ municipalityId: content.municipalityId, step, title, description });
        }}
      >
        <div className="form-grid">
          <TextField
            name="title"
            label={`${t('content.step', { number: step })}: ${t('content.field.title')}`}
            value={title}
            onChange={setTitle}
            error={fieldError(save.error, 'title')}
          />
          <TextArea
            name="description"
            label={t('content.field.description')}
            value={description}
            onChange={setDescription}
            rows={2}
            error={fieldError(save.error, 'description')}
          />
        </div>
        <div className="actions">
          {save.isSuccess && (
            <span className="saved" role="status">
              {t('content.saved')}
            </span>
          )}
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** «En ny versjon av innholdet finnes»: each edited text beside the new shipped text, to take or keep. */
function RevisionNotices({
  municipalityId,
  content,
  onDone,
}: {
  municipalityId: string;
  content: MunicipalityContent;
  onDone: (message: string) => void;
}) {
  const accept = useApiMutation('content.acceptNotice');
  const keep = useApiMutation('content.dismissNotice');
  const busy = accept.isPending || keep.isPending;
  return (
    <section className="notice notice--warning revision" aria-labelledby="revision-title">
      <h2 id="revision-title" className="section-title">
        {t('revision.title')}
      </h2>
      <p>{t('revision.lead', { revision: content.notices[0].revision })}</p>
      <ErrorNotice error={accept.error ?? keep.error} />
      <ul className="revision__list">
        {content.notices.map((n) => (
          <li key={n.key} className="revision__item">
            <p className="revision__where">{t('revision.where', { where: n.where })}</p>
            <div className="revision__texts">
              <div>
                <h3>{t('revision.mine')}</h3>
                <p>{n.mine}</p>
              </div>
              <div>
                <h3>{t('revision.shipped')}</h3>
                <p>{n.shipped}</p>
              </div>
            </div>
            <div className="revision__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={busy}
                onClick={() =>
                  accept.mutate({ municipalityId, key: n.key }, { onSuccess: () => onDone(t('revision.accepted')) })
                }
              >
                {t('revision.accept')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  keep.mutate({ municipalityId, key: n.key }, { onSuccess: () => onDone(t('revision.kept')) })
                }
              >
                {t('revision.keep')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

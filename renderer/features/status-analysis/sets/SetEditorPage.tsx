// Edit one statement set: its name, audience, areas and statements. Saving a
// set that a round uses makes a new version; the rounds keep the old text.
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { StatementSetInfo } from '../../../../shared/analysis/api';
import { Statement, type StatementSetContent } from '../../../../shared/analysis/types';
import { formatInteger } from '../../../../shared/format';
import { t, tc } from '../../../../shared/i18n';
import { useApi, useApiMutation } from '../../../api/hooks';
import { href, navigate } from '../../../app/router';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { SelectField, TextField } from '../../../components/fields';
import { Usage } from './SetsPage';
import {
  areaIdFromTitle,
  areaPrefix,
  audienceBadge,
  audienceLabel,
  audienceOptions,
  clearFlash,
  nextCode,
  peekFlash,
  setFlash,
} from './setEditing';

const LIMITS = { name: 120, areaTitle: 80, text: 300, areas: 20, statements: 200 } as const;

export function SetEditorPage({ id, from }: { id: string; from?: string }) {
  const sets = useApi('statementSets.list', {});
  // A notice carried over from the page that sent the guide here (a new version, a copy).
  const [flash] = useState(() => peekFlash(id));
  useEffect(() => {
    clearFlash(id);
  }, [id]);
  // A new page starts at the top; a notice after a save is in the save bar, which is always in view.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  const crumbs = (
    <nav className="crumbs" aria-label={t('common.crumbs')}>
      <a href={href({ name: 'sets', from })}>← {t('sets.title')}</a>
    </nav>
  );
  if (sets.error)
    return (
      <>
        {crumbs}
        <ErrorNotice error={sets.error} />
      </>
    );
  if (!sets.data) return <p className="empty">{t('app.loading')}</p>;
  const set = sets.data.find((s) => s.id === id);
  // A set just made (new version, copy) is in the list once it has been fetched again.
  if (!set && sets.isFetching) return <p className="empty">{t('app.loading')}</p>;
  if (!set)
    return (
      <>
        {crumbs}
        <ErrorNotice error={new Error(t('error.setNotFound'))} />
      </>
    );
  const lineage = sets.data.filter((s) => s.lineageId === set.lineageId);
  const latest = lineage.reduce((m, s) => (s.version > m.version ? s : m), set);
  return (
    <>
      {crumbs}
      <SetEditor set={set} latest={latest} from={from} flash={flash} />
    </>
  );
}

interface EditArea {
  key: string;
  id: string;
  title: string;
}
interface EditStatement {
  key: string;
  code: string;
  areaId: string;
  text: string;
}

let nextKey = 0;
const newKey = (prefix: string) => `${prefix}${nextKey++}`;

function SetEditor({
  set,
  latest,
  from,
  flash,
}: {
  set: StatementSetInfo;
  latest: StatementSetInfo;
  from?: string;
  flash: string | null;
}) {
  const [name, setName] = useState(set.content.name);
  const [audience, setAudience] = useState(set.content.audience);
  const [areas, setAreas] = useState<EditArea[]>(() =>
    set.content.areas.map((a) => ({ key: newKey('a'), id: a.id, title: a.title })),
  );
  const [statements, setStatements] = useState<EditStatement[]>(() =>
    set.content.statements.map((s) => ({ key: newKey('s'), ...s })),
  );
  const [newArea, setNewArea] = useState('');
  const [newAreaError, setNewAreaError] = useState<string | undefined>();
  const [attempted, setAttempted] = useState(false);
  const [focusName, setFocusName] = useState<string | null>(null);
  const save = useApiMutation('statementSets.save');

  const build = (): StatementSetContent => ({
    name: name.trim(),
    audience,
    scale: set.content.scale,
    areas: areas.map((a) => ({ id: a.id, title: a.title.trim() })),
    // Stored area by area, so entry and results walk the statements in the order shown here.
    statements: areas.flatMap((a) =>
      statements
        .filter((s) => s.areaId === a.id)
        .map((s) => ({ code: s.code.trim(), areaId: s.areaId, text: s.text.trim() })),
    ),
  });
  const snapshot = JSON.stringify(build());
  // "Lagret" stays only while the text on screen is what was saved.
  const [savedAs, setSavedAs] = useState<{ snapshot: string; text: string } | null>(() =>
    flash ? { snapshot, text: flash } : null,
  );
  const savedNotice = savedAs && savedAs.snapshot === snapshot ? savedAs.text : null;

  // Arriving with a notice (a new version was saved): keep the keyboard at "Lagre".
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- focus moves once the page is on screen
    if (flash) setFocusName('save');
  }, [flash]);
  useEffect(() => {
    if (!focusName) return;
    document.querySelector<HTMLElement>(`[name="${focusName}"]`)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the focus request is done
    setFocusName(null);
  }, [focusName]);

  const errors = attempted ? check(name, areas, statements) : {};
  const codeErrors = save.error ? codeIssues(statements) : {};
  const frozen = set.usedByRounds > 0 || set.id !== latest.id;
  const nextVersion = latest.version + 1;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems = check(name, areas, statements);
    setAttempted(true);
    const first = Object.keys(problems)[0];
    if (first) {
      save.reset();
      setFocusName(first);
      return;
    }
    const content = build();
    const sent = JSON.stringify(content);
    save.mutate(
      { id: set.id, content },
      {
        onSuccess: (result) => {
          setAttempted(false);
          if (result.id !== set.id) {
            setFlash(result.id, t('sets.savedVersion', { version: result.version }));
            navigate({ name: 'set', id: result.id, from });
          } else {
            setSavedAs({ snapshot: sent, text: t('sets.saved') });
          }
        },
        onError: () => {
          const firstCode = Object.keys(codeIssues(statements))[0];
          if (firstCode) setFocusName(firstCode);
        },
      },
    );
  };

  const updateStatement = (key: string, patch: Partial<EditStatement>) =>
    setStatements((xs) => xs.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const addStatement = (area: EditArea) => {
    const key = newKey('s');
    const code = nextCode(area.id, area.title, statements);
    // New statements go after the last one of their area.
    setStatements((xs) => {
      const lastIndex = xs.map((x) => x.areaId).lastIndexOf(area.id);
      const at = lastIndex === -1 ? xs.length : lastIndex + 1;
      return [...xs.slice(0, at), { key, code, areaId: area.id, text: '' }, ...xs.slice(at)];
    });
    setFocusName(`text-${key}`);
  };
  const removeStatement = (s: EditStatement, area: EditArea) => {
    setStatements((xs) => xs.filter((x) => x.key !== s.key));
    setFocusName(`add-${area.key}`);
  };
  const addArea = () => {
    const title = newArea.trim();
    if (!title) return setNewAreaError(t('sets.area.titleFirst'));
    const area = {
      key: newKey('a'),
      id: areaIdFromTitle(
        title,
        areas.map((a) => a.id),
      ),
      title,
    };
    setAreas((xs) => [...xs, area]);
    setNewArea('');
    setNewAreaError(undefined);
    setFocusName(`add-${area.key}`);
  };
  const removeArea = (area: EditArea, index: number) => {
    setAreas((xs) => xs.filter((x) => x.key !== area.key));
    const neighbour = areas[index + 1] ?? areas[index - 1];
    setFocusName(neighbour ? `area-title-${neighbour.key}` : 'new-area');
  };
  // Enter in "new area" adds the area instead of saving the whole set.
  const onNewAreaKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.target as HTMLElement).getAttribute('name') === 'new-area') {
      e.preventDefault();
      addArea();
    }
  };

  const { scale } = set.content;
  const localSummary = Object.keys(errors).length > 0;

  return (
    <form onSubmit={submit} noValidate className="set-editor">
      <div className="page-head page-head--tight">
        <div>
          <h1 className="page-title">{set.content.name}</h1>
          <p className="page-lead set-editor__lead">
            <span className={audienceBadge(set.content.audience)}>{audienceLabel(set.content.audience)}</span>{' '}
            {t('sets.version', { version: set.version })} · {tc('count.statements', set.content.statements.length)} ·{' '}
            {tc('sets.count.areas', set.content.areas.length)}
          </p>
          <Usage set={set} />
        </div>
      </div>
      {set.id !== latest.id ? (
        <p className="notice notice--session">
          {t('sets.olderNotice', { version: set.version, latest: latest.version })}{' '}
          <a className="set-editor__latest" href={href({ name: 'set', id: latest.id, from })}>
            {t('sets.openLatest', { version: latest.version })}
          </a>
        </p>
      ) : (
        set.usedByRounds > 0 && (
          <p className="notice notice--session">
            {t('sets.lockedNotice', { rounds: tc('sets.usedBy', set.usedByRounds), version: nextVersion })}
          </p>
        )
      )}

      <section className="panel set-about" aria-labelledby="set-about-title">
        <h2 id="set-about-title" className="panel__title">
          {t('sets.about')}
        </h2>
        <div className="form-row set-about__fields">
          <TextField
            name="name"
            label={t('analysis.field.setName')}
            value={name}
            onChange={setName}
            error={errors.name}
          />
          <SelectField
            name="audience"
            label={t('sets.field.audience')}
            value={audience}
            options={audienceOptions()}
            onChange={setAudience}
          />
        </div>
        <div className="set-scale">
          <h3 className="field__label">{t('sets.scale')}</h3>
          <ol className="set-scale__list">
            {scale.labels.map((label, i) => (
              <li key={label} className="set-scale__step">
                <span className="set-scale__value">{formatInteger(scale.min + i)}</span> {label}
              </li>
            ))}
            <li className="set-scale__step">
              <span className="set-scale__value">x</span> {scale.dontKnowLabel}
            </li>
          </ol>
          <p className="field__help">{t('sets.scale.fixed')}</p>
        </div>
      </section>

      <h2 className="section-title">{t('sets.areasAndStatements')}</h2>
      <p className="page-lead">{t('sets.areasLead')}</p>
      <div className="editor-list set-areas">
        {areas.map((area, areaIndex) => {
          const own = statements.filter((s) => s.areaId === area.id);
          const prefix = areaPrefix(area.id, area.title, statements);
          const proposed = nextCode(area.id, area.title, statements);
          return (
            <section key={area.key} className="panel set-area" aria-labelledby={`area-${area.key}`}>
              <div className="set-area__head">
                <h3 id={`area-${area.key}`} className="panel__title">
                  <span className="checklist__heading">{prefix}</span> {area.title.trim() || t('sets.area.untitled')}
                </h3>
                <span className="set-area__count">{tc('count.statements', own.length)}</span>
              </div>
              <div className="set-area__title">
                <TextField
                  name={`area-title-${area.key}`}
                  label={t('sets.field.areaTitle')}
                  value={area.title}
                  onChange={(title) => setAreas((xs) => xs.map((x) => (x.key === area.key ? { ...x, title } : x)))}
                  error={errors[`area-title-${area.key}`]}
                />
              </div>
              {own.length > 0 && (
                <>
                  <div className="set-statements__cols" aria-hidden="true">
                    <span>{t('sets.col.code')}</span>
                    <span>{t('sets.col.text')}</span>
                  </div>
                  <ol className="set-statements">
                    {own.map((s, i) => {
                      const codeError = codeErrors[`code-${s.key}`];
                      const textError = errors[`text-${s.key}`];
                      const codeId = `code-${s.key}`;
                      const textId = `text-${s.key}`;
                      return (
                        <li key={s.key} className="set-statement">
                          <div className={codeError ? 'field field--invalid' : 'field'}>
                            <label htmlFor={codeId} className="sr-only">
                              {t('sets.codeLabel', { number: i + 1, area: area.title })}
                            </label>
                            <input
                              id={codeId}
                              name={codeId}
                              className="input set-statement__code"
                              value={s.code}
                              onChange={(e) => updateStatement(s.key, { code: e.target.value.toUpperCase() })}
                              aria-invalid={codeError ? true : undefined}
                              aria-describedby={codeError ? `${codeId}-error` : undefined}
                              autoComplete="off"
                              spellCheck={false}
                            />
                          </div>
                          <div className={textError ? 'field field--invalid' : 'field'}>
                            <label htmlFor={textId} className="sr-only">
                              {t('sets.textLabel', { code: s.code })}
                            </label>
                            <textarea
                              id={textId}
                              name={textId}
                              className="input input--area set-statement__text"
                              rows={Math.max(1, Math.ceil((s.text.length + 1) / 85))}
                              value={s.text}
                              onChange={(e) => updateStatement(s.key, { text: e.target.value })}
                              aria-invalid={textError ? true : undefined}
                              aria-describedby={textError ? `${textId}-error` : undefined}
                            />
                          </div>
                          <button
                            type="button"
                            className="button button--small button--danger-outline set-statement__remove"
                            onClick={() => removeStatement(s, area)}
                            disabled={statements.length === 1}
                            aria-label={t('sets.removeStatement', { code: s.code })}
                          >
                            {t('sets.remove')}
                          </button>
                          {(codeError || textError) && (
                            <p
                              className="field__error set-statement__error"
                              id={codeError ? `${codeId}-error` : `${textId}-error`}
                              role="alert"
                            >
                              {[codeError, textError].filter(Boolean).join(' ')}
                            </p>
                          )}
                        </li>
                      );
                    })}
                  </ol>
                </>
              )}
              {own.length === 0 && <p className="empty">{t('sets.area.empty')}</p>}
              <div className="actions actions--start">
                <button
                  type="button"
                  name={`add-${area.key}`}
                  className="button"
                  onClick={() => addStatement(area)}
                  disabled={statements.length >= LIMITS.statements}
                >
                  + {t('sets.addStatement', { code: proposed })}
                </button>
                {own.length === 0 && areas.length > 1 && (
                  <button
                    type="button"
                    className="button button--danger-outline"
                    onClick={() => removeArea(area, areaIndex)}
                  >
                    {t('sets.area.remove', { title: area.title.trim() || t('sets.area.untitled') })}
                  </button>
                )}
              </div>
            </section>
          );
        })}
        <section className="panel panel--quiet set-new-area" aria-labelledby="set-new-area-title">
          <h3 id="set-new-area-title" className="panel__title">
            {t('sets.area.new')}
          </h3>
          {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Enter from the field inside */}
          <div className="set-new-area__row" onKeyDown={onNewAreaKey}>
            <TextField
              name="new-area"
              label={t('sets.field.newArea')}
              value={newArea}
              onChange={setNewArea}
              error={newAreaError}
            />
            <button type="button" className="button" onClick={addArea} disabled={areas.length >= LIMITS.areas}>
              + {t('sets.area.add')}
            </button>
          </div>
          <p className="field__help">{t('sets.area.newHelp')}</p>
        </section>
      </div>

      <div className="set-savebar">
        {localSummary && (
          <p className="notice notice--error" role="alert">
            {t('error.invalidInput')}
          </p>
        )}
        <ErrorNotice error={save.error} />
        <div className="set-savebar__row">
          <p className={savedNotice ? 'set-savebar__hint set-savebar__hint--saved' : 'set-savebar__hint'} role="status">
            {savedNotice ?? (frozen ? t('sets.saveAsVersion', { version: nextVersion }) : t('sets.saveInPlace'))}
          </p>
          <button type="submit" name="save" className="button button--primary button--large" disabled={save.isPending}>
            {frozen ? t('sets.saveVersion', { version: nextVersion }) : t('common.save')}
          </button>
        </div>
      </div>
    </form>
  );
}

/** Required and too-long fields, keyed by the field's name, in screen order. */
function check(name: string, areas: EditArea[], statements: EditStatement[]): Record<string, string> {
  const e: Record<string, string> = {};
  const text = (key: string, value: string, field: string, max: number) => {
    if (!value.trim()) e[key] = t('validation.required', { field });
    else if (value.trim().length > max) e[key] = t('validation.tooLong', { field, max });
  };
  text('name', name, t('analysis.field.setName'), LIMITS.name);
  for (const a of areas) {
    text(`area-title-${a.key}`, a.title, t('sets.field.areaTitle'), LIMITS.areaTitle);
    for (const s of statements.filter((x) => x.areaId === a.id))
      text(`text-${s.key}`, s.text, t('sets.textLabel', { code: s.code }), LIMITS.text);
  }
  return e;
}

/** Which code fields to mark once the API has refused the set: bad form or used twice. */
function codeIssues(statements: EditStatement[]): Record<string, string> {
  const counts = new Map<string, number>();
  for (const s of statements) counts.set(s.code.trim(), (counts.get(s.code.trim()) ?? 0) + 1);
  const e: Record<string, string> = {};
  for (const s of statements) {
    const code = s.code.trim();
    const format = Statement.shape.code.safeParse(code);
    if (!format.success) e[`code-${s.key}`] = format.error.issues[0]?.message ?? t('sets.codeInvalid');
    else if ((counts.get(code) ?? 0) > 1) e[`code-${s.key}`] = t('sets.codeTwice', { code });
  }
  return e;
}

// Fast keyboard entry of paper forms: one respondent per form, type the digit
// and the cursor moves on; 0 or x = don't know; Enter saves; Ctrl+Z undoes.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RoundDetail } from '../../../shared/analysis/api';
import { roleName, ROLES, type AnswerValue, type Role } from '../../../shared/analysis/types';
import type { Unit } from '../../../shared/domain';
import { t } from '../../../shared/i18n';
import { useApiMutation } from '../../api/hooks';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useKeymap } from '../../app/keymap';
import { useStoredDraft } from '../../components/useStoredDraft';

interface Form {
  /** Set when an already saved form is being corrected. */
  number: number | null;
  role: Role | null;
  unitId: string | null;
  answers: Record<string, AnswerValue>;
}
interface UndoStep {
  number: number | null;
  code: string;
  previous: AnswerValue | undefined;
}

const emptyForm = (role: Role | null, unitId: string | null): Form => ({ number: null, role, unitId, answers: {} });
const hasContent = (f: Form) =>
  f.number !== null || Object.values(f.answers).some((v) => v !== null && v !== undefined);
const PAGE_SIZE = 12;
const show = (v: AnswerValue | undefined) => (v === 'dont_know' ? 'x' : v === null || v === undefined ? '' : String(v));

export function EntryView({ detail, units }: { detail: RoundDetail; units: Unit[] }) {
  const { round, set, respondents } = detail;
  const statements = set.content.statements;
  const max = set.content.scale.max;
  const roundUnits = units.filter((u) => round.unitIds.includes(u.id));
  // With one unit in the round, every form is from that unit unless the guide says otherwise.
  const defaultUnit = roundUnits.length === 1 ? roundUnits[0].id : null;
  // The form being typed is a draft kept across tabs and reloads until it is saved or discarded.
  const [form, setForm, draft] = useStoredDraft<Form>(
    `entry.${round.id}`,
    () => emptyForm(null, defaultUnit),
    hasContent,
  );
  const [cursor, setCursor] = useState(0);
  const [undo, setUndo] = useState<UndoStep[]>([]);
  const save = useApiMutation('rounds.saveRespondent');
  const remove = useApiMutation('rounds.deleteRespondent');
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const refocusGrid = useRef(false);
  const gridRef = useRef<HTMLDivElement>(null);
  const nextNumber = useMemo(() => respondents.reduce((m, r) => Math.max(m, r.number), 0) + 1, [respondents]);
  const answered = Object.values(form.answers).filter((v) => v !== null && v !== undefined).length;

  useEffect(() => gridRef.current?.focus({ preventScroll: true }), []);
  // After a deletion the dialog has closed (and its button is gone): back to the grid.
  useEffect(() => {
    if (confirmDelete === null && refocusGrid.current) {
      refocusGrid.current = false;
      gridRef.current?.focus();
    }
  }, [confirmDelete]);

  const setAnswer = (index: number, value: AnswerValue) => {
    const code = statements[index].code;
    setUndo((u) => [...u.slice(-199), { number: form.number, code, previous: form.answers[code] }]);
    setForm((f) => ({ ...f, answers: { ...f.answers, [code]: value } }));
  };

  const submit = () => {
    if (answered === 0 && form.number === null) return;
    save.mutate(
      {
        roundId: round.id,
        number: form.number ?? undefined,
        role: form.role,
        unitId: form.unitId,
        answers: form.answers,
      },
      {
        onSuccess: (saved) => {
          // Steps of this form now belong to the saved respondent.
          setUndo((u) => u.map((s) => (s.number === form.number ? { ...s, number: saved.number } : s)));
          draft.clear();
          setForm(emptyForm(form.role, form.unitId));
          setCursor(0);
          gridRef.current?.focus();
        },
      },
    );
  };

  /** Correct a saved form in the grid. */
  const openSaved = (r: (typeof respondents)[number]) => {
    setForm({ number: r.number, role: r.role, unitId: r.unitId, answers: { ...r.answers } });
    setCursor(0);
    gridRef.current?.focus();
  };
  /** Leave the form on screen (a correction or a draft) for an empty new one. */
  const startNew = () => {
    draft.clear();
    setForm(emptyForm(form.role, form.unitId ?? defaultUnit));
    setCursor(0);
    gridRef.current?.focus();
  };
  const newestFirst = useMemo(() => [...respondents].reverse(), [respondents]);
  const [page, setPage] = useState(0);
  const pageStart = Math.min(page, Math.max(0, Math.ceil(respondents.length / PAGE_SIZE) - 1)) * PAGE_SIZE;
  const [jump, setJump] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);

  const undoLast = () => {
    const step = undo.at(-1);
    if (!step) return;
    setUndo((u) => u.slice(0, -1));
    const index = statements.findIndex((s) => s.code === step.code);
    if (step.number === form.number) {
      setForm((f) => ({ ...f, answers: { ...f.answers, [step.code]: step.previous ?? null } }));
    } else {
      // The step belongs to a saved form: open it again with the step undone.
      const saved = respondents.find((r) => r.number === step.number);
      if (!saved) return;
      setForm({
        number: saved.number,
        role: saved.role,
        unitId: saved.unitId,
        answers: { ...saved.answers, [step.code]: step.previous ?? null },
      });
    }
    if (index >= 0) setCursor(index);
  };

  // Ctrl+Z is the form's while it has something to undo (a tool binding: the deletion bar never takes it too).
  useKeymap('tool', [
    { keys: ['mod+z'], label: 'Ctrl+Z', description: t('keys.entry.undo'), when: () => undo.length > 0, run: undoLast },
  ]);

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const last = statements.length - 1;
    const digit = /^[0-9]$/.test(e.key) ? Number(e.key) : null;
    if (digit !== null && digit >= 1 && digit <= max) {
      e.preventDefault();
      setAnswer(cursor, digit);
      setCursor(Math.min(last, cursor + 1));
    } else if (e.key === '0' || e.key.toLowerCase() === 'x') {
      e.preventDefault();
      setAnswer(cursor, 'dont_know');
      setCursor(Math.min(last, cursor + 1));
    } else if (e.key === 'Backspace') {
      e.preventDefault();
      const at =
        form.answers[statements[cursor].code] !== undefined && form.answers[statements[cursor].code] !== null
          ? cursor
          : Math.max(0, cursor - 1);
      setAnswer(at, null);
      setCursor(at);
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      setCursor(Math.min(last, cursor + 1));
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      setCursor(Math.max(0, cursor - 1));
    } else if (e.key === 'Home') {
      e.preventDefault();
      setCursor(0);
    } else if (e.key === 'End') {
      e.preventDefault();
      setCursor(last);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      submit();
    }
  };

  return (
    <div className="entry">
      <div className="entry__head">
        <h2 className="panel__title">
          {form.number === null
            ? t('analysis.entry.form', { number: nextNumber })
            : t('analysis.entry.editing', { number: form.number })}
        </h2>
        <label className="entry__select">
          <span className="field__label">{t('analysis.field.role')}</span>
          <select
            className="input"
            value={form.role ?? ''}
            onChange={(e) => setForm((f) => ({ ...f, role: (e.target.value || null) as Role | null }))}
          >
            <option value="">{t('common.notSet')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roleName(r)}
              </option>
            ))}
          </select>
        </label>
        {roundUnits.length > 0 && (
          <label className="entry__select">
            <span className="field__label">{t('analysis.field.unit')}</span>
            <select
              className="input"
              value={form.unitId ?? ''}
              onChange={(e) => setForm((f) => ({ ...f, unitId: e.target.value || null }))}
            >
              <option value="">{t('common.notSet')}</option>
              {roundUnits.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <span className="entry__count" aria-live="polite">
          {t('analysis.entry.answered', { answered, total: statements.length })}
        </span>
      </div>
      <p className="keys-help">{t('analysis.entry.keys', { max })}</p>
      {draft.restored && hasContent(form) && form.number === null && (
        <p className="notice notice--session" role="status">
          {t('analysis.entry.draftKept')}
        </p>
      )}
      <ErrorNotice error={save.error ?? remove.error} />
      <p className="entry__statement">
        <strong>{statements[cursor]?.code}</strong> {statements[cursor]?.text}
      </p>
      <div
        className="entry__grid"
        ref={gridRef}
        tabIndex={0}
        role="grid"
        aria-label={t('analysis.entry.gridLabel', { code: statements[cursor]?.code ?? '' })}
        aria-activedescendant={`cell-${statements[cursor]?.code}`}
        onKeyDown={onKey}
      >
        {set.content.areas.map((area) => (
          <div key={area.id} className="entry__area" role="row">
            <span className="entry__area-title" role="rowheader">
              {area.title}
            </span>
            {statements
              .filter((s) => s.areaId === area.id)
              .map((s) => {
                const i = statements.indexOf(s);
                const value = form.answers[s.code];
                return (
                  // eslint-disable-next-line jsx-a11y/interactive-supports-focus -- the grid has the focus
                  <span
                    key={s.code}
                    id={`cell-${s.code}`}
                    role="gridcell"
                    aria-selected={i === cursor}
                    className={`entry__cell${i === cursor ? ' entry__cell--on' : ''}${value === 'dont_know' ? ' entry__cell--dk' : ''}`}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      setCursor(i);
                      gridRef.current?.focus();
                    }}
                    title={s.text}
                  >
                    <span className="entry__code">{s.code}</span>
                    <span className="entry__value">{show(value)}</span>
                  </span>
                );
              })}
          </div>
        ))}
      </div>
      <div className="actions actions--start">
        <button type="button" className="button button--primary" onClick={submit} disabled={save.isPending}>
          {t('analysis.entry.save')} <kbd>Enter</kbd>
        </button>
        <button type="button" className="button" onClick={undoLast} disabled={undo.length === 0}>
          {t('common.undo')} <kbd>Ctrl+Z</kbd>
        </button>
        {form.number !== null && (
          <button type="button" className="button" onClick={() => startNew()}>
            {t('analysis.entry.newForm')}
          </button>
        )}
        {form.number === null && answered > 0 && (
          <button type="button" className="button button--danger-outline" onClick={() => startNew()}>
            {t('analysis.entry.discardDraft')}
          </button>
        )}
      </div>

      <h3 className="section-title section-title--small">{t('analysis.entry.saved', { count: respondents.length })}</h3>
      {respondents.length > PAGE_SIZE && (
        <div className="respondents__nav">
          <form
            className="respondents__jump"
            onSubmit={(e) => {
              e.preventDefault();
              const n = Number(jump.trim());
              const r = respondents.find((x) => x.number === n);
              if (!r) return setJumpError(t('analysis.entry.notFound', { number: jump.trim() }));
              setJumpError(null);
              setJump('');
              openSaved(r);
            }}
          >
            <label className="field__label" htmlFor="jump-form">
              {t('analysis.entry.jump')}
            </label>
            <input
              id="jump-form"
              className="input input--score"
              inputMode="numeric"
              value={jump}
              onChange={(e) => setJump(e.target.value)}
              aria-invalid={jumpError ? true : undefined}
              aria-describedby={jumpError ? 'jump-error' : undefined}
            />
            <button type="submit" className="button button--small">
              {t('analysis.entry.jumpGo')}
            </button>
            {jumpError && (
              <span id="jump-error" className="field__error" role="alert">
                {jumpError}
              </span>
            )}
          </form>
          <span className="respondents__page">
            {t('analysis.entry.page', {
              from: pageStart + 1,
              to: Math.min(pageStart + PAGE_SIZE, respondents.length),
              total: respondents.length,
            })}
          </span>
          <button
            type="button"
            className="button button--small"
            onClick={() => setPage(page - 1)}
            disabled={page === 0}
          >
            {t('analysis.entry.prev')}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setPage(page + 1)}
            disabled={pageStart + PAGE_SIZE >= respondents.length}
          >
            {t('analysis.entry.next')}
          </button>
        </div>
      )}
      <ul className="rows respondents">
        {newestFirst.slice(pageStart, pageStart + PAGE_SIZE).map((r) => {
          const n = Object.values(r.answers).filter((v) => v !== null).length;
          return (
            <li key={r.id} className="row">
              <span className="date-chip">{t('analysis.entry.number', { number: r.number })}</span>
              <span className="row__main">
                <span className="row__meta">
                  {[
                    r.role ? roleName(r.role) : null,
                    r.unitId ? units.find((u) => u.id === r.unitId)?.name : null,
                    t('analysis.entry.answered', { answered: n, total: statements.length }),
                    r.source === 'import' ? t('analysis.entry.imported') : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => openSaved(r)}
                aria-label={t('analysis.entry.editForm', { number: r.number })}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="button button--small button--danger-outline"
                onClick={() => setConfirmDelete(r.number)}
                aria-label={t('analysis.entry.deleteForm', { number: r.number })}
              >
                {t('common.delete')}
              </button>
            </li>
          );
        })}
      </ul>
      {confirmDelete !== null && (
        <ConfirmDialog
          title={t('sets.deleteForm.title', { number: confirmDelete })}
          body={t('sets.deleteForm.body', { number: confirmDelete })}
          confirmLabel={t('common.delete')}
          busy={remove.isPending}
          error={remove.error}
          onCancel={() => {
            remove.reset();
            setConfirmDelete(null);
          }}
          onConfirm={() =>
            remove.mutate(
              { roundId: round.id, number: confirmDelete },
              {
                onSuccess: () => {
                  refocusGrid.current = true;
                  setConfirmDelete(null);
                },
              },
            )
          }
        />
      )}
    </div>
  );
}

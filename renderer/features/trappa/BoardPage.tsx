// The Omni-trappa board: a staircase of seven steps (1, the good state, at
// the bottom), an inbox of new cards, placing by keyboard (1–7, arrows) and by
// dragging, votes, a timer, FFSS actions, undo/redo. Every change is applied
// here at once and written to the workbook in order.
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { DndContext, DragOverlay, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { applyCommand, CARD_COLORS, deletedCards, History, liveCards, sortByVotes, type BoardState, type Card, type CardColor, type Command, type Step } from '../../../shared/trappa/board';
import type { BoardDetail } from '../../../shared/trappa/api';
import { t } from '../../../shared/i18n';
import { send } from '../../api/client';
import { href, navigate } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { FormDialog, fieldError } from '../../components/FormDialog';
import { useApi, useApiMutation } from '../../api/hooks';
import { Dialog } from '../../components/Dialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { TextArea, TextField } from '../../components/fields';
import { ActionDialog, ActionsPanel } from './ActionsPanel';
import { BoardTimer } from './Timer';

const STEPS = [7, 6, 5, 4, 3, 2, 1] as const;
const dropId = (step: Step) => (step === null ? 'inbox' : `step-${step}`);
const isTyping = (el: Element | null) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;

export function BoardPage({ id }: { id: string }) {
  const detail = useApi('boards.get', { id });
  if (detail.error) return <ErrorNotice error={detail.error} />;
  if (!detail.data) return <p className="empty">{t('app.loading')}</p>;
  return <Board key={id} detail={detail.data} />;
}

function Board({ detail }: { detail: BoardDetail }) {
  const boardId = detail.board.id;
  const session = useApi('sessions.get', { id: detail.board.sessionId });
  const units = useApi('units.list', { municipalityId: detail.municipalityId });
  const [state, setState] = useState<BoardState>(detail.state);
  const stateRef = useRef(state);
  const history = useRef(new History());
  const [, setHistoryTick] = useState(0);
  const [error, setError] = useState<Error | null>(null);
  const [large, setLarge] = useState<Card | null>(null);
  const [actionFor, setActionFor] = useState<Card | null | 'none'>('none');
  const [editing, setEditing] = useState<Card | null>(null);
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState('');
  const [group, setGroup] = useState('');
  const [color, setColor] = useState<CardColor>('yellow');
  const inputRef = useRef<HTMLInputElement>(null);
  const boardRef = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<string | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  /** Changes sent to the workbook and not yet confirmed. */
  const [pending, setPending] = useState(0);

  /** Apply here, remember for undo, write to the workbook in order. */
  const run = useCallback(
    (command: Command, record: 'record' | 'undo' | 'redo' = 'record') => {
      const before = stateRef.current;
      let after: BoardState;
      try {
        after = applyCommand(before, command);
      } catch (err) {
        setError(err instanceof Error ? err : new Error(String(err)));
        return;
      }
      if (after === before) return;
      if (record === 'record') history.current.record(before, command);
      stateRef.current = after;
      setState(after);
      setHistoryTick((n) => n + 1);
      setPending((n) => n + 1);
      queue.current = queue.current.then(() =>
        send('boards.apply', { boardId, command })
          .then(
            () => setError(null),
            (err: Error) => setError(err),
          )
          .finally(() => setPending((n) => n - 1)),
      );
    },
    [boardId],
  );

  const undo = useCallback(() => {
    const c = history.current.undo();
    if (c) run(c, 'undo');
  }, [run]);
  const redo = useCallback(() => {
    const c = history.current.redo();
    if (c) run(c, 'redo');
  }, [run]);

  // Keep the keyboard focus on the card that just moved (before the browser
  // paints, so the next key press already finds it).
  useLayoutEffect(() => {
    if (!focusAfter.current) return;
    boardRef.current?.querySelector<HTMLElement>(`[data-card-id="${focusAfter.current}"]`)?.focus();
    focusAfter.current = null;
  });

  const addCard = () => {
    const text = draft.trim();
    if (!text) return;
    run({ type: 'add', card: { id: crypto.randomUUID(), text, group: group.trim(), color, step: null, votes: 0 } });
    setDraft('');
  };

  const move = (card: Card, step: Step, position?: number) => {
    focusAfter.current = card.id;
    run({ type: 'move', id: card.id, step, position: position ?? liveCards(stateRef.current, step).filter((c) => c.id !== card.id).length });
  };

  // Closing the window while a change is on its way asks first.
  useEffect(() => {
    if (pending === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);

  // Page-wide keys: N for a new card, Ctrl+Z / Ctrl+Y.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]') || isTyping(document.activeElement)) return;
      const k = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && k === 'z' && !e.shiftKey) {
        e.preventDefault();
        undo();
      } else if ((e.ctrlKey || e.metaKey) && (k === 'y' || (k === 'z' && e.shiftKey))) {
        e.preventDefault();
        redo();
      } else if (k === 'n' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const onCardKeyImpl = (e: ReactKeyboardEvent, card: Card) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const live = liveCards(stateRef.current, card.step);
    const index = live.findIndex((c) => c.id === card.id);
    const key = e.key;
    const handled = () => e.preventDefault();
    if (/^[1-7]$/.test(key)) {
      handled();
      move(card, Number(key));
    } else if (key === '0' || key.toLowerCase() === 'i') {
      handled();
      move(card, null);
    } else if (key === 'ArrowUp') {
      handled();
      move(card, card.step === null ? 1 : Math.min(7, card.step + 1));
    } else if (key === 'ArrowDown') {
      handled();
      if (card.step !== null) move(card, card.step === 1 ? null : card.step - 1);
    } else if (key === 'ArrowLeft') {
      handled();
      if (index > 0) move(card, card.step, index - 1);
    } else if (key === 'ArrowRight') {
      handled();
      if (index < live.length - 1) move(card, card.step, index + 1);
    } else if (key === '+' || key === '=') {
      handled();
      focusAfter.current = card.id;
      run({ type: 'vote', id: card.id, delta: 1 });
    } else if (key === '-') {
      handled();
      focusAfter.current = card.id;
      run({ type: 'vote', id: card.id, delta: -1 });
    } else if (key === 'Enter' || key === ' ') {
      handled();
      setLarge(card);
    } else if (key.toLowerCase() === 't') {
      handled();
      setActionFor(card);
    } else if (key.toLowerCase() === 'e') {
      handled();
      setEditing(card);
    } else if (key === 'Delete' || key === 'Backspace') {
      handled();
      const next = live[index + 1] ?? live[index - 1];
      focusAfter.current = next?.id ?? null;
      run({ type: 'delete', id: card.id });
    }
  };

  // A stable handler, so cards that did not change do not re-render.
  const keyHandler = useRef(onCardKeyImpl);
  keyHandler.current = onCardKeyImpl;
  const onCardKey = useCallback((e: ReactKeyboardEvent, card: Card) => keyHandler.current(e, card), []);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const [dragging, setDragging] = useState<Card | null>(null);
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const card = stateRef.current.cards.find((c) => c.id === e.active.id);
    if (!card || !e.over) return;
    const target = String(e.over.id);
    move(card, target === 'inbox' ? null : Number(target.replace('step-', '')));
  };

  const revealed = state.revealed;
  const deleted = deletedCards(state);
  const inbox = liveCards(state, null);
  const stepInfo = useMemo(() => new Map(detail.steps.map((s) => [s.step, s])), [detail.steps]);
  const sessionUnits = (units.data ?? []).filter((u) => session.data?.unitIds.includes(u.id));

  return (
    <div className="board" ref={boardRef}>
      <nav className="crumbs" aria-label="Brødsmuler">
        <a href={href({ name: 'session', id: detail.board.sessionId })}>← {session.data?.title ?? ''}</a>
      </nav>
      <div className="board__head">
        <h1 className="page-title page-title--board">{detail.board.title}</h1>
        <BoardTimer boardId={boardId} initial={detail.timer} />
        <span className={pending > 0 ? 'saving saving--busy' : 'saving'} role="status">
          {pending > 0 ? t('trappa.saving') : t('trappa.saved')}
        </span>
        <div className="board__tools">
          <button type="button" className="button button--small" onClick={undo} disabled={!history.current.canUndo}>
            {t('trappa.undo')} <kbd>Ctrl+Z</kbd>
          </button>
          <button type="button" className="button button--small" onClick={redo} disabled={!history.current.canRedo}>
            {t('trappa.redo')} <kbd>Ctrl+Y</kbd>
          </button>
          <button type="button" className={revealed ? 'button button--small' : 'button button--small button--primary'} onClick={() => run({ type: 'reveal', revealed: !revealed })}>
            {revealed ? t('trappa.hideCards') : t('trappa.reveal')}
          </button>
          <button type="button" className="button button--small" onClick={() => setRenaming(true)}>
            {t('trappa.boards.rename')}
          </button>
          <DeleteAction
            small
            method="boards.delete"
            ariaLabel={t('trappa.boards.deleteLabel')}
            id={boardId}
            confirmTitle={t('trappa.boards.confirmDelete.title', { title: detail.board.title })}
            confirmBody={t('trappa.boards.confirmDelete.body', { cards: t('trappa.cards', { count: state.cards.filter((c) => !c.deleted).length }) })}
            deletedMessage={t('trappa.boards.deleted', { title: detail.board.title })}
            onDeleted={() => navigate({ name: 'session', id: detail.board.sessionId })}
          />
        </div>
      </div>
      <ErrorNotice error={error} />
      {!revealed && <p className="notice notice--session">{t('trappa.hiddenNotice')}</p>}

      <DndContext
        sensors={sensors}
        onDragStart={(e) => setDragging(stateRef.current.cards.find((c) => c.id === e.active.id) ?? null)}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <div className="board__layout">
          <div className="stairs" aria-label={t('trappa.title')}>
            {STEPS.map((step) => (
              <StepRow key={step} step={step} title={stepInfo.get(step)?.title ?? ''} description={stepInfo.get(step)?.description ?? ''} cards={liveCards(state, step)} revealed={revealed} onKey={onCardKey} onOpen={setLarge} />
            ))}
          </div>
          <aside className="board__side">
            <div className="new-card">
              <label className="field__label" htmlFor="new-card">
                {t('trappa.newCard')} <kbd>N</kbd>
              </label>
              <p className="new-card__names" role="note">
                {t('trappa.noNames')}
              </p>
              <input
                id="new-card"
                ref={inputRef}
                className="input"
                value={draft}
                placeholder={t('trappa.newCard.placeholder')}
                maxLength={500}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addCard();
                  } else if (e.key === 'Escape') {
                    e.preventDefault();
                    inputRef.current?.blur();
                    boardRef.current?.querySelector<HTMLElement>('[data-card-id]')?.focus();
                  }
                }}
              />
              <input className="input input--group" aria-label={t('trappa.field.group')} placeholder={t('trappa.field.group')} value={group} onChange={(e) => setGroup(e.target.value)} maxLength={60} />
              <ColorPicker name="card-color" value={color} onChange={setColor} />
            </div>
            <InboxArea cards={inbox} revealed={revealed} onKey={onCardKey} onOpen={setLarge} />
            <p className="keys-help">{t('trappa.keys')}</p>
            {deleted.length > 0 && (
              <section className="deleted-cards" aria-labelledby="deleted-title">
                <h2 id="deleted-title" className="side-title">
                  {t('trappa.deleted')}
                </h2>
                <p className="row__meta">{t('trappa.deleted.lead')}</p>
                <ul>
                  {deleted.map((c) => (
                    <li key={c.id}>
                      <span>{c.text}</span>
                      <button type="button" className="button button--small" onClick={() => run({ type: 'restore', id: c.id })}>
                        {t('trappa.restore')}
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </aside>
        </div>
        {/* The card under the pointer is drawn above everything, so no step clips it while it travels. */}
        <DragOverlay dropAnimation={null}>{dragging && <PaperFace card={dragging} revealed={revealed} lifted />}</DragOverlay>
      </DndContext>

      <section className="panel board__actions">
        <div className="panel__head">
          <span />
          <button type="button" className="button button--primary" onClick={() => setActionFor(null)}>
            + {t('trappa.action.new')}
          </button>
        </div>
        <ActionsPanel sessionId={detail.board.sessionId} units={units.data ?? []} />
      </section>

      {large && (
        <LargeCard
          card={state.cards.find((c) => c.id === large.id) ?? large}
          revealed={revealed}
          stepTitle={large.step ? stepInfo.get(large.step)?.title : undefined}
          onVote={(delta) => run({ type: 'vote', id: large.id, delta })}
          onSort={() => large.step !== null && run(sortByVotes(stateRef.current, large.step))}
          onAction={() => {
            setActionFor(large);
            setLarge(null);
          }}
          onEdit={() => {
            setEditing(state.cards.find((c) => c.id === large.id) ?? large);
            setLarge(null);
          }}
          onClose={() => {
            focusAfter.current = large.id;
            setLarge(null);
          }}
        />
      )}
      {renaming && <RenameBoard boardId={boardId} title={detail.board.title} onClose={() => setRenaming(false)} />}
      {editing && (
        <EditCard
          card={editing}
          onSave={(text, group, color) => run({ type: 'edit', id: editing.id, text, group, color })}
          onClose={() => {
            focusAfter.current = editing.id;
            setEditing(null);
          }}
        />
      )}
      {actionFor !== 'none' && (
        <ActionDialog
          sessionId={detail.board.sessionId}
          cardId={actionFor?.id ?? null}
          cardText={actionFor?.text}
          units={sessionUnits}
          onClose={() => {
            if (actionFor) focusAfter.current = actionFor.id;
            setActionFor('none');
          }}
        />
      )}
    </div>
  );
}

interface CardListProps {
  cards: Card[];
  revealed: boolean;
  onKey: (e: ReactKeyboardEvent, card: Card) => void;
  onOpen: (card: Card) => void;
}

function StepRow({ step, title, description, ...list }: { step: number; title: string; description: string } & CardListProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dropId(step) });
  return (
    <section ref={setNodeRef} className={`stair stair--${step}${isOver ? ' stair--over' : ''}`} aria-label={t('trappa.step', { step })} data-step={step}>
      <div className="stair__label">
        <span className="stair__number">{step}</span>
        <span className="stair__text">
          <strong className="stair__title">{title}</strong>
          <span className="stair__description">{description}</span>
        </span>
      </div>
      <ul className="stair__cards">
        {list.cards.map((c) => (
          <BoardCard key={c.id} card={c} revealed={list.revealed} onKey={list.onKey} onOpen={list.onOpen} />
        ))}
      </ul>
    </section>
  );
}

function InboxArea(list: CardListProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dropId(null) });
  return (
    <section ref={setNodeRef} className={`inbox${isOver ? ' inbox--over' : ''}`} aria-labelledby="inbox-title" data-step="inbox">
      <h2 id="inbox-title" className="side-title">
        {t('trappa.inbox')} <span className="inbox__count">{t('trappa.cards', { count: list.cards.length })}</span>
      </h2>
      <ul className="stair__cards">
        {list.cards.map((c) => (
          <BoardCard key={c.id} card={c} revealed={list.revealed} onKey={list.onKey} onOpen={list.onOpen} />
        ))}
      </ul>
    </section>
  );
}

const BoardCard = memo(function BoardCard({ card, revealed, onKey, onOpen }: { card: Card; revealed: boolean; onKey: (e: ReactKeyboardEvent, card: Card) => void; onOpen: (card: Card) => void }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id });
  return (
    <li className="card-slot">
      <button
        type="button"
        ref={setNodeRef}
        {...listeners}
        {...attributes}
        role="button"
        tabIndex={0}
        data-card-id={card.id}
        className={`paper paper--${card.color}${isDragging ? ' paper--placeholder' : ''}${revealed ? '' : ' paper--hidden'}`}
        onKeyDown={(e) => onKey(e, card)}
        onDoubleClick={() => onOpen(card)}
        aria-label={revealed ? undefined : t('trappa.hidden')}
      >
        <PaperContent card={card} revealed={revealed} />
      </button>
    </li>
  );
});

function PaperContent({ card, revealed }: { card: Card; revealed: boolean }) {
  return (
    <>
      <span className="paper__text">{revealed ? card.text : t('trappa.hidden')}</span>
      {(card.votes > 0 || card.group) && (
        <span className="paper__meta">
          {card.group && <span className="paper__group">{card.group}</span>}
          {card.votes > 0 && <span className="paper__votes">{card.votes === 1 ? t('trappa.votes.one') : t('trappa.votes', { count: card.votes })}</span>}
        </span>
      )}
    </>
  );
}

/** The card as drawn while it is being dragged. */
function PaperFace({ card, revealed, lifted }: { card: Card; revealed: boolean; lifted?: boolean }) {
  return (
    <div className={`paper paper--${card.color}${lifted ? ' paper--dragging' : ''}${revealed ? '' : ' paper--hidden'}`} aria-hidden="true">
      <PaperContent card={card} revealed={revealed} />
    </div>
  );
}

function LargeCard({
  card,
  revealed,
  stepTitle,
  onVote,
  onSort,
  onAction,
  onEdit,
  onClose,
}: {
  card: Card;
  revealed: boolean;
  stepTitle?: string;
  onVote: (delta: number) => void;
  onSort: () => void;
  onAction: () => void;
  onEdit: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog title={card.step ? `${t('trappa.step', { step: card.step })}${stepTitle ? ` – ${stepTitle}` : ''}` : t('trappa.inbox')} onClose={onClose} wide>
      <p className={`large-card paper--${card.color}`}>{revealed ? card.text : t('trappa.hidden')}</p>
      <p className="large-card__meta">
        {card.group && <span>{card.group} · </span>}
        {card.votes === 1 ? t('trappa.votes.one') : t('trappa.votes', { count: card.votes })}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => onVote(-1)}>
          {t('trappa.voteDown')}
        </button>
        <button type="button" className="button" onClick={() => onVote(1)} data-autofocus="">
          {t('trappa.voteUp')}
        </button>
        {card.step !== null && (
          <button type="button" className="button" onClick={onSort}>
            {t('trappa.sortByVotes')}
          </button>
        )}
        <button type="button" className="button" onClick={onEdit}>
          {t('trappa.edit')}
        </button>
        <button type="button" className="button button--primary" onClick={onAction}>
          {t('trappa.action.new')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('trappa.large.close')}
        </button>
      </div>
    </Dialog>
  );
}

/** Correct a card's text, group or colour (one undoable change). */
function EditCard({ card, onSave, onClose }: { card: Card; onSave: (text: string, group: string, color: CardColor) => void; onClose: () => void }) {
  const [text, setText] = useState(card.text);
  const [group, setGroup] = useState(card.group);
  const [color, setColor] = useState<CardColor>(card.color);
  const empty = text.trim() === '';
  return (
    <FormDialog
      title={t('trappa.edit')}
      fieldNames={[]}
      onClose={onClose}
      busy={false}
      error={null}
      onSubmit={() => {
        if (empty) return;
        onSave(text, group, color);
        onClose();
      }}
    >
      <p className="new-card__names" role="note">
        {t('trappa.noNames')}
      </p>
      <TextArea name="text" label={t('trappa.field.text')} value={text} onChange={setText} rows={3} error={empty ? t('validation.required', { field: t('trappa.field.text') }) : undefined} />
      <TextField name="group" label={t('trappa.field.group')} value={group} onChange={setGroup} />
      <ColorPicker name="edit-color" value={color} onChange={setColor} />
    </FormDialog>
  );
}

function RenameBoard({ boardId, title, onClose }: { boardId: string; title: string; onClose: () => void }) {
  const [value, setValue] = useState(title);
  const rename = useApiMutation('boards.rename');
  return (
    <FormDialog
      title={t('trappa.boards.renameTitle')}
      fieldNames={['title']}
      onClose={onClose}
      busy={rename.isPending}
      error={rename.error}
      onSubmit={() => rename.mutate({ id: boardId, title: value }, { onSuccess: onClose })}
    >
      <TextField name="title" label={t('trappa.field.title')} value={value} onChange={setValue} error={fieldError(rename.error, 'title')} autoFocus />
    </FormDialog>
  );
}

/** The card colours as a keyboard-friendly radio group (arrows move between them). */
function ColorPicker({ name, value, onChange }: { name: string; value: CardColor; onChange: (c: CardColor) => void }) {
  return (
    <div className="swatches" role="radiogroup" aria-label={t('trappa.field.color')}>
      {CARD_COLORS.map((c) => (
        <label key={c} className={`swatch paper--${c}${c === value ? ' swatch--on' : ''}`}>
          <input type="radio" name={name} className="sr-only" checked={c === value} onChange={() => onChange(c)} />
          <span>{t(`trappa.color.${c}`)}</span>
        </label>
      ))}
    </div>
  );
}

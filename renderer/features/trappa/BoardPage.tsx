// The Omni-trappa board: a staircase of seven steps (1, the good state, at
// the bottom), an inbox of new cards, placing by keyboard (I for the next inbox
// card, 1–7, arrows) and by dragging, votes, a timer, FFSS actions, undo/redo.
// The board on screen is the one in the query cache (useBoardCommands); keys
// are keymap bindings (useBoardKeys); cards and dialogs live in their own files.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { DndContext, DragOverlay, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import {
  CARD_TEXT_MAX,
  deletedCards,
  liveCards,
  sortByVotes,
  type Card,
  type CardColor,
  type Step,
} from '../../../shared/trappa/board';
import type { BoardDetail } from '../../../shared/trappa/api';
import { t } from '../../../shared/i18n';
import { href, navigate } from '../../app/router';
import { DeleteAction } from '../../components/DeleteAction';
import { useApi } from '../../api/hooks';
import { ErrorNotice } from '../../components/ErrorNotice';
import { SaveStatus } from '../../components/SaveStatus';
import { ActionDialog, ActionsPanel } from './ActionsPanel';
import { InboxArea, PaperFace, StepRow } from './BoardCards';
import { ColorPicker, EditCard, LargeCard, RenameBoard } from './BoardDialogs';
import { BoardTimer } from './Timer';
import { useBoardCommands } from './useBoardCommands';
import { useBoardKeys } from './useBoardKeys';

const STEPS = [7, 6, 5, 4, 3, 2, 1] as const;
/** From here on the new-card field shows how much of the limit is used. */
export const CARD_TEXT_WARN = CARD_TEXT_MAX - 100;

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
  const board = useBoardCommands(boardId);
  // The cache holds the board; a change shows in the same render that applied it.
  const state = board.current() ?? detail.state;
  const { run, pending } = board;
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
  const now = () => board.current() ?? state;

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
    run({
      type: 'move',
      id: card.id,
      step,
      position: position ?? liveCards(now(), step).filter((c) => c.id !== card.id).length,
    });
  };

  // Closing the window while a change is on its way asks first.
  useEffect(() => {
    if (pending === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [pending]);

  useBoardKeys({
    state: now,
    run,
    move,
    focusAfter: (id) => (focusAfter.current = id),
    undo: board.undo,
    redo: board.redo,
    canUndo: board.canUndo,
    canRedo: board.canRedo,
    newCard: () => inputRef.current?.focus(),
    open: setLarge,
    edit: setEditing,
    action: setActionFor,
  });
  const open = useCallback((card: Card) => setLarge(card), []);

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const [dragging, setDragging] = useState<Card | null>(null);
  const onDragEnd = (e: DragEndEvent) => {
    setDragging(null);
    const card = now().cards.find((c) => c.id === e.active.id);
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
      <nav className="crumbs" aria-label={t('common.crumbs')}>
        <a href={href({ name: 'session', id: detail.board.sessionId })}>← {session.data?.title ?? ''}</a>
      </nav>
      <div className="board__head">
        <h1 className="page-title page-title--board">{detail.board.title}</h1>
        <BoardTimer boardId={boardId} initial={detail.timer} />
        <SaveStatus busy={pending > 0} />
        <div className="board__tools">
          <button type="button" className="button button--small" onClick={board.undo} disabled={!board.canUndo}>
            {t('trappa.undo')} <kbd>Ctrl+Z</kbd>
          </button>
          <button type="button" className="button button--small" onClick={board.redo} disabled={!board.canRedo}>
            {t('trappa.redo')} <kbd>Ctrl+Y</kbd>
          </button>
          <button
            type="button"
            className={revealed ? 'button button--small' : 'button button--small button--primary'}
            onClick={() => run({ type: 'reveal', revealed: !revealed })}
          >
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
            confirmBody={t('trappa.boards.confirmDelete.body', {
              cards: t('trappa.cards', { count: state.cards.filter((c) => !c.deleted).length }),
            })}
            deletedMessage={t('trappa.boards.deleted', { title: detail.board.title })}
            onDeleted={() => navigate({ name: 'session', id: detail.board.sessionId })}
          />
        </div>
      </div>
      <ErrorNotice error={board.error} />
      {!revealed && <p className="notice notice--session">{t('trappa.hiddenNotice')}</p>}

      <DndContext
        sensors={sensors}
        onDragStart={(e) => setDragging(now().cards.find((c) => c.id === e.active.id) ?? null)}
        onDragCancel={() => setDragging(null)}
        onDragEnd={onDragEnd}
      >
        <div className="board__layout">
          <div className="stairs" aria-label={t('trappa.title')}>
            {STEPS.map((step) => (
              <StepRow
                key={step}
                step={step}
                title={stepInfo.get(step)?.title ?? ''}
                description={stepInfo.get(step)?.description ?? ''}
                cards={liveCards(state, step)}
                revealed={revealed}
                onOpen={open}
              />
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
                maxLength={CARD_TEXT_MAX}
                aria-describedby={draft.length >= CARD_TEXT_WARN ? 'new-card-limit' : undefined}
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
              {draft.length >= CARD_TEXT_WARN && (
                <p
                  id="new-card-limit"
                  className={draft.length >= CARD_TEXT_MAX ? 'field__error' : 'row__meta'}
                  role="status"
                >
                  {t('trappa.textLimit', { count: draft.length, max: CARD_TEXT_MAX })}
                </p>
              )}
              <input
                className="input input--group"
                aria-label={t('trappa.field.group')}
                placeholder={t('trappa.field.group')}
                value={group}
                onChange={(e) => setGroup(e.target.value)}
                maxLength={60}
              />
              <ColorPicker name="card-color" value={color} onChange={setColor} />
            </div>
            <InboxArea cards={inbox} revealed={revealed} onOpen={open} />
            <p className="keys-help">{t('trappa.keys.short')}</p>
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
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() => run({ type: 'restore', id: c.id })}
                      >
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
        <DragOverlay dropAnimation={null}>
          {dragging && <PaperFace card={dragging} revealed={revealed} lifted />}
        </DragOverlay>
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
          onSort={() => large.step !== null && run(sortByVotes(now(), large.step))}
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

// The board's cards where they lie: a step of the staircase, the inbox, one
// card, and the card as drawn while it is dragged. Keys on a focused card are
// bindings in the keymap (useBoardKeys), found by `data-card-id`.
import { memo } from 'react';
import { useDraggable, useDroppable } from '@dnd-kit/core';
import type { Card, Step } from '../../../shared/trappa/board';
import { t, tc } from '../../../shared/i18n';

export const dropId = (step: Step) => (step === null ? 'inbox' : `step-${step}`);

interface CardListProps {
  cards: Card[];
  revealed: boolean;
  onOpen: (card: Card) => void;
}

export function StepRow({
  step,
  title,
  description,
  ...list
}: { step: number; title: string; description: string } & CardListProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dropId(step) });
  return (
    <section
      ref={setNodeRef}
      className={`stair stair--${step}${isOver ? ' stair--over' : ''}`}
      aria-label={t('trappa.step', { step })}
      data-step={step}
    >
      <div className="stair__label">
        <span className="stair__number">{step}</span>
        <span className="stair__text">
          <strong className="stair__title">{title}</strong>
          <span className="stair__description">{description}</span>
        </span>
      </div>
      <CardList {...list} />
    </section>
  );
}

export function InboxArea(list: CardListProps) {
  const { setNodeRef, isOver } = useDroppable({ id: dropId(null) });
  return (
    <section
      ref={setNodeRef}
      className={`inbox${isOver ? ' inbox--over' : ''}`}
      aria-labelledby="inbox-title"
      data-step="inbox"
    >
      <h2 id="inbox-title" className="side-title">
        {t('trappa.inbox')} <span className="inbox__count">{t('trappa.cards', { count: list.cards.length })}</span>
      </h2>
      <CardList {...list} />
    </section>
  );
}

function CardList({ cards, revealed, onOpen }: CardListProps) {
  return (
    <ul className="stair__cards">
      {cards.map((c) => (
        <BoardCard key={c.id} card={c} revealed={revealed} onOpen={onOpen} />
      ))}
    </ul>
  );
}

const BoardCard = memo(function BoardCard({
  card,
  revealed,
  onOpen,
}: {
  card: Card;
  revealed: boolean;
  onOpen: (card: Card) => void;
}) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: card.id });
  return (
    <li className="card-slot">
      <button
        type="button"
        ref={setNodeRef}
        {...listeners}
        {...attributes}
        tabIndex={0}
        data-card-id={card.id}
        className={`paper paper--${card.color}${isDragging ? ' paper--placeholder' : ''}${revealed ? '' : ' paper--hidden'}`}
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
          {card.votes > 0 && <span className="paper__votes">{tc('count.votes', card.votes)}</span>}
        </span>
      )}
    </>
  );
}

/** The card as drawn while it is being dragged. */
export function PaperFace({ card, revealed, lifted }: { card: Card; revealed: boolean; lifted?: boolean }) {
  return (
    <div
      className={`paper paper--${card.color}${lifted ? ' paper--dragging' : ''}${revealed ? '' : ' paper--hidden'}`}
      aria-hidden="true"
    >
      <PaperContent card={card} revealed={revealed} />
    </div>
  );
}

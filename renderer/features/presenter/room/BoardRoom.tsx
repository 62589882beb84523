// The Omni-trappa as the room sees it: the whole staircase on one screen (step
// 7 at the top, step 1 at the bottom, climbing to the right), cards large,
// hidden cards as backs, "+N more" where a step is full; one step opened large.
import { useLayoutEffect, useRef, useState } from 'react';
import type { Card } from '../../../../shared/trappa/board';
import type { BoardDetail } from '../../../../shared/trappa/api';
import { t, tc } from '../../../../shared/i18n';
import { send } from '../../../api/client';
import { usePolled } from '../presentation';
import { useFit } from './useFit';

const STEPS = [7, 6, 5, 4, 3, 2, 1];

export function BoardRoom({ boardId, step }: { boardId: string | null; step: number | null }) {
  const board = usePolled(
    ['boards.get', { id: boardId }],
    () => send('boards.get', { id: boardId! }),
    boardId !== null,
  );
  if (boardId === null) return <p className="room-message">{t('room.board.notChosen')}</p>;
  if (!board.data) return null;
  const d = board.data;
  const live = d.state.cards.filter((c) => !c.deleted);
  const unplaced = live.filter((c) => c.step === null).length;
  const ofStep = (s: number) => live.filter((c) => c.step === s).sort((a, b) => a.position - b.position);
  return (
    <div className="room-board" data-room-view="board">
      <header className="room-head">
        <h1 className="room-head__title">{d.board.title}</h1>
        {unplaced > 0 && <p className="room-head__note">{t('room.board.unplaced', { count: unplaced })}</p>}
      </header>
      {step === null ? (
        <Stairs
          label={d.board.title}
          contentKey={live.map((c) => `${c.id}:${c.step}:${c.text}:${c.votes}`).join('|') + String(d.state.revealed)}
        >
          {(weights) =>
            STEPS.map((s, i) => (
              <StepRow
                key={s}
                step={s}
                title={d.steps.find((x) => x.step === s)?.title ?? String(s)}
                cards={ofStep(s)}
                revealed={d.state.revealed}
                weight={weights?.[i] ?? null}
              />
            ))
          }
        </Stairs>
      ) : (
        <StepLarge step={step} detail={d} cards={ofStep(step)} />
      )}
    </div>
  );
}

/**
 * The seven rows share the height by what they need: first laid out at their
 * natural height (all cards shown, not painted), then each row grows or shrinks
 * in proportion to that, never below its title. A row still too small shows "+N".
 */
function Stairs({
  label,
  contentKey,
  children,
}: {
  label: string;
  contentKey: string;
  children: (weights: number[] | null) => React.ReactNode;
}) {
  const ref = useRef<HTMLOListElement>(null);
  const [weights, setWeights] = useState<number[] | null>(null);
  const [size, setSize] = useState('');
  useLayoutEffect(() => {
    const box = ref.current?.parentElement;
    if (!box) return;
    const observer = new ResizeObserver(() => setSize(`${box.clientWidth}x${box.clientHeight}`));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  // A new content or size is measured afresh: drop the old heights before the next paint.
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a reset before measuring the rows again
  useLayoutEffect(() => setWeights(null), [contentKey, size]);
  useLayoutEffect(() => {
    if (weights !== null || !ref.current) return;
    setWeights([...ref.current.children].map((row) => Math.max(1, row.getBoundingClientRect().height)));
  }, [weights]);
  return (
    <ol className={`room-stairs${weights === null ? ' room-stairs--measuring' : ''}`} aria-label={label} ref={ref}>
      {children(weights)}
    </ol>
  );
}

function StepRow({
  step,
  title,
  cards,
  revealed,
  weight,
}: {
  step: number;
  title: string;
  cards: Card[];
  revealed: boolean;
  weight: number | null;
}) {
  // The stairs' first pass (no weight yet) shows every card: the row's natural height.
  const key = cards.map((c) => `${c.id}:${c.text}:${c.votes}`).join('|') + String(revealed) + String(weight);
  const { ref: fitRef, shown: fitShown, measuring } = useFit<HTMLUListElement>(cards.length, key);
  const shown = weight === null ? cards.length : fitShown;
  return (
    <li
      className={`room-step room-step--${step}`}
      data-step={step}
      // Climbing to the right; a step with more cards gets more of the height (its title always fits).
      style={{ marginLeft: `calc(var(--u) * ${(step - 1) * 1.4})`, flexGrow: weight ?? undefined }}
    >
      <h2 className="room-step__title">
        <span className="room-step__number">{step}</span>
        <span>{title}</span>
      </h2>
      <ul className={`room-cards${measuring ? ' room-cards--measuring' : ''}`} ref={fitRef}>
        {cards.slice(0, shown).map((c) => (
          <RoomCard key={c.id} card={c} revealed={revealed} />
        ))}
        {shown < cards.length && (
          <li className="room-more" data-more="1">
            {t('room.board.more', { count: cards.length - shown })}
          </li>
        )}
        {cards.length === 0 && (
          <li className="room-cards__empty" data-more="1">
            {t('room.board.empty')}
          </li>
        )}
      </ul>
    </li>
  );
}

function StepLarge({ step, detail, cards }: { step: number; detail: BoardDetail; cards: Card[] }) {
  const s = detail.steps.find((x) => x.step === step);
  const key = cards.map((c) => `${c.id}:${c.text}:${c.votes}`).join('|') + String(detail.state.revealed);
  const { ref: fitRef, shown: fitShown, measuring } = useFit<HTMLUListElement>(cards.length, key);
  return (
    <section className="room-step-large" data-step={step}>
      <h2 className="room-step-large__title">
        <span className="room-step__number">{step}</span> {s?.title}
      </h2>
      {s?.description && <p className="room-step-large__description">{s.description}</p>}
      <ul className={`room-cards room-cards--large${measuring ? ' room-cards--measuring' : ''}`} ref={fitRef}>
        {cards.slice(0, fitShown).map((c) => (
          <RoomCard key={c.id} card={c} revealed={detail.state.revealed} />
        ))}
        {fitShown < cards.length && (
          <li className="room-more" data-more="1">
            {t('room.board.more', { count: cards.length - fitShown })}
          </li>
        )}
      </ul>
    </section>
  );
}

function RoomCard({ card, revealed }: { card: Card; revealed: boolean }) {
  if (!revealed) {
    return (
      <li className="room-card room-card--back" aria-label={t('room.board.hiddenCard')}>
        <span aria-hidden="true">{t('room.board.cardBack')}</span>
      </li>
    );
  }
  return (
    <li className={`room-card room-card--${card.color}`} data-card-id={card.id}>
      <span className="room-card__text">{card.text}</span>
      {card.votes > 0 && (
        <span className="room-card__votes" aria-label={tc('count.votes', card.votes)}>
          {card.votes}
        </span>
      )}
    </li>
  );
}

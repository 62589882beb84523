// Room views made of text: the welcome (with the day's plan), a break, and a
// text slide written by the guide.
import { formatDate } from '../../../../shared/format';
import { t } from '../../../../shared/i18n';
import { plannedEnd, type Agenda, type AgendaItem } from '../../../../shared/presenter/api';
import type { Session } from '../../../../shared/domain';
import type { Timer } from '../../../../shared/trappa/api';
import { useShrinkToFit } from './useFit';

const MAX_PLAN_ROWS = 9;

export function WelcomeRoom({
  item,
  session,
  agenda,
}: {
  item: AgendaItem;
  session: Session | undefined;
  agenda: Agenda;
}) {
  const rest = agenda.items.filter((i) => i.id !== item.id);
  return (
    <div className="room-welcome" data-room-view="welcome">
      <h1 className="room-title">{item.title}</h1>
      {session && (
        <p className="room-lead">
          {session.title} · {formatDate(session.date)}
        </p>
      )}
      {rest.length > 0 && (
        <section className="room-plan" aria-labelledby="room-plan-title">
          <h2 id="room-plan-title">{t('room.agenda')}</h2>
          <ol>
            {rest.slice(0, MAX_PLAN_ROWS).map((i) => (
              <li key={i.id}>
                <span className="room-plan__time">{i.plannedStart}</span> {i.title}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

export function BreakRoom({
  item,
  next,
  timer,
  now,
}: {
  item: AgendaItem;
  next: AgendaItem | null;
  timer: Timer;
  now: number;
}) {
  // Back when the timer runs out, else when the agenda says the next item starts.
  const back =
    timer.endsAt !== null && timer.endsAt > now
      ? new Date(timer.endsAt).toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' })
      : next
        ? next.plannedStart
        : plannedEnd(item.plannedStart, [item.plannedMinutes]);
  return (
    <div className="room-center" data-room-view="break">
      <h1 className="room-huge">{item.title || t('room.break')}</h1>
      <p className="room-big">{t('room.break.until', { time: back })}</p>
    </div>
  );
}

/** Text sizes of a slide's points, in --u, largest first; the last is the room's 20 px floor. */
const POINT_SIZES = [3, 2.6, 2.2, 1.9, 1.6];

export function SlideRoom({ item }: { item: AgendaItem }) {
  const { ref: fitRef, step } = useShrinkToFit<HTMLUListElement>(POINT_SIZES.length, item.points.join('\n'));
  return (
    <div className="room-slide" data-room-view="slide">
      <h1 className="room-title">{item.title}</h1>
      {item.points.length > 0 && (
        <ul className="room-points" ref={fitRef} style={{ fontSize: `calc(var(--u) * ${POINT_SIZES[step]})` }}>
          {item.points.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

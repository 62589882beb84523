// The room view: only what the room should see, full screen on the projector.
// It follows the presentation state in the workbook; the presentation keys
// work here too (a clicker aimed at the projector window).
import { useEffect } from 'react';
import { t } from '../../../shared/i18n';
import { send } from '../../api/client';
import { usePresentation, usePresenterControl, usePolled, useNow } from './presentation';
import { usePresenterKeys } from './keys';
import { RoomTimer } from './RoomTimer';
import { roomWindow } from './roomWindow';
import { BoardRoom } from './room/BoardRoom';
import { AnalysisRoom } from './room/AnalysisRoom';
import { ProgressRoom } from './room/ProgressRoom';
import { BreakRoom, SlideRoom, WelcomeRoom } from './room/TextRooms';
import './presenter.css';

export default function RoomPage() {
  const state = usePresentation();
  const control = usePresenterControl(state.data?.sessionId ?? null);
  // With one screen the room view is this window in full screen: Esc goes back to the control window.
  const escape = () => {
    if (control.state.screen !== 'show' || roomWindow.backFromSingleScreen() === null) return control.actions.escape();
    roomWindow.leaveSingleScreen();
    return true;
  };
  usePresenterKeys({ ...control.actions, escape }, control.jump);
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) roomWindow.leaveSingleScreen();
    };
    document.addEventListener('fullscreenchange', onChange);
    const stopFollowing = roomWindow.followProjector();
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      stopFollowing();
    };
  }, []);
  const p = control.state;
  const session = usePolled(
    ['sessions.get', { id: p.sessionId }],
    () => send('sessions.get', { id: p.sessionId! }),
    p.sessionId !== null,
  );
  const now = useNow(p.timer.endsAt !== null, 1000);

  useEffect(() => {
    document.title = `${t('room.title')} – ${t('app.name')}`;
  }, []);

  const item = control.current;
  const next = control.index >= 0 ? (control.items[control.index + 1] ?? null) : null;
  let body: React.ReactNode;
  if (!item || !control.agenda) {
    body = (
      <div className="room-center" data-room-view="idle">
        <h1 className="room-huge">{t('room.idle')}</h1>
        <p className="room-lead">{t('room.idle.lead')}</p>
      </div>
    );
  } else if (item.kind === 'board') body = <BoardRoom boardId={item.refId} step={p.view.step} />;
  else if (item.kind === 'round') body = <AnalysisRoom roundId={item.refId} view={p.view} />;
  else if (item.kind === 'checklist')
    body = session.data ? (
      <ProgressRoom municipalityId={session.data.municipalityId} unitIds={session.data.unitIds} title={item.title} />
    ) : null;
  else if (item.kind === 'break') body = <BreakRoom item={item} next={next} timer={p.timer} now={now} />;
  else if (item.kind === 'welcome') body = <WelcomeRoom item={item} session={session.data} agenda={control.agenda} />;
  else body = <SlideRoom item={item} />;

  return (
    <div
      className={`room room--${p.theme}`}
      style={{ ['--room-scale' as string]: p.fontScale }}
      data-screen={p.screen}
      data-item={control.index >= 0 ? control.index + 1 : ''}
    >
      <main className="room__main" aria-label={t('room.title')}>
        {body}
      </main>
      {item && item.kind !== 'break' && <RoomTimer timer={p.timer} className="room__timer" />}
      {item?.kind === 'break' && <RoomTimer timer={p.timer} className="room__timer room__timer--center" />}
      {p.screen !== 'show' && (
        <div
          className={`room-screen room-screen--${p.screen}`}
          role="img"
          aria-label={p.screen === 'black' ? t('room.black') : t('room.white')}
        />
      )}
    </div>
  );
}

// The control window on the guide's laptop: what the room sees now and what
// comes next, the clock, the timer, the agenda to jump in, and what the
// current tool shows in the room. The room view itself is #/rom.
import { useEffect } from 'react';
import { formatNumber } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { clock, FONT_SCALES, THEMES, type AgendaItem, type PresentationView } from '../../../shared/presenter/api';
import { useApi, useApiMutation } from '../../api/hooks';
import { href } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { usePresenterKeys } from './keys';
import { useNow, usePresenterControl, type PresenterControl } from './presentation';
import { RoomTimer } from './RoomTimer';
import { roomWindow } from './roomWindow';
import './presenter.css';

export default function ControlPage({ id }: { id: string }) {
  const session = useApi('sessions.get', { id });
  const control = usePresenterControl(id);
  usePresenterKeys(control.actions, control.jump);
  const now = useNow(true, 1000);
  const { state: p, items, index, current } = control;

  // Opening the control window starts the presentation of this session on its first item.
  const first = items[0]?.id;
  useEffect(() => {
    if (control.loaded && !control.active && first) control.set({ itemId: first, screen: 'show' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per session start, not per render of `control`
  }, [control.loaded, control.active, first]);

  const next = index >= 0 ? (items[index + 1] ?? null) : null;
  return (
    <div className="control">
      <nav className="crumbs" aria-label={t('common.crumbs')}>
        <a href={href({ name: 'session', id })}>{t('control.back')}</a>
      </nav>
      <div className="page-head">
        <div>
          <h1 className="page-title">
            {t('control.title')}: {session.data?.title}
          </h1>
          <p className="page-lead">{t('control.openRoom.lead')}</p>
        </div>
        <div className="actions actions--head">
          <button type="button" className="button button--primary" onClick={() => void roomWindow.open()}>
            {t('control.openRoom')}
          </button>
          {roomWindow.canSwap && (
            <button type="button" className="button" onClick={() => void roomWindow.swap()}>
              {t('control.switchScreen')}
            </button>
          )}
        </div>
      </div>
      <ErrorNotice error={control.error ?? session.error} />
      {control.loaded && items.length === 0 && <p className="empty">{t('control.noItems')}</p>}

      <div className="control__grid">
        <section className="panel control__now" aria-labelledby="control-now">
          <h2 id="control-now" className="panel__title">
            {t('control.now')}
            {index >= 0 && <span className="control__n">{t('room.item', { n: index + 1, count: items.length })}</span>}
          </h2>
          {current ? <ItemSummary item={current} /> : <p className="empty">{t('room.idle')}</p>}
          <p className={`control__screen control__screen--${p.screen}`} aria-live="polite">
            {t(
              p.screen === 'black'
                ? 'control.screen.black'
                : p.screen === 'white'
                  ? 'control.screen.white'
                  : 'control.screen.show',
            )}
          </p>
          <div className="actions actions--start">
            <button type="button" className="button" onClick={control.actions.prev} disabled={index <= 0}>
              {t('control.prev')} <kbd>PageUp</kbd>
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={control.actions.next}
              disabled={index >= items.length - 1}
            >
              {t('control.forward')} <kbd>PageDown</kbd>
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={p.screen === 'black'}
              onClick={control.actions.black}
            >
              {p.screen === 'black' ? t('control.show') : t('control.black')} <kbd>B</kbd>
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={p.screen === 'white'}
              onClick={control.actions.white}
            >
              {p.screen === 'white' ? t('control.show') : t('control.white')} <kbd>W</kbd>
            </button>
          </div>
          <h3 className="control__sub">{t('control.next')}</h3>
          {next ? <ItemSummary item={next} small /> : <p className="empty">{t('control.last')}</p>}
        </section>

        <section className="panel control__time" aria-labelledby="control-time">
          <h2 id="control-time" className="panel__title">
            {t('control.clock')}
          </h2>
          <p className="control__clock">
            {new Date(now).toLocaleTimeString('nb-NO', { hour: '2-digit', minute: '2-digit' })}
          </p>
          <RoomTimer timer={p.timer} className="control__timer" />
          <div className="actions actions--start">
            <button type="button" className="button" onClick={control.actions.timer}>
              {t('control.timer.toggle')} <kbd>T</kbd>
            </button>
            {p.timer.durationMs > 0 && (
              <button type="button" className="button button--quiet" onClick={control.resetTimer}>
                {t('control.timer.reset')}
              </button>
            )}
          </div>
          {current && <ViewControls control={control} item={current} />}
          <RoomLook control={control} />
        </section>
      </div>

      <section className="panel control__agenda" aria-labelledby="control-agenda">
        <h2 id="control-agenda" className="panel__title">
          {t('agenda.title')}
        </h2>
        <ol className="control__items">
          {items.map((item, i) => (
            <li key={item.id}>
              <button
                type="button"
                className={`control__item${i === index ? ' control__item--on' : ''}`}
                aria-current={i === index ? 'step' : undefined}
                onClick={() => control.go(i)}
              >
                <span className="control__item-n">{i + 1}</span>
                <span className="control__item-time">{item.plannedStart}</span>
                <span className="control__item-title">{item.title}</span>
                <span className="control__item-meta">
                  {t(`agenda.kind.${item.kind}`)} · {t('agenda.minutes', { minutes: item.plannedMinutes })}
                  {item.actualMs > 0 && ` · ${t('agenda.actual', { time: clock(item.actualMs) })}`}
                </span>
              </button>
            </li>
          ))}
        </ol>
        <p className="panel__lead">
          <kbd>?</kbd> {t('keys.help')} · <kbd>{t('keys.jumpKeys')}</kbd> {t('keys.jump')}
        </p>
      </section>
      {session.data?.notes && (
        <section className="panel control__notes" aria-labelledby="control-notes">
          <h2 id="control-notes" className="panel__title">
            {t('control.notes')}
          </h2>
          <p className="control__notes-text">{session.data.notes}</p>
        </section>
      )}
    </div>
  );
}

function ItemSummary({ item, small = false }: { item: AgendaItem; small?: boolean }) {
  return (
    <div className={`control__summary${small ? ' control__summary--small' : ''}`}>
      <p className="control__title">{item.title}</p>
      <p className="control__meta">
        {t(`agenda.kind.${item.kind}`)} · {item.plannedStart} · {t('agenda.minutes', { minutes: item.plannedMinutes })}
      </p>
    </div>
  );
}

/** What the current tool shows in the room: the staircase or one step; area means, a statement, or a comparison. */
function ViewControls({ control, item }: { control: PresenterControl; item: AgendaItem }) {
  const v = control.state.view;
  const setView = (patch: Partial<PresentationView>) => control.set({ view: { ...v, ...patch } });
  const round = useApi('rounds.results', { id: item.refId ?? '' }, item.kind === 'round' && item.refId !== null);
  const rounds = useApi('rounds.list', { municipalityId: round.data?.round.municipalityId ?? '' }, Boolean(round.data));
  const reveal = useApiMutation('rounds.reveal');
  if (item.kind === 'board' && item.refId) {
    return (
      <fieldset className="control__view">
        <legend>{t('control.view')}</legend>
        <div className="actions actions--start">
          <button
            type="button"
            className="button button--small"
            aria-pressed={v.step === null}
            onClick={() => setView({ step: null })}
          >
            {t('control.view.staircase')}
          </button>
          {[1, 2, 3, 4, 5, 6, 7].map((s) => (
            <button
              key={s}
              type="button"
              className="button button--small"
              aria-pressed={v.step === s}
              onClick={() => setView({ step: s })}
            >
              {t('control.view.step', { step: s })}
            </button>
          ))}
        </div>
      </fieldset>
    );
  }
  if (item.kind === 'round' && round.data) {
    const r = round.data;
    return (
      <fieldset className="control__view">
        <legend>{t('control.view')}</legend>
        <p className={r.round.revealed ? 'control__revealed' : 'control__hidden'}>
          {r.round.revealed ? t('control.view.revealed') : t('control.view.hidden')}
        </p>
        <div className="actions actions--start">
          <button
            type="button"
            className="button button--small"
            onClick={() => reveal.mutate({ id: r.round.id, revealed: !r.round.revealed })}
            disabled={reveal.isPending}
          >
            {r.round.revealed ? t('control.view.hide') : t('control.view.reveal')}
          </button>
        </div>
        <div className="actions actions--start">
          {(['areas', 'statement', 'compare'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              className="button button--small"
              aria-pressed={v.analysis === mode}
              onClick={() => setView({ analysis: mode })}
            >
              {t(`control.view.${mode}`)}
            </button>
          ))}
        </div>
        {v.analysis === 'statement' && (
          <label className="field">
            <span className="field__label">{t('control.view.pickStatement')}</span>
            <select
              className="input"
              value={v.statement ?? ''}
              onChange={(e) => setView({ statement: e.target.value || null })}
            >
              <option value="">{t('agenda.ref.none')}</option>
              {(r.summary?.statements ?? []).map((s) => (
                <option key={s.code} value={s.code}>
                  {s.code} {r.set.content.statements.find((x) => x.code === s.code)?.text} (
                  {s.mean !== null ? formatNumber(s.mean, 1) : '–'})
                </option>
              ))}
            </select>
          </label>
        )}
        {v.analysis === 'compare' && (
          <label className="field">
            <span className="field__label">{t('control.view.pickRound')}</span>
            <select
              className="input"
              value={v.compareWith ?? ''}
              onChange={(e) => setView({ compareWith: e.target.value || null })}
            >
              <option value="">{t('agenda.ref.none')}</option>
              {rounds.data
                ?.filter((x) => x.id !== r.round.id)
                .map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.title}
                  </option>
                ))}
            </select>
          </label>
        )}
      </fieldset>
    );
  }
  return null;
}

function RoomLook({ control }: { control: PresenterControl }) {
  const p = control.state;
  return (
    <div className="control__look">
      <div role="group" aria-label={t('control.theme')} className="control__group">
        <span className="field__label">{t('control.theme')}</span>
        {THEMES.map((theme) => (
          <button
            key={theme}
            type="button"
            className="button button--small"
            aria-pressed={p.theme === theme}
            onClick={() => control.set({ theme })}
          >
            {t(`control.theme.${theme}`)}
          </button>
        ))}
      </div>
      <div role="group" aria-label={t('control.fontSize')} className="control__group">
        <span className="field__label">{t('control.fontSize')}</span>
        {FONT_SCALES.map((s) => (
          <button
            key={s}
            type="button"
            className="button button--small"
            aria-pressed={p.fontScale === s}
            onClick={() => control.set({ fontScale: s })}
          >
            {`${Math.round(s * 100)} %`}
          </button>
        ))}
      </div>
    </div>
  );
}

// Checklists of one municipality, one unit at a time, fast by keyboard:
// arrows move, 1/2/3 set the status, Space steps to the next, Enter opens details.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CHECK_STATUSES, tally, unitProgress, type CheckStatus, type ItemStatus } from '../../../shared/checklists';
import { lawListsFor, type ChecklistItem } from '../../../shared/content/pack';
import type { Unit } from '../../../shared/domain';
import { formatDate, formatDay } from '../../../shared/format';
import { t } from '../../../shared/i18n';
import { useApi, useApiMutation } from '../../api/hooks';
import { statusLabel, unitKindLabel } from '../../app/labels';
import { useKeyHints } from '../../app/keymap';
import { href, navigate, type Route } from '../../app/router';
import { ErrorNotice } from '../../components/ErrorNotice';
import { PageHeader } from '../../components/PageHeader';
import { ItemDetails } from './ItemDetails';
import { UnitProgressChart } from './UnitProgressChart';

type ChecklistRoute = Extract<Route, { name: 'checklists' }>;

interface ListView {
  id: string;
  heading: string;
  title: string;
  description?: string;
  items: ChecklistItem[];
}

const nextStatus = (s: CheckStatus | undefined): CheckStatus =>
  CHECK_STATUSES[(CHECK_STATUSES.indexOf(s ?? 'not_started') + 1) % CHECK_STATUSES.length];

export function ChecklistPage({ route }: { route: ChecklistRoute }) {
  const municipality = useApi('municipalities.get', { id: route.id });
  const content = useApi('content.get', { municipalityId: route.id });
  const units = useApi('units.list', { municipalityId: route.id });
  const session = useApi('sessions.get', { id: route.sessionId ?? '' }, Boolean(route.sessionId));
  // Opened from a session: its first unit, not the municipality's (wait for the session to know it).
  const sessionPending = Boolean(route.sessionId) && !session.data && !session.error;
  const unit =
    units.data?.find((u) => u.id === route.unitId) ??
    (sessionPending ? undefined : (units.data?.find((u) => session.data?.unitIds.includes(u.id)) ?? units.data?.[0]));
  const checklist = useApi('checklists.get', { unitId: unit?.id ?? '' }, Boolean(unit));
  const set = useApiMutation('checklists.set');
  const [overrides, setOverrides] = useState<Map<string, CheckStatus>>(new Map());
  const [details, setDetails] = useState<ChecklistItem | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const tabsRef = useRef<HTMLDivElement>(null);
  // The grid's keys are handled by the focused list and tabs (onListKey, onTabsKey below); `?` lists them.
  useKeyHints([
    { chords: ['ArrowUp', 'ArrowDown', 'Home', 'End'], description: t('keys.checklist.move') },
    { chords: ['1', '2', '3'], description: t('keys.checklist.status') },
    { chords: ['Space'], description: t('keys.checklist.next') },
    { chords: ['Enter'], description: t('keys.checklist.details') },
    { chords: ['ArrowLeft', 'ArrowRight'], description: t('keys.checklist.units') },
  ]);

  // Statuses typed but not yet read back, keyed by unit and item; each gives
  // way once the workbook says the same.
  const overrideKey = (unitId: string, itemId: string) => `${unitId}\u0000${itemId}`;
  useEffect(() => {
    const data = checklist.data;
    if (!data) return;
    const saved = new Map(data.statuses.map((s) => [overrideKey(data.unitId, s.itemId), s.status]));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- overrides give way to what the workbook says
    setOverrides(
      (o) =>
        new Map([...o].filter(([key, status]) => !key.startsWith(`${data.unitId}\u0000`) || saved.get(key) !== status)),
    );
  }, [checklist.data]);
  const statuses = useMemo(() => new Map((checklist.data?.statuses ?? []).map((s) => [s.itemId, s])), [checklist.data]);
  const statusOf = (itemId: string): CheckStatus | undefined =>
    (unit ? overrides.get(overrideKey(unit.id, itemId)) : undefined) ?? statuses.get(itemId)?.status;

  const pack = content.data?.content;
  const view = route.view ?? 'model';
  const lists: ListView[] = useMemo(() => {
    if (!pack || !unit) return [];
    if (view === 'model') {
      return pack.components.map((c, i) => ({
        id: c.id,
        heading: t('checklists.component', { number: i + 1 }),
        title: c.title,
        description: c.description,
        items: c.items,
      }));
    }
    const applying = lawListsFor(pack, unit);
    return (applying.length > 0 ? applying : pack.lawChecklists).map((l) => ({
      id: l.id,
      heading: l.law,
      title: l.title,
      items: l.items,
    }));
  }, [pack, unit, view]);
  const noLawForKind = Boolean(pack && unit && view === 'law' && lawListsFor(pack, unit).length === 0);

  // The first item has the focus when a unit's list opens, so the guide can start with the keys.
  const focusedOnce = useRef<string | null>(null);
  useEffect(() => {
    const key = `${unit?.id}:${view}`;
    if (!checklist.data || focusedOnce.current === key) return;
    focusedOnce.current = key;
    if (!tabsRef.current?.contains(document.activeElement))
      listRef.current?.querySelector<HTMLElement>('[data-item-id]')?.focus();
  }, [checklist.data, unit?.id, view]);

  if (municipality.error || content.error || units.error)
    return <ErrorNotice error={municipality.error ?? content.error ?? units.error} />;
  if (!municipality.data || content.isPending || !units.data || sessionPending)
    return <p className="empty">{t('app.loading')}</p>;
  const m = municipality.data;
  if (!pack) return <p className="notice notice--error">{t('model.noVariant')}</p>;

  const setStatus = (itemId: string, status: CheckStatus) => {
    if (!unit) return;
    setOverrides((o) => new Map(o).set(overrideKey(unit.id, itemId), status));
    set.mutate({ unitId: unit.id, itemId, status, sessionId: route.sessionId ?? null });
  };
  const goUnit = (u: Unit, focus = false) => {
    navigate({ ...route, unitId: u.id }, { replace: true });
    if (focus)
      requestAnimationFrame(() => tabsRef.current?.querySelector<HTMLElement>(`[data-unit-id="${u.id}"]`)?.focus());
  };

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-item-id]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0 || e.ctrlKey || e.metaKey || e.altKey) return;
    const itemId = items[index].dataset.itemId!;
    const move = (to: number) => {
      e.preventDefault();
      items[Math.max(0, Math.min(items.length - 1, to))]?.focus();
    };
    if (e.key === 'ArrowDown') move(index + 1);
    else if (e.key === 'ArrowUp') move(index - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === '1' || e.key === '2' || e.key === '3') {
      e.preventDefault();
      setStatus(itemId, CHECK_STATUSES[Number(e.key) - 1]);
    } else if (e.key === ' ') {
      e.preventDefault();
      setStatus(itemId, nextStatus(statusOf(itemId)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      setDetails(lists.flatMap((l) => l.items).find((i) => i.id === itemId) ?? null);
    }
  };

  const onTabsKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!units.data || !unit) return;
    const i = units.data.findIndex((u) => u.id === unit.id);
    const to =
      e.key === 'ArrowRight'
        ? i + 1
        : e.key === 'ArrowLeft'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? units.data.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    goUnit(units.data[(to + units.data.length) % units.data.length], true);
  };

  const progress =
    unit && view === 'model'
      ? unitProgress(
          pack,
          pack.components.flatMap((c) =>
            c.items.map((i) => ({ itemId: i.id, status: statusOf(i.id) ?? 'not_started' })),
          ),
        )
      : [];

  return (
    <>
      <PageHeader
        tight
        crumbs={[
          session.data
            ? { href: href({ name: 'session', id: session.data.id }), label: session.data.title }
            : { href: href({ name: 'municipality', id: m.id }), label: m.name },
        ]}
        title={`${t('checklists.title')} – ${m.name}`}
        lead={pack.title}
        actions={
          <div className="segmented" role="group" aria-label={t('checklists.title')}>
            {(['model', 'law'] as const).map((v) => (
              <a
                key={v}
                className={v === view ? 'segmented__option segmented__option--on' : 'segmented__option'}
                aria-current={v === view ? 'page' : undefined}
                href={href({ ...route, view: v })}
              >
                {t(v === 'model' ? 'checklists.view.model' : 'checklists.view.law')}
              </a>
            ))}
          </div>
        }
      />
      {session.data && (
        <p className="notice notice--session">
          {t('checklists.inSession', { title: session.data.title, date: formatDate(session.data.date) })}
        </p>
      )}
      <ErrorNotice error={set.error ?? checklist.error} />

      {units.data.length === 0 ? (
        <p className="empty">{t('checklists.noUnits')}</p>
      ) : (
        <>
          {/* Roving tabindex (WAI-ARIA tabs): the tabs take the focus, the arrow keys bubble up to the list. */}
          {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus -- the tabs inside are focusable */}
          <div className="tabs" role="tablist" aria-label={t('checklists.units')} ref={tabsRef} onKeyDown={onTabsKey}>
            {units.data.map((u) => (
              <button
                key={u.id}
                type="button"
                role="tab"
                data-unit-id={u.id}
                aria-selected={u.id === unit?.id}
                tabIndex={u.id === unit?.id ? 0 : -1}
                className={u.id === unit?.id ? 'tab tab--on' : 'tab'}
                onClick={() => goUnit(u)}
              >
                {u.name} <span className="tab__kind">{u.sfo ? t('units.sfo') : unitKindLabel(u.kind)}</span>
              </button>
            ))}
          </div>
          <p className="keys-help">{t('checklists.keys')}</p>
          <div className={view === 'model' ? 'checklist-layout' : 'checklist-layout checklist-layout--single'}>
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- keys of the items inside */}
            <div className="checklist" ref={listRef} onKeyDown={onListKey} role="tabpanel" aria-label={unit?.name}>
              {noLawForKind && <p className="notice">{t('checklists.noLawList')}</p>}
              {lists.map((list) => (
                <section key={list.id} className="checklist__list" aria-labelledby={`list-${list.id}`}>
                  <h2 id={`list-${list.id}`} className="checklist__title">
                    <span className="checklist__heading">{list.heading}</span> {list.title}
                    <span className="checklist__tally">
                      {t('checklists.itemsInPlace', {
                        ...tally(
                          list.items.map((i) => i.id),
                          statusOf,
                        ),
                      })}
                    </span>
                  </h2>
                  <ul className="checklist__items">
                    {list.items.map((item) => (
                      <ItemRow
                        key={item.id}
                        item={item}
                        status={statusOf(item.id)}
                        saved={statuses.get(item.id)}
                        onCycle={() => setStatus(item.id, nextStatus(statusOf(item.id)))}
                        onDetails={() => setDetails(item)}
                      />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
            {unit && view === 'model' && (
              <aside className="checklist-side">
                <UnitProgressChart unitName={unit.name} components={progress} />
              </aside>
            )}
          </div>
        </>
      )}
      {details && unit && (
        <ItemDetails
          unitId={unit.id}
          item={details}
          current={statusOf(details.id) ?? 'not_started'}
          saved={statuses.get(details.id)}
          sessionId={route.sessionId ?? null}
          onClose={() => {
            const id = details.id;
            setDetails(null);
            requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus());
          }}
        />
      )}
    </>
  );
}

function ItemRow({
  item,
  status,
  saved,
  onCycle,
  onDetails,
}: {
  item: ChecklistItem;
  status?: CheckStatus;
  saved?: ItemStatus;
  onCycle: () => void;
  onDetails: () => void;
}) {
  const s = status ?? 'not_started';
  return (
    <li className={`item item--${s}`}>
      <button type="button" className="item__main" data-item-id={item.id} onClick={onCycle}>
        <span className={`status status--${s}`}>
          <span className="status__icon" aria-hidden="true" />
          {status ? statusLabel(status) : t('status.not_started')}
        </span>
        <span className="item__text">
          {item.text}
          {item.reference && <span className="item__ref"> {item.reference}</span>}
          {saved && (
            <span className="item__meta">
              {t('checklists.changed', { date: formatDay(saved.updatedAt) })}
              {saved.confirmedBy && ` · ${t('checklists.confirmedBy', { role: saved.confirmedBy })}`}
              {saved.note && ` · ${saved.note}`}
            </span>
          )}
        </span>
      </button>
      <button
        type="button"
        className="button button--small item__details"
        tabIndex={-1}
        onClick={onDetails}
        aria-label={`${t('checklists.details')}: ${item.text}`}
      >
        {t('checklists.details')}
      </button>
    </li>
  );
}

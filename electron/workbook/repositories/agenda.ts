// A session's agenda and the one presentation row the room view follows.
// Actual time per item: while an item is on the room's screen, `item_shown_at`
// marks when it came up; leaving it adds the stretch to the item's `actual_ms`.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { NO_TIMER, type Timer } from '../../../shared/trappa/api';
import {
  DEFAULT_VIEW,
  IDLE_PRESENTATION,
  plannedStarts,
  type Agenda,
  type AgendaItem,
  type AgendaItemCreate,
  type AgendaItemUpdate,
  type Presentation,
  type PresentationSet,
  type PresentationView,
} from '../../../shared/presenter/api';
import { newId, nowIso } from '../rows';

interface ItemRow {
  id: string;
  session_id: string;
  position: number;
  kind: AgendaItem['kind'];
  title: string;
  planned_minutes: number;
  ref_id: string | null;
  points: string;
  actual_ms: number;
}
interface PresentationRow {
  session_id: string | null;
  item_id: string | null;
  item_shown_at: number | null;
  screen: Presentation['screen'];
  timer: string;
  view: string;
  theme: Presentation['theme'];
  font_scale: number;
  version: number;
}

const parseList = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};
const parse = <T>(json: string, fallback: T): T => {
  try {
    return { ...fallback, ...(JSON.parse(json) as Partial<T>) };
  } catch {
    return fallback;
  }
};

/**
 * Numbers a session's agenda items 0, 1, 2 … in their order, the item `first` before any other at its
 * position: after a restore from the trash it retakes its old place and those from there move one down.
 * A deletion leaves the others' numbers as they are (the order is all that counts), so items deleted one
 * after the other come back in their old order whichever is restored first.
 */
export function renumberAgenda(db: Database.Database, sessionId: string, first: string): void {
  const ids = db
    .prepare<[string, string], { id: string }>(
      'SELECT id FROM agenda_items WHERE session_id = ? ORDER BY position, id IS ? DESC, rowid',
    )
    .all(sessionId, first);
  const set = db.prepare('UPDATE agenda_items SET position = ? WHERE id = ? AND position <> ?');
  ids.forEach(({ id }, i) => set.run(i, id, i));
}

export function agendaRepository(db: Database.Database, now: () => number = Date.now) {
  const sessionExists = db.prepare<[string], { id: string }>('SELECT id FROM sessions WHERE id = ?');
  const startOf = db.prepare<[string], { start_time: string }>('SELECT start_time FROM agendas WHERE session_id = ?');
  const upsertStart = db.prepare(
    `INSERT INTO agendas (session_id, start_time, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET start_time = excluded.start_time, updated_at = excluded.updated_at`,
  );
  const itemsOf = db.prepare<[string], ItemRow>('SELECT * FROM agenda_items WHERE session_id = ? ORDER BY position');
  const oneItem = db.prepare<[string], ItemRow>('SELECT * FROM agenda_items WHERE id = ?');
  const insertItem = db.prepare(
    `INSERT INTO agenda_items (id, session_id, position, kind, title, planned_minutes, ref_id, points, created_at, updated_at)
     VALUES (@id, @sessionId, (SELECT coalesce(max(position) + 1, 0) FROM agenda_items WHERE session_id = @sessionId), @kind, @title, @plannedMinutes, @refId, @points, @now, @now)`,
  );
  const updateItem = db.prepare(
    'UPDATE agenda_items SET title = @title, planned_minutes = @plannedMinutes, ref_id = @refId, points = @points, updated_at = @now WHERE id = @id',
  );
  const setPosition = db.prepare('UPDATE agenda_items SET position = ?, updated_at = ? WHERE id = ?');
  const addActual = db.prepare('UPDATE agenda_items SET actual_ms = actual_ms + ?, updated_at = ? WHERE id = ?');
  const refOk = {
    board: db.prepare<[string, string], { id: string }>('SELECT id FROM boards WHERE id = ? AND session_id = ?'),
    round: db.prepare<[string, string], { id: string }>(
      'SELECT r.id FROM rounds r JOIN sessions s ON s.municipality_id = r.municipality_id WHERE r.id = ? AND s.id = ?',
    ),
  };

  const presentationRow = db.prepare<[], PresentationRow>('SELECT * FROM presentation WHERE id = 1');
  const ensurePresentation = db.prepare(
    `INSERT OR IGNORE INTO presentation (id, created_at, updated_at) VALUES (1, ?, ?)`,
  );
  const writePresentation = db.prepare(
    `UPDATE presentation SET session_id = @sessionId, item_id = @itemId, item_shown_at = @shownAt, screen = @screen, timer = @timer,
       view = @view, theme = @theme, font_scale = @fontScale, version = version + 1, updated_at = @now WHERE id = 1`,
  );

  function requireSession(sessionId: string) {
    if (!sessionExists.get(sessionId)) throw new ApiError('not_found', t('error.sessionNotFound'));
  }
  function item(id: string): ItemRow {
    const row = oneItem.get(id);
    if (!row) throw new ApiError('not_found', t('agenda.error.itemNotFound'));
    return row;
  }
  function checkRef(kind: AgendaItem['kind'], refId: string | null, sessionId: string) {
    if (refId === null) return;
    const stmt = kind === 'board' ? refOk.board : kind === 'round' ? refOk.round : null;
    if (!stmt || !stmt.get(refId, sessionId)) throw new ApiError('invalid_input', t('agenda.error.ref'));
  }
  function presentationRaw(): PresentationRow | undefined {
    return presentationRow.get();
  }

  function agenda(sessionId: string): Agenda {
    requireSession(sessionId);
    const startTime = startOf.get(sessionId)?.start_time ?? '09:00';
    const rows = itemsOf.all(sessionId);
    const starts = plannedStarts(
      startTime,
      rows.map((r) => r.planned_minutes),
    );
    const p = presentationRaw();
    const running =
      p && p.item_id && p.item_shown_at !== null ? { id: p.item_id, ms: Math.max(0, now() - p.item_shown_at) } : null;
    return {
      sessionId,
      startTime,
      items: rows.map((r, i) => ({
        id: r.id,
        sessionId: r.session_id,
        position: i,
        kind: r.kind,
        title: r.title,
        plannedMinutes: r.planned_minutes,
        refId: r.ref_id,
        points: parseList(r.points),
        plannedStart: starts[i],
        actualMs: r.actual_ms + (running?.id === r.id ? running.ms : 0),
      })),
    };
  }

  function presentation(): Presentation {
    const r = presentationRaw();
    if (!r) return IDLE_PRESENTATION;
    return {
      sessionId: r.session_id,
      itemId: r.item_id,
      screen: r.screen,
      timer: parse<Timer>(r.timer, NO_TIMER),
      view: parse<PresentationView>(r.view, DEFAULT_VIEW),
      theme: r.theme,
      fontScale: r.font_scale,
      version: r.version,
    };
  }

  return {
    agenda,
    setStart(sessionId: string, startTime: string): Agenda {
      requireSession(sessionId);
      const ts = nowIso();
      upsertStart.run(sessionId, startTime, ts, ts);
      return agenda(sessionId);
    },
    add(input: z.output<typeof AgendaItemCreate>): Agenda {
      requireSession(input.sessionId);
      checkRef(input.kind, input.refId, input.sessionId);
      insertItem.run({ ...input, id: newId(), points: JSON.stringify(input.points), now: nowIso() });
      return agenda(input.sessionId);
    },
    update(input: z.output<typeof AgendaItemUpdate>): Agenda {
      const row = item(input.id);
      const refId = input.refId === undefined ? row.ref_id : input.refId;
      if (refId !== row.ref_id) checkRef(row.kind, refId, row.session_id);
      updateItem.run({
        id: row.id,
        title: input.title ?? row.title,
        plannedMinutes: input.plannedMinutes ?? row.planned_minutes,
        refId,
        points: input.points ? JSON.stringify(input.points) : row.points,
        now: nowIso(),
      });
      return agenda(row.session_id);
    },
    /** Moves an item to `position` (clamped); the others close up in order. */
    move(id: string, position: number): Agenda {
      const row = item(id);
      const others = itemsOf.all(row.session_id).filter((r) => r.id !== id);
      others.splice(Math.min(position, others.length), 0, row);
      const ts = nowIso();
      others.forEach((r, i) => setPosition.run(i, ts, r.id));
      return agenda(row.session_id);
    },
    presentation,
    /** Changes the presentation; a new current item closes the actual time of the one before. */
    setPresentation(input: z.output<typeof PresentationSet>): Presentation {
      const ts = nowIso();
      ensurePresentation.run(ts, ts);
      const before = presentationRaw()!;
      const current = presentation();
      const sessionId = input.sessionId === undefined ? current.sessionId : input.sessionId;
      if (sessionId !== null) requireSession(sessionId);
      let itemId = input.itemId === undefined ? current.itemId : input.itemId;
      if (sessionId !== current.sessionId && input.itemId === undefined) itemId = null;
      if (itemId !== null && item(itemId).session_id !== sessionId)
        throw new ApiError('invalid_input', t('agenda.error.itemOtherSession'));
      let shownAt = before.item_shown_at;
      const at = now();
      if (itemId !== current.itemId) {
        if (current.itemId && before.item_shown_at !== null && oneItem.get(current.itemId))
          addActual.run(Math.max(0, at - before.item_shown_at), ts, current.itemId);
        shownAt = itemId === null ? null : at;
      }
      const itemChanged = itemId !== current.itemId;
      writePresentation.run({
        sessionId,
        itemId,
        shownAt,
        screen: input.screen ?? current.screen,
        timer: JSON.stringify(input.timer ?? current.timer),
        // A new item starts on its overview (the whole staircase, the area means).
        view: JSON.stringify(input.view ?? (itemChanged ? DEFAULT_VIEW : current.view)),
        theme: input.theme ?? current.theme,
        fontScale: input.fontScale ?? current.fontScale,
        now: ts,
      });
      return presentation();
    },
  };
}

// Deletion with undo: the rows a deletion removes (with everything that
// cascades from them) are kept as JSON in `trash`, then deleted for real.
// Restoring puts the same rows back with the same ids.
import type Database from 'better-sqlite3';
import type { Restored, TrashEntry, TrashKind } from '../../../shared/domain';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { newId, nowIso } from '../rows';

/** Tables in the order rows must be put back (parents first). */
const TABLES = ['municipalities', 'municipality_content', 'units', 'sessions', 'session_units', 'checklist_status', 'checklist_log'] as const;
type Table = (typeof TABLES)[number];
type RowData = Record<string, unknown>;
type Payload = {
  rootId: string;
  /** Checklist rows that pointed at a deleted session (they stay, with no session): re-pointed on restore. */
  relink?: { logIds: string[]; statusKeys: { unit_id: string; item_id: string }[] };
} & Partial<Record<Table, RowData[]>>;

export const TRASH_KEPT = 100;

interface TrashRow {
  id: string;
  kind: TrashKind;
  label: string;
  municipality_id: string | null;
  payload: string;
  created_at: string;
}

const toEntry = (r: TrashRow): TrashEntry => ({
  id: r.id,
  kind: r.kind,
  label: r.label,
  municipalityId: r.municipality_id,
  deletedAt: r.created_at,
});

export function trashRepository(db: Database.Database) {
  const rows = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as RowData[];
  const insertTrash = db.prepare(
    `INSERT INTO trash (id, kind, label, municipality_id, payload, created_at, updated_at)
     VALUES (@id, @kind, @label, @municipalityId, @payload, @now, @now)`,
  );
  const list = db.prepare<[], TrashRow>('SELECT * FROM trash ORDER BY created_at DESC, rowid DESC');
  const one = db.prepare<[string], TrashRow>('SELECT * FROM trash WHERE id = ?');
  const removeTrash = db.prepare('DELETE FROM trash WHERE id = ?');
  const prune = db.prepare(
    `DELETE FROM trash WHERE id NOT IN (SELECT id FROM trash ORDER BY created_at DESC, rowid DESC LIMIT ${TRASH_KEPT})`,
  );
  const relinkLog = db.prepare('UPDATE checklist_log SET session_id = ? WHERE id = ? AND session_id IS NULL');
  const relinkStatus = db.prepare('UPDATE checklist_status SET session_id = ? WHERE unit_id = ? AND item_id = ? AND session_id IS NULL');
  const exists: Record<'municipality' | 'unit' | 'session', Database.Statement<[string]>> = {
    municipality: db.prepare('SELECT 1 FROM municipalities WHERE id = ?'),
    unit: db.prepare('SELECT 1 FROM units WHERE id = ?'),
    session: db.prepare('SELECT 1 FROM sessions WHERE id = ?'),
  };

  function collect(kind: TrashKind, id: string): { payload: Payload; label: string; municipalityId: string | null } {
    if (kind === 'municipality') {
      const m = rows('SELECT * FROM municipalities WHERE id = ?', id);
      if (m.length === 0) throw new ApiError('not_found', t('error.municipalityNotFound'));
      return {
        label: String(m[0].name),
        municipalityId: null,
        payload: {
          rootId: id,
          municipalities: m,
          units: rows('SELECT * FROM units WHERE municipality_id = ?', id),
          sessions: rows('SELECT * FROM sessions WHERE municipality_id = ?', id),
          session_units: rows(
            'SELECT su.* FROM session_units su JOIN sessions s ON s.id = su.session_id WHERE s.municipality_id = ?',
            id,
          ),
          municipality_content: rows('SELECT * FROM municipality_content WHERE municipality_id = ?', id),
          checklist_status: rows('SELECT cs.* FROM checklist_status cs JOIN units u ON u.id = cs.unit_id WHERE u.municipality_id = ?', id),
          checklist_log: rows('SELECT cl.* FROM checklist_log cl JOIN units u ON u.id = cl.unit_id WHERE u.municipality_id = ?', id),
        },
      };
    }
    if (kind === 'unit') {
      const u = rows('SELECT * FROM units WHERE id = ?', id);
      if (u.length === 0) throw new ApiError('not_found', t('error.unitNotFound'));
      return {
        label: String(u[0].name),
        municipalityId: String(u[0].municipality_id),
        payload: {
          rootId: id,
          units: u,
          session_units: rows('SELECT * FROM session_units WHERE unit_id = ?', id),
          checklist_status: rows('SELECT * FROM checklist_status WHERE unit_id = ?', id),
          checklist_log: rows('SELECT * FROM checklist_log WHERE unit_id = ?', id),
        },
      };
    }
    const s = rows('SELECT * FROM sessions WHERE id = ?', id);
    if (s.length === 0) throw new ApiError('not_found', t('error.sessionNotFound'));
    return {
      label: String(s[0].title),
      municipalityId: String(s[0].municipality_id),
      payload: {
        rootId: id,
        sessions: s,
        session_units: rows('SELECT * FROM session_units WHERE session_id = ?', id),
        relink: {
          logIds: rows('SELECT id FROM checklist_log WHERE session_id = ?', id).map((r) => String(r.id)),
          statusKeys: rows('SELECT unit_id, item_id FROM checklist_status WHERE session_id = ?', id) as { unit_id: string; item_id: string }[],
        },
      },
    };
  }

  const deleteRoot: Record<TrashKind, Database.Statement<[string]>> = {
    municipality: db.prepare('DELETE FROM municipalities WHERE id = ?'),
    unit: db.prepare('DELETE FROM units WHERE id = ?'),
    session: db.prepare('DELETE FROM sessions WHERE id = ?'),
  };

  function insertRows(table: Table, data: RowData[]): void {
    for (const row of data) {
      const columns = Object.keys(row);
      if (!columns.every((c) => /^[a-z_]+$/.test(c))) throw new Error(`Bad column in trash payload for ${table}`);
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
    }
  }

  return {
    list: (): TrashEntry[] => list.all().map(toEntry),

    /** Delete a municipality, unit or session (cascading), keeping it for undo. Call inside a transaction. */
    remove(kind: TrashKind, id: string): TrashEntry {
      const { payload, label, municipalityId } = collect(kind, id);
      const entryId = newId();
      insertTrash.run({ id: entryId, kind, label, municipalityId, payload: JSON.stringify(payload), now: nowIso() });
      deleteRoot[kind].run(id);
      prune.run();
      return toEntry(one.get(entryId)!);
    },

    /** Put a deleted thing back with its ids. Call inside a transaction. */
    restore(entryId: string): Restored {
      const entry = one.get(entryId);
      if (!entry) throw new ApiError('not_found', t('error.trashNotFound'));
      const payload = JSON.parse(entry.payload) as Payload;
      if (exists[entry.kind].get(payload.rootId)) {
        throw new ApiError('conflict', t('error.restoreConflict', { label: entry.label }));
      }
      if (entry.municipality_id && !exists.municipality.get(entry.municipality_id)) {
        throw new ApiError('conflict', t('error.restoreParentMissing', { label: entry.label }));
      }
      for (const table of TABLES) {
        let data = payload[table] ?? [];
        // A link survives only if both ends exist again.
        if (table === 'session_units') {
          data = data.filter((r) => exists.session.get(String(r.session_id)) && exists.unit.get(String(r.unit_id)));
        }
        // Checklist work survives a session that has gone since: it just loses the link.
        if (table === 'checklist_status' || table === 'checklist_log') {
          data = data.map((r) => (r.session_id && !exists.session.get(String(r.session_id)) ? { ...r, session_id: null } : r));
        }
        insertRows(table, data);
      }
      if (payload.relink) {
        for (const logId of payload.relink.logIds) relinkLog.run(payload.rootId, logId);
        for (const k of payload.relink.statusKeys) relinkStatus.run(payload.rootId, k.unit_id, k.item_id);
      }
      removeTrash.run(entryId);
      return { kind: entry.kind, id: payload.rootId, label: entry.label };
    },
  };
}

// Deletion with undo: the rows a deletion removes (with everything that
// cascades from them) are kept as JSON in `trash`, then deleted for real.
// Restoring puts the same rows back with the same ids. Rows that only lose a
// link (ON DELETE SET NULL) are recorded too and re-linked on restore.
import type Database from 'better-sqlite3';
import type { Restored, TrashEntry, TrashKind } from '../../../shared/domain';
import { ApiError } from '../../../shared/api/result';
import { t, type MessageKey } from '../../../shared/i18n';
import { newId, nowIso } from '../rows';

/** Tables in the order rows must be put back (parents first). */
const TABLES = [
  'municipalities',
  'municipality_content',
  'units',
  'sessions',
  'session_units',
  'checklist_status',
  'checklist_log',
  'rounds',
  'round_units',
  'respondents',
  'answers',
  'consensus',
  'boards',
  'cards',
  'actions',
  'agendas',
  'agenda_items',
] as const;
type Table = (typeof TABLES)[number];
type RowData = Record<string, unknown>;

/** Rows that keep living after the deletion but lose their link: put the link back on restore. */
interface Relink {
  table: 'checklist_log' | 'checklist_status' | 'rounds' | 'respondents' | 'boards' | 'actions';
  column: 'session_id' | 'unit_id';
  keys: RowData[];
}
type Payload = { rootId: string; relink?: Relink[] } & Partial<Record<Table, RowData[]>>;

interface KindSpec {
  table: 'municipalities' | 'units' | 'sessions' | 'rounds' | 'boards';
  /** What must exist again before a restore (the municipality, or for a board its session). */
  parent?: { column: 'municipality_id' | 'session_id'; table: 'municipalities' | 'sessions'; missing: MessageKey };
  labelColumn: string;
  notFound: MessageKey;
  /** What the deletion takes with it: table -> SQL selecting those rows by the root id. */
  keep: Partial<Record<Table, string>>;
  relink?: { table: Relink['table']; column: Relink['column']; keyColumns: string[] }[];
}

const IN_ROUNDS_OF_MUNICIPALITY = 'SELECT id FROM rounds WHERE municipality_id = ?';
const SPECS: Record<TrashKind, KindSpec> = {
  municipality: {
    table: 'municipalities',
    labelColumn: 'name',
    notFound: 'error.municipalityNotFound',
    keep: {
      municipalities: 'SELECT * FROM municipalities WHERE id = ?',
      municipality_content: 'SELECT * FROM municipality_content WHERE municipality_id = ?',
      units: 'SELECT * FROM units WHERE municipality_id = ?',
      sessions: 'SELECT * FROM sessions WHERE municipality_id = ?',
      session_units: 'SELECT su.* FROM session_units su JOIN sessions s ON s.id = su.session_id WHERE s.municipality_id = ?',
      checklist_status: 'SELECT cs.* FROM checklist_status cs JOIN units u ON u.id = cs.unit_id WHERE u.municipality_id = ?',
      checklist_log: 'SELECT cl.* FROM checklist_log cl JOIN units u ON u.id = cl.unit_id WHERE u.municipality_id = ?',
      rounds: 'SELECT * FROM rounds WHERE municipality_id = ?',
      round_units: `SELECT * FROM round_units WHERE round_id IN (${IN_ROUNDS_OF_MUNICIPALITY})`,
      respondents: `SELECT * FROM respondents WHERE round_id IN (${IN_ROUNDS_OF_MUNICIPALITY})`,
      answers: `SELECT a.* FROM answers a JOIN respondents p ON p.id = a.respondent_id WHERE p.round_id IN (${IN_ROUNDS_OF_MUNICIPALITY})`,
      consensus: `SELECT * FROM consensus WHERE round_id IN (${IN_ROUNDS_OF_MUNICIPALITY})`,
      boards: 'SELECT b.* FROM boards b JOIN sessions s ON s.id = b.session_id WHERE s.municipality_id = ?',
      cards: 'SELECT c.* FROM cards c JOIN boards b ON b.id = c.board_id JOIN sessions s ON s.id = b.session_id WHERE s.municipality_id = ?',
      actions: 'SELECT * FROM actions WHERE municipality_id = ?',
      agendas: 'SELECT a.* FROM agendas a JOIN sessions s ON s.id = a.session_id WHERE s.municipality_id = ?',
      agenda_items: 'SELECT i.* FROM agenda_items i JOIN sessions s ON s.id = i.session_id WHERE s.municipality_id = ?',
    },
  },
  unit: {
    table: 'units',
    labelColumn: 'name',
    notFound: 'error.unitNotFound',
    keep: {
      units: 'SELECT * FROM units WHERE id = ?',
      session_units: 'SELECT * FROM session_units WHERE unit_id = ?',
      checklist_status: 'SELECT * FROM checklist_status WHERE unit_id = ?',
      checklist_log: 'SELECT * FROM checklist_log WHERE unit_id = ?',
      round_units: 'SELECT * FROM round_units WHERE unit_id = ?',
    },
    relink: [
      { table: 'respondents', column: 'unit_id', keyColumns: ['id'] },
      { table: 'boards', column: 'unit_id', keyColumns: ['id'] },
      { table: 'actions', column: 'unit_id', keyColumns: ['id'] },
    ],
  },
  session: {
    table: 'sessions',
    labelColumn: 'title',
    notFound: 'error.sessionNotFound',
    keep: {
      sessions: 'SELECT * FROM sessions WHERE id = ?',
      session_units: 'SELECT * FROM session_units WHERE session_id = ?',
      boards: 'SELECT * FROM boards WHERE session_id = ?',
      cards: 'SELECT c.* FROM cards c JOIN boards b ON b.id = c.board_id WHERE b.session_id = ?',
      agendas: 'SELECT * FROM agendas WHERE session_id = ?',
      agenda_items: 'SELECT * FROM agenda_items WHERE session_id = ?',
    },
    relink: [
      { table: 'actions', column: 'session_id', keyColumns: ['id'] },
      { table: 'checklist_log', column: 'session_id', keyColumns: ['id'] },
      { table: 'checklist_status', column: 'session_id', keyColumns: ['unit_id', 'item_id'] },
      { table: 'rounds', column: 'session_id', keyColumns: ['id'] },
    ],
  },
  board: {
    table: 'boards',
    labelColumn: 'title',
    notFound: 'error.boardNotFound',
    parent: { column: 'session_id', table: 'sessions', missing: 'error.restoreSessionMissing' },
    keep: {
      boards: 'SELECT * FROM boards WHERE id = ?',
      cards: 'SELECT * FROM cards WHERE board_id = ?',
    },
  },
  round: {
    table: 'rounds',
    labelColumn: 'title',
    notFound: 'error.roundNotFound',
    keep: {
      rounds: 'SELECT * FROM rounds WHERE id = ?',
      round_units: 'SELECT * FROM round_units WHERE round_id = ?',
      respondents: 'SELECT * FROM respondents WHERE round_id = ?',
      answers: 'SELECT a.* FROM answers a JOIN respondents p ON p.id = a.respondent_id WHERE p.round_id = ?',
      consensus: 'SELECT * FROM consensus WHERE round_id = ?',
    },
  },
};

/** Link rows survive a restore only if both ends exist again. */
const LINK_ENDS: Partial<Record<Table, [string, 'sessions' | 'units' | 'rounds'][]>> = {
  session_units: [
    ['session_id', 'sessions'],
    ['unit_id', 'units'],
  ],
  round_units: [
    ['round_id', 'rounds'],
    ['unit_id', 'units'],
  ],
};
/** Optional links that are dropped (set to NULL) if their target is gone since. */
const OPTIONAL_LINKS: Partial<Record<Table, [string, 'sessions' | 'units' | 'cards'][]>> = {
  checklist_status: [['session_id', 'sessions']],
  checklist_log: [['session_id', 'sessions']],
  rounds: [['session_id', 'sessions']],
  respondents: [['unit_id', 'units']],
  boards: [['unit_id', 'units']],
  actions: [
    ['session_id', 'sessions'],
    ['unit_id', 'units'],
    ['card_id', 'cards'],
  ],
};

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

const NAME = /^[a-z_]+$/;

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
  const exists = (table: string, id: unknown) => db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

  function insertRows(table: Table, data: RowData[]): void {
    for (const row of data) {
      const columns = Object.keys(row);
      if (!columns.every((c) => NAME.test(c))) throw new Error(`Bad column in trash payload for ${table}`);
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
    }
  }

  return {
    list: (): TrashEntry[] => list.all().map(toEntry),

    /** Delete a municipality, unit, session or round (cascading), keeping it for undo. Call inside a transaction. */
    remove(kind: TrashKind, id: string): TrashEntry {
      const spec = SPECS[kind];
      const root = rows(`SELECT * FROM ${spec.table} WHERE id = ?`, id)[0];
      if (!root) throw new ApiError('not_found', t(spec.notFound));
      const payload: Payload = { rootId: id };
      for (const [table, sql] of Object.entries(spec.keep) as [Table, string][]) {
        payload[table] = rows(sql, ...Array<string>((sql.match(/\?/g) ?? []).length).fill(id));
      }
      payload.relink = (spec.relink ?? []).map((r) => ({
        table: r.table,
        column: r.column,
        keys: rows(`SELECT ${r.keyColumns.join(', ')} FROM ${r.table} WHERE ${r.column} = ?`, id),
      }));
      const entryId = newId();
      const municipalityId =
        kind === 'municipality'
          ? null
          : root.municipality_id !== undefined
            ? String(root.municipality_id)
            : String((db.prepare('SELECT municipality_id FROM sessions WHERE id = ?').get(root.session_id) as { municipality_id: string }).municipality_id);
      insertTrash.run({
        id: entryId,
        kind,
        label: String(root[spec.labelColumn]),
        municipalityId,
        payload: JSON.stringify(payload),
        now: nowIso(),
      });
      db.prepare(`DELETE FROM ${spec.table} WHERE id = ?`).run(id);
      prune.run();
      return toEntry(one.get(entryId)!);
    },

    /** Put a deleted thing back with its ids. Call inside a transaction. */
    restore(entryId: string): Restored {
      const entry = one.get(entryId);
      if (!entry) throw new ApiError('not_found', t('error.trashNotFound'));
      const payload = JSON.parse(entry.payload) as Payload;
      if (exists(SPECS[entry.kind].table, payload.rootId)) throw new ApiError('conflict', t('error.restoreConflict', { label: entry.label }));
      if (entry.municipality_id && !exists('municipalities', entry.municipality_id)) {
        throw new ApiError('conflict', t('error.restoreParentMissing', { label: entry.label }));
      }
      const parent = SPECS[entry.kind].parent;
      const rootRow = payload[SPECS[entry.kind].table]?.[0];
      if (parent && rootRow && !exists(parent.table, rootRow[parent.column])) {
        throw new ApiError('conflict', t(parent.missing, { label: entry.label }));
      }
      for (const table of TABLES) {
        let data = payload[table] ?? [];
        const ends = LINK_ENDS[table];
        if (ends) data = data.filter((r) => ends.every(([column, target]) => exists(target, r[column])));
        const optional = OPTIONAL_LINKS[table];
        if (optional) {
          data = data.map((r) => {
            const copy = { ...r };
            for (const [column, target] of optional) if (copy[column] && !exists(target, copy[column])) copy[column] = null;
            return copy;
          });
        }
        insertRows(table, data);
      }
      for (const r of payload.relink ?? []) {
        for (const key of r.keys) {
          const columns = Object.keys(key);
          if (![r.table, r.column, ...columns].every((n) => NAME.test(n))) throw new Error('Bad relink in trash payload');
          db.prepare(`UPDATE ${r.table} SET ${r.column} = ? WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} AND ${r.column} IS NULL`).run(
            payload.rootId,
            ...columns.map((c) => key[c]),
          );
        }
      }
      removeTrash.run(entryId);
      return { kind: entry.kind, id: payload.rootId, label: entry.label };
    },
  };
}

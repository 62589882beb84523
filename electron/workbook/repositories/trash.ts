// Deletion with undo: the rows a deletion removes (with everything that
// cascades from them) are kept as JSON in `trash`, then deleted for real.
// Restoring puts the same rows back with the same ids. Rows that only lose a
// link (ON DELETE SET NULL) are recorded too and re-linked on restore.
import type Database from 'better-sqlite3';
import type { Restored, TrashEntry, TrashKind } from '../../../shared/domain';
import { ApiError } from '../../../shared/api/result';
import type { DeletionPreview } from '../../../shared/api/contract';
import { t, type MessageKey } from '../../../shared/i18n';
import { newId, nowIso } from '../rows';
import { MUNICIPALITY_TABLES } from '../owned';
import { renumberAgenda } from './agenda';
import { migrations as allMigrations, type Migration, type KeptRows } from '../migrations';

/** Tables in the order rows must be put back (parents first): everything a municipality owns. */
const TABLES = MUNICIPALITY_TABLES.map((t) => t.table);
type Table = string;
type RowData = Record<string, unknown>;

/** Rows that keep living after the deletion but lose their link: put the link back on restore. */
interface Relink {
  table:
    | 'checklist_log'
    | 'checklist_status'
    | 'rounds'
    | 'respondents'
    | 'boards'
    | 'actions'
    | 'plan_activities'
    | 'plan_evaluations'
    | 'plan_routines';
  column: 'session_id' | 'unit_id' | 'round_id' | 'role_id' | 'routine_id';
  keys: RowData[];
}
type Payload = { rootId: string; relink?: Relink[]; [table: string]: unknown };
const tableRows = (payload: Payload, table: string) => (payload[table] as RowData[] | undefined) ?? [];

interface KindSpec {
  table:
    | 'municipalities'
    | 'units'
    | 'sessions'
    | 'rounds'
    | 'boards'
    | 'plans'
    | 'plan_roles'
    | 'plan_phases'
    | 'plan_activities'
    | 'plan_routines'
    | 'plan_evaluations'
    | 'agenda_items';
  /** What must exist again before a restore (the municipality, or for a board its session). */
  parent?: {
    column: 'municipality_id' | 'session_id' | 'plan_id' | 'phase_id';
    table: 'municipalities' | 'sessions' | 'plans' | 'plan_phases';
    missing: MessageKey;
  };
  labelColumn: string;
  notFound: MessageKey;
  /** What the deletion takes with it: table -> SQL selecting those rows by the root id. */
  keep: Partial<Record<Table, string>>;
  relink?: { table: Relink['table']; column: Relink['column']; keyColumns: string[] }[];
  /** Run after the rows are back (e.g. an agenda item retakes its place among the others). */
  afterRestore?: (db: Database.Database, root: RowData) => void;
}

/** A plan item comes back only into its plan. */
const IN_PLAN = { column: 'plan_id', table: 'plans', missing: 'error.restorePlanMissing' } as const;
/** Everything a plan holds, selected by the plan ids `inPlans` (SQL with one parameter). */
const planRows = (inPlans: string): Partial<Record<Table, string>> => ({
  plans: `SELECT * FROM plans WHERE id IN (${inPlans})`,
  plan_goals: `SELECT * FROM plan_goals WHERE plan_id IN (${inPlans})`,
  plan_roles: `SELECT * FROM plan_roles WHERE plan_id IN (${inPlans})`,
  plan_role_members: `SELECT m.* FROM plan_role_members m JOIN plan_roles r ON r.id = m.role_id WHERE r.plan_id IN (${inPlans})`,
  plan_phases: `SELECT * FROM plan_phases WHERE plan_id IN (${inPlans})`,
  plan_activities: `SELECT * FROM plan_activities WHERE plan_id IN (${inPlans})`,
  plan_activity_roles: `SELECT ar.* FROM plan_activity_roles ar JOIN plan_activities a ON a.id = ar.activity_id WHERE a.plan_id IN (${inPlans})`,
  plan_routines: `SELECT * FROM plan_routines WHERE plan_id IN (${inPlans})`,
  plan_evaluations: `SELECT * FROM plan_evaluations WHERE plan_id IN (${inPlans})`,
});
const SPECS: Record<TrashKind, KindSpec> = {
  municipality: {
    table: 'municipalities',
    labelColumn: 'name',
    notFound: 'error.municipalityNotFound',
    keep: Object.fromEntries(MUNICIPALITY_TABLES.map((t) => [t.table, t.select])),
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
      { table: 'plan_activities', column: 'session_id', keyColumns: ['id'] },
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
    relink: [{ table: 'plan_evaluations', column: 'round_id', keyColumns: ['id'] }],
  },
  plan: {
    table: 'plans',
    labelColumn: 'title',
    notFound: 'error.planNotFound',
    keep: planRows('?'),
  },
  plan_role: {
    table: 'plan_roles',
    labelColumn: 'name',
    notFound: 'error.planItemNotFound',
    parent: IN_PLAN,
    keep: {
      plan_roles: 'SELECT * FROM plan_roles WHERE id = ?',
      plan_role_members: 'SELECT * FROM plan_role_members WHERE role_id = ?',
      plan_activity_roles: 'SELECT * FROM plan_activity_roles WHERE role_id = ?',
    },
    relink: [{ table: 'plan_routines', column: 'role_id', keyColumns: ['id'] }],
  },
  plan_phase: {
    table: 'plan_phases',
    labelColumn: 'name',
    notFound: 'error.planItemNotFound',
    parent: IN_PLAN,
    keep: {
      plan_phases: 'SELECT * FROM plan_phases WHERE id = ?',
      plan_activities: 'SELECT * FROM plan_activities WHERE phase_id = ?',
      plan_activity_roles:
        'SELECT ar.* FROM plan_activity_roles ar JOIN plan_activities a ON a.id = ar.activity_id WHERE a.phase_id = ?',
    },
  },
  plan_activity: {
    table: 'plan_activities',
    labelColumn: 'text',
    notFound: 'error.planItemNotFound',
    parent: { column: 'phase_id', table: 'plan_phases', missing: 'error.restorePhaseMissing' },
    keep: {
      plan_activities: 'SELECT * FROM plan_activities WHERE id = ?',
      plan_activity_roles: 'SELECT * FROM plan_activity_roles WHERE activity_id = ?',
    },
  },
  plan_routine: {
    table: 'plan_routines',
    labelColumn: 'title',
    notFound: 'error.planItemNotFound',
    parent: IN_PLAN,
    keep: { plan_routines: 'SELECT * FROM plan_routines WHERE id = ?' },
    relink: [{ table: 'plan_evaluations', column: 'routine_id', keyColumns: ['id'] }],
  },
  plan_evaluation: {
    table: 'plan_evaluations',
    labelColumn: 'month',
    notFound: 'error.planItemNotFound',
    parent: IN_PLAN,
    keep: { plan_evaluations: 'SELECT * FROM plan_evaluations WHERE id = ?' },
  },
  agenda_item: {
    table: 'agenda_items',
    labelColumn: 'title',
    notFound: 'agenda.error.itemNotFound',
    parent: { column: 'session_id', table: 'sessions', missing: 'error.restoreSessionMissing' },
    keep: { agenda_items: 'SELECT * FROM agenda_items WHERE id = ?' },
    afterRestore: (db, root) => renumberAgenda(db, String(root.session_id), String(root.id)),
  },
};

/** Link rows survive a restore only if both ends exist again. */
const LINK_ENDS: Partial<
  Record<Table, [string, 'sessions' | 'units' | 'rounds' | 'plan_activities' | 'plan_roles'][]>
> = {
  plan_activity_roles: [
    ['activity_id', 'plan_activities'],
    ['role_id', 'plan_roles'],
  ],
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
const OPTIONAL_LINKS: Partial<
  Record<Table, [string, 'sessions' | 'units' | 'cards' | 'rounds' | 'plan_roles' | 'plan_routines'][]>
> = {
  plan_routines: [['role_id', 'plan_roles']],
  plan_activities: [['session_id', 'sessions']],
  plan_evaluations: [
    ['round_id', 'rounds'],
    ['routine_id', 'plan_routines'],
  ],
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
  schema_version: number | null;
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

/** Entries from before versions were recorded were written under version 4 at the latest. */
const UNRECORDED_VERSION = 4;

export function trashRepository(db: Database.Database, migrations: readonly Migration[] = allMigrations) {
  const rows = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as RowData[];
  const insertTrash = db.prepare(
    `INSERT INTO trash (id, kind, label, municipality_id, payload, schema_version, created_at, updated_at)
     VALUES (@id, @kind, @label, @municipalityId, @payload, @schemaVersion, @now, @now)`,
  );
  const list = db.prepare<[], TrashRow>('SELECT * FROM trash ORDER BY created_at DESC, rowid DESC');
  const one = db.prepare<[string], TrashRow>('SELECT * FROM trash WHERE id = ?');
  const removeTrash = db.prepare('DELETE FROM trash WHERE id = ?');
  const prune = db.prepare(
    `DELETE FROM trash WHERE id NOT IN (SELECT id FROM trash ORDER BY created_at DESC, rowid DESC LIMIT ${TRASH_KEPT})`,
  );
  const exists = (table: string, id: unknown) =>
    db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;

  const columnsOf = new Map<string, Set<string>>();
  const currentColumns = (table: string) => {
    if (!columnsOf.has(table))
      columnsOf.set(
        table,
        new Set(
          db
            .prepare(`PRAGMA table_info(${table})`)
            .all()
            .map((c) => (c as { name: string }).name),
        ),
      );
    return columnsOf.get(table)!;
  };

  function insertRows(table: Table, data: RowData[]): void {
    // Rows kept under an earlier version: columns added since take their
    // defaults; a column no longer in the table is left out.
    const known = currentColumns(table);
    for (const whole of data) {
      const row = Object.fromEntries(Object.entries(whole).filter(([c]) => known.has(c)));
      const columns = Object.keys(row);
      if (!columns.every((c) => NAME.test(c))) throw new Error(`Bad column in trash payload for ${table}`);
      db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(
        row,
      );
    }
  }

  /** The rows a deletion would take, per table (the same queries `remove` keeps). */
  const taken = (kind: TrashKind, id: string) => {
    const spec = SPECS[kind];
    if (!exists(spec.table, id)) throw new ApiError('not_found', t(spec.notFound));
    return Object.fromEntries(
      (Object.entries(spec.keep) as [Table, string][]).map(([table, sql]) => [
        table,
        rows(sql, ...Array<string>((sql.match(/\?/g) ?? []).length).fill(id)),
      ]),
    ) as Partial<Record<Table, RowData[]>>;
  };

  return {
    list: (): TrashEntry[] => list.all().map(toEntry),

    /** What deleting this would take with it, counted (for the confirmation). Cards counted only while not deleted. */
    preview(kind: TrashKind, id: string): DeletionPreview {
      const rowsOf = taken(kind, id);
      const n = (table: Table) => rowsOf[table]?.length ?? 0;
      return {
        units: n('units'),
        sessions: n('sessions'),
        rounds: n('rounds'),
        respondents: n('respondents'),
        boards: n('boards'),
        cards: (rowsOf.cards ?? []).filter((c) => !c.deleted).length,
        actions: n('actions'),
      };
    },

    /** Delete a municipality, unit, session or round (cascading), keeping it for undo. Call inside a transaction. */
    remove(kind: TrashKind, id: string): TrashEntry {
      const spec = SPECS[kind];
      const root = rows(`SELECT * FROM ${spec.table} WHERE id = ?`, id)[0];
      if (!root) throw new ApiError('not_found', t(spec.notFound));
      const payload: Payload = { rootId: id, ...taken(kind, id) };
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
            : root.plan_id !== undefined
              ? String(
                  (
                    db.prepare('SELECT municipality_id FROM plans WHERE id = ?').get(root.plan_id) as {
                      municipality_id: string;
                    }
                  ).municipality_id,
                )
              : String(
                  (
                    db.prepare('SELECT municipality_id FROM sessions WHERE id = ?').get(root.session_id) as {
                      municipality_id: string;
                    }
                  ).municipality_id,
                );
      insertTrash.run({
        id: entryId,
        kind,
        label: String(root[spec.labelColumn]),
        municipalityId,
        payload: JSON.stringify(payload),
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
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
      // Written under an earlier schema: let each later migration reshape the rows.
      const writtenUnder = entry.schema_version ?? UNRECORDED_VERSION;
      for (const m of migrations)
        if (m.version > writtenUnder && m.upgradeRows) m.upgradeRows(payload as unknown as KeptRows);
      if (exists(SPECS[entry.kind].table, payload.rootId))
        throw new ApiError('conflict', t('error.restoreConflict', { label: entry.label }));
      if (entry.municipality_id && !exists('municipalities', entry.municipality_id)) {
        throw new ApiError('conflict', t('error.restoreParentMissing', { label: entry.label }));
      }
      // One plan per municipality: a plan made since the deletion stays, the old one is not put back.
      if (
        entry.kind === 'plan' &&
        db.prepare('SELECT 1 FROM plans WHERE municipality_id = ?').get(entry.municipality_id) !== undefined
      ) {
        throw new ApiError('conflict', t('error.restorePlanExists', { label: entry.label }));
      }
      const parent = SPECS[entry.kind].parent;
      const rootRow = tableRows(payload, SPECS[entry.kind].table)[0];
      if (parent && rootRow && !exists(parent.table, rootRow[parent.column])) {
        throw new ApiError('conflict', t(parent.missing, { label: entry.label }));
      }
      for (const table of TABLES) {
        let data = tableRows(payload, table);
        const ends = LINK_ENDS[table];
        if (ends) data = data.filter((r) => ends.every(([column, target]) => exists(target, r[column])));
        const optional = OPTIONAL_LINKS[table];
        if (optional) {
          data = data.map((r) => {
            const copy = { ...r };
            for (const [column, target] of optional)
              if (copy[column] && !exists(target, copy[column])) copy[column] = null;
            return copy;
          });
        }
        insertRows(table, data);
      }
      for (const r of payload.relink ?? []) {
        for (const key of r.keys) {
          const columns = Object.keys(key);
          if (![r.table, r.column, ...columns].every((n) => NAME.test(n)))
            throw new Error('Bad relink in trash payload');
          db.prepare(
            `UPDATE ${r.table} SET ${r.column} = ? WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} AND ${r.column} IS NULL`,
          ).run(payload.rootId, ...columns.map((c) => key[c]));
        }
      }
      if (rootRow) SPECS[entry.kind].afterRestore?.(db, rootRow);
      removeTrash.run(entryId);
      return { kind: entry.kind, id: payload.rootId, label: entry.label };
    },
  };
}

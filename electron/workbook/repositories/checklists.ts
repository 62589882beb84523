// Checklist status per unit and item, and the change log behind it.
import type Database from 'better-sqlite3';
import { type z } from 'zod';
import type { ChecklistSet, CheckStatus, ItemStatus, LogEntry } from '../../../shared/checklists';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { newId, nowIso } from '../rows';

interface StatusRow {
  item_id: string;
  status: CheckStatus;
  confirmed_by: string;
  note: string;
  session_id: string | null;
  updated_at: string;
}
interface LogRow {
  id: string;
  unit_id: string;
  item_id: string;
  status: CheckStatus;
  previous_status: CheckStatus | null;
  confirmed_by: string;
  note: string;
  session_id: string | null;
  session_title: string | null;
  session_date: string | null;
  created_at: string;
}

const toStatus = (r: StatusRow): ItemStatus => ({
  itemId: r.item_id,
  status: r.status,
  confirmedBy: r.confirmed_by,
  note: r.note,
  sessionId: r.session_id,
  updatedAt: r.updated_at,
});
const toLog = (r: LogRow): LogEntry => ({
  id: r.id,
  unitId: r.unit_id,
  itemId: r.item_id,
  status: r.status,
  previousStatus: r.previous_status,
  confirmedBy: r.confirmed_by,
  note: r.note,
  sessionId: r.session_id,
  sessionTitle: r.session_title,
  sessionDate: r.session_date,
  createdAt: r.created_at,
});

const LOG_SELECT = `SELECT l.*, s.title AS session_title, s.date AS session_date
  FROM checklist_log l LEFT JOIN sessions s ON s.id = l.session_id`;

export function checklistRepository(db: Database.Database) {
  const statuses = db.prepare<[string], StatusRow>('SELECT * FROM checklist_status WHERE unit_id = ?');
  const statusesOfMunicipality = db.prepare<[string], StatusRow & { unit_id: string }>(
    'SELECT cs.* FROM checklist_status cs JOIN units u ON u.id = cs.unit_id WHERE u.municipality_id = ?',
  );
  const current = db.prepare<[string, string], StatusRow>(
    'SELECT * FROM checklist_status WHERE unit_id = ? AND item_id = ?',
  );
  const upsert = db.prepare(
    `INSERT INTO checklist_status (unit_id, item_id, status, confirmed_by, note, session_id, created_at, updated_at)
     VALUES (@unitId, @itemId, @status, @confirmedBy, @note, @sessionId, @now, @now)
     ON CONFLICT (unit_id, item_id) DO UPDATE SET status = excluded.status, confirmed_by = excluded.confirmed_by,
       note = excluded.note, session_id = excluded.session_id, updated_at = excluded.updated_at`,
  );
  const insertLog = db.prepare(
    `INSERT INTO checklist_log (id, unit_id, item_id, status, previous_status, confirmed_by, note, session_id, created_at, updated_at)
     VALUES (@id, @unitId, @itemId, @status, @previous, @confirmedBy, @note, @sessionId, @now, @now)`,
  );
  const logOfItem = db.prepare<[string, string], LogRow>(
    `${LOG_SELECT} WHERE l.unit_id = ? AND l.item_id = ? ORDER BY l.created_at DESC, l.rowid DESC`,
  );
  const logOfMunicipality = db.prepare<[string], LogRow>(
    `${LOG_SELECT} JOIN units u ON u.id = l.unit_id WHERE u.municipality_id = ? ORDER BY l.created_at, l.rowid`,
  );
  const logOfSession = db.prepare<[string], LogRow>(
    `${LOG_SELECT} WHERE l.session_id = ? ORDER BY l.created_at, l.rowid`,
  );

  return {
    statuses: (unitId: string): ItemStatus[] => statuses.all(unitId).map(toStatus),
    statusesOfMunicipality: (municipalityId: string) =>
      statusesOfMunicipality.all(municipalityId).map((r) => ({ unitId: r.unit_id, ...toStatus(r) })),
    /** Set one item's status; every change is logged with its session. Call inside a transaction. */
    set(input: z.output<typeof ChecklistSet>): ItemStatus {
      const before = current.get(input.unitId, input.itemId);
      const next = {
        unitId: input.unitId,
        itemId: input.itemId,
        status: input.status,
        confirmedBy: input.confirmedBy ?? before?.confirmed_by ?? '',
        note: input.note ?? before?.note ?? '',
        sessionId: input.sessionId ?? null,
        now: nowIso(),
      };
      const unchanged =
        before &&
        before.status === next.status &&
        before.confirmed_by === next.confirmedBy &&
        before.note === next.note;
      if (unchanged) return toStatus(before);
      upsert.run(next);
      insertLog.run({ ...next, id: newId(), previous: before?.status ?? null });
      const after = current.get(input.unitId, input.itemId);
      if (!after) throw new ApiError('internal', t('error.internal'));
      return toStatus(after);
    },
    logOfItem: (unitId: string, itemId: string) => logOfItem.all(unitId, itemId).map(toLog),
    logOfMunicipality: (municipalityId: string) => logOfMunicipality.all(municipalityId).map(toLog),
    logOfSession: (sessionId: string) => logOfSession.all(sessionId).map(toLog),
  };
}

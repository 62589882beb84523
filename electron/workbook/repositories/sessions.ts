import type Database from 'better-sqlite3';
import { type z } from 'zod';
import type { Session, SessionCreate, SessionUpdate } from '../../../shared/domain';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { mergeDefined, newId, nowIso } from '../rows';

interface Row {
  id: string;
  municipality_id: string;
  date: string;
  kind: Session['kind'];
  title: string;
  participant_count: number | null;
  notes: string;
  unit_ids: string | null;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
}

const toSession = (r: Row): Session => ({
  id: r.id,
  municipalityId: r.municipality_id,
  date: r.date,
  kind: r.kind,
  title: r.title,
  participantCount: r.participant_count,
  notes: r.notes,
  unitIds: r.unit_ids ? (JSON.parse(r.unit_ids) as string[]) : [],
  closedAt: r.closed_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT s.*,
    (SELECT json_group_array(su.unit_id) FROM session_units su WHERE su.session_id = s.id) AS unit_ids
  FROM sessions s`;

export function sessionRepository(db: Database.Database) {
  const byMunicipality = db.prepare<[string], Row>(
    `${SELECT} WHERE s.municipality_id = ? ORDER BY s.date DESC, s.created_at DESC`,
  );
  const one = db.prepare<[string], Row>(`${SELECT} WHERE s.id = ?`);
  const municipalityExists = db.prepare<[string], { id: string }>('SELECT id FROM municipalities WHERE id = ?');
  const unitMunicipality = db.prepare<[string], { municipality_id: string }>(
    'SELECT municipality_id FROM units WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO sessions (id, municipality_id, date, kind, title, participant_count, notes, created_at, updated_at)
     VALUES (@id, @municipalityId, @date, @kind, @title, @participantCount, @notes, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE sessions SET date = @date, kind = @kind, title = @title, participant_count = @participantCount,
       notes = @notes, updated_at = @now WHERE id = @id`,
  );
  const clearUnits = db.prepare('DELETE FROM session_units WHERE session_id = ?');
  const addUnit = db.prepare(
    'INSERT INTO session_units (session_id, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );

  function get(id: string): Session {
    const row = one.get(id);
    if (!row) throw new ApiError('not_found', t('error.sessionNotFound'));
    return toSession(row);
  }

  function setUnits(sessionId: string, municipalityId: string, unitIds: string[], now: string): void {
    clearUnits.run(sessionId);
    for (const unitId of new Set(unitIds)) {
      const unit = unitMunicipality.get(unitId);
      if (!unit) throw new ApiError('not_found', t('error.unitNotFound'));
      if (unit.municipality_id !== municipalityId)
        throw new ApiError('invalid_input', t('error.unitOtherMunicipality'));
      addUnit.run(sessionId, unitId, now, now);
    }
  }

  return {
    list: (municipalityId: string): Session[] => byMunicipality.all(municipalityId).map(toSession),
    get,
    create(input: z.output<typeof SessionCreate>): Session {
      if (!municipalityExists.get(input.municipalityId))
        throw new ApiError('not_found', t('error.municipalityNotFound'));
      const id = newId();
      const now = nowIso();
      insert.run({ ...input, id, now });
      setUnits(id, input.municipalityId, input.unitIds, now);
      return get(id);
    },
    update(input: z.output<typeof SessionUpdate>): Session {
      const current = get(input.id);
      const next = mergeDefined<Session>(current, input as Partial<Session>);
      const now = nowIso();
      update.run({ ...next, now });
      if (input.unitIds) setUnits(current.id, current.municipalityId, input.unitIds, now);
      return get(current.id);
    },
  };
}

import type Database from 'better-sqlite3';
import { type z } from 'zod';
import type { Municipality, MunicipalityFields, MunicipalityUpdate } from '../../../shared/domain';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { mergeDefined, newId, nowIso } from '../rows';
import { byName } from './sorting';

interface Row {
  id: string;
  name: string;
  county: string;
  note: string;
  allow_contact_names: number;
  unit_count: number;
  session_count: number;
  created_at: string;
  updated_at: string;
}

const toMunicipality = (r: Row): Municipality => ({
  id: r.id,
  name: r.name,
  county: r.county,
  note: r.note,
  allowContactNames: r.allow_contact_names === 1,
  unitCount: r.unit_count,
  sessionCount: r.session_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SELECT = `
  SELECT m.*,
    (SELECT count(*) FROM units u WHERE u.municipality_id = m.id) AS unit_count,
    (SELECT count(*) FROM sessions s WHERE s.municipality_id = m.id) AS session_count
  FROM municipalities m`;

export function municipalityRepository(db: Database.Database) {
  const all = db.prepare<[], Row>(SELECT);
  const one = db.prepare<[string], Row>(`${SELECT} WHERE m.id = ?`);
  const insert = db.prepare(
    `INSERT INTO municipalities (id, name, county, note, allow_contact_names, created_at, updated_at)
     VALUES (@id, @name, @county, @note, @allow, @now, @now)`,
  );
  // Names are kept only while the municipality wants them: turning it off forgets them.
  const forgetContactNames = db.prepare(
    "UPDATE units SET contact_name = '', updated_at = ? WHERE municipality_id = ? AND contact_name <> ''",
  );
  const update = db.prepare(
    `UPDATE municipalities SET name = @name, county = @county, note = @note,
       allow_contact_names = @allow, updated_at = @now WHERE id = @id`,
  );

  function get(id: string): Municipality {
    const row = one.get(id);
    if (!row) throw new ApiError('not_found', t('error.municipalityNotFound'));
    return toMunicipality(row);
  }

  return {
    list: (): Municipality[] => byName(all.all().map(toMunicipality)),
    get,
    exists: (id: string) => one.get(id) !== undefined,
    create(input: z.output<typeof MunicipalityFields>): Municipality {
      const id = newId();
      insert.run({
        id,
        name: input.name,
        county: input.county,
        note: input.note,
        allow: input.allowContactNames ? 1 : 0,
        now: nowIso(),
      });
      return get(id);
    },
    update(input: z.output<typeof MunicipalityUpdate>): Municipality {
      const current = get(input.id);
      const next = mergeDefined<Municipality>(current, input as Partial<Municipality>);
      const now = nowIso();
      update.run({
        id: current.id,
        name: next.name,
        county: next.county,
        note: next.note,
        allow: next.allowContactNames ? 1 : 0,
        now,
      });
      if (!next.allowContactNames) forgetContactNames.run(now, current.id);
      return get(current.id);
    },
  };
}

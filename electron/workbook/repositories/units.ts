import type Database from 'better-sqlite3';
import { type z } from 'zod';
import type { Unit, UnitCreate, UnitUpdate } from '../../../shared/domain';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { mergeDefined, newId, nowIso } from '../rows';
import { byName } from './sorting';

interface Row {
  id: string;
  municipality_id: string;
  name: string;
  kind: Unit['kind'];
  staff_count: number | null;
  contact_role: string;
  contact_name: string;
  sfo: number;
  created_at: string;
  updated_at: string;
}

const toUnit = (r: Row): Unit => ({
  id: r.id,
  municipalityId: r.municipality_id,
  name: r.name,
  kind: r.kind,
  staffCount: r.staff_count,
  contactRole: r.contact_role,
  contactName: r.contact_name,
  sfo: r.sfo === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function unitRepository(db: Database.Database) {
  const byMunicipality = db.prepare<[string], Row>('SELECT * FROM units WHERE municipality_id = ?');
  const one = db.prepare<[string], Row>('SELECT * FROM units WHERE id = ?');
  const allowsNames = db.prepare<[string], { allow_contact_names: number }>(
    'SELECT allow_contact_names FROM municipalities WHERE id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO units (id, municipality_id, name, kind, staff_count, contact_role, contact_name, sfo, created_at, updated_at)
     VALUES (@id, @municipalityId, @name, @kind, @staffCount, @contactRole, @contactName, @sfo, @now, @now)`,
  );
  const update = db.prepare(
    `UPDATE units SET name = @name, kind = @kind, staff_count = @staffCount, contact_role = @contactRole,
       contact_name = @contactName, sfo = @sfo, updated_at = @now WHERE id = @id`,
  );

  function get(id: string): Unit {
    const row = one.get(id);
    if (!row) throw new ApiError('not_found', t('error.unitNotFound'));
    return toUnit(row);
  }

  /** A contact's name is kept only where the municipality wants names. */
  function contactNameFor(municipalityId: string, name: string): string {
    const m = allowsNames.get(municipalityId);
    if (!m) throw new ApiError('not_found', t('error.municipalityNotFound'));
    return m.allow_contact_names === 1 ? name : '';
  }

  return {
    list: (municipalityId: string): Unit[] => byName(byMunicipality.all(municipalityId).map(toUnit)),
    get,
    create(input: z.output<typeof UnitCreate>): Unit {
      const id = newId();
      const contactName = contactNameFor(input.municipalityId, input.contactName);
      insert.run({ ...input, id, contactName, sfo: input.sfo ? 1 : 0, now: nowIso() });
      return get(id);
    },
    update(input: z.output<typeof UnitUpdate>): Unit {
      const current = get(input.id);
      const next = mergeDefined<Unit>(current, input as Partial<Unit>);
      update.run({
        ...next,
        contactName: contactNameFor(current.municipalityId, next.contactName),
        sfo: next.sfo ? 1 : 0,
        now: nowIso(),
      });
      return get(current.id);
    },
  };
}

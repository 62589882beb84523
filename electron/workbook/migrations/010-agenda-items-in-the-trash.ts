// An agenda item can be deleted and restored like the rest (trash kind 'agenda_item'), so
// «Angre» and Ctrl+Z bring it back with its place and its shown time.
import type { Migration } from './types';

const migration: Migration = {
  version: 10,
  name: 'agenda items in the trash',
  up(db) {
    db.exec(`
      CREATE TABLE trash_v10 (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('municipality', 'unit', 'session', 'round', 'board', 'plan', 'plan_role', 'plan_phase', 'plan_activity', 'plan_routine', 'plan_evaluation', 'agenda_item')),
        label TEXT NOT NULL,
        municipality_id TEXT,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        schema_version INTEGER CHECK (schema_version IS NULL OR schema_version >= 1)
      ) STRICT;
      INSERT INTO trash_v10 SELECT id, kind, label, municipality_id, payload, created_at, updated_at, schema_version FROM trash ORDER BY rowid;
      DROP TABLE trash;
      ALTER TABLE trash_v10 RENAME TO trash;
    `);
  },
};

export default migration;

// A shipped migration: never edit it, add the next file instead.
import type { Migration } from './types';

const migration: Migration = {
  version: 1,
  name: 'municipalities, units, sessions, trash',
  up(db) {
    db.exec(`
      CREATE TABLE municipalities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        county TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        allow_contact_names INTEGER NOT NULL DEFAULT 0 CHECK (allow_contact_names IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE units (
        id TEXT PRIMARY KEY,
        municipality_id TEXT NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        kind TEXT NOT NULL CHECK (kind IN ('school', 'kindergarten', 'leisure', 'other')),
        staff_count INTEGER CHECK (staff_count IS NULL OR staff_count >= 0),
        contact_role TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX units_by_municipality ON units(municipality_id, name);

      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        municipality_id TEXT NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('staff_day', 'planning_day', 'steering_group', 'parent_meeting', 'other')),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        participant_count INTEGER CHECK (participant_count IS NULL OR participant_count >= 0),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sessions_by_municipality ON sessions(municipality_id, date);

      CREATE TABLE session_units (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, unit_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX session_units_by_unit ON session_units(unit_id);

      -- Deleted rows, kept as JSON so the guide can undo a deletion.
      CREATE TABLE trash (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('municipality', 'unit', 'session')),
        label TEXT NOT NULL,
        municipality_id TEXT,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;

// A shipped migration: never edit it, add the next file instead.
import type { Migration } from './types';

const migration: Migration = {
  version: 3,
  name: 'status analysis: statement sets, rounds, respondents, answers, consensus, settings',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- Versions of a statement set share a lineage; a version used by a round is never changed.
      CREATE TABLE statement_sets (
        id TEXT PRIMARY KEY,
        lineage_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        origin TEXT NOT NULL,
        content TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (lineage_id, version)
      ) STRICT;

      CREATE TABLE rounds (
        id TEXT PRIMARY KEY,
        municipality_id TEXT NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        set_id TEXT NOT NULL REFERENCES statement_sets(id),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        date TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('baseline', 'follow_up')),
        session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rounds_by_municipality ON rounds(municipality_id, date);

      CREATE TABLE round_units (
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        unit_id TEXT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (round_id, unit_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX round_units_by_unit ON round_units(unit_id);

      -- Anonymous: a number within the round, never a name.
      CREATE TABLE respondents (
        id TEXT PRIMARY KEY,
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        role TEXT CHECK (role IN ('teacher', 'assistant', 'leader', 'kindergarten_teacher', 'skilled_worker', 'other')),
        unit_id TEXT REFERENCES units(id) ON DELETE SET NULL,
        source TEXT NOT NULL CHECK (source IN ('keyboard', 'import')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (round_id, number)
      ) STRICT;
      CREATE INDEX respondents_by_unit ON respondents(unit_id);

      -- A missing answer has no row; "don't know" has dont_know = 1 and no value.
      CREATE TABLE answers (
        respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
        code TEXT NOT NULL,
        value INTEGER,
        dont_know INTEGER NOT NULL DEFAULT 0 CHECK (dont_know IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (respondent_id, code),
        CHECK ((dont_know = 1 AND value IS NULL) OR (dont_know = 0 AND value IS NOT NULL))
      ) STRICT, WITHOUT ROWID;

      -- Rounds can be deleted and restored too: the trash accepts the new kind.
      CREATE TABLE trash_v3 (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('municipality', 'unit', 'session', 'round', 'board')),
        label TEXT NOT NULL,
        municipality_id TEXT,
        payload TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO trash_v3 SELECT id, kind, label, municipality_id, payload, created_at, updated_at FROM trash ORDER BY rowid;
      DROP TABLE trash;
      ALTER TABLE trash_v3 RENAME TO trash;

      -- The group's agreed score per statement ('statement:A1') or area ('area:law').
      CREATE TABLE consensus (
        round_id TEXT NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        value REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (round_id, target)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};

export default migration;

// Ordered schema migrations. Never edit one that has shipped: add the next.
// All pending migrations run in one transaction; PRAGMA user_version records
// the version reached.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

export const migrations: readonly Migration[] = [
  {
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
  },
  {
    version: 2,
    name: 'content packs per municipality, checklist status and change log',
    up(db) {
      db.exec(`
        -- The municipality's own copy of a content pack (the shipped pack stays untouched).
        CREATE TABLE municipality_content (
          municipality_id TEXT PRIMARY KEY REFERENCES municipalities(id) ON DELETE CASCADE,
          pack_id TEXT NOT NULL,
          pack_version INTEGER NOT NULL,
          content TEXT NOT NULL,
          edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        -- Current status of one checklist item for one unit. Item ids are stable
        -- pack ids, so edits and resets of the text never lose a status.
        CREATE TABLE checklist_status (
          unit_id TEXT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
          item_id TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'in_place')),
          confirmed_by TEXT NOT NULL DEFAULT '',
          note TEXT NOT NULL DEFAULT '',
          session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          PRIMARY KEY (unit_id, item_id)
        ) STRICT, WITHOUT ROWID;

        -- Every change, with the session it was made in.
        CREATE TABLE checklist_log (
          id TEXT PRIMARY KEY,
          unit_id TEXT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
          item_id TEXT NOT NULL,
          status TEXT NOT NULL CHECK (status IN ('not_started', 'in_progress', 'in_place')),
          previous_status TEXT CHECK (previous_status IN ('not_started', 'in_progress', 'in_place')),
          confirmed_by TEXT NOT NULL DEFAULT '',
          note TEXT NOT NULL DEFAULT '',
          session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX checklist_log_by_unit ON checklist_log(unit_id, item_id, created_at);
        CREATE INDEX checklist_log_by_session ON checklist_log(session_id);
      `);
    },
  },
  {
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
  },
  {
    version: 4,
    name: 'Omni-trappa boards and cards, FFSS actions, closing a session',
    up(db) {
      db.exec(`
        -- A closed session purges its deleted cards; until then they can be restored.
        ALTER TABLE sessions ADD COLUMN closed_at TEXT;

        CREATE TABLE boards (
          id TEXT PRIMARY KEY,
          session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
          title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
          unit_id TEXT REFERENCES units(id) ON DELETE SET NULL,
          revealed INTEGER NOT NULL DEFAULT 1 CHECK (revealed IN (0, 1)),
          timer TEXT NOT NULL DEFAULT '{}',
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX boards_by_session ON boards(session_id);

        CREATE TABLE cards (
          id TEXT PRIMARY KEY,
          board_id TEXT NOT NULL REFERENCES boards(id) ON DELETE CASCADE,
          text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
          grp TEXT NOT NULL DEFAULT '',
          color TEXT NOT NULL,
          step INTEGER CHECK (step IS NULL OR step BETWEEN 1 AND 7),
          position INTEGER NOT NULL,
          votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
          deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX cards_by_board ON cards(board_id);

        -- Actions sorted by FFSS; open ones are carried into later sessions.
        CREATE TABLE actions (
          id TEXT PRIMARY KEY,
          municipality_id TEXT NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
          session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
          card_id TEXT REFERENCES cards(id) ON DELETE SET NULL,
          unit_id TEXT REFERENCES units(id) ON DELETE SET NULL,
          category TEXT NOT NULL CHECK (category IN ('promote', 'prevent', 'stop', 'support')),
          what TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
          who TEXT NOT NULL DEFAULT '',
          due TEXT,
          status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX actions_by_municipality ON actions(municipality_id, status);
        CREATE INDEX actions_by_session ON actions(session_id);
        CREATE INDEX actions_by_unit ON actions(unit_id);
      `);
    },
  },
];

export const LATEST_VERSION = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;

/** Migrations must be numbered 1, 2, 3 ... with no gap: checked at every open. */
export function assertMigrationsValid(list: readonly Migration[] = migrations): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
}

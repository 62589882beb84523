// A shipped migration: never edit it, add the next file instead.
import type { Migration } from './types';

const migration: Migration = {
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
};

export default migration;

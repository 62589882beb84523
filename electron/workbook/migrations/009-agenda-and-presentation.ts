// The agenda of a session and the presentation state the room view follows.
import type { Migration } from './types';

const migration: Migration = {
  version: 9,
  name: 'Agenda of a session, presentation state for the room view',
  up(db) {
    db.exec(`
      -- Start time of a session's agenda; the items' start times follow from it.
      CREATE TABLE agendas (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        start_time TEXT NOT NULL DEFAULT '09:00' CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('welcome', 'round', 'board', 'checklist', 'break', 'slide')),
        title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
        planned_minutes INTEGER NOT NULL CHECK (planned_minutes BETWEEN 0 AND 600),
        ref_id TEXT,
        points TEXT NOT NULL DEFAULT '[]',
        -- Time on the room's screen, summed over every stretch the item was shown.
        actual_ms INTEGER NOT NULL DEFAULT 0 CHECK (actual_ms >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX agenda_items_by_session ON agenda_items(session_id, position);

      -- One row: what the room view shows now.
      CREATE TABLE presentation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
        item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
        item_shown_at INTEGER,
        screen TEXT NOT NULL DEFAULT 'show' CHECK (screen IN ('show', 'black', 'white')),
        timer TEXT NOT NULL DEFAULT '{}',
        view TEXT NOT NULL DEFAULT '{}',
        theme TEXT NOT NULL DEFAULT 'dark' CHECK (theme IN ('dark', 'light')),
        font_scale REAL NOT NULL DEFAULT 1,
        version INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

export default migration;

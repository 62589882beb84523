// A shipped migration: never edit it, add the next file instead.
import type { Migration } from './types';

const migration: Migration = {
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
};

export default migration;

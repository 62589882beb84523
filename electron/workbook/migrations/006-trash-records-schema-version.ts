// A shipped migration: never edit it, add the next file instead.
import type { Migration } from './types';

const migration: Migration = {
  version: 6,
  name: 'trash entries record the schema version they were written under',
  up(db) {
    db.exec(`
      -- NULL: written before versions were recorded (version 4 or earlier).
      ALTER TABLE trash ADD COLUMN schema_version INTEGER CHECK (schema_version IS NULL OR schema_version >= 1);
    `);
  },
};

export default migration;

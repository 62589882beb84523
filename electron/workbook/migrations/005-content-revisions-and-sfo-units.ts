// A shipped migration: never edit it, add the next file instead.
import type { Migration } from './types';

const migration: Migration = {
  version: 5,
  name: 'content revision notices per municipality; units marked as SFO or leksehjelp',
  up(db) {
    db.exec(`
      -- Texts the guide edited where a newer shipped revision offers new text (JSON list).
      ALTER TABLE municipality_content ADD COLUMN revision_notices TEXT NOT NULL DEFAULT '[]';
      -- A unit run as SFO or leksehjelp: opplæringslova chapter 12 applies to it (§ 12-1).
      ALTER TABLE units ADD COLUMN sfo INTEGER NOT NULL DEFAULT 0 CHECK (sfo IN (0, 1));
    `);
  },
};

export default migration;

// A revealed round keeps the counts it was revealed with: a late form does
// not silently change what the room saw; the guide reveals again.
import type { Migration } from './types';

const migration: Migration = {
  version: 7,
  name: 'status analysis: a revealed round is frozen as shown',
  up(db) {
    db.exec(`
      ALTER TABLE rounds ADD COLUMN revealed_at TEXT;
      -- JSON: counts per (role, unit) cell and per answer, as revealed (shared/analysis/results.ts RoundCells).
      ALTER TABLE rounds ADD COLUMN revealed_cells TEXT;
    `);
  },
};

export default migration;

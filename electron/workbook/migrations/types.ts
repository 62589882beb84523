import type Database from 'better-sqlite3';

/** Rows kept outside the live tables (trash entries, .omni exports): table -> rows (column -> value). */
export type KeptRows = Record<string, Record<string, unknown>[] | unknown>;

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * For a migration that renames, splits or reshapes columns: bring rows kept
   * outside the tables (trash, .omni exports) under an earlier version to this version's shape, so a
   * deletion made before the upgrade can still be undone after it. Adding a
   * column with a default or a table needs nothing here.
   */
  upgradeRows?(payload: KeptRows): void;
}

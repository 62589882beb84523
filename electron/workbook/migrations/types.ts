import type Database from 'better-sqlite3';

/** Rows of one table as a deleted thing kept them in the trash (column -> value). */
export type TrashRows = Record<string, Record<string, unknown>[] | unknown>;

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * For a migration that renames, splits or reshapes columns: bring rows kept
   * in the trash under an earlier version to this version's shape, so a
   * deletion made before the upgrade can still be undone after it. Adding a
   * column with a default or a table needs nothing here.
   */
  upgradeTrash?(payload: TrashRows): void;
}

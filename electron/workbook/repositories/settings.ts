// Workbook-wide settings (the settings table of migration 3) stored as JSON text by key.
import type { Database } from 'better-sqlite3';
import { nowIso } from '../rows';

export function settingsRepository(db: Database) {
  const getOne = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const putOne = db.prepare(
    `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  return {
    /** The stored JSON value, or undefined when the key is not set or not readable. */
    getJson(key: string): unknown {
      const row = getOne.get(key);
      if (!row) return undefined;
      try {
        return JSON.parse(row.value) as unknown;
      } catch {
        return undefined;
      }
    },
    putJson(key: string, value: unknown): void {
      const now = nowIso();
      putOne.run(key, JSON.stringify(value), now, now);
    },
  };
}

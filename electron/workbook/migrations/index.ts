// Ordered schema migrations, one file each. Never edit one that has shipped: add the next file
// and list it here. All pending migrations run in one transaction; PRAGMA user_version records
// the version reached.
import type { Migration } from './types';
import m001 from './001-municipalities-units-sessions-trash';
import m002 from './002-content-packs-per-municipality-checklist';
import m003 from './003-status-analysis-statement-sets-rounds-re';
import m004 from './004-omni-trappa-boards-and-cards-ffss-action';
import m005 from './005-content-revisions-and-sfo-units';
import m006 from './006-trash-records-schema-version';
import m007 from './007-frozen-reveal-of-a-round';
import m008 from './008-implementation-plans';
import m009 from './009-agenda-and-presentation';
import m010 from './010-agenda-items-in-the-trash';

export type { Migration, KeptRows } from './types';

export const migrations: readonly Migration[] = [m001, m002, m003, m004, m005, m006, m007, m008, m009, m010];

export const LATEST_VERSION = migrations.length === 0 ? 0 : migrations[migrations.length - 1].version;

/** Migrations must be numbered 1, 2, 3 ... with no gap: checked at every open. */
export function assertMigrationsValid(list: readonly Migration[] = migrations): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${i} has version ${m.version}, expected ${i + 1}`);
  });
}

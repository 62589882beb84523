// Moving a municipality between workbooks: the `.omni` file.
//
// A `.omni` file is UTF-8 JSON: a manifest (format, schema version, time,
// what it holds, a SHA-256 checksum of the payload, and, if protected, the
// scrypt and AES-256-GCM parameters) and the payload: gzip'd JSON of every row
// the municipality owns (owned.ts) plus the statement sets its rounds use,
// base64, encrypted when a passphrase is given. An import maps every id to a
// new one, finds a municipality already present (same id or name) and either
// merges into it or adds a copy, and runs in one transaction. A preview is the
// same import rolled back, so what it shows is exactly what would be applied.
import crypto from 'node:crypto';
import zlib from 'node:zlib';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/result';
import { t, type MessageKey } from '../../shared/i18n';
import { migrations, type KeptRows } from './migrations';
import { MUNICIPALITY_TABLES, ownedRows } from './owned';
import { newId } from './rows';

export const OMNI_FORMAT = 'omniverksted-municipality';
export const OMNI_FORMAT_VERSION = 1;
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keyLength: 32 };

type Row = Record<string, unknown>;
type Rows = Record<string, Row[]>;

export interface OmniManifest {
  format: typeof OMNI_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  createdAt: string;
  /** Left out when the file is protected: the name is the guide's business. */
  municipalityName?: string;
  counts?: Record<string, number>;
  checksum: string;
  encryption?: {
    cipher: 'aes-256-gcm';
    kdf: 'scrypt';
    N: number;
    r: number;
    p: number;
    salt: string;
    iv: string;
    tag: string;
  };
}
interface OmniFile extends OmniManifest {
  payload: string;
}

export type ImportMode = 'new' | 'copy' | 'merge';

export interface ImportOutcome {
  municipalityId: string;
  name: string;
  mode: ImportMode;
  /** Rows added per table. */
  added: Record<string, number>;
  /** Rows found already present (merge) per table. */
  kept: Record<string, number>;
}

const refuse = (key: MessageKey, params?: Record<string, string | number>) => new ApiError('refused', t(key, params));

// ---------------------------------------------------------------- export

function collect(db: Database.Database, municipalityId: string): Rows {
  const rows: Rows = {};
  for (const table of MUNICIPALITY_TABLES) rows[table.table] = ownedRows(db, table, municipalityId);
  if (rows.municipalities.length === 0) throw new ApiError('not_found', t('error.municipalityNotFound'));
  const setIds = [...new Set(rows.rounds.map((r) => String(r.set_id)))];
  rows.statement_sets = setIds.map((id) => db.prepare('SELECT * FROM statement_sets WHERE id = ?').get(id) as Row);
  return rows;
}

export function exportMunicipality(
  db: Database.Database,
  municipalityId: string,
  passphrase?: string,
  now = new Date(),
): { fileName: string; data: Buffer; name: string } {
  const rows = collect(db, municipalityId);
  const name = String(rows.municipalities[0].name);
  let payload = zlib.gzipSync(Buffer.from(JSON.stringify(rows), 'utf8'));
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  let encryption: OmniManifest['encryption'];
  if (passphrase) {
    const salt = crypto.randomBytes(16);
    const iv = crypto.randomBytes(12);
    const key = crypto.scryptSync(passphrase.normalize('NFC'), salt, SCRYPT.keyLength, {
      N: SCRYPT.N,
      r: SCRYPT.r,
      p: SCRYPT.p,
      maxmem: 256 * SCRYPT.N * SCRYPT.r,
    });
    const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(`${OMNI_FORMAT}:${OMNI_FORMAT_VERSION}:${schemaVersion}`));
    payload = Buffer.concat([cipher.update(payload), cipher.final()]);
    encryption = {
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      N: SCRYPT.N,
      r: SCRYPT.r,
      p: SCRYPT.p,
      salt: salt.toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }
  const file: OmniFile = {
    format: OMNI_FORMAT,
    formatVersion: OMNI_FORMAT_VERSION,
    schemaVersion,
    createdAt: now.toISOString(),
    ...(passphrase
      ? {}
      : { municipalityName: name, counts: Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length])) }),
    checksum: crypto.createHash('sha256').update(payload).digest('hex'),
    ...(encryption ? { encryption } : {}),
    payload: payload.toString('base64'),
  };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim() || t('fileName.municipality');
  return {
    fileName: `${safe} ${now.toISOString().slice(0, 10)}.omni`,
    data: Buffer.from(JSON.stringify(file), 'utf8'),
    name,
  };
}

// ---------------------------------------------------------------- reading a file

/** Read and check a .omni file; every refusal is a Norwegian message and nothing is written. */
export function readOmniFile(
  data: Buffer,
  latestSchema: number,
  passphrase?: string,
): { manifest: OmniManifest; rows: Rows } {
  const text = data.toString('utf8');
  let file: OmniFile;
  try {
    file = JSON.parse(text) as OmniFile;
  } catch {
    // Ours but cut short (a copy that stopped, a full USB stick), or something else.
    if (text.trimStart().startsWith(`{"format":"${OMNI_FORMAT}"`)) throw refuse('omni.refused.truncated');
    throw refuse('omni.refused.foreign');
  }
  if (
    !file ||
    typeof file !== 'object' ||
    file.format !== OMNI_FORMAT ||
    typeof file.payload !== 'string' ||
    typeof file.checksum !== 'string'
  ) {
    throw refuse('omni.refused.foreign');
  }
  if (!Number.isInteger(file.formatVersion) || !Number.isInteger(file.schemaVersion))
    throw refuse('omni.refused.foreign');
  if (file.formatVersion > OMNI_FORMAT_VERSION || file.schemaVersion > latestSchema) {
    throw refuse('omni.refused.newer', { found: file.schemaVersion, supported: latestSchema });
  }
  let payload = Buffer.from(file.payload, 'base64');
  if (crypto.createHash('sha256').update(payload).digest('hex') !== file.checksum) throw refuse('omni.refused.corrupt');
  if (file.encryption) {
    if (!passphrase) throw refuse('omni.refused.needsPassphrase');
    const e = file.encryption;
    try {
      const key = crypto.scryptSync(passphrase.normalize('NFC'), Buffer.from(e.salt, 'base64'), SCRYPT.keyLength, {
        N: e.N,
        r: e.r,
        p: e.p,
        maxmem: 256 * e.N * e.r + 1024,
      });
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(e.iv, 'base64'));
      decipher.setAAD(Buffer.from(`${OMNI_FORMAT}:${file.formatVersion}:${file.schemaVersion}`));
      decipher.setAuthTag(Buffer.from(e.tag, 'base64'));
      payload = Buffer.concat([decipher.update(payload), decipher.final()]);
    } catch {
      // The checksum matched, so the file is whole: the passphrase is wrong.
      throw refuse('omni.refused.wrongPassphrase');
    }
  }
  let rows: Rows;
  try {
    rows = JSON.parse(zlib.gunzipSync(payload).toString('utf8')) as Rows;
  } catch {
    throw refuse('omni.refused.corrupt');
  }
  if (!rows || typeof rows !== 'object' || !Array.isArray(rows.municipalities) || rows.municipalities.length !== 1)
    throw refuse('omni.refused.corrupt');
  // Rows written under an earlier schema: each later migration reshapes them.
  for (const m of migrations) if (m.version > file.schemaVersion && m.upgradeRows) m.upgradeRows(rows as KeptRows);
  const { payload: _payload, ...manifest } = file;
  return { manifest, rows };
}

// ---------------------------------------------------------------- import

const NAME = /^[a-z_]+$/;
const ID_COLUMN = /_id$/;

/** The municipality in this workbook that the file's municipality is (same id, else same name). */
export function findExisting(db: Database.Database, rows: Rows): { id: string; name: string } | undefined {
  const m = rows.municipalities[0];
  const byId = db.prepare('SELECT id, name FROM municipalities WHERE id = ?').get(m.id) as
    { id: string; name: string } | undefined;
  return (
    byId ??
    (db
      .prepare('SELECT id, name FROM municipalities WHERE lower(name) = lower(?) ORDER BY created_at LIMIT 1')
      .get(m.name) as { id: string; name: string } | undefined)
  );
}

function uniqueCopyName(db: Database.Database, name: string): string {
  const taken = (n: string) =>
    db.prepare('SELECT 1 FROM municipalities WHERE lower(name) = lower(?)').get(n) !== undefined;
  for (let i = 1; ; i++) {
    const candidate = `${name.slice(0, 100)} (${t('omni.copySuffix')}${i > 1 ? ` ${i}` : ''})`;
    if (!taken(candidate)) return candidate;
  }
}

/** Apply the rows. Call inside a transaction (the preview rolls it back). */
export function applyImport(db: Database.Database, rows: Rows, mode: ImportMode): ImportOutcome {
  const existing = findExisting(db, rows);
  if (mode === 'new' && existing) throw new ApiError('conflict', t('omni.existsChoose', { name: existing.name }));
  if (mode === 'merge' && !existing) throw new ApiError('conflict', t('omni.nothingToMerge'));
  const ids = new Map<string, string>();
  const added: Record<string, number> = {};
  const kept: Record<string, number> = {};
  const columnsOf = (table: string) =>
    new Set(
      db
        .prepare(`PRAGMA table_info(${table})`)
        .all()
        .map((c) => (c as { name: string }).name),
    );

  // Statement sets are shared by the workbook: reuse the same version where present.
  for (const set of rows.statement_sets ?? []) {
    const same = db
      .prepare('SELECT id FROM statement_sets WHERE id = ? OR (lineage_id = ? AND version = ?)')
      .get(set.id, set.lineage_id, set.version) as { id: string } | undefined;
    if (same) {
      ids.set(String(set.id), same.id);
      kept.statement_sets = (kept.statement_sets ?? 0) + 1;
    } else {
      const id = newId();
      ids.set(String(set.id), id);
      insert(db, 'statement_sets', { ...set, id }, columnsOf('statement_sets'), false);
      added.statement_sets = (added.statement_sets ?? 0) + 1;
    }
  }

  const source = rows.municipalities[0];
  let municipalityId = '';
  let name = String(source.name);
  for (const spec of MUNICIPALITY_TABLES) {
    const known = columnsOf(spec.table);
    for (const original of rows[spec.table] ?? []) {
      const row: Row = {};
      for (const [column, value] of Object.entries(original)) {
        if (!known.has(column)) continue;
        row[column] = ID_COLUMN.test(column) && typeof value === 'string' ? (ids.get(value) ?? value) : value;
      }
      if (spec.table === 'municipalities') {
        if (mode === 'merge') {
          ids.set(String(original.id), existing!.id);
          municipalityId = existing!.id;
          name = existing!.name;
          kept.municipalities = 1;
          continue;
        }
        if (mode === 'copy') row.name = name = uniqueCopyName(db, name);
      }
      if ('id' in original) {
        const match = mode === 'merge' && spec.mergeKey ? findByKey(db, spec.table, spec.mergeKey, row) : undefined;
        if (match) {
          ids.set(String(original.id), match);
          kept[spec.table] = (kept[spec.table] ?? 0) + 1;
          continue;
        }
        row.id = newId();
        ids.set(String(original.id), row.id as string);
        if (spec.table === 'municipalities') municipalityId = row.id as string;
      }
      const inserted = insert(db, spec.table, row, known, mode === 'merge');
      if (inserted) added[spec.table] = (added[spec.table] ?? 0) + 1;
      else kept[spec.table] = (kept[spec.table] ?? 0) + 1;
    }
  }
  return { municipalityId, name, mode, added, kept };
}

function findByKey(db: Database.Database, table: string, key: string[], row: Row): string | undefined {
  if (![table, ...key].every((n) => NAME.test(n))) throw new Error('bad merge key');
  const found = db
    .prepare(`SELECT id FROM ${table} WHERE ${key.map((c) => `${c} IS ?`).join(' AND ')} LIMIT 1`)
    .get(...key.map((c) => row[c] ?? null)) as { id: string } | undefined;
  return found?.id;
}

function insert(db: Database.Database, table: string, row: Row, known: Set<string>, ignoreExisting: boolean): boolean {
  const columns = Object.keys(row).filter((c) => known.has(c));
  if (![table, ...columns].every((n) => NAME.test(n))) throw new Error(`Bad column in import for ${table}`);
  const sql = `INSERT ${ignoreExisting ? 'OR IGNORE ' : ''}INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`;
  return db.prepare(sql).run(Object.fromEntries(columns.map((c) => [c, row[c]]))).changes > 0;
}

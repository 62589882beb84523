// The one static-file resolver for the built renderer, used by the `app://`
// protocol handler (main.ts) and the loopback server (web/server.ts), so the
// two transports cannot drift apart: only GET/HEAD, no path outside the root,
// a bad `%` escape or a NUL byte is the client's fault (400), unknown paths
// fall back to index.html (client-side routes), and the content type comes
// from the extension whatever its case.
import fs from 'node:fs';
import path from 'node:path';
import { MIME_TYPES } from './security';

export interface StaticFile {
  status: 200 | 400 | 404 | 405;
  /** The file's bytes (empty for an error; null for a HEAD request). */
  body: Buffer | null;
  type: string;
}

const PLAIN = 'text/plain; charset=utf-8';
const refuse = (status: 400 | 404 | 405): StaticFile => ({ status, body: Buffer.alloc(0), type: PLAIN });

/** The content type for a file name, by its extension in any case. */
export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves `pathname` (as it appears in the URL, still percent-encoded) under
 * `root` and reads it. Errors other than the client's (a disk failure) throw,
 * for the caller to answer 500.
 */
export async function readStaticFile(root: string, method: string | undefined, pathname: string): Promise<StaticFile> {
  if (method !== 'GET' && method !== 'HEAD') return refuse(405);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return refuse(400);
  }
  if (decoded.includes('\0')) return refuse(400);

  const base = path.resolve(root);
  let file = path.resolve(base, `.${decoded}`);
  if (file !== base && !file.startsWith(base + path.sep)) return refuse(404);

  const stat = await fs.promises.stat(file).catch(() => undefined);
  if (!stat || stat.isDirectory()) file = path.join(base, 'index.html');
  const data = await fs.promises.readFile(file);
  return { status: 200, body: method === 'HEAD' ? null : data, type: mimeType(file) };
}

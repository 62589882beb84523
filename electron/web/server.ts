// HTTP transport for development and tests: the built renderer and
// POST /api/<method> on 127.0.0.1 only, same dispatch as the Electron IPC.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, methodNames } from '../../shared/api/contract';
import type { ErrorCode, Result } from '../../shared/api/result';
import { MAX_IMPORT_MB } from '../../shared/analysis/api';
import { t } from '../../shared/i18n';
import type { Dispatch } from '../api/dispatch';
import { MAX_REQUEST_BYTES } from '../../shared/api/limits';
import { SECURITY_HEADERS } from '../security';
import { readStaticFile } from '../static-files';

export const LOOPBACK = '127.0.0.1';
/** A body this far over the limit is not even drained: the connection is cut. */
const DRAIN_AT_MOST = 4 * MAX_REQUEST_BYTES;

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
  refused: 409,
  forbidden: 403,
  unknown_method: 404,
  internal: 500,
};

export interface WebServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

export interface WebServerOptions {
  dispatch: Dispatch;
  staticDir: string;
  port?: number;
}

/** The API listing: each method with its input as JSON Schema. */
export function describeApi() {
  return {
    methods: methodNames.map((name) => ({
      name,
      path: `/api/${name}`,
      input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
    })),
  };
}

/** Every answer of the loopback server: the security headers, its type, never cached (also the bench's floor page). */
export function send(
  res: http.ServerResponse,
  status: number,
  body: string | Buffer,
  type: string,
  extra: Record<string, string> = {},
) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const failure = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

/**
 * The body as text, or null when it is over the limit. An oversized body is
 * read to its end and dropped, so the client gets its 413 and message rather
 * than a reset connection (up to DRAIN_AT_MOST; beyond that it is cut).
 */
function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Too large a body is read to its end and dropped, so the answer (413 with
    // a Norwegian message naming the limit) reaches the page instead of a
    // reset connection.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > DRAIN_AT_MOST) return req.destroy();
      if (size > MAX_REQUEST_BYTES) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_REQUEST_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** decodeURIComponent that answers undefined for a malformed % escape instead of throwing. */
function decodePath(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

const tooLarge = () =>
  failure(
    'invalid_input',
    t('error.requestTooLarge', { limit: Math.round(MAX_REQUEST_BYTES / (1024 * 1024)), fileLimit: MAX_IMPORT_MB }),
  );

export function startWebServer({ dispatch, staticDir, port = 0 }: WebServerOptions): Promise<WebServer> {
  let ownHosts = new Set<string>();

  // Answers one request; it catches its own failures, so nobody needs to await it.
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    try {
      // DNS rebinding and cross-site requests: only our own host and origin.
      const origin = req.headers.origin;
      if (
        !req.headers.host ||
        !ownHosts.has(req.headers.host) ||
        (origin !== undefined && !ownHosts.has(origin.replace(/^http:\/\//, '')))
      ) {
        return sendJson(res, 403, failure('forbidden', t('error.forbidden')));
      }
      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

      if (url.pathname === '/api' || url.pathname === '/api/') {
        if (req.method !== 'GET') return sendJson(res, 405, failure('forbidden', t('error.forbidden')));
        return sendJson(res, 200, describeApi());
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return sendJson(res, 405, failure('forbidden', t('error.forbidden')));
        if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
          return sendJson(res, 415, failure('forbidden', t('error.badRequest')));
        }
        const method = decodePath(url.pathname.slice('/api/'.length));
        if (method === undefined) return sendJson(res, 400, failure('invalid_input', t('error.badAddress')));
        if (Number(req.headers['content-length'] ?? 0) > DRAIN_AT_MOST) {
          res.setHeader('Connection', 'close');
          return sendJson(res, 413, tooLarge());
        }
        const text = await readBody(req);
        if (text === null) {
          res.setHeader('Connection', 'close');
          return sendJson(res, 413, tooLarge());
        }
        let input: unknown;
        try {
          input = text.trim() === '' ? {} : JSON.parse(text);
        } catch {
          return sendJson(res, 400, failure('invalid_input', t('error.badRequest')));
        }
        const result = await dispatch(method, input);
        return sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
      }

      const found = await readStaticFile(staticDir, req.method, url.pathname);
      return send(res, found.status, found.body ?? '', found.type);
    } catch (err) {
      console.error(err);
      if (!res.headersSent) sendJson(res, 500, failure('internal', t('error.internal')));
    }
  };
  const server = http.createServer((req, res) => void handle(req, res));

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, LOOPBACK, () => {
      const actual = (server.address() as AddressInfo).port;
      ownHosts = new Set([`${LOOPBACK}:${actual}`, `localhost:${actual}`]);
      resolve({
        port: actual,
        url: `http://${LOOPBACK}:${actual}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

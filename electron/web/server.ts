// HTTP transport for development and tests: the built renderer and
// POST /api/<method> on 127.0.0.1 only, same dispatch as the Electron IPC.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { contract, methodNames } from '../../shared/api/contract';
import type { ErrorCode, Result } from '../../shared/api/result';
import { MAX_IMPORT_MB } from '../../shared/analysis/api';
import { t } from '../../shared/i18n';
import type { Dispatch } from '../api/dispatch';
import { MIME_TYPES, SECURITY_HEADERS } from '../security';

export const LOOPBACK = '127.0.0.1';
/** Imports send files as base64 in the body. */
/** The largest request body: an import file of MAX_IMPORT_BYTES as base64 in JSON fits well within it. */
const MAX_BODY = 24 * 1024 * 1024;

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

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

const failure = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Too large a body is read to its end and dropped, so the answer (413 with
    // a Norwegian message naming the limit) reaches the page instead of a
    // reset connection.
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function startWebServer({ dispatch, staticDir, port = 0 }: WebServerOptions): Promise<WebServer> {
  const root = path.resolve(staticDir);
  let ownHosts = new Set<string>();

  const server = http.createServer(async (req, res) => {
    try {
      // DNS rebinding and cross-site requests: only our own host and origin.
      const origin = req.headers.origin;
      if (!req.headers.host || !ownHosts.has(req.headers.host) || (origin !== undefined && !ownHosts.has(origin.replace(/^http:\/\//, '')))) {
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
        const text = await readBody(req);
        if (text === null) return sendJson(res, 413, failure('invalid_input', t('error.requestTooLarge', { limit: MAX_BODY / (1024 * 1024), fileLimit: MAX_IMPORT_MB })));
        let input: unknown;
        try {
          input = text.trim() === '' ? {} : JSON.parse(text);
        } catch {
          return sendJson(res, 400, failure('invalid_input', t('error.badRequest')));
        }
        const result = await dispatch(decodeURIComponent(url.pathname.slice('/api/'.length)), input);
        return sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, '', 'text/plain');
      let file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
      if (file !== root && !file.startsWith(root + path.sep)) return send(res, 404, '', 'text/plain');
      if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
      const type = MIME_TYPES[path.extname(file)] ?? 'application/octet-stream';
      return send(res, 200, fs.readFileSync(file), type);
    } catch (err) {
      console.error(err);
      if (!res.headersSent) sendJson(res, 500, failure('internal', t('error.internal')));
    }
  });

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

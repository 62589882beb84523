// The one static-file resolver behind both transports (app:// in Electron and
// the loopback server): same answers for the same paths. The Electron side is
// exercised by tests/electron/smoke.ts where an Electron binary exists.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../electron/static-files';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { tempDir } from '../support/server';

let root: string;
let server: WebServer;

beforeAll(async () => {
  root = tempDir();
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Omniverksted</title>');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'LOGO.PNG'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(root, 'assets', 'app.JS'), 'console.log(1);');
  fs.writeFileSync(path.join(root, 'assets', 'mellom rom.css'), 'body{}');
  fs.writeFileSync(path.join(path.dirname(root), 'secret.txt'), 'hemmelig');
  // The dispatch is never reached by a static path.
  server = await startWebServer({
    dispatch: async () => ({ ok: false, error: { code: 'internal', message: '' } }),
    staticDir: root,
  });
});
afterAll(() => server.close());

function get(pathname: string, method = 'GET') {
  return new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: pathname }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static-file resolver', () => {
  it('answers a bad percent escape with 400, not a server error', async () => {
    expect((await readStaticFile(root, 'GET', '/%E0%A4%A')).status).toBe(400);
    expect((await readStaticFile(root, 'GET', '/assets/%')).status).toBe(400);
    expect((await get('/%E0%A4%A')).status).toBe(400);
    expect((await get('/assets/%zz.js')).status).toBe(400);
  });

  it('refuses an encoded NUL byte', async () => {
    expect((await readStaticFile(root, 'GET', '/index.html%00.png')).status).toBe(400);
    expect((await get('/index.html%00.png')).status).toBe(400);
  });

  it('types a file by its extension whatever the case', async () => {
    expect((await readStaticFile(root, 'GET', '/assets/LOGO.PNG')).type).toBe('image/png');
    const js = await get('/assets/app.JS');
    expect(js.status).toBe(200);
    expect(js.type).toBe('text/javascript; charset=utf-8');
    expect(js.body).toBe('console.log(1);');
  });

  it('decodes an escaped space and serves the file', async () => {
    const css = await get('/assets/mellom%20rom.css');
    expect(css.status).toBe(200);
    expect(css.type).toBe('text/css; charset=utf-8');
  });

  it('never serves a file outside the root', async () => {
    const outside = await readStaticFile(root, 'GET', '/..%2fsecret.txt');
    expect(outside.status).toBe(404);
    expect(outside.body?.toString()).not.toContain('hemmelig');
    expect((await get('/..%2fsecret.txt')).status).toBe(404);
  });

  it('falls back to index.html for client-side routes and folders', async () => {
    const route = await get('/kommuner/3');
    expect(route.status).toBe(200);
    expect(route.type).toBe('text/html; charset=utf-8');
    expect(route.body).toContain('<title>Omniverksted</title>');
    expect((await readStaticFile(root, 'GET', '/assets/')).type).toBe('text/html; charset=utf-8');
  });

  it('serves only GET and HEAD; HEAD has no body', async () => {
    expect((await readStaticFile(root, 'DELETE', '/index.html')).status).toBe(405);
    expect((await get('/index.html', 'PUT')).status).toBe(405);
    const head = await readStaticFile(root, 'HEAD', '/index.html');
    expect(head).toMatchObject({ status: 200, body: null, type: 'text/html; charset=utf-8' });
    const overHttp = await get('/index.html', 'HEAD');
    expect(overHttp.status).toBe(200);
    expect(overHttp.body).toBe('');
  });
});

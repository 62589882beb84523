import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api/contract';
import { MAX_REQUEST_BYTES } from '../../shared/api/limits';
import { createWorkbookDispatch } from '../../electron/api/handlers';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { openHarness, tempDir, type Harness } from '../support/workbook';

let h: Harness;
let server: WebServer;
let staticDir: string;

beforeAll(async () => {
  h = await openHarness();
  staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Omniverksted</title>');
  fs.writeFileSync(path.join(path.dirname(staticDir), 'secret.txt'), 'hemmelig');
  server = await startWebServer({ dispatch: createWorkbookDispatch(h.workbook), staticDir });
});
afterAll(async () => {
  await server.close();
  h.close();
});

/** A raw request, so Host and Origin can be set as an attacker would. */
function request(opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, method: opts.method ?? 'GET', path: opts.path, headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}
const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });

describe('loopback HTTP transport', () => {
  it('answers a body over its limit with a Norwegian message naming the limits, not a reset connection', async () => {
    const big = await post('rounds.previewImport', {
      roundId: 'x',
      fileName: 'stor.xlsx',
      dataBase64: 'A'.repeat(25 * 1024 * 1024),
    });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message:
          'Forespørselen er for stor (over 24 MB), så den ble ikke lest. Ingenting ble endret. En fil som skal importeres kan være høyst 12 MB; del svarene på flere filer.',
      },
    });
    // Under the body limit but over the import's own limit: the import says so.
    const file = await post('rounds.previewImport', {
      roundId: '00000000-0000-4000-8000-000000000000',
      fileName: 'stor.xlsx',
      dataBase64: 'A'.repeat(20 * 1024 * 1024),
    });
    expect(JSON.parse(file.body)).toMatchObject({
      ok: false,
      error: { message: 'Filen er for stor. Største tillatte filstørrelse er 12 MB. Del svarene på flere filer.' },
    });
  });

  it('binds to 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the API with the same result shape as IPC', async () => {
    const created = await post('municipalities.create', { name: 'Beiarn' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: 'Beiarn' } });
    const bad = await post('municipalities.create', { name: '' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Navn på kommunen må fylles ut.',
        fields: { name: 'Navn på kommunen må fylles ut.' },
      },
    });
    expect((await post('nope', {})).status).toBe(404);
    const broken = await request({
      method: 'POST',
      path: '/api/municipalities.list',
      headers: { 'Content-Type': 'application/json' },
      body: '{not json',
    });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { message: 'Forespørselen kunne ikke leses.' } });
  });

  it('lists every method with its input as JSON Schema', async () => {
    const res = await request({ path: '/api' });
    const body = JSON.parse(res.body) as {
      methods: { name: string; input: { type: string; properties: Record<string, unknown> } }[];
    };
    expect(body.methods.map((m) => m.name)).toEqual(methodNames);
    const create = body.methods.find((m) => m.name === 'municipalities.create')!;
    expect(create.input.type).toBe('object');
    expect(create.input.properties.name).toMatchObject({ type: 'string', maxLength: 120 });
  });

  it('rejects a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await request({ path: '/api', headers: { Host: `evil.example:${server.port}` } });
    expect(rebinding.status).toBe(403);
    const cross = await post('municipalities.create', { name: 'Fra en annen side' }, { Origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    const ok = await post('municipalities.list', {}, { Origin: server.url });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).value.map((m: { name: string }) => m.name)).not.toContain('Fra en annen side');
  });

  it('accepts API writes only as JSON POST', async () => {
    const form = await request({
      method: 'POST',
      path: '/api/municipalities.create',
      headers: { 'Content-Type': 'text/plain' },
      body: '{"name":"X"}',
    });
    expect(form.status).toBe(415);
    expect((await request({ path: '/api/municipalities.list' })).status).toBe(405);
  });

  it('serves the renderer with a strict CSP and never a file outside it', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await request({ path: '/../secret.txt' });
    expect(escape.body).not.toContain('hemmelig');
    const encoded = await request({ path: '/%2e%2e/secret.txt' });
    expect(encoded.body).not.toContain('hemmelig');
    // An encoded slash survives URL normalisation and decodes to "../": only the root guard stops it.
    const slash = await request({ path: '/..%2fsecret.txt' });
    expect(slash.status).toBe(404);
    expect(slash.body).not.toContain('hemmelig');
  });

  // Fault 7 of issue 13.
  it('answers a malformed % escape with 400 and a Norwegian message, never a 500', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const api = await request({
        method: 'POST',
        path: '/api/municipalities.list%E0%A4%A',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(api.status).toBe(400);
      expect(JSON.parse(api.body)).toMatchObject({
        ok: false,
        error: { message: 'Adressen kunne ikke leses (ugyldig %-koding).' },
      });
      const page = await request({ path: '/%E0%A4%A' });
      expect(page.status).toBe(400);
    } finally {
      console.error = original;
    }
    expect(logged).toEqual([]);
  });

  it('answers a body over the limit with 413 and a Norwegian message (no reset connection), and saves nothing', async () => {
    const before = JSON.parse((await post('municipalities.list', {})).body).value.length;
    const body = Buffer.alloc(MAX_REQUEST_BYTES + 1024, 0x20);
    body.write('{"name":"For stor"', 0);
    const res = await request({
      method: 'POST',
      path: '/api/municipalities.create',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.length) },
      body,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Forespørselen er for stor \(over 24 MB\)/) },
    });
    expect(JSON.parse((await post('municipalities.list', {})).body).value.length).toBe(before);
  });

  it('stores text with lone surrogates as it reads back: a 120-character name stays 120 and saves again', async () => {
    const name = `Kommune ${'\ud83d'.repeat(112)}`;
    expect(name.length).toBe(120);
    const created = JSON.parse((await post('municipalities.create', { name })).body);
    expect(created.ok).toBe(true);
    expect(created.value.name).toHaveLength(120);
    expect(created.value.name).toBe(`Kommune ${'\ufffd'.repeat(112)}`);
    const again = JSON.parse(
      (await post('municipalities.update', { id: created.value.id, name: created.value.name })).body,
    );
    expect(again).toMatchObject({ ok: true, value: { name: created.value.name } });
  });
});

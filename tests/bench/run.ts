// `npm run bench`: each figure beside its budget and beside a floor measured
// in the same run on the same machine (raw SQL for queries, a bare Vite+React
// page for start-up). Budgets live here, never as timing assertions in tests.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { launchChromium } from '../support/browser';
import { ROOT, startServer, tempDir } from '../support/server';
import { openHarness } from '../support/workbook';
import { openWorkbook } from '../../electron/workbook/connection';
import { MIME_TYPES } from '../../electron/security';

interface Row {
  figure: string;
  ms: number;
  budget: number;
  floor: number;
  floorWhat: string;
}
const rows: Row[] = [];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
async function time(fn: () => unknown | Promise<unknown>, runs: number): Promise<number> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

// ---------- a workbook the size of a busy guide's: 60 municipalities, 600 units, 1,200 sessions ----------
const h = await openHarness();
const db = h.workbook.db;
let someMunicipality = '';
for (let m = 0; m < 60; m++) {
  const mun = await h.ok('municipalities.create', { name: `Kommune ${m}`, county: 'Nordland' });
  someMunicipality ||= mun.id;
  const unitIds: string[] = [];
  for (let u = 0; u < 10; u++) unitIds.push((await h.ok('units.create', { municipalityId: mun.id, name: `Enhet ${u}`, kind: 'school', staffCount: 20 })).id);
  for (let s = 0; s < 20; s++) {
    await h.ok('sessions.create', { municipalityId: mun.id, date: `2026-0${1 + (s % 9)}-1${s % 10}`, kind: 'staff_day', title: `Økt ${s}`, unitIds: unitIds.slice(0, 3) });
  }
}

const rawList = db.prepare(
  `SELECT m.*, (SELECT count(*) FROM units u WHERE u.municipality_id = m.id) AS unit_count,
     (SELECT count(*) FROM sessions s WHERE s.municipality_id = m.id) AS session_count FROM municipalities m`,
);
rows.push({
  figure: 'municipalities.list (60) through the API',
  ms: await time(() => h.call('municipalities.list', {}), 50),
  budget: 10,
  floor: await time(() => rawList.all(), 50),
  floorWhat: 'raw SQL, same aggregate',
});

const rawSessions = db.prepare(
  `SELECT s.*, (SELECT json_group_array(unit_id) FROM session_units su WHERE su.session_id = s.id) AS unit_ids
   FROM sessions s WHERE municipality_id = ? ORDER BY date DESC`,
);
rows.push({
  figure: 'sessions.list (20 with units) through the API',
  ms: await time(() => h.call('sessions.list', { municipalityId: someMunicipality }), 50),
  budget: 5,
  floor: await time(() => rawSessions.all(someMunicipality), 50),
  floorWhat: 'raw SQL, same query',
});

let n = 0;
rows.push({
  figure: 'municipalities.create (one write, FULL sync)',
  ms: await time(() => h.call('municipalities.create', { name: `Ny ${n++}` }), 30),
  budget: 20,
  floor: await time(() => db.prepare("INSERT INTO municipalities (id, name, created_at, updated_at) VALUES (?, 'x', '', '')").run(`raw-${n++}`), 30),
  floorWhat: 'raw INSERT, same file',
});
// Checklists: a municipality with 10 units, every item of the Fauske pack set a few times.
const pack = (await h.ok('content.choose', { municipalityId: someMunicipality, packId: 'omni-fauske' })).content;
const benchUnits = await h.ok('units.list', { municipalityId: someMunicipality });
const itemIds = pack.components.flatMap((c) => c.items.map((i) => i.id));
const cycle = ['in_progress', 'in_place', 'not_started', 'in_place'] as const;
for (const u of benchUnits) for (const [i, itemId] of itemIds.entries()) for (let k = 0; k <= i % 4; k++) await h.ok('checklists.set', { unitId: u.id, itemId, status: cycle[k] });
const logCount = (db.prepare('SELECT count(*) AS n FROM checklist_log').get() as { n: number }).n;
const rawProgress = db.prepare(
  `SELECT cs.unit_id, cs.item_id, cs.status FROM checklist_status cs JOIN units u ON u.id = cs.unit_id WHERE u.municipality_id = ?`,
);
const rawLog = db.prepare(`SELECT l.* FROM checklist_log l JOIN units u ON u.id = l.unit_id WHERE u.municipality_id = ? ORDER BY l.created_at`);
rows.push({
  figure: `progress.municipality (10 units, ${logCount} log rows)`,
  ms: await time(() => h.call('progress.municipality', { municipalityId: someMunicipality }), 30),
  budget: 25,
  floor: await time(() => {
    rawProgress.all(someMunicipality);
    rawLog.all(someMunicipality);
  }, 30),
  floorWhat: 'raw SQL: statuses + log rows',
});
let flip = 0;
rows.push({
  figure: 'checklists.set (one status change, logged)',
  ms: await time(() => h.call('checklists.set', { unitId: benchUnits[0].id, itemId: itemIds[0], status: flip++ % 2 ? 'in_place' : 'in_progress' }), 30),
  budget: 20,
  floor: await time(() => db.prepare("UPDATE checklist_status SET note = ? WHERE unit_id = ? AND item_id = ?").run(String(flip++), benchUnits[0].id, itemIds[0]), 30),
  floorWhat: 'raw UPDATE, same row',
});
// Status analysis: a round of 500 respondents x 60 statements.
{
  const school = (await h.ok('statementSets.list', {})).find((x) => x.origin === 'statements-school')!;
  const content = structuredClone(school.content);
  for (let i = 1; content.statements.length < 60; i++) content.statements.push({ code: `X${i}`, areaId: content.areas[0].id, text: `Ekstra påstand ${i}` });
  const copy = await h.ok('statementSets.copy', { id: school.id, name: 'Benk 60' });
  const set60 = await h.ok('statementSets.save', { id: copy.id, content });
  const roundUnits = benchUnits.slice(0, 4).map((u) => u.id);
  const round = await h.ok('rounds.create', { municipalityId: someMunicipality, setId: set60.id, title: 'Benk', date: '2026-09-01', kind: 'baseline', unitIds: roundUnits });
  const roles = ['teacher', 'assistant', 'leader', 'other'] as const;
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 500; i++) {
    const answers: Record<string, number | 'dont_know' | null> = {};
    for (const st of content.statements) answers[st.code] = rnd() < 0.05 ? 'dont_know' : rnd() < 0.03 ? null : 1 + Math.floor(rnd() * 4);
    await h.ok('rounds.saveRespondent', { roundId: round.id, role: roles[i % 4], unitId: roundUnits[i % 4], answers });
  }
  const answerCount = (db.prepare('SELECT count(*) AS n FROM answers a JOIN respondents p ON p.id = a.respondent_id WHERE p.round_id = ?').get(round.id) as { n: number }).n;
  const rawSummary = db.prepare(
    `SELECT a.code, count(a.value) AS n, sum(a.dont_know) AS dk, avg(a.value) AS mean,
       sum(a.value = 1) AS v1, sum(a.value = 2) AS v2, sum(a.value = 3) AS v3, sum(a.value = 4) AS v4,
       sqrt((sum(a.value * a.value) - sum(a.value) * sum(a.value) * 1.0 / count(a.value)) / (count(a.value) - 1)) AS sd
     FROM answers a JOIN respondents p ON p.id = a.respondent_id WHERE p.round_id = ? GROUP BY a.code`,
  );
  rows.push({
    figure: `round summary 500 x 60 (${answerCount} answers) from workbook`,
    ms: await time(() => h.call('rounds.results', { id: round.id }), 20),
    budget: 20,
    floor: await time(() => rawSummary.all(round.id), 20),
    floorWhat: 'one raw SQL aggregate query',
  });
}
// Omni-trappa: a board with 300 cards.
const benchSession = (await h.ok('sessions.list', { municipalityId: someMunicipality }))[0];
const bigBoard = await h.ok('boards.create', { sessionId: benchSession.id, title: 'Benk 300' });
for (let i = 0; i < 300; i++) {
  await h.ok('boards.apply', { boardId: bigBoard.id, command: { type: 'add', card: { id: `b${i}`, text: `Observasjon nummer ${i} om friminuttet`, step: i < 20 ? null : 1 + (i % 7), group: `Bord ${i % 6}` } } });
}
let hop = 0;
const rawMove = db.prepare('UPDATE cards SET step = ?, position = ?, updated_at = ? WHERE id = ?');
rows.push({
  figure: 'boards.apply: one placement on a 300-card board',
  ms: await time(() => h.call('boards.apply', { boardId: bigBoard.id, command: { type: 'move', id: 'b0', step: 1 + (hop++ % 7), position: 0 } }), 30),
  budget: 5,
  floor: await time(() => rawMove.run(1 + (hop++ % 7), 0, new Date().toISOString(), 'b1'), 30),
  floorWhat: 'raw UPDATE of the card row',
});
h.close();

rows.push({
  figure: 'open workbook (checks, pragmas, no migration)',
  ms: await time(async () => (await openWorkbook(h.file)).close(), 10),
  budget: 200,
  floor: await time(() => new Database(h.file, { readonly: true }).close(), 10),
  floorWhat: 'bare better-sqlite3 open',
});

// ---------- start-up in Chromium: the app's home page vs a bare Vite + React page ----------
const bareOut = path.join(tempDir(), 'bare');
await build({ root: path.join(ROOT, 'tests/bench/bare'), base: './', plugins: [react()], logLevel: 'silent', build: { outDir: bareOut, emptyOutDir: true } });
const bare = http.createServer((req, res) => {
  const file = path.join(bareOut, req.url === '/' ? 'index.html' : path.normalize(req.url ?? '/'));
  if (!file.startsWith(bareOut) || !fs.existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': MIME_TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
});
await new Promise<void>((r) => bare.listen(0, '127.0.0.1', r));
const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

const server = await startServer(h.file);
const browser = await launchChromium();
async function startUp(url: string, selector: string) {
  return time(async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const t0 = performance.now();
    await page.goto(url);
    await page.waitForSelector(selector);
    const ms = performance.now() - t0;
    await page.close();
    return ms;
  }, 9);
}
{
  // Pages load lazily per tool: start-up loads the shell and the first page only.
  const floor = await startUp(bareUrl, 'h1');
  rows.push({
    figure: 'start-up: home page with 60 municipalities',
    ms: await startUp(`${server.url}/#/`, '.card__title'),
    budget: 1.3 * floor,
    floor,
    floorWhat: 'bare Vite+React page (budget 1.3x)',
  });
}
// Dragging a card on the 300-card board: frame intervals (rAF) during a scripted drag.
async function dragFrames(url: string, from: string, to: string) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await page.goto(url);
  await page.waitForSelector(from);
  await page.waitForTimeout(300);
  const a = (await page.locator(from).first().boundingBox())!;
  const b = (await page.locator(to).first().boundingBox())!;
  // A plain script (no bundler helpers inside the page): record every frame's time.
  await page.evaluate(`(() => {
    window.frames_ = [];
    window.stop_ = false;
    const tick = (t) => { window.frames_.push(t); if (!window.stop_) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 90; i++) {
    await page.mouse.move(a.x + a.width / 2 + ((b.x + b.width / 2 - a.x - a.width / 2) * i) / 90, a.y + a.height / 2 + ((b.y + b.height / 2 - a.y - a.height / 2) * i) / 90);
  }
  await page.mouse.up();
  const frames = (await page.evaluate('(() => { window.stop_ = true; return window.frames_; })()')) as number[];
  await page.close();
  const deltas = frames.slice(1).map((f, i) => f - frames[i]).sort((x, y) => x - y);
  return deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * 0.95))];
}
rows.push({
  figure: 'drag on a 300-card board: p95 frame interval',
  ms: await dragFrames(`${server.url}/#/tavle/${bigBoard.id}`, '.inbox [data-card-id]', '[data-step="7"]'),
  // rAF intervals come in whole display frames (16.67 ms at 60 Hz); a dropped
  // frame shows as 33.3 ms. The budget is one frame plus 0.5 ms of timer jitter:
  // p95 within it means at least 95 % of frames were on time.
  budget: 1000 / 60 + 0.5,
  floor: await dragFrames(bareUrl, 'h1', 'h1'),
  floorWhat: 'same mouse moves on the bare page',
});

await browser.close();
await server.stop();
bare.close();

// ---------- the table ----------
const fmt = (x: number) => x.toFixed(2).padStart(9);
console.log(`\n${'figure'.padEnd(48)} ${'ms'.padStart(9)} ${'budget'.padStart(9)} ${'floor'.padStart(9)}  x floor  floor is`);
let over = 0;
for (const r of rows) {
  const mark = r.ms > r.budget ? '  OVER BUDGET' : '';
  if (mark) over++;
  console.log(`${r.figure.padEnd(48)} ${fmt(r.ms)} ${fmt(r.budget)} ${fmt(r.floor)}  ${(r.ms / Math.max(r.floor, 0.001)).toFixed(1).padStart(7)}  ${r.floorWhat}${mark}`);
}
console.log(over === 0 ? '\nall figures within budget' : `\n${over} figure(s) over budget`);
process.exit(over === 0 ? 0 : 1);

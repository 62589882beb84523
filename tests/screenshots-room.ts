// Screenshots of every room view (and the control window) at 1920x1080 and 1280x720:
//   npm run build && npx tsx tests/screenshots-room.ts [outdir]
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './support/browser';
import { apiOf } from './support/app';
import { startServer, tempDir } from './support/server';
import { buildRoomFixture } from './support/roomFixture';
import { measureRoom } from './support/roomFit';

const out = path.resolve(process.argv[2] ?? 'test-results/screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
const api = apiOf(server);
const fx = await buildRoomFixture(api);
await api('rounds.reveal', { id: fx.roundId, revealed: true });
const statement = { step: null, analysis: 'statement', statement: 'T1', compareWith: null };
const shots: [string, number, Record<string, unknown>][] = [
  ['welcome', 0, {}],
  ['slide', 1, {}],
  ['board', 2, { timer: { durationMs: 600_000, endsAt: null, remainingMs: 512_000 } }],
  ['board-hidden', 2, {}],
  ['board-step', 2, { view: { step: 2, analysis: 'areas', statement: null, compareWith: null } }],
  ['analysis-areas', 3, {}],
  ['analysis-statement', 3, { view: statement }],
  ['analysis-compare', 3, { view: { ...statement, analysis: 'compare', compareWith: fx.followId } }],
  ['progress', 4, {}],
  ['break', 5, { timer: { durationMs: 1_800_000, endsAt: null, remainingMs: 1_500_000 } }],
  ['board-light', 2, { theme: 'light' }],
  ['analysis-light', 3, { theme: 'light' }],
];
const browser = await launchChromium();
for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: h } });
  await page.goto(`${server.url}/#/rom`);
  for (const [name, item, extra] of shots) {
    if (name === 'board-hidden')
      await api('boards.apply', { boardId: fx.boardId, command: { type: 'reveal', revealed: false } });
    await api('presenter.set', {
      sessionId: fx.sessionId,
      itemId: fx.items[item],
      theme: 'dark',
      timer: { durationMs: 0, endsAt: null, remainingMs: 0 },
      ...extra,
    });
    await page.waitForTimeout(1800);
    await page.screenshot({ path: path.join(out, `room-${name}-${w}x${h}.png`) });
    const fit = await measureRoom(page);
    console.log(
      `${name} ${w}x${h}: smallest text ${fit.minFontPx.toFixed(1)} px (${fit.minFontText})${fit.problems.length ? `; ${fit.problems.join('; ')}` : ''}`,
    );
    if (name === 'board-hidden')
      await api('boards.apply', { boardId: fx.boardId, command: { type: 'reveal', revealed: true } });
  }
  await page.goto(`${server.url}/#/okt/${fx.sessionId}/styring`);
  await page.waitForSelector('.control__item');
  await page.screenshot({ path: path.join(out, `control-${w}x${h}.png`) });
  await page.goto(`${server.url}/#/okt/${fx.sessionId}`);
  await page.waitForSelector('.agenda__item');
  await page.screenshot({ path: path.join(out, `session-agenda-${w}x${h}.png`), fullPage: true });
  await page.close();
}
await browser.close();
await server.stop();
console.log(`screenshots in ${out}`);

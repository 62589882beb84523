// The room's view end to end, two pages in one Chromium: the control window
// (#/okt/:id/styring) and the room view (#/rom), kept in sync through the API
// and the workbook. Keys on the control page move the room; black and white
// screens; the timer runs in both; axe finds nothing serious; every room view
// fits 1280x720 with no text under 20 px and nothing clipped or scrolled.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { seriousViolations } from '../support/axe';
import { buildRoomFixture, type RoomFixture } from '../support/roomFixture';
import { measureRoom } from '../support/roomFit';

let app: TestApp;
let fx: RoomFixture;
let control: Page;
let room: Page;
beforeAll(async () => {
  app = await startApp({ width: 1280, height: 720 });
  fx = await buildRoomFixture(app.api);
  room = await app.context.newPage();
  await room.goto(`${app.server.url}/#/rom`);
}, 120_000);
afterAll(async () => {
  await app?.close();
});

const view = (page: Page) =>
  page.evaluate(() => document.querySelector('[data-room-view]')?.getAttribute('data-room-view') ?? null);
const roomHeading = () => room.locator('.room__main h1').first().innerText();
/** The room follows at its next poll (400 ms): wait as a person in the hall would. */
const roomShows = (name: string) => expect.poll(() => view(room), { timeout: 5000 }).toBe(name);
async function press(...keys: string[]) {
  await control.bringToFront();
  for (const k of keys) await control.keyboard.press(k);
}

describe('the room view with its control window', () => {
  it('the room waits, then follows the agenda moved by keyboard (clicker keys, number + Enter)', async () => {
    await roomShows('idle');
    expect(await roomHeading()).toBe('Venter på veilederen');
    // Opening the control window starts the session on its first item.
    control = await app.context.newPage();
    await control.goto(`${app.server.url}/#/okt/${fx.sessionId}/styring`);
    await roomShows('welcome');
    expect(await roomHeading()).toBe('Velkommen til planleggingsdag');
    await expect.poll(() => room.locator('.room-plan li').allInnerTexts()).toContain('08:40 Tankesettet');
    await press('PageDown');
    await roomShows('slide');
    expect(await roomHeading()).toBe('Tankesettet');
    expect(await room.locator('.room-points li').allInnerTexts()).toEqual([
      'Alle barn skal ha et trygt og godt miljø',
      'Varme og tydelige voksne',
      'Vi ser gruppa, ikke bare enkeltbarnet',
      'Felles språk: Omni-trappa',
    ]);
    await press('ArrowRight');
    await roomShows('board');
    await press('PageUp');
    await roomShows('slide');
    await press('5', 'Enter');
    await roomShows('progress');
    await press('3', 'Enter');
    await roomShows('board');
    // The control window says where the room is.
    await expect.poll(() => control.locator('[aria-current="step"]').innerText()).toContain('Omni-trappa i gruppene');
    // A clicker aimed at the room window works too.
    await room.bringToFront();
    await room.keyboard.press('PageDown');
    await roomShows('analysis-hidden');
    await expect.poll(() => control.locator('[aria-current="step"]').innerText()).toContain('Ståstedsanalysen');
    await press('3', 'Enter');
    await roomShows('board');
  });

  it('the board: all 30 cards on one screen, large enough, votes readable; hidden cards as backs; one step large', async () => {
    await expect.poll(() => room.locator('.room-card').count()).toBe(30);
    expect(await room.locator('.room-more').count()).toBe(0);
    expect(await room.locator('[data-step="7"] .room-card').allInnerTexts()).toEqual([
      'Trusler på Snapchat etter skoletid',
      'Mye fravær på mandager',
      'Elev truet med kniv',
    ]);
    const sizes = await room.evaluate(() => ({
      card: Math.min(
        ...[...document.querySelectorAll('.room-card')].map((c) => parseFloat(getComputedStyle(c).fontSize)),
      ),
      step: Math.min(
        ...[...document.querySelectorAll('.room-step__title')].map((c) => parseFloat(getComputedStyle(c).fontSize)),
      ),
      votes: Math.min(
        ...[...document.querySelectorAll('.room-card__votes')].map((c) => parseFloat(getComputedStyle(c).fontSize)),
      ),
    }));
    expect(sizes.card).toBeGreaterThanOrEqual(20);
    expect(sizes.step).toBeGreaterThanOrEqual(24);
    expect(sizes.votes).toBeGreaterThanOrEqual(20);
    expect(await room.getByLabel('5 stemmer').count()).toBeGreaterThan(0);

    // Hidden on the board: the room sees the backs only, no text.
    await app.api('boards.apply', { boardId: fx.boardId, command: { type: 'reveal', revealed: false } });
    await expect.poll(() => room.locator('.room-card--back').count(), { timeout: 5000 }).toBe(30);
    expect(await room.getByText('Elev truet med kniv').count()).toBe(0);
    await app.api('boards.apply', { boardId: fx.boardId, command: { type: 'reveal', revealed: true } });
    await expect.poll(() => room.locator('.room-card--back').count(), { timeout: 5000 }).toBe(0);

    // A step with more cards than fit says how many more; nothing is clipped, and the other steps keep their cards.
    for (let i = 0; i < 14; i++) {
      await app.api('boards.apply', {
        boardId: fx.boardId,
        command: {
          type: 'add',
          card: { id: `ekstra-${i}`, text: `Enda en observasjon om friminuttet nummer ${i + 1}`, step: 3 },
        },
      });
    }
    const more = room.locator('[data-step="3"] .room-more');
    await more.waitFor({ timeout: 5000 });
    const shown = await room.locator('[data-step="3"] .room-card').count();
    expect(await more.innerText()).toBe(`+${18 - shown} til`);
    expect(shown).toBeGreaterThanOrEqual(4);
    expect((await measureRoom(room)).problems).toEqual([]);
    expect(await room.locator('[data-step="7"] .room-card').count()).toBe(3);
    for (let i = 0; i < 14; i++)
      await app.api('boards.apply', { boardId: fx.boardId, command: { type: 'delete', id: `ekstra-${i}` } });
    await expect.poll(() => room.locator('.room-more').count(), { timeout: 5000 }).toBe(0);

    // One step opened large from the control window.
    await control.bringToFront();
    await control.getByRole('button', { name: 'Trinn 2', exact: true }).click();
    await expect
      .poll(() => room.locator('.room-step-large__title').innerText(), { timeout: 5000 })
      .toContain('Normflyttende tendens');
    expect(await room.locator('.room-step-large .room-card').count()).toBe(6);
    await control.getByRole('button', { name: 'Hele trappa' }).click();
    await expect.poll(() => room.locator('.room-step').count(), { timeout: 5000 }).toBe(7);
  });

  it('? lists the presentation keys from the keymap, in both windows; Esc closes the list and nothing else', async () => {
    await press('?');
    const help = control.getByRole('dialog', { name: 'Hurtigtaster' });
    await help.waitFor();
    const text = await help.innerText();
    expect(text).toContain('Neste punkt');
    expect(text).toContain('Svart skjerm (av/på)');
    expect(text).toContain('Gå til punkt nummer');
    // B is the room's black screen here, never also the laptop's own blackout.
    expect(text).not.toContain('svart skjerm (en tast viser bildet igjen)');
    expect(text.match(/^B$/gm)?.length).toBe(1);
    await press('Escape');
    await help.waitFor({ state: 'detached' });
    expect(await control.locator('dialog[open]').count()).toBe(0);

    await room.bringToFront();
    await room.keyboard.press('?');
    const roomHelp = room.getByRole('dialog', { name: 'Hurtigtaster' });
    await roomHelp.waitFor();
    expect(await roomHelp.innerText()).toContain('Neste punkt');
    // While the list is open the keys wait: PageDown does not move the room.
    await room.keyboard.press('PageDown');
    await room.keyboard.press('Escape');
    await roomHelp.waitFor({ state: 'detached' });
    await roomShows('board');
  });

  it('B blacks the room out and W whites it, Esc brings the picture back; the control window shows it', async () => {
    await press('b');
    await expect.poll(() => room.locator('.room-screen--black').count(), { timeout: 5000 }).toBe(1);
    await control.getByText('Rommet ser en svart skjerm').waitFor();
    expect(await control.locator('.blackout').count()).toBe(0);
    // The room's screen is black: nothing of the board shows through.
    const shot = await room.screenshot();
    const dark = await room.evaluate(() => getComputedStyle(document.querySelector('.room-screen')!).backgroundColor);
    expect(dark).toBe('rgb(0, 0, 0)');
    expect(shot.length).toBeGreaterThan(0);
    await press('b');
    await expect.poll(() => room.locator('.room-screen').count(), { timeout: 5000 }).toBe(0);
    await press('w');
    await expect.poll(() => room.locator('.room-screen--white').count(), { timeout: 5000 }).toBe(1);
    await control.getByText('Rommet ser en hvit skjerm').waitFor();
    await press('Escape');
    await expect.poll(() => room.locator('.room-screen').count(), { timeout: 5000 }).toBe(0);
    // Moving on shows the picture again even from black.
    await press('b', 'PageDown');
    await roomShows('analysis-hidden');
    await expect.poll(() => room.locator('.room-screen').count(), { timeout: 5000 }).toBe(0);
    await press('PageUp');
    await roomShows('board');
  });

  it('T starts the timer in both windows and it runs down in both; T pauses it', async () => {
    await press('t');
    const clockOf = (page: Page, selector: string) => page.locator(selector).innerText();
    await expect
      .poll(() => room.locator('.room__timer').getAttribute('data-timer-state'), { timeout: 5000 })
      .toBe('running');
    // The board item has 45 planned minutes.
    const first = { room: await clockOf(room, '.room__timer'), control: await clockOf(control, '.control__timer') };
    expect(first.room).toMatch(/^4[45]:\d\d$/);
    expect(first.control).toMatch(/^4[45]:\d\d$/);
    const seconds = (s: string) => Number(s.split(':')[0]) * 60 + Number(s.split(':')[1]);
    await expect
      .poll(async () => seconds(await clockOf(room, '.room__timer')), { timeout: 5000 })
      .toBeLessThan(seconds(first.room));
    await expect
      .poll(async () => seconds(await clockOf(control, '.control__timer')), { timeout: 5000 })
      .toBeLessThan(seconds(first.control));
    // Both count from the same end time.
    const [a, b] = await Promise.all([clockOf(room, '.room__timer'), clockOf(control, '.control__timer')]);
    expect(Math.abs(seconds(a) - seconds(b))).toBeLessThanOrEqual(1);
    await press('t');
    await expect
      .poll(() => room.locator('.room__timer').getAttribute('data-timer-state'), { timeout: 5000 })
      .toBe('paused');
    const paused = await clockOf(room, '.room__timer');
    await room.waitForTimeout(1500);
    expect(await clockOf(room, '.room__timer')).toBe(paused);
    await control.getByRole('button', { name: 'Nullstill tid' }).click();
    await expect.poll(() => room.locator('.room__timer').count(), { timeout: 5000 }).toBe(0);
  });

  it('every room view fits 1280x720: no text under 20 px, nothing clipped, scrolled or under the timer; axe finds nothing serious in either window', async () => {
    await press('t'); // the timer is part of what must fit
    await app.api('rounds.reveal', { id: fx.roundId, revealed: true });
    const reports: Record<string, unknown> = {};
    const check = async (name: string) => {
      await roomShows(name);
      await room.waitForTimeout(600); // two polls: the tool's data is in
      const report = await measureRoom(room);
      reports[name] = report;
      expect(report.problems, name).toEqual([]);
      expect(report.minFontPx, `${name}: ${report.minFontText}`).toBeGreaterThanOrEqual(20);
      expect(await seriousViolations(room), `room ${name}`).toEqual([]);
      expect(await seriousViolations(control), `control ${name}`).toEqual([]);
    };
    await press('1', 'Enter');
    await check('welcome');
    await press('PageDown');
    await check('slide');
    await press('PageDown');
    await check('board');
    await control.getByRole('button', { name: 'Trinn 1', exact: true }).click();
    await expect.poll(() => room.locator('.room-step-large').count(), { timeout: 5000 }).toBe(1);
    await check('board');
    await press('PageDown');
    await check('analysis-areas');
    // Nine areas with their means, the consensus marked.
    expect(await room.locator('.room-areas > li').count()).toBe(9);
    expect(await room.locator('.room-areas__consensus').allInnerTexts()).toEqual(['Konsensus 3,0', 'Konsensus 2,0']);
    await control.getByRole('button', { name: 'Én påstand' }).click();
    await control.getByLabel('Påstand').selectOption('T1');
    await check('analysis-statement');
    await control.getByRole('button', { name: 'Sammenlign' }).click();
    await control.getByLabel('Sammenlign med').selectOption({ label: 'Oppfølging våren 2027' });
    await check('analysis-compare');
    expect(await room.locator('.room-areas--compare > li').count()).toBe(9);
    await press('PageDown');
    await check('progress');
    expect(await room.locator('.room-table thead th').allInnerTexts()).toEqual([
      'Erikstad skole',
      'Fauske skole',
      'Sulitjelma skole',
      'Vestmyra skole',
    ]);
    expect(await room.locator('.room-table tbody tr').count()).toBe(7);
    await press('PageDown');
    await check('break');
    console.log(JSON.stringify(reports, null, 1));
  });

  it('keeps the actual time per item for the summary, and the agenda on the session page shows it', async () => {
    const agenda = await app.api<{ items: { title: string; actualMs: number }[] }>('agenda.get', {
      sessionId: fx.sessionId,
    });
    expect(agenda.items.every((i) => i.actualMs > 0)).toBe(true);
    await control.goto(`${app.server.url}/#/okt/${fx.sessionId}`);
    await control.getByRole('heading', { name: 'Agenda' }).waitFor();
    expect(await control.locator('[data-agenda-item] .agenda__meta').first().innerText()).toMatch(/brukt \d+:\d\d/);
    // Moving an item recalculates the start times.
    await control.getByRole('button', { name: 'Flytt «Lunsj» opp' }).click();
    await expect.poll(() => control.locator('[data-agenda-item="5"] .agenda__title').innerText()).toBe('Lunsj');
    expect(await control.locator('[data-agenda-item="5"] .agenda__time').innerText()).toBe('10:15');
    expect(await control.locator('[data-agenda-item="6"] .agenda__time').innerText()).toBe('10:45');
    expect(app.foreign).toEqual([]);
  });

  it('the guide builds the agenda on the session page: a slide from a step of the model, a clear message for bad minutes', async () => {
    await control.goto(`${app.server.url}/#/okt/${fx.sessionId}`);
    await control.getByRole('button', { name: '+ Legg til punkt' }).click();
    const dialog = control.getByRole('dialog', { name: 'Legg til punkt' });
    await dialog.getByLabel('Start fra et steg i modellen').selectOption({ label: '3. Analysekompetanse' });
    expect(await dialog.getByLabel('Tittel').inputValue()).toBe('Analysekompetanse');
    const points = (await dialog.getByLabel('Punkter (ett per linje)').inputValue()).split('\n');
    expect(points[0]).toMatch(/^Evnen til å se de sosiale dynamikkene/);
    expect(points.length).toBeGreaterThan(2);
    await dialog.getByLabel('Minutter').fill('ti');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Minutter må være et helt tall.').waitFor();
    await dialog.getByLabel('Minutter').fill('25');
    await control.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => control.locator('[data-agenda-item="7"] .agenda__title').innerText())
      .toBe('Analysekompetanse');
    expect(await control.locator('[data-agenda-item="7"] .agenda__time').innerText()).toBe('11:00');
    // Removing asks first (the board itself stays); Avbryt keeps it.
    await control.getByRole('button', { name: 'Fjern «Omni-trappa i gruppene»' }).click();
    const confirm = control.getByRole('dialog', { name: 'Fjerne «Omni-trappa i gruppene» fra agendaen?' });
    await confirm.getByText(/har vært vist i \d+:\d\d/).waitFor();
    await confirm.getByRole('button', { name: 'Avbryt' }).click();
    expect(await control.locator('[data-agenda-item]').count()).toBe(7);
    // Removed for real, «Angre» is offered; Ctrl+Z brings it back in its place with its shown time.
    // (Rows are compared by time and title: the item on the room's screen now keeps counting its own time.)
    const rows = control.locator('.agenda__item');
    const order = () =>
      rows.evaluateAll((els) =>
        els.map(
          (el) =>
            `${el.querySelector('.agenda__time')?.textContent} ${el.querySelector('.agenda__title')?.textContent}`,
        ),
      );
    const item = rows.filter({ hasText: 'Omni-trappa i gruppene' });
    const before = await order();
    const meta = await item.locator('.agenda__meta').innerText();
    expect(meta).toMatch(/brukt \d+:\d\d/);
    await control.getByRole('button', { name: 'Fjern «Omni-trappa i gruppene»' }).click();
    await confirm.getByRole('button', { name: 'Slett' }).click();
    await control.getByText('«Omni-trappa i gruppene» er fjernet fra agendaen.').waitFor();
    await expect.poll(() => rows.count()).toBe(6);
    await control.keyboard.press('Control+z');
    await control.getByText('«Omni-trappa i gruppene» er hentet tilbake.').waitFor();
    await expect.poll(order).toEqual(before);
    expect(await item.locator('.agenda__meta').innerText()).toBe(meta);
    // The room shows it as a slide with the step's text.
    await control.getByRole('link', { name: 'Start presentasjonen' }).click();
    await control.locator('.control__item').first().waitFor();
    await press('7', 'Enter');
    await roomShows('slide');
    expect(await roomHeading()).toBe('Analysekompetanse');
    expect((await measureRoom(room)).problems).toEqual([]);
    expect(app.foreign).toEqual([]);
  });
});

// Issue 8: on a planning day no work may look lost and nothing may need the
// mouse. One test per point, each doing what a guide does (navigate away and
// back, switch tab, reload, press Escape, Ctrl+Z), in Chromium against the real
// server and workbook.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineContext, startApp, type TestApp } from '../support/app';
import { tempDir } from '../support/server';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ width: 1920, height: 1080 });
});
afterAll(async () => {
  await app?.close();
});
const api = <T>(method: string, input: unknown = {}) => app.api<T>(method, input);
const SHOTS = process.env.OMNI_SHOTS ?? tempDir('omni-shots-');

interface BoardCard {
  id: string;
  text: string;
  step: number | null;
  position: number;
  deleted: boolean;
}
const boardCards = async (id: string) =>
  (await api<{ state: { cards: BoardCard[] } }>('boards.get', { id })).state.cards.filter((c) => !c.deleted);
const texts = (page: Page, area: string) =>
  page.locator(`[data-step="${area}"] [data-card-id] .paper__text`).allInnerTexts();
const active = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    text: (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '',
    step: document.activeElement?.closest('[data-step]')?.getAttribute('data-step') ?? null,
  }));

async function setup(name: string) {
  const m = await api<{ id: string }>('municipalities.create', { name });
  const unit = await api<{ id: string }>('units.create', {
    municipalityId: m.id,
    name: `${name} skole`,
    kind: 'school',
  });
  const session = await api<{ id: string }>('sessions.create', {
    municipalityId: m.id,
    date: '2026-08-14',
    kind: 'planning_day',
    title: 'Planleggingsdag',
    unitIds: [unit.id],
  });
  const board = await api<{ id: string }>('boards.create', { sessionId: session.id, title: 'Omni-trappa' });
  return { m, unit, session, board };
}

async function addCards(boardId: string, cards: { text: string; step?: number | null }[]) {
  for (const c of cards)
    await api('boards.apply', {
      boardId,
      command: { type: 'add', card: { id: crypto.randomUUID(), text: c.text, step: c.step ?? null } },
    });
}

async function openBoard(page: Page, boardId: string) {
  await page.goto(`${app.server.url}/#/tavle/${boardId}`);
  await page.getByRole('heading', { level: 1, name: 'Omni-trappa' }).waitFor();
}

async function newRound(name: string) {
  const m = await api<{ id: string }>('municipalities.create', { name });
  const unit = await api<{ id: string; name: string }>('units.create', {
    municipalityId: m.id,
    name: `${name} skole`,
    kind: 'school',
  });
  const sets = await api<{ id: string; latest: boolean; content: { name: string } }[]>('statementSets.list');
  const set = sets.find((s) => s.latest && s.content.name === 'Ståstedsanalyse for skole')!;
  const round = await api<{ id: string }>('rounds.create', {
    municipalityId: m.id,
    setId: set.id,
    title: 'Nullpunkt',
    date: '2026-09-01',
    kind: 'baseline',
    unitIds: [unit.id],
  });
  return { m, unit, round };
}

describe('a planning day without lost work, in Chromium', () => {
  it('1. the board shows what the workbook holds after going to the session and back; a refused write puts the stored board back and says so', async () => {
    const { session, board } = await setup('Saltdal');
    const page = await app.context.newPage();
    await openBoard(page, board.id);
    await page.keyboard.press('n');
    for (const text of ['Kort A', 'Kort B', 'Kort C']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('status').filter({ hasText: 'Alt er lagret' }).waitFor();
    await expect.poll(async () => (await boardCards(board.id)).length).toBe(3);

    // To the session page (it counts the cards) and back by the link: no reload.
    await page.getByRole('link', { name: /Planleggingsdag/ }).click();
    await page
      .getByRole('link', { name: /Omni-trappa/ })
      .filter({ hasText: '3 kort' })
      .waitFor();
    await page.getByRole('link', { name: /Omni-trappa/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Omni-trappa' }).waitFor();
    expect(await texts(page, 'inbox')).toEqual(['Kort A', 'Kort B', 'Kort C']);

    // A card added now goes where the guide sees it: last in the inbox, then placed.
    await page.keyboard.press('n');
    await page.keyboard.type('Kort D');
    await page.keyboard.press('Enter');
    await expect.poll(() => texts(page, 'inbox')).toEqual(['Kort A', 'Kort B', 'Kort C', 'Kort D']);
    await page.getByRole('status').filter({ hasText: 'Alt er lagret' }).waitFor();
    const stored = (await boardCards(board.id)).filter((c) => c.step === null).sort((a, b) => a.position - b.position);
    expect(stored.map((c) => [c.text, c.position])).toEqual([
      ['Kort A', 0],
      ['Kort B', 1],
      ['Kort C', 2],
      ['Kort D', 3],
    ]);

    // Someone else deletes «Kort B» for good (another window); moving it here is refused:
    // the board shows the stored state again and says the change was not saved.
    const b = stored.find((c) => c.text === 'Kort B')!;
    await api('boards.apply', { boardId: board.id, command: { type: 'remove', id: b.id } });
    await page.locator(`[data-card-id="${b.id}"]`).focus();
    await page.keyboard.press('5');
    await page.getByRole('alert').filter({ hasText: 'Endringen ble ikke lagret' }).waitFor();
    await expect.poll(() => texts(page, 'inbox')).toEqual(['Kort A', 'Kort C', 'Kort D']);
    await expect.poll(() => texts(page, '5')).toEqual([]);
    expect(session.id).toBeTruthy();
    await page.close();
  });

  it('2. one Ctrl+Z undoes one thing: the board owns it while it has an undo, then the deletion bar; ? lists the keys from the keymap', async () => {
    const { m, unit, board } = await setup('Meløy');
    await addCards(board.id, [{ text: 'Et kort' }]);
    const page = await app.context.newPage();
    // Delete the unit: the «Angre» bar shows.
    await page.goto(`${app.server.url}/#/kommune/${m.id}`);
    await page.getByRole('button', { name: 'Slett: Meløy skole' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
    await page.locator('.undo-bar').filter({ hasText: 'Angre' }).waitFor();

    // On the board: place a card, Ctrl+Z undoes the move only.
    await page.evaluate((id) => (window.location.hash = `#/tavle/${id}`), board.id);
    await page.getByRole('heading', { level: 1, name: 'Omni-trappa' }).waitFor();
    await page.locator('.undo-bar').filter({ hasText: 'Angre' }).waitFor();
    await page.locator('[data-card-id]').first().focus();
    await page.keyboard.press('4');
    await expect.poll(() => texts(page, '4')).toEqual(['Et kort']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => texts(page, 'inbox')).toEqual(['Et kort']);
    await page.getByRole('status').filter({ hasText: 'Alt er lagret' }).waitFor();
    await page.waitForTimeout(300);
    let units = await api<{ id: string }[]>('units.list', { municipalityId: m.id });
    expect(units.map((u) => u.id)).not.toContain(unit.id);

    // The key help is generated from the keymap: the board's keys and the app's.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Hurtigtaster' });
    await help.waitFor();
    const helpText = await help.innerText();
    for (const line of [
      'angre siste endring på tavla',
      'velg neste kort i innboksen',
      'legg det valgte kortet på trinnet',
      'svart skjerm',
      'angre slettingen',
    ])
      expect(helpText).toContain(line);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });

    // Nothing left to undo on the board: now Ctrl+Z is the deletion bar's.
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await api<{ id: string }[]>('units.list', { municipalityId: m.id })).map((u) => u.id))
      .toContain(unit.id);
    expect(await texts(page, 'inbox')).toEqual(['Et kort']);
    units = await api<{ id: string }[]>('units.list', { municipalityId: m.id });
    expect(units).toHaveLength(1);
    await page.close();
  });

  it('2b. in the paper-form grid Ctrl+Z undoes the last answer and leaves the deletion bar alone', async () => {
    const { m, round } = await newRound('Rødøy');
    const extra = await api<{ id: string }>('units.create', {
      municipalityId: m.id,
      name: 'Rødøy barnehage',
      kind: 'kindergarten',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/kommune/${m.id}`);
    await page.getByRole('button', { name: 'Slett: Rødøy barnehage' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
    await page.locator('.undo-bar').filter({ hasText: 'Angre' }).waitFor();
    await page.evaluate((id) => (window.location.hash = `#/runde/${id}/registrering`), round.id);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    await page.keyboard.type('34');
    await expect.poll(() => page.locator('.entry__count').innerText()).toBe('2 av 59 besvart');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.entry__count').innerText()).toBe('1 av 59 besvart');
    await page.waitForTimeout(300);
    const units = await api<{ id: string }[]>('units.list', { municipalityId: m.id });
    expect(units.map((u) => u.id)).not.toContain(extra.id);
    await page.close();
  });

  it('3. a half-typed paper form survives switching to Konsensus and back, and a reload, until saved', async () => {
    const { round } = await newRound('Gildeskål');
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/runde/${round.id}/registrering`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    await page.keyboard.type('4321x');
    await expect.poll(() => page.locator('.entry__count').innerText()).toBe('5 av 59 besvart');

    await page.getByRole('link', { name: 'Konsensus' }).click();
    await page.getByRole('link', { name: 'Registrering' }).click();
    await expect.poll(() => page.locator('.entry__count').innerText()).toBe('5 av 59 besvart');
    await page.reload();
    await expect.poll(() => page.locator('.entry__count').innerText()).toBe('5 av 59 besvart');
    expect(await page.locator('.entry__value').evaluateAll((els) => els.slice(0, 5).map((e) => e.textContent))).toEqual(
      ['4', '3', '2', '1', 'x'],
    );
    await page.getByText('Utkastet fra sist er tatt vare på.').waitFor();

    // Saved: the draft is gone, the next form starts empty (also after a reload).
    await page.locator('.entry__grid').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Registrerte skjemaer (1)').waitFor();
    await page.reload();
    await expect.poll(() => page.locator('.entry__count').innerText()).toBe('0 av 59 besvart');
    const detail = await api<{ respondents: { answers: Record<string, unknown> }[] }>('rounds.get', { id: round.id });
    expect(Object.values(detail.respondents[0].answers).filter((v) => v !== null)).toEqual([4, 3, 2, 1, 'dont_know']);
    await page.close();
  });

  it('4. session notes save as the guide types («Alt er lagret») and are there after leaving without Ctrl+Enter', async () => {
    const { session } = await setup('Beiarn');
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/okt/${session.id}`);
    const notes = page.getByRole('textbox', { name: 'Notater' });
    await notes.click();
    await page.keyboard.type('Rektor ønsker oppfølging i oktober.');
    await page.getByRole('status').filter({ hasText: 'Alt er lagret' }).waitFor();
    await expect
      .poll(async () => (await api<{ notes: string }>('sessions.get', { id: session.id })).notes)
      .toBe('Rektor ønsker oppfølging i oktober.');

    // Typing and leaving at once (no pause, no Ctrl+Enter) loses nothing either.
    await page.keyboard.type(' Neste møte 1. oktober.');
    await page.getByRole('link', { name: '← Beiarn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beiarn' }).waitFor();
    await expect
      .poll(async () => (await api<{ notes: string }>('sessions.get', { id: session.id })).notes)
      .toBe('Rektor ønsker oppfølging i oktober. Neste møte 1. oktober.');
    await page.close();
  });

  it('5 and 7. Escape in a dialog with changes asks first; focus goes back to the control that opened it', async () => {
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/`);
    const add = page.getByRole('button', { name: /Ny kommune/ });
    await add.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ny kommune' });
    await dialog.waitFor();
    // Nothing typed: Escape closes at once, and the focus is back on «Ny kommune».
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => active(page)).toMatchObject({ tag: 'BUTTON', text: expect.stringContaining('Ny kommune') });

    // Typed: Escape asks; Escape again (or «Fortsett å skrive») keeps the text.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.type('Bodø');
    await page.keyboard.press('Escape');
    await dialog.getByText('Forkaste endringene?').waitFor();
    expect(await dialog.getByLabel('Navn', { exact: false }).first().inputValue()).toBe('Bodø');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.getByText('Forkaste endringene?').count()).toBe(0);
    expect(await dialog.getByLabel('Navn', { exact: false }).first().inputValue()).toBe('Bodø');
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Forkast' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => active(page)).toMatchObject({ tag: 'BUTTON', text: expect.stringContaining('Ny kommune') });

    // Saved (a new municipality opens its page).
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.type('Bodø');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Bodø' }).waitFor();
    // Saved: the focus is back on the opener, ready for the next step.
    await page.getByRole('button', { name: 'Endre' }).focus();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog');
    await edit.waitFor();
    await page.keyboard.press('End');
    await page.keyboard.type(' kommune');
    await page.keyboard.press('Enter');
    await edit.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1, name: 'Bodø kommune' }).waitFor();
    await expect.poll(() => active(page)).toMatchObject({ tag: 'BUTTON', text: 'Endre' });
    await page.close();
  });

  it('6. every one of 24 forms can be found, corrected and deleted (pages, jump to a number)', async () => {
    const { round } = await newRound('Steigen');
    const detail = await api<{ set: { content: { statements: { code: string }[] } } }>('rounds.get', { id: round.id });
    const first = detail.set.content.statements[0].code;
    for (let i = 1; i <= 24; i++)
      await api('rounds.saveRespondent', { roundId: round.id, answers: { [first]: (i % 4) + 1 } });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/runde/${round.id}/registrering`);
    await page.getByText('Registrerte skjemaer (24)').waitFor();
    const shown = () => page.locator('.respondents .date-chip').allInnerTexts();
    expect(await shown()).toHaveLength(12);
    await page.getByRole('button', { name: 'Neste side' }).click();
    await expect.poll(shown).toContain('Nr. 1');
    // Jump straight to form 3 and correct it.
    await page.getByLabel('Gå til skjema nr.').fill('3');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /skjema nr\. 3/i }).waitFor();
    // Form 1 is deleted from the second page.
    await page.getByRole('button', { name: 'Slett skjema nr. 1', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
    await page.getByText('Registrerte skjemaer (23)').waitFor();
    await page.getByLabel('Gå til skjema nr.').fill('1');
    await page.keyboard.press('Enter');
    await page.getByText('Fant ikke skjema nr. 1.').waitFor();
    await page.close();
  });

  it('8. the next inbox card is placed with two keys (I, then the step)', async () => {
    const { board } = await setup('Sørfold');
    await addCards(board.id, [{ text: 'En' }, { text: 'To' }, { text: 'Tre' }]);
    const page = await app.context.newPage();
    await openBoard(page, board.id);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('i');
    await page.keyboard.press('3');
    await page.keyboard.press('i');
    await page.keyboard.press('5');
    await page.keyboard.press('i');
    await page.keyboard.press('3');
    await expect.poll(() => texts(page, '3')).toEqual(['En', 'Tre']);
    expect(await texts(page, '5')).toEqual(['To']);
    expect(await texts(page, 'inbox')).toEqual([]);
    await page.close();
  });

  it('9. an invalid consensus score is marked on its field as an input error and what was typed stays', async () => {
    const { round } = await newRound('Hamarøy');
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/runde/${round.id}/konsensus`);
    const field = page.locator('.input--score').first();
    await field.fill('tre');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('tre');
    await page.getByText(/Skriv et tall fra 1 til \d/).waitFor();
    expect(await page.getByText('Noe gikk galt').count()).toBe(0);
    // Corrected: saved, and the mark goes.
    await field.fill('3,5');
    await page.keyboard.press('Enter');
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe(null);
    await expect
      .poll(async () =>
        Object.values((await api<{ consensus: Record<string, number> }>('rounds.get', { id: round.id })).consensus),
      )
      .toEqual([3.5]);
    await page.close();
  });

  it('10. with 4 cards on a step and 6 in the inbox no card is hidden behind an inner scroll (1920x1080 and 1280x720)', async () => {
    const { board } = await setup('Rana');
    const long = 'Elevene sier at friminuttene er utrygge ved sykkelstativet';
    await addCards(board.id, [
      ...[1, 2, 3, 4].map((i) => ({ text: `${long} (${i})`, step: 4 })),
      ...[1, 2, 3, 4, 5, 6].map((i) => ({ text: `Nytt kort ${i} om noe som skjedde i uka`, step: null })),
    ]);
    fs.mkdirSync(SHOTS, { recursive: true });
    for (const viewport of [
      { width: 1920, height: 1080 },
      { width: 1280, height: 720 },
    ]) {
      const context = await offlineContext(app.browser, app.server.url, viewport, app.foreign);
      const page = await context.newPage();
      await openBoard(page, board.id);
      await expect.poll(() => page.locator('[data-card-id]').count()).toBe(10);
      const clipped = await page.evaluate(() => {
        const out: string[] = [];
        for (const card of document.querySelectorAll<HTMLElement>('[data-card-id]')) {
          for (let el = card.parentElement; el && el !== document.body; el = el.parentElement) {
            const style = getComputedStyle(el);
            if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1)
              out.push(`${card.innerText.slice(0, 20)} in ${el.className}`);
          }
          const box = card.getBoundingClientRect();
          const area = card.closest('[data-step]')!.getBoundingClientRect();
          if (box.bottom > area.bottom + 1 || box.right > area.right + 1)
            out.push(`${card.innerText.slice(0, 20)} outside its area`);
        }
        const inbox = document.querySelector('.inbox')!.getBoundingClientRect();
        const help = document.querySelector('.board .keys-help')!.getBoundingClientRect();
        if (inbox.bottom > help.top + 1 && inbox.top < help.bottom) out.push('the inbox covers the key help');
        return out;
      });
      expect(clipped).toEqual([]);
      await page.screenshot({
        path: path.join(SHOTS, `board-4-on-step-6-in-inbox-${viewport.width}x${viewport.height}.png`),
        fullPage: true,
      });
      await context.close();
    }
  });

  it('11. a zero is not drawn with the slash that reads as Ø', async () => {
    const { session } = await setup('Vefsn');
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/okt/${session.id}`);
    const chip = page.locator('.date-chip').first();
    await expect.poll(() => chip.innerText()).toBe('14.08.2026');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '.date-chip' });
    const text = (await cdp.send('DOM.describeNode', { nodeId, depth: 1 })).node.children![0];
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: text.nodeId ?? nodeId });
    // «14.08.2026»: the two zeros from a face whose zero is plain, the other digits Atkinson Hyperlegible.
    const byFamily = Object.fromEntries(fonts.map((f) => [f.familyName, f.glyphCount]));
    expect(byFamily).toEqual({ Inter: 2, 'Atkinson Hyperlegible': 8 });
    await page.close();
  });

  it('12 and 14. a round for a school proposes the school set and warns on a mismatch; with one unit every form defaults to it', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Lurøy' });
    await api('units.create', { municipalityId: m.id, name: 'Lurøy skole', kind: 'school' });
    await api('units.create', { municipalityId: m.id, name: 'Lurøy barnehage', kind: 'kindergarten' });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/kommune/${m.id}`);
    await page.getByRole('button', { name: '+ Ny runde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny runde' });
    const set = dialog.getByLabel('Påstandssett');
    const chosen = () => set.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
    await dialog.getByLabel(/Lurøy skole/).check();
    await expect.poll(chosen).toContain('for skole');
    await dialog.getByLabel(/Lurøy skole/).uncheck();
    await dialog.getByLabel(/Lurøy barnehage/).check();
    await expect.poll(chosen).toContain('for barnehage');
    // The guide picks the school set for a kindergarten: said plainly.
    await set.selectOption({ label: 'Ståstedsanalyse for skole (59 påstander)' });
    await dialog
      .getByText('«Ståstedsanalyse for skole» er skrevet for skoler, men Lurøy barnehage er valgt.', { exact: false })
      .waitFor();
    await set.selectOption({ index: 0 });
    await set.selectOption({ label: (await set.locator('option', { hasText: 'for barnehage' }).textContent())! });
    expect(await dialog.getByText('er skrevet for').count()).toBe(0);
    await dialog.getByLabel('Navn på runden').fill('Nullpunkt barnehage');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nullpunkt barnehage' }).waitFor();
    // One unit in the round: «Enhet» already says which.
    const unitField = page.locator('label.entry__select', { hasText: 'Enhet' }).locator('select');
    await expect
      .poll(() => unitField.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent))
      .toBe('Lurøy barnehage');
    await page.close();
  });

  it('13 and 15. a session page lists its rounds, and its checklists open on a unit of the session', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Træna' });
    await api('units.create', { municipalityId: m.id, name: 'Aaa skole', kind: 'school' });
    const b = await api<{ id: string }>('units.create', { municipalityId: m.id, name: 'Træna skole', kind: 'school' });
    await api('content.choose', { municipalityId: m.id, packId: 'omni-beiarn' });
    const session = await api<{ id: string }>('sessions.create', {
      municipalityId: m.id,
      date: '2026-08-14',
      kind: 'staff_day',
      title: 'Personaldag',
      unitIds: [b.id],
    });
    const sets = await api<{ id: string; latest: boolean; content: { name: string } }[]>('statementSets.list');
    await api('rounds.create', {
      municipalityId: m.id,
      setId: sets.find((x) => x.latest)!.id,
      title: 'Runde i økta',
      date: '2026-08-14',
      kind: 'baseline',
      unitIds: [b.id],
      sessionId: session.id,
    });
    await api('rounds.create', {
      municipalityId: m.id,
      setId: sets.find((x) => x.latest)!.id,
      title: 'Runde uten økt',
      date: '2026-08-20',
      kind: 'baseline',
      unitIds: [b.id],
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/okt/${session.id}`);
    await page.getByRole('link', { name: 'Runde i økta' }).waitFor();
    expect(await page.getByRole('link', { name: 'Runde uten økt' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sjekklister i denne økta' }).click();
    await expect.poll(() => page.getByRole('tab', { selected: true }).innerText()).toContain('Træna skole');
    await page.close();
  });

  it('16. delete confirmations name everything that goes', async () => {
    const { m, session, board } = await setup('Herøy');
    await addCards(board.id, [{ text: 'En' }, { text: 'To' }, { text: 'Tre' }]);
    await api('actions.create', { sessionId: session.id, category: 'promote', what: 'Felles aktivitet' });
    const sets = await api<{ id: string; latest: boolean }[]>('statementSets.list');
    await api('rounds.create', {
      municipalityId: m.id,
      setId: sets.find((x) => x.latest)!.id,
      title: 'Runde',
      date: '2026-08-14',
      kind: 'baseline',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/okt/${session.id}`);
    await page.getByRole('button', { name: 'Slett', exact: true }).click();
    await page.getByRole('dialog').getByText('Dette slettes også: 1 tavle, 3 kort.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await page.goto(`${app.server.url}/#/kommune/${m.id}`);
    await page.getByRole('button', { name: 'Slett', exact: true }).click();
    await page
      .getByRole('dialog')
      .getByText('Dette slettes også: 1 enhet, 1 økt, 1 runde, 1 tavle, 3 kort, 1 tiltak.', { exact: false })
      .waitFor();
    await page.close();
  });

  it('17 and 18. a second municipality with the same name is warned; a long card text shows its limit', async () => {
    const { board } = await setup('Dønna');
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/`);
    await page.getByRole('button', { name: /Ny kommune/ }).click();
    await page.keyboard.type('dønna');
    await page
      .getByRole('dialog')
      .getByText('Det finnes allerede en kommune som heter «Dønna».', { exact: false })
      .waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Forkast' }).click();

    await openBoard(page, board.id);
    await page.keyboard.press('n');
    await page.keyboard.insertText('x'.repeat(450));
    await page.getByText('450 av 500 tegn').waitFor();
    await page.keyboard.insertText('y'.repeat(80));
    await page.getByText('500 av 500 tegn').waitFor();
    await page.close();
  });
});

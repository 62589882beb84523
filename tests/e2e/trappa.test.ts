// The Omni-trappa board end to end: 12 cards typed, placed by keyboard and by
// mouse drag, revealed, voted, two FFSS actions, undo 3, redo 1, reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ width: 1920, height: 1080 });
});
afterAll(async () => {
  await app?.close();
});
const api = <T>(method: string, input: unknown = {}) => app.api<T>(method, input);
const card = (page: Page, text: string) =>
  page.locator('[data-card-id]').filter({ has: page.locator('.paper__text', { hasText: new RegExp(`^${text}$`) }) });

/** What the room sees: per step (7..1, then the inbox) the cards' texts and votes, in order. */
async function snapshot(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-step]')].map((area) => ({
      step: area.dataset.step,
      cards: [...area.querySelectorAll<HTMLElement>('[data-card-id]')].map((c) =>
        c.innerText.replace(/\s+/g, ' ').trim(),
      ),
    })),
  );
}

async function drag(page: Page, text: string, step: number) {
  const from = (await card(page, text).boundingBox())!;
  const to = (await page.locator(`[data-step="${step}"]`).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(
      from.x + from.width / 2 + ((to.x + to.width * 0.7 - from.x - from.width / 2) * i) / 10,
      from.y + from.height / 2 + ((to.y + to.height / 2 - from.y - from.height / 2) * i) / 10,
    );
  }
  await page.mouse.up();
}

describe('Omni-trappa board in Chromium', () => {
  it('12 cards by keyboard, placed by keys and by dragging, revealed, voted, actions, undo/redo, reload', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Beiarn' });
    const session = await api<{ id: string }>('sessions.create', {
      municipalityId: m.id,
      date: '2026-08-14',
      kind: 'planning_day',
      title: 'Planleggingsdag',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/okt/${session.id}`);
    await page.getByRole('button', { name: '+ Ny tavle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Omni-trappa' }).waitFor();
    await page.getByText('Ingen ekte navn på barn på kortene.').waitFor();

    // The room writes first: hide, then type 12 cards with N, text, Enter.
    await page.getByRole('button', { name: 'Skjul kortene' }).click();
    await page.keyboard.press('n');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-card');
    const texts = Array.from({ length: 12 }, (_, i) => `Observasjon ${i + 1}`);
    for (const text of texts) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.locator('.inbox [data-card-id]').count()).toBe(12);
    expect(await page.locator('.paper--hidden').count()).toBe(12);
    expect(await page.getByText('Observasjon 1', { exact: true }).count()).toBe(0);

    // Place eight by keyboard: select a card, press its step.
    const keys = ['1', '1', '2', '3', '4', '4', '6', '7'];
    for (const [i, key] of keys.entries()) {
      await page.locator('.inbox [data-card-id]').first().focus();
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('.inbox [data-card-id]').count()).toBe(12 - i - 1);
    }
    // Arrows move the focused card: the one just placed on 7 (it keeps the focus) goes down to 6.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-step]')?.getAttribute('data-step')))
      .toBe('7');
    await page.keyboard.press('ArrowDown');
    await page.getByRole('button', { name: 'Vis alle kortene' }).click();
    await card(page, 'Observasjon 8').waitFor();
    await expect
      .poll(() => page.locator('[data-step="6"] [data-card-id]').allInnerTexts())
      .toEqual(['Observasjon 7', 'Observasjon 8']);

    // Two by mouse drag.
    await drag(page, 'Observasjon 9', 5);
    await drag(page, 'Observasjon 10', 3);
    await expect.poll(() => page.locator('[data-step="5"] [data-card-id]').allInnerTexts()).toEqual(['Observasjon 9']);
    await expect
      .poll(() => page.locator('[data-step="3"] [data-card-id]').allInnerTexts())
      .toEqual(['Observasjon 4', 'Observasjon 10']);

    // E corrects a card.
    await card(page, 'Observasjon 6').focus();
    await page.keyboard.press('e');
    const edit = page.getByRole('dialog', { name: 'Endre kortet' });
    await edit.getByLabel('Kortet').fill('Observasjon 6 rettet');
    await edit.getByRole('button', { name: 'Lagre' }).click();
    await card(page, 'Observasjon 6 rettet').waitFor();

    // Votes with + and -.
    await card(page, 'Observasjon 5').focus();
    for (const k of ['+', '+', '+', '-']) await page.keyboard.press(k);
    await expect.poll(() => card(page, 'Observasjon 5').innerText()).toContain('2 stemmer');

    // Two FFSS actions: one from a card (T), one from the button.
    await card(page, 'Observasjon 8').focus();
    await page.keyboard.press('t');
    let dialog = page.getByRole('dialog');
    await dialog.getByText('Tiltak for «Observasjon 8»').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('what'); // "Hva" has the focus
    await page.keyboard.type('Varsle rektor samme dag');
    await page.keyboard.press('Shift+Tab'); // to the FFSS choice
    await page.keyboard.press('ArrowRight'); // forebygge -> stoppe
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '+ Nytt tiltak' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('1. Fremme').check();
    await dialog.getByLabel('Hva').fill('Felles aktivitet i storefri');
    await dialog.getByLabel(/Hvem/).fill('kontaktlærer');
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Felles aktivitet i storefri').waitFor();
    const actions = await api<{ category: string; cardId: string | null }[]>('actions.list', { sessionId: session.id });
    expect(actions.map((a) => a.category).sort()).toEqual(['promote', 'stop']);

    // Undo three steps (the last three votes: -, +, +), redo one.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => card(page, 'Observasjon 5').innerText()).toContain('1 stemme');
    await page.keyboard.press('Control+y');
    await expect.poll(() => card(page, 'Observasjon 5').innerText()).toContain('2 stemmer');

    const before = await snapshot(page);
    expect(before.find((s) => s.step === 'inbox')!.cards).toEqual(['Observasjon 11', 'Observasjon 12']);
    // Every change is in the workbook: a reload shows exactly the same board.
    await page.getByRole('status').filter({ hasText: 'Alt er lagret' }).waitFor();
    await expect
      .poll(
        async () =>
          (
            await api<{ state: { cards: { votes: number; text: string }[] } }>('boards.get', {
              id: new URL(page.url()).hash.split('/')[2],
            })
          ).state.cards.find((c) => c.text === 'Observasjon 5')!.votes,
      )
      .toBe(2);
    await page.reload();
    await card(page, 'Observasjon 12').waitFor();
    const after = await snapshot(page);
    expect(after).toEqual(before);
    expect(app.foreign).toEqual([]);
  });
});

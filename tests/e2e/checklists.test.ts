// Checklists end to end: choose the Fauske variant in the UI, tick items for
// two units with the keyboard only, watch the progress chart, reload.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ width: 1280, height: 720 });
});
afterAll(async () => {
  await app?.close();
});
const api = <T>(method: string, input: unknown = {}) => app.api<T>(method, input);

/** The text of the per-unit chart's first row, e.g. "1. Tankesettet · 2/6 · 33 %". */
const chartRow = (page: Page, n: number) =>
  page
    .locator('.chart svg text')
    .nth(n - 1)
    .textContent();
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('checklists in Chromium', () => {
  it('choose Fauske, tick items for two units by keyboard, see the chart change, reload', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Fauske' });
    const school = await api<{ id: string }>('units.create', {
      municipalityId: m.id,
      name: 'Fauske skole',
      kind: 'school',
    });
    const kg = await api<{ id: string }>('units.create', {
      municipalityId: m.id,
      name: 'Valnesfjord barnehage',
      kind: 'kindergarten',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/kommune/${m.id}`);

    await page.getByRole('button', { name: /Velg .*Fauske-rekkefølgen/ }).click();
    await page.getByText(/Kommunen bruker .*Fauske-rekkefølgen/).waitFor();
    await page.getByRole('link', { name: 'Sjekklister' }).click();

    // The first item of the first unit has the focus: from here on, keys only.
    await page.getByRole('heading', { name: /Steg 1 Tankesettet/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-item-id'))).toBe(true);
    expect(await chartRow(page, 1)).toBe('1. Tankesettet · 0/6 · 0 %');
    await page.keyboard.press('3'); // på plass
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('2'); // i gang
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space'); // not set -> i gang
    await page.keyboard.press('Space'); // -> på plass
    await expect.poll(() => chartRow(page, 1)).toBe('1. Tankesettet · 2/6 · 33 %');
    expect(await focusedText(page)).toMatch(/^På plass/);

    // Back to the unit tabs, next unit, into its list.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toMatch(/^Fauske skole/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => focusedText(page)).toMatch(/^Valnesfjord barnehage/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('3');
    await expect.poll(() => page.locator('.chart__title').textContent()).toBe('På plass i Valnesfjord barnehage');
    await expect.poll(() => chartRow(page, 1)).toBe('1. Tankesettet · 1/6 · 17 %');

    // The workbook has exactly what was typed.
    await expect
      .poll(async () =>
        (await api<{ statuses: { status: string }[] }>('checklists.get', { unitId: school.id })).statuses
          .map((s) => s.status)
          .sort(),
      )
      .toEqual(['in_place', 'in_place', 'in_progress']);
    await expect
      .poll(async () =>
        (await api<{ statuses: { status: string }[] }>('checklists.get', { unitId: kg.id })).statuses.map(
          (s) => s.status,
        ),
      )
      .toEqual(['in_place']);

    // `?` lists the grid's keys (handled by the focused list, so not run by the keymap) and the app's.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Hurtigtaster' });
    const helpText = await help.innerText();
    for (const line of [
      '1 2 3\nikke startet / i gang / på plass (i lista)',
      'Mellomrom\nneste status (i lista)',
      '← →\nneste / forrige enhet (i enhetsfanene)',
      'svart skjerm',
    ])
      expect(helpText).toContain(line);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await page.keyboard.press('2'); // the list has the keys again: i gang, then på plass
    await expect.poll(() => chartRow(page, 1)).toBe('1. Tankesettet · 0/6 · 0 %');
    const kgStatuses = async () =>
      (await api<{ statuses: { status: string }[] }>('checklists.get', { unitId: kg.id })).statuses.map(
        (s) => s.status,
      );
    await expect.poll(kgStatuses).toEqual(['in_progress']);
    await page.keyboard.press('3');
    await expect.poll(() => chartRow(page, 1)).toBe('1. Tankesettet · 1/6 · 17 %');
    // The chart shows a typed status at once; the reload below is about what the workbook keeps, so it
    // waits for the write to land (on a busy machine it may still be on its way when the chart changes).
    await expect.poll(kgStatuses).toEqual(['in_place']);

    await page.reload();
    await page.getByRole('heading', { name: /Steg 1 Tankesettet/ }).waitFor();
    await expect.poll(() => chartRow(page, 1)).toBe('1. Tankesettet · 1/6 · 17 %');
    await page.getByRole('tab', { name: /Fauske skole/ }).click();
    await expect.poll(() => chartRow(page, 1)).toBe('1. Tankesettet · 2/6 · 33 %');

    // The municipality's progress table agrees.
    await page.goto(`${app.server.url}/#/kommune/${m.id}/fremdrift`);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name }).locator('td').first();
    await expect.poll(() => row('Fauske skole').innerText()).toBe('33 %\n2/6');
    await expect.poll(() => row('Valnesfjord barnehage').innerText()).toBe('17 %\n1/6');
    expect(app.foreign).toEqual([]);
  });

  it('work done from a session page is recorded on the session, and the law list works as an exercise', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Saltdal' });
    await api('units.create', { municipalityId: m.id, name: 'Rognan skole', kind: 'school' });
    await api('content.choose', { municipalityId: m.id, packId: 'omni-beiarn' });
    const session = await api<{ id: string }>('sessions.create', {
      municipalityId: m.id,
      date: '2026-08-14',
      kind: 'staff_day',
      title: 'Personaldag august',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/okt/${session.id}`);
    await page.getByText('Ingen sjekklistearbeid registrert i denne økta ennå.').waitFor();

    await page.getByRole('link', { name: 'Aktivitetsplikten som øvelse' }).click();
    await page.getByText('Endringer registreres i økta «Personaldag august» (14.08.2026).').waitFor();
    await page.getByRole('heading', { name: /Opplæringslova kapittel 12/ }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-item-id'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('3');
    await expect.poll(() => page.locator('.checklist__tally').first().textContent()).toBe('2 av 16 på plass');

    // Enter opens the item: who confirmed it, and the log names the session.
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/i økta «Personaldag august»/).waitFor();
    expect(await dialog.getByLabel('Status').inputValue()).toBe('in_place');
    await page.keyboard.type('rektor'); // "Bekreftet av" has the focus
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('bekreftet av rektor').waitFor();

    await page.getByRole('link', { name: /Personaldag august/ }).click();
    await page.getByText(/Rognan skole: Skolemiljøet: retten og aktivitetsplikten – 3 endringer, 2 på plass/).waitFor();
    expect(app.foreign).toEqual([]);
  });
});

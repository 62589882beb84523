// Status analysis end to end in Chromium: 6 paper forms by keyboard, 30 more
// from a CSV file, results revealed, a follow-up compared with the baseline.
import path from 'node:path';
import ExcelJS from 'exceljs';
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

type Answers = Record<string, number | 'dont_know'>;

describe('status analysis in Chromium', () => {
  it('6 forms by keyboard, 30 imported, revealed, compared with a follow-up', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Fauske' });
    const school = await api<{ id: string }>('units.create', {
      municipalityId: m.id,
      name: 'Fauske skole',
      kind: 'school',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/kommune/${m.id}`);

    await page.getByRole('button', { name: '+ Ny runde' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny runde' });
    await dialog.getByLabel('Navn på runden').fill('Nullpunkt høsten 2026');
    await dialog.getByLabel('Dato').fill('01.09.2026');
    await dialog.getByLabel('Påstandssett').selectOption({ label: 'Ståstedsanalyse for skole (59 påstander)' });
    await dialog.getByLabel(/Fauske skole/).check();
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nullpunkt høsten 2026' }).waitFor();
    const roundId = new URL(page.url()).hash.split('/')[2];

    // Six paper forms: digits move on, 0 and x are "don't know", Enter saves.
    const forms = ['1234', '4321', '2222', '3333', '1111', '4444'].map((pattern, f) => {
      let keys = '';
      for (let i = 0; i < 59; i++) keys += i === 5 ? (f % 2 ? 'x' : '0') : pattern[i % 4];
      return keys;
    });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    for (const [f, keys] of forms.entries()) {
      if (f === 5) {
        await page.keyboard.type(keys.slice(0, 58));
        await page.keyboard.type('1'); // a slip on the last statement ...
        await page.keyboard.press('Control+z'); // ... undone
        await expect.poll(() => page.locator('.entry__count').innerText()).toBe('58 av 59 besvart');
        await page.keyboard.type(keys[58]);
      } else {
        await page.keyboard.type(keys);
      }
      await expect.poll(() => page.locator('.entry__count').innerText()).toBe('59 av 59 besvart');
      await page.keyboard.press('Enter');
      await page.getByText(`Registrerte skjemaer (${f + 1})`).waitFor();
    }

    // The workbook holds exactly what was typed.
    const detail = await api<{
      set: { content: { statements: { code: string }[] } };
      respondents: { number: number; answers: Answers }[];
    }>('rounds.get', { id: roundId });
    const codes = detail.set.content.statements.map((s) => s.code);
    for (const [f, keys] of forms.entries()) {
      const expected = Object.fromEntries(
        codes.map((c, i) => [c, keys[i] === '0' || keys[i] === 'x' ? 'dont_know' : Number(keys[i])]),
      );
      expect(detail.respondents.find((r) => r.number === f + 1)!.answers).toEqual(expected);
    }

    // 30 more from a CSV file (as Norwegian Excel saves it): preview, then import.
    await page.getByRole('link', { name: 'Import' }).click();
    await page
      .locator('#import-file')
      .setInputFiles(path.join(import.meta.dirname, '..', 'fixtures', 'import', 'school-30.csv'));
    await page.getByText('Svarene fra 30 personer blir importert, med svar på 59 påstander.').waitFor();
    expect((await api<{ respondents: unknown[] }>('rounds.get', { id: roundId })).respondents).toHaveLength(6);
    await page.getByRole('button', { name: 'Importer svarene fra 30 personer' }).click();
    await page.getByText('Svarene fra 30 personer er importert.').waitFor();

    // Results stay hidden until the guide reveals them.
    await page.getByRole('link', { name: 'Resultater' }).click();
    await page.getByRole('heading', { name: 'Resultatene er skjult' }).waitFor();
    await page.getByText('36 har svart så langt.').waitFor();
    expect(await page.getByText('Snitt per område').count()).toBe(0);
    await page.getByRole('button', { name: 'Vis resultatene' }).click();
    await page.getByRole('heading', { name: 'Snitt per område' }).waitFor();
    await page.getByText('Svar fra 36 personer').waitFor();

    // The Excel export, as the guide downloads it, opened and read back.
    // Per-respondent rows only when the guide ticks them, under a personal-data warning.
    await page.getByRole('button', { name: 'Last ned Excel' }).click();
    const exportDialog = page.getByRole('dialog', { name: 'Last ned Excel' });
    expect(await exportDialog.getByText('personopplysninger').count()).toBe(0);
    await exportDialog.getByLabel('Ta med svarene per person (arket «Svar»)').check();
    await exportDialog.getByText(/Svarene per person er personopplysninger/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      exportDialog.getByRole('button', { name: 'Last ned' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Nullpunkt-høsten-2026-2026-09-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await download.path());
    expect(wb.getWorksheet('Svar')!.rowCount).toBe(37);
    const summarySheet = wb.getWorksheet('Sammendrag')!;
    expect(summarySheet.getRow(2).getCell(1).value).toBe('T1');
    expect(summarySheet.rowCount).toBe(60);

    // A follow-up round, answered through the API, compared in the UI.
    const sets = await api<{ id: string; origin: string }[]>('statementSets.list');
    const follow = await api<{ id: string }>('rounds.create', {
      municipalityId: m.id,
      setId: sets.find((s) => s.origin === 'statements-school')!.id,
      title: 'Oppfølging våren 2027',
      date: '2027-03-01',
      kind: 'follow_up',
      unitIds: [school.id],
    });
    for (let i = 0; i < 5; i++) await api('rounds.saveRespondent', { roundId: follow.id, answers: { T1: 4, T2: 4 } });
    await api('rounds.reveal', { id: follow.id, revealed: true });
    const baseline = await api<{ summary: { statements: { code: string; mean: number }[] } }>('rounds.results', {
      id: roundId,
    });
    const t1Before = baseline.summary.statements.find((s) => s.code === 'T1')!.mean;

    await page.goto(`${app.server.url}/#/runde/${follow.id}/sammenligning`);
    await page.getByRole('heading', { name: 'Endring per påstand' }).waitFor();
    const row = (code: string) =>
      page.locator('tr').filter({ has: page.locator(':scope > :first-child', { hasText: new RegExp(`^${code}$`) }) });
    const t1Row = row('T1');
    // Each table's header names both rounds by date: mean, mean, change, n, n.
    const changeTable = page.locator('table').filter({ has: t1Row });
    expect(await changeTable.locator('thead th').allInnerTexts()).toEqual([
      'Kode',
      'Påstand',
      'Snitt 01.09.2026',
      'Snitt 01.03.2027',
      'Endring',
      'n 01.09.2026',
      'n 01.03.2027',
    ]);
    // The change shown is the difference of the two means as shown (rounded to 0,01), so the row adds up.
    const change = (4 - Number(t1Before.toFixed(2))).toFixed(2).replace('.', ',');
    await expect.poll(() => t1Row.innerText()).toMatch(new RegExp(`\\t\\+${change}\\t32\\t5$`));
    // A statement nobody answered in the follow-up has no change.
    expect(await row('T3').innerText()).toMatch(/\t–\t–\t33\t0$/);
    expect(app.foreign).toEqual([]);
  });
});

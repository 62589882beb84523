// Files as guides get them, imported through the UI in Chromium without any
// editing: a Microsoft Forms XLSX (instructions sheet first, statement texts
// as headers, label answers, «Hva er din rolle?») and a Google Forms CSV.
// Every figure on screen (area table, the «Alle» row and every group shown)
// and in the downloaded Excel file is checked against a computation written
// here from the generated answers, independent of the app.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatementSetContent } from '../../shared/analysis/types';
import { startApp, type TestApp } from '../support/app';
import { googleFormsCsv, makeRespondents, msFormsXlsx, type FormRespondent } from '../support/forms';
import { tempDir } from '../support/server';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ width: 1280, height: 720 });
});
afterAll(async () => {
  await app?.close();
});
const api = <T>(method: string, input: unknown = {}) => app.api<T>(method, input);

interface Stat {
  n: number;
  dontKnow: number;
  missing: number;
  mean: number | null;
  median: number | null;
  sd: number | null;
  dist: number[];
}

/** Plain statistics over a list of answers (independent of the app's scoring). */
function stat(values: (number | 'dont_know' | null)[], max: number): Stat {
  const nums = values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
  const n = nums.length;
  const mean = n ? nums.reduce((a, b) => a + b, 0) / n : null;
  const median = n ? (nums[Math.floor((n - 1) / 2)] + nums[Math.floor(n / 2)]) / 2 : null;
  const sd = n > 1 ? Math.sqrt(nums.reduce((a, b) => a + (b - mean!) ** 2, 0) / (n - 1)) : null;
  return {
    n,
    dontKnow: values.filter((v) => v === 'dont_know').length,
    missing: values.filter((v) => v === null).length,
    mean,
    median,
    sd,
    dist: Array.from({ length: max }, (_, i) => nums.filter((x) => x === i + 1).length),
  };
}
const areaStat = (set: StatementSetContent, rs: FormRespondent[], areaId: string) =>
  stat(
    rs.flatMap((r) => set.statements.filter((s) => s.areaId === areaId).map((s) => r.answers[s.code])),
    set.scale.max,
  );
const comma = (x: number | null, digits: number) => (x === null ? '–' : x.toFixed(digits).replace('.', ','));

async function cellsOf(page: Page, selector: string | Locator): Promise<string[][]> {
  return (typeof selector === 'string' ? page.locator(selector) : selector).evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => (c as HTMLElement).innerText.trim())),
  );
}

// Roles as staff write them; units as the municipality has them. 10 teachers
// at Beiarn skole and one principal there: Beiarn skole (11) minus «Lærer»
// would be the principal, so the rule must hide one of them.
const PEOPLE = [
  ...Array.from({ length: 10 }, () => ({ role: 'Lærer', unit: 'Beiarn skole' })),
  { role: 'Rektor', unit: 'Beiarn skole' },
  ...Array.from({ length: 8 }, (_, i) => ({ role: i % 2 ? 'Kontaktlærer' : 'Miljøarbeider', unit: 'Tverrvik skole' })),
  ...Array.from({ length: 6 }, () => ({ role: 'Assistent', unit: 'Tverrvik skole' })),
];

async function importThroughUi(file: string, expectedSheetNote: boolean) {
  const m = await api<{ id: string }>('municipalities.create', { name: `Beiarn ${path.basename(file)}` });
  await api('units.create', { municipalityId: m.id, name: 'Beiarn skole', kind: 'school' });
  await api('units.create', { municipalityId: m.id, name: 'Tverrvik skole', kind: 'school' });
  const sets =
    await api<{ id: string; origin: string; latest: boolean; content: StatementSetContent }[]>('statementSets.list');
  const set = sets.find((s) => s.origin === 'statements-school' && s.latest)!;
  // A round created without ticking any unit.
  const round = await api<{ id: string }>('rounds.create', {
    municipalityId: m.id,
    setId: set.id,
    title: 'Høsten 2026',
    date: '2026-09-01',
    kind: 'baseline',
    unitIds: [],
  });

  const page = await app.context.newPage();
  await page.goto(`${app.server.url}/#/runde/${round.id}/import`);
  await page.locator('#import-file').setInputFiles(file);
  await page
    .getByText(
      `Svarene fra ${PEOPLE.length} personer blir importert, med svar på ${set.content.statements.length} påstander.`,
    )
    .waitFor();
  if (expectedSheetNote) expect(await page.getByLabel('Ark i arbeidsboken').inputValue()).toBe('Sheet1');
  // Role words staff use are shown with the role they count as.
  const roleRows = await cellsOf(page, '.import__roles tbody tr');
  expect(roleRows.map((r) => [r[0], r[1], r[3]])).toEqual([
    ['Lærer', '10', 'Kjent rolle'],
    ['Rektor', '1', 'Forslag – sjekk'],
    ['Miljøarbeider', '4', 'Forslag – sjekk'],
    ['Kontaktlærer', '4', 'Forslag – sjekk'],
    ['Assistent', '6', 'Kjent rolle'],
  ]);
  await page.getByRole('button', { name: `Importer svarene fra ${PEOPLE.length} personer` }).click();
  await page.getByText(`Svarene fra ${PEOPLE.length} personer er importert.`).waitFor();
  return { page, set: set.content, roundId: round.id };
}

async function checkEveryFigure(page: Page, set: StatementSetContent, rs: FormRespondent[]) {
  await page.getByRole('link', { name: 'Resultater' }).click();
  await page.getByText(`${PEOPLE.length} har svart så langt.`).waitFor();
  await page.getByRole('button', { name: 'Vis resultatene' }).click();
  await page.getByRole('heading', { name: 'Snitt per område' }).waitFor();

  // Area table: every figure.
  const areaFigure = page
    .locator('.res-figure')
    .filter({ has: page.getByRole('heading', { name: 'Snitt per område', exact: true }) });
  await areaFigure.getByRole('button', { name: 'Tabell' }).click();
  const areaRows = await cellsOf(page, areaFigure.locator('.res-table tbody tr'));
  expect(areaRows).toEqual(
    set.areas.map((a) => {
      const s = areaStat(set, rs, a.id);
      const top = (s.dist[set.scale.max - 1] + s.dist[set.scale.max - 2]) / s.n;
      return [
        a.title,
        String(set.statements.filter((x) => x.areaId === a.id).length),
        String(s.n),
        comma(s.mean, 2),
        comma(s.median, 1),
        comma(s.sd, 2),
        `${Math.round(top * 100)}\u00a0%`,
        String(s.dontKnow),
        '–',
      ];
    }),
  );

  // Breakdown by role: the «Alle» row and every shown group; hidden groups say so without a number.
  const groupRows = async () => cellsOf(page, '.res-table--breakdown tbody tr');
  const expectGroups = (rows: string[][], groups: Record<string, FormRespondent[] | 'hidden'>) => {
    const all = [['Alle', String(rs.length), ...set.areas.map((a) => comma(areaStat(set, rs, a.id).mean, 1))]];
    const rest = Object.entries(groups).map(([name, members]) =>
      members === 'hidden'
        ? [name, 'Skjult for å verne små grupper']
        : [name, String(members.length), ...set.areas.map((a) => comma(areaStat(set, members, a.id).mean, 1))],
    );
    expect(rows).toEqual([...all, ...rest]);
  };
  const teachers = rs.filter((r) => ['Lærer', 'Kontaktlærer'].includes(r.role));
  const assistants = rs.filter((r) => r.role === 'Assistent');
  expectGroups(await groupRows(), {
    Lærer: teachers,
    Assistent: assistants,
    Leder: 'hidden',
    Fagarbeider: 'hidden',
  });
  await page.getByRole('button', { name: 'Etter enhet' }).click();
  await expect.poll(async () => (await groupRows())[1]?.[0]).toBe('Beiarn skole');
  // Beiarn skole (11) minus «Lærer» would single out the principal: the unit breakdown is hidden.
  expectGroups(await groupRows(), { 'Beiarn skole': 'hidden', 'Tverrvik skole': 'hidden' });

  // The Excel file, downloaded as the guide does (figures only), every figure read back.
  await page.getByRole('button', { name: 'Last ned Excel' }).click();
  const dialog = page.getByRole('dialog', { name: 'Last ned Excel' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Last ned' }).click(),
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((s) => s.name)).toEqual(['Sammendrag', 'Områder', 'Grupper']);
  const sheetRows = (name: string) => {
    const out: unknown[][] = [];
    wb.getWorksheet(name)!.eachRow((row, i) => i > 1 && out.push((row.values as unknown[]).slice(1)));
    return out;
  };
  const close = (x: unknown, y: number | null) =>
    y === null ? expect(x ?? null).toBeNull() : expect(x as number).toBeCloseTo(y, 10);
  const checkStats = (cells: unknown[], s: Stat) => {
    expect(cells[0]).toBe(s.n);
    close(cells[1], s.mean);
    close(cells[2], s.median);
    close(cells[3], s.sd);
    expect(cells.slice(4)).toEqual([...s.dist, s.dontKnow, s.missing]);
  };
  const statements = sheetRows('Sammendrag');
  expect(statements).toHaveLength(set.statements.length);
  set.statements.forEach((st, i) => {
    expect(statements[i].slice(0, 2)).toEqual([st.code, st.text]);
    checkStats(
      statements[i].slice(3),
      stat(
        rs.map((r) => r.answers[st.code]),
        set.scale.max,
      ),
    );
  });
  const areas = sheetRows('Områder');
  set.areas.forEach((a, i) => {
    expect(areas[i][0]).toBe(a.title);
    checkStats(areas[i].slice(2), areaStat(set, rs, a.id));
  });
  const groups = sheetRows('Grupper');
  expect(groups.map((g) => g.slice(0, 3))).toEqual([
    ['Alle', 'Alle', rs.length],
    ['Rolle', 'lærer', teachers.length],
    ['Rolle', 'assistent', assistants.length],
    ['Rolle', 'leder', 'Skjult'],
    ['Rolle', 'fagarbeider', 'Skjult'],
    ['Enhet', 'Beiarn skole', 'Skjult'],
    ['Enhet', 'Tverrvik skole', 'Skjult'],
  ]);
  set.areas.forEach((a, i) => close(groups[1][3 + i], areaStat(set, teachers, a.id).mean));
  set.areas.forEach((a, i) => close(groups[2][3 + i], areaStat(set, assistants, a.id).mean));
  expect(app.foreign).toEqual([]);
}

describe('import of survey exports through the UI', () => {
  it('Microsoft Forms XLSX with an instructions sheet first: imported without editing, every figure checked', async () => {
    const sets = await api<{ origin: string; latest: boolean; content: StatementSetContent }[]>('statementSets.list');
    const set = sets.find((s) => s.origin === 'statements-school' && s.latest)!.content;
    const rs = makeRespondents(set, PEOPLE, 21);
    const file = path.join(tempDir(), 'Ståstedsanalyse(1-25).xlsx');
    fs.writeFileSync(file, await msFormsXlsx(set, rs, { instructionsFirst: true }));
    const { page } = await importThroughUi(file, true);
    await checkEveryFigure(page, set, rs);
    await page.close();
  });

  it('Google Forms CSV: imported without editing, every figure checked', async () => {
    const sets = await api<{ origin: string; latest: boolean; content: StatementSetContent }[]>('statementSets.list');
    const set = sets.find((s) => s.origin === 'statements-school' && s.latest)!.content;
    const rs = makeRespondents(set, PEOPLE, 22);
    const file = path.join(tempDir(), 'Ståstedsanalyse (svar) - Skjemasvar 1.csv');
    fs.writeFileSync(file, googleFormsCsv(set, rs));
    const { page, roundId } = await importThroughUi(file, false);
    await checkEveryFigure(page, set, rs);

    // A late form does not change what the room saw: the guide reveals again.
    await api('rounds.saveRespondent', { roundId, role: 'teacher', answers: { T1: 4 } });
    await page.reload();
    await page
      .getByText('1 skjema er endret eller kommet til etter at resultatene ble vist.', { exact: false })
      .waitFor();
    await page.getByText('Færre enn 5 nye eller endrede skjemaer', { exact: false }).waitFor();
    const allRow = page.locator('.res-table--breakdown tbody tr').first();
    expect(await allRow.locator('td').first().innerText()).toBe(String(rs.length));
    await page.getByRole('button', { name: 'Vis oppdaterte resultater' }).click();
    await expect.poll(() => allRow.locator('td').first().innerText()).toBe(String(rs.length + 1));
    expect(await page.getByText('er endret eller kommet til').count()).toBe(0);
    await page.close();
  });
});

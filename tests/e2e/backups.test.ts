// Workbook safety in the real renderer: the «Sikkerhetskopier» page (make a
// copy, restore it), moving a municipality to another workbook with a .omni
// file (export with a passphrase, preview, import), and the banner.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, offlineContext } from '../support/app';
import { launchChromium } from '../support/browser';
import { startServer, tempDir, type RunningServer } from '../support/server';

let browser: Browser;
const servers: RunningServer[] = [];
const contexts: BrowserContext[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
  for (const s of servers.splice(0)) await s.stop();
  expect(foreign.splice(0)).toEqual([]);
});

async function serve(workbook = path.join(tempDir(), 'workbook.omni.sqlite')) {
  const server = await startServer(workbook);
  servers.push(server);
  return { server, api: apiOf(server) };
}
async function open(server: RunningServer, hash: string): Promise<Page> {
  const context = await offlineContext(browser, server.url, { width: 1280, height: 720 }, foreign);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/${hash}`);
  return page;
}

describe('«Sikkerhetskopier»', () => {
  it('makes a copy now and restores it after a confirmation; the work done since is gone from view', async () => {
    const { server, api } = await serve();
    await api('municipalities.create', { name: 'Beiarn' });
    const page = await open(server, '#/');
    await page.getByRole('link', { name: 'Sikkerhetskopier og flytting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sikkerhetskopier' }).waitFor();
    await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
    await page.getByText('Sikkerhetskopien er laget').waitFor();
    await page.getByRole('cell', { name: 'Tatt for hånd' }).waitFor();

    await api('municipalities.create', { name: 'Fauske' });
    await page
      .getByRole('button', { name: /^Gjenopprett: / })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('lagres først som en egen sikkerhetskopi').waitFor();
    await dialog.getByRole('button', { name: 'Gjenopprett' }).click();
    await page.getByText(/^Gjenopprettet kopien fra/).waitFor();
    // The safety copy is listed, and the home page shows the workbook as it was.
    await page.getByRole('cell', { name: 'Før gjenoppretting' }).waitFor();
    await page.getByRole('link', { name: 'Alle kommuner' }).click();
    await page.getByText('Beiarn').first().waitFor();
    await expect.poll(() => page.locator('.card__title').allTextContents()).toEqual(['Beiarn']);
  });

  it('moves a municipality to another workbook: export with a passphrase, preview, import', async () => {
    const from = await serve();
    const m = await from.api<{ id: string }>('municipalities.create', { name: 'Beiarn', county: 'Nordland' });
    await from.api('units.create', { municipalityId: m.id, name: 'Vestmyra skole', kind: 'school' });
    await from.api('units.create', { municipalityId: m.id, name: 'Moldjord barnehage', kind: 'kindergarten' });
    const page = await open(from.server, `#/kommune/${m.id}`);
    await page.getByRole('button', { name: 'Eksporter kommunen (.omni)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksporter Beiarn' });
    await dialog.getByLabel(/^Passord/).fill('lang hemmelig frase');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Lagre filen' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Beiarn \d{4}-\d{2}-\d{2}\.omni$/);
    const file = path.join(tempDir(), download.suggestedFilename());
    await download.saveAs(file);
    expect(fs.readFileSync(file, 'utf8')).not.toContain('Vestmyra');

    const to = await serve();
    const other = await open(to.server, '#/sikkerhetskopier');
    await other.locator('input[type=file]').setInputFiles(file);
    await other.getByText('Filen er beskyttet med passord').waitFor();
    await other.getByLabel('Passord').fill('lang hemmelig frase');
    await other.getByRole('button', { name: 'Vis hva som importeres' }).click();
    await other.getByRole('heading', { name: /^Dette importeres fra Beiarn/ }).waitFor();
    await expect.poll(() => other.getByRole('row', { name: /Enheter/ }).textContent()).toContain('2');
    expect(await to.api('municipalities.list')).toEqual([]); // the preview changed nothing
    await other.getByRole('button', { name: 'Importer som ny kommune' }).click();
    await other.getByText('Importerte «Beiarn».').waitFor();
    await other.getByRole('link', { name: 'Åpne kommunen' }).click();
    await other.getByRole('heading', { level: 1, name: 'Beiarn' }).waitFor();
    await other.getByText('Vestmyra skole').first().waitFor();
  });

  it('a daily backup that fails shows a warning on every page, and the work goes on', async () => {
    const workbook = path.join(tempDir(), 'workbook.omni.sqlite');
    const first = await serve(workbook);
    await first.api('municipalities.create', { name: 'Beiarn' });
    await first.server.stop();
    servers.splice(0);
    fs.writeFileSync(path.join(path.dirname(workbook), 'backups'), 'en fil, ikke en mappe');
    const { server, api } = await serve(workbook);
    const page = await open(server, '#/');
    await page
      .getByRole('alert')
      .filter({ hasText: 'Dagens sikkerhetskopi kunne ikke lages («backups» er en fil, ikke en mappe)' })
      .waitFor();
    await api('municipalities.create', { name: 'Fauske' });
    await page.reload();
    await expect.poll(() => page.locator('.card__title').allTextContents()).toEqual(['Beiarn', 'Fauske']);
  });
});

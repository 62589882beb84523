// The walking skeleton end to end: the real renderer in Debian's Chromium
// against the real start:web server and a real workbook file.
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiOf, offlineContext } from '../support/app';
import { launchChromium } from '../support/browser';
import { startServer, tempDir, type RunningServer } from '../support/server';
import { CONTENT_SECURITY_POLICY } from '../../electron/security';

let browser: Browser;
let server: RunningServer;
let context: BrowserContext | undefined;
/** Every request the page tried outside its own origin (aborted). */
let foreign: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  await context?.close();
  context = undefined;
  await server?.stop();
  // Offline by construction: nothing outside 127.0.0.1:PORT, ever.
  expect(foreign).toEqual([]);
  foreign = [];
});

async function openApp(url: string, hash = '#/'): Promise<Page> {
  await context?.close();
  context = await offlineContext(browser, url, { width: 1280, height: 720 }, foreign);
  const page = await context.newPage();
  await page.goto(`${url}/${hash}`);
  return page;
}

/** Reads the workbook through the same API the page uses (the current server). */
const api = <T = unknown>(method: string, input: unknown = {}) => apiOf(server)<T>(method, input);

describe('walking skeleton in Chromium', () => {
  it('start-up: the start page asks for each of its reads once; the in-page policy follows all it loads', async () => {
    server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
    await api('municipalities.create', { name: 'Beiarn' });
    context = await offlineContext(browser, server.url, { width: 1280, height: 720 }, foreign);
    const page = await context.newPage();
    const calls: string[] = [];
    page.on('request', (r) => {
      const m = /^\/api\/([\w.]+)$/.exec(new URL(r.url()).pathname);
      if (m) calls.push(m[1]);
    });
    await page.goto(`${server.url}/#/`);
    await page.locator('.card__title').filter({ hasText: 'Beiarn' }).waitFor();
    await page.waitForTimeout(600);
    // Sent once each by boot.ts, taken up by the page's own reads (same keys), not fetched again as it mounts.
    expect(calls.sort()).toEqual(['municipalities.list', 'trash.list', 'workbook.info']);

    const csp = await page.evaluate(() => {
      const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
      if (!meta) return null;
      const loads = [...document.head.querySelectorAll('script[src], link[href]')];
      return {
        content: meta.getAttribute('content'),
        loadsAfter: loads.filter((el) => meta.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).length,
        loads: loads.length,
      };
    });
    // The header's policy (frame-ancestors is header-only), placed after every script, style and font.
    expect(csp?.content).toBe(
      CONTENT_SECURITY_POLICY.split('; ')
        .filter((d) => !d.startsWith('frame-ancestors'))
        .join('; '),
    );
    expect(csp?.loads).toBeGreaterThan(3);
    expect(csp?.loadsAfter).toBe(0);
  });

  it('start-up: a long list is drawn a screenful first, then whole', async () => {
    server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
    for (let i = 1; i <= 20; i++) await api('municipalities.create', { name: `Kommune ${String(i).padStart(2, '0')}` });
    context = await offlineContext(browser, server.url, { width: 1280, height: 720 }, foreign);
    await context.addInitScript(() => {
      // How many cards the first screen with any card held.
      new MutationObserver(() => {
        const w = window as unknown as { firstCards?: number };
        if (w.firstCards === undefined && document.querySelector('.card'))
          w.firstCards = document.querySelectorAll('.card').length;
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/`);
    const cards = page.locator('.cards .card__title');
    await expect.poll(() => cards.count()).toBe(20);
    expect(await page.evaluate(() => (window as unknown as { firstCards?: number }).firstCards)).toBe(12);
    // In order and none twice.
    expect(await cards.allTextContents()).toEqual(
      Array.from({ length: 20 }, (_, i) => `Kommune ${String(i + 1).padStart(2, '0')}`),
    );

    // Down the list, into a municipality and Back: the list is where the guide left it.
    const last = page.locator('.card__link', { hasText: 'Kommune 20' });
    await last.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    await last.click();
    await page.getByRole('heading', { level: 1, name: 'Kommune 20' }).waitFor();
    await page.goBack();
    await page.locator('.card__title', { hasText: 'Kommune 01' }).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    const box = await last.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
  });

  it('creates a municipality, a unit and a session in the UI; they survive a reload and a server restart', async () => {
    const workbook = path.join(tempDir(), 'workbook.omni.sqlite');
    server = await startServer(workbook);
    let page = await openApp(server.url);
    await expect.poll(() => page.getByText('Ingen kommuner ennå').isVisible()).toBe(true);

    // Keyboard only: N opens the form, the name field has the focus, Enter saves.
    await page.keyboard.press('n');
    await page.getByRole('dialog', { name: 'Ny kommune' }).waitFor();
    await page.keyboard.type('Beiarn');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Nordland');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Beiarn' }).waitFor();

    await page.getByRole('button', { name: '+ Ny enhet' }).click();
    const unitDialog = page.getByRole('dialog', { name: 'Ny enhet' });
    await unitDialog.getByLabel('Navn på enheten').fill('Beiarn skole');
    await unitDialog.getByLabel('Type').selectOption({ label: 'Skole' });
    await unitDialog.getByLabel(/Antall ansatte/).fill('34');
    await unitDialog.getByLabel(/Kontakt, rolle/).fill('rektor');
    await unitDialog.getByRole('button', { name: 'Lagre' }).click();
    await unitDialog.waitFor({ state: 'detached' });
    await page.getByText('34 ansatte · Kontakt: rektor').waitFor();

    await page.getByRole('button', { name: '+ Ny økt' }).click();
    const sessionDialog = page.getByRole('dialog', { name: 'Ny økt' });
    await sessionDialog.getByLabel('Tittel').fill('Oppstart med Omni-trappa');
    await sessionDialog.getByLabel('Dato').fill('14.08.2026');
    await sessionDialog.getByLabel('Type økt').selectOption({ label: 'Personaldag' });
    await sessionDialog.getByLabel(/Antall deltakere/).fill('40');
    await sessionDialog.getByLabel(/Beiarn skole/).check();
    await sessionDialog.getByRole('button', { name: 'Lagre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oppstart med Omni-trappa' }).waitFor();

    const sessionUrl = new URL(page.url()).hash;
    const expectSessionPage = async (p: Page) => {
      await p.getByRole('heading', { level: 1, name: 'Oppstart med Omni-trappa' }).waitFor();
      expect(await p.locator('.page-lead').innerText()).toBe('14.08.2026 Personaldag · 40 deltakere');
      expect(await p.locator('.chip').allInnerTexts()).toEqual(['Beiarn skole Skole']);
      // One h1; the way back names the municipality, and the trail marks this page as the current one.
      expect(await p.getByRole('heading', { level: 1 }).count()).toBe(1);
      const crumbs = p.getByRole('navigation', { name: 'Brødsmuler' });
      expect(await crumbs.getByRole('link').allInnerTexts()).toEqual(['← Beiarn']);
      expect(await crumbs.locator('[aria-current="page"]').textContent()).toBe('Oppstart med Omni-trappa');
    };
    await expectSessionPage(page);
    await page.reload();
    await expectSessionPage(page);

    // Restart the server on the same file: a new process, a new port.
    await server.stop();
    server = await startServer(workbook);
    page = await openApp(server.url);
    const card = page.getByRole('listitem').filter({ hasText: 'Beiarn' });
    await expect.poll(() => card.innerText()).toContain('1 enhet · 1 økt');
    await card.getByRole('link').click();
    await page.getByText('34 ansatte · Kontakt: rektor').waitFor();
    await page.getByRole('link', { name: /Oppstart med Omni-trappa/ }).click();
    await expectSessionPage(page);
    expect(new URL(page.url()).hash).toBe(sessionUrl);
    await page.getByRole('navigation', { name: 'Brødsmuler' }).getByRole('link', { name: '← Beiarn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beiarn' }).waitFor();
  });

  it('shows a Norwegian error for an empty or a 10,000-character name and changes nothing', async () => {
    server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
    await api('municipalities.create', { name: 'Fauske' });
    const page = await openApp(server.url);
    await page.getByRole('button', { name: /Ny kommune/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Ny kommune' });
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Navn på kommunen må fylles ut.').waitFor();

    await dialog.getByLabel('Navn på kommunen').fill('x'.repeat(10_000));
    await dialog.getByRole('button', { name: 'Lagre' }).click();
    await dialog.getByText('Navn på kommunen kan være høyst 120 tegn.').waitFor();
    expect(await dialog.getByRole('alert').first().innerText()).toBe('Sjekk feltene som er merket.');
    // What was typed is not thrown away without asking (issue 8).
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.getByRole('button', { name: 'Forkast' }).click();
    await dialog.waitFor({ state: 'detached' });

    // Renaming to nothing fails the same way and keeps the old name.
    await page.getByRole('button', { name: 'Gi nytt navn: Fauske' }).click();
    const rename = page.getByRole('dialog', { name: 'Endre kommunen' });
    await rename.getByLabel('Navn på kommunen').fill('');
    await rename.getByRole('button', { name: 'Lagre' }).click();
    await rename.getByText('Navn på kommunen må fylles ut.').waitFor();
    await page.keyboard.press('Escape'); // the name was changed: asks first
    await rename.getByRole('button', { name: 'Forkast' }).click();
    await rename.waitFor({ state: 'detached' });

    const list = await api<{ name: string }[]>('municipalities.list');
    expect(list.map((m) => m.name)).toEqual(['Fauske']);
  });

  it('deleting asks first, names what goes, and Ctrl+Z brings it all back', async () => {
    server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
    const m = await api<{ id: string }>('municipalities.create', { name: 'Beiarn' });
    await api('units.create', { municipalityId: m.id, name: 'Beiarn skole', kind: 'school' });
    await api('units.create', { municipalityId: m.id, name: 'Moldjord barnehage', kind: 'kindergarten' });
    await api('sessions.create', { municipalityId: m.id, date: '2026-08-14', kind: 'staff_day', title: 'Oppstart' });
    const page = await openApp(server.url);

    await page.getByRole('button', { name: 'Slett: Beiarn' }).click();
    const confirm = page.getByRole('dialog', { name: 'Slette kommunen «Beiarn»?' });
    await confirm.getByText('Dette slettes også: 2 enheter, 1 økt.', { exact: false }).waitFor();
    // Cancel first: nothing happens.
    await page.keyboard.press('Enter'); // "Avbryt" has the focus
    await confirm.waitFor({ state: 'detached' });
    expect(await api<unknown[]>('municipalities.list')).toHaveLength(1);

    await page.getByRole('button', { name: 'Slett: Beiarn' }).click();
    await confirm.getByRole('button', { name: 'Slett' }).click();
    await page.getByText('Kommunen «Beiarn» er slettet.').waitFor();
    await page.getByText('Ingen kommuner ennå').waitFor();
    expect(await api<unknown[]>('municipalities.list')).toHaveLength(0);

    await page.keyboard.press('Control+z');
    await page.getByText('«Beiarn» er hentet tilbake.').waitFor();
    const back = await api<{ unitCount: number; sessionCount: number }[]>('municipalities.list');
    expect(back).toMatchObject([{ unitCount: 2, sessionCount: 1 }]);
    await page.getByRole('listitem').filter({ hasText: '2 enheter · 1 økt' }).waitFor();
  });

  it('B blacks out the projector; the next key only brings the picture back', async () => {
    server = await startServer(path.join(tempDir(), 'workbook.omni.sqlite'));
    const page = await openApp(server.url);
    await page.getByRole('heading', { level: 1, name: 'Kommuner' }).waitFor();
    await page.keyboard.press('b');
    await page.locator('.blackout').waitFor();
    await page.keyboard.press('n'); // would open «Ny kommune» if it were not swallowed
    await page.locator('.blackout').waitFor({ state: 'detached' });
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('refuses to start on a file that is not a workbook, and leaves it alone', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'handleliste.omni.sqlite');
    const fs = await import('node:fs');
    fs.writeFileSync(file, 'melk, brød, egg\n');
    await expect(startServer(file)).rejects.toThrow(/ikke en arbeidsbok for Omniverksted/);
    expect(fs.readFileSync(file, 'utf8')).toBe('melk, brød, egg\n');
  });
});

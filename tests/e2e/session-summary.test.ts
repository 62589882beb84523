// The session summary end to end: from the session page by keyboard to the
// summary page, sections ticked, the guide profile entered (a cancelled edit
// discarded), and the three
// files saved and read back: Word (mammoth, and its XML for styles, header
// rows, language and title), PDF (printed by Chromium from the same view,
// tagged, read with pdftotext/pdfinfo) and Excel (exceljs). A group under the
// threshold (three leaders who answered 1 everywhere) is in none of them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { seedReportSession, type ReportFixture } from '../support/reportFixture';
import { ROOT, tempDir } from '../support/server';

let app: TestApp;
let f: ReportFixture;
let page: Page;
const out = tempDir('omni-summary-');
/** PNGs to look at by eye: OMNI_REPORT_SHOTS=1 keeps them in screenshots-report/ (ignored by git). */
const SHOTS = process.env.OMNI_REPORT_SHOTS ? path.join(ROOT, 'screenshots-report') : path.join(out, 'shots');

beforeAll(async () => {
  app = await startApp({ width: 1920, height: 1080 });
  f = await seedReportSession((method, input) => app.api(method, input));
  page = await app.context.newPage();
});
afterAll(async () => {
  await app?.close();
});

async function saved(download: Promise<Download>): Promise<{ name: string; file: string }> {
  const d = await download;
  const file = path.join(out, d.suggestedFilename());
  await d.saveAs(file);
  return { name: d.suggestedFilename(), file };
}

/** Presses a control by keyboard: focus it, then Enter (buttons, links) or Space (checkboxes). */
async function press(locator: ReturnType<Page['getByRole']>, key = 'Enter') {
  await locator.focus();
  await page.keyboard.press(key);
}

describe('session summary in Chromium', () => {
  it('opens from the session page, edits the guide profile and previews the chosen sections', async () => {
    await app.api('guide.set', { name: '', title: '', contact: '' });
    await page.goto(`${app.server.url}/#/okt/${f.sessionId}`);
    await page.getByRole('link', { name: 'Oppsummering' }).waitFor();
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, 'session-page-1920.png') });
    await press(page.getByRole('link', { name: 'Oppsummering' }));
    await page.getByRole('heading', { level: 1, name: 'Oppsummering', exact: true }).waitFor();
    const preview = page.locator('.report');
    await preview.getByRole('heading', { level: 1, name: 'Oppsummering: Planleggingsdag høst' }).waitFor();
    await page.getByText('Veilederinfo mangler.').waitFor();

    // The guide profile, once, by keyboard; Escape first shows nothing is saved by cancelling.
    await press(page.getByRole('button', { name: 'Endre veilederinfo' }));
    await page.keyboard.type('Feil Navn');
    await page.keyboard.press('Escape');
    // Escape with a change asks before discarding it; the guide discards by keyboard.
    await page.getByRole('dialog').getByText('Forkaste endringene?').waitFor();
    await press(page.getByRole('dialog').getByRole('button', { name: 'Forkast' }));
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await press(page.getByRole('button', { name: 'Endre veilederinfo' }));
    await page.keyboard.type('Åse Øvergård');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Omniveileder');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ase.overgard@example.no');
    await page.keyboard.press('Enter');
    await expect.poll(() => preview.locator('.report__meta').innerText()).toContain('Åse Øvergård, Omniveileder');
    expect(await preview.innerText()).not.toContain('Feil Navn');

    // Untick Omni-trappa with Space: the board leaves the preview; tick it back.
    const trappa = page.getByRole('checkbox', { name: 'Omni-trappa' });
    await press(trappa, 'Space');
    await expect.poll(() => preview.getByText('Tavle: Friminuttet').count()).toBe(0);
    // The choice holds when the guide goes back to the session and returns.
    await press(page.getByRole('link', { name: '← Planleggingsdag høst' }));
    await page.getByRole('heading', { level: 1, name: 'Planleggingsdag høst' }).waitFor();
    await page.goBack();
    await preview.getByRole('heading', { level: 2, name: 'Tiltak' }).waitFor();
    expect(await trappa.isChecked()).toBe(false);
    expect(await preview.getByText('Tavle: Friminuttet').count()).toBe(0);
    await press(trappa, 'Space');
    await preview.getByRole('heading', { name: 'Tavle: Friminuttet' }).waitFor();

    // The preview is the real document: tables with header cells, figures with alt text.
    expect(await preview.locator('table caption').first().innerText()).toBe('Sjekklister arbeidet med i økta');
    expect(await preview.locator('thead th').first().innerText()).toBe('Enhet');
    const alts = await preview.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt));
    expect(alts).toHaveLength(2);
    expect(alts[0]).toMatch(/^Diagram: snitt per område for Oppfølging høst/);
    expect(alts[1]).toMatch(/^Omni-trappa for «Friminuttet»/);
    await page.screenshot({ path: path.join(SHOTS, 'summary-page-1920.png') });
    await preview.locator('img').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'summary-preview-1920.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.screenshot({ path: path.join(SHOTS, 'summary-page-1280.png') });
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  it('saves a Word file with heading styles, header rows, alt texts, nb-NO and a title', async () => {
    const word = await saved(
      Promise.all([page.waitForEvent('download'), press(page.getByRole('button', { name: 'Lagre Word' }))]).then(
        ([d]) => d,
      ),
    );
    expect(word.name).toBe('Oppsummering-Sørfold-kommune-Planleggingsdag-høst-2026-08-14.docx');
    await page.getByText(`Lagret ${word.name}.`).waitFor();
    fs.mkdirSync(SHOTS, { recursive: true });
    fs.copyFileSync(word.file, path.join(SHOTS, word.name));

    const html = (await mammoth.convertToHtml({ path: word.file })).value;
    expect(html).toContain('<h1>Oppsummering: Planleggingsdag høst</h1>');
    for (const h2 of ['Hva vi arbeidet med', 'Ståstedsanalyse', 'Omni-trappa', 'Tiltak', 'Notater og neste økt'])
      expect(html).toContain(`<h2>${h2}</h2>`);
    expect(html).toContain('<h3>Oppfølging høst (14.08.2026)</h3>');
    expect(html).toContain('<h3>Tavle: Friminuttet</h3>');
    const alts = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => m[1]);
    expect(alts).toHaveLength(2);
    expect(alts[0]).toMatch(/^Diagram: snitt per område for Oppfølging høst/);
    expect(alts[1]).toContain('trinn 1 Et trygt');

    const text = (await mammoth.extractRawText({ path: word.file })).value;
    expect(text).toContain('Sørfold kommune');
    expect(text).toContain('Åse Øvergård, Omniveileder');
    const results = await app.api<{ summary: { areas: { title: string; mean: number }[] } }>('rounds.results', {
      id: f.roundId,
    });
    const area = results.summary.areas[0];
    expect(text).toContain(area.mean.toFixed(2).replace('.', ','));
    expect(text).toMatch(/Endring/);
    for (const c of [f.cards[0], f.cards[19], ...f.actions, f.carriedAction]) expect(text).toContain(c);
    // The hidden groups say only that they are hidden; the leaders (all 1s) leave no mean of 1,00.
    expect(text).toMatch(
      /Assistent\s+Leder\s+Svar\s+30\s+20\s+Skjult – færre enn 5 personer\s+Skjult – færre enn 5 personer/,
    );
    expect(text).not.toContain('1,00');

    const zip = await JSZip.loadAsync(fs.readFileSync(word.file));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:tblHeader/>');
    // Space comes from paragraph spacing, not from empty paragraphs (a screen reader reads them out).
    const bodyParagraphs =
      documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '').match(/<w:p\/>|<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
    expect(bodyParagraphs.length).toBeGreaterThan(20);
    expect(bodyParagraphs.filter((p) => !/<w:t[ >]|<w:drawing/.test(p))).toEqual([]);
    expect(documentXml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(documentXml).toMatch(/<wp:docPr [^>]*descr="Diagram: snitt per område/);
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:lang w:val="nb-NO"/);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(
      '<dc:title>Oppsummering: Planleggingsdag høst</dc:title>',
    );
  });

  it('prints the same view to a tagged PDF that reads as the document', async () => {
    // In start:web «Lagre PDF» opens the browser's print dialog, offering the summary's file name.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed-as', document.title);
    });
    await press(page.getByRole('button', { name: 'Lagre PDF' }));
    expect(await page.locator('body').getAttribute('data-printed-as')).toBe(
      'Oppsummering-Sørfold-kommune-Planleggingsdag-høst-2026-08-14',
    );
    // Otherwise the page title is the report's: the PDF's title property.
    expect(await page.title()).toBe('Oppsummering: Planleggingsdag høst');

    const file = path.join(out, 'summary.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({
      path: file,
      format: 'A4',
      tagged: true,
      outline: true,
      printBackground: true,
      preferCSSPageSize: true,
    });
    await page.emulateMedia({ media: 'screen' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+Oppsummering: Planleggingsdag høst/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Oppsummering: Planleggingsdag høst');
    expect(text).toContain('Sørfold kommune');
    expect(text).toContain('Åse Øvergård, Omniveileder');
    // Reading order (no layout): each table cell's text stays together.
    const reading = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const c of [f.cards[0], f.cards[19], ...f.actions, f.carriedAction]) expect(reading).toContain(c);
    expect(text).toMatch(/Svar\s+30\s+20\s+Skjult – færre enn 5 personer\s+Skjult – færre enn 5 personer/);
    expect(text).not.toContain('1,00');
    // Only the report is printed: none of the app around it.
    expect(text).not.toContain('Lagre Word');
    expect(text).not.toContain('Omniverksted');
    fs.mkdirSync(SHOTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '2', file, path.join(SHOTS, 'pdf-page')]);
    fs.copyFileSync(file, path.join(SHOTS, 'summary.pdf'));
  });

  it('saves an Excel file with the numbers on named sheets and no hidden group', async () => {
    const xlsx = await saved(
      Promise.all([page.waitForEvent('download'), press(page.getByRole('button', { name: 'Lagre Excel' }))]).then(
        ([d]) => d,
      ),
    );
    expect(xlsx.name).toBe('Oppsummering-Sørfold-kommune-Planleggingsdag-høst-2026-08-14.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.file);
    expect(wb.worksheets[0].getCell('B3').value).toBe('Sørfold kommune');
    const areas = wb.worksheets.find((s) => s.name.startsWith('Snitt per område – '))!;
    expect(typeof areas.getCell('C2').value).toBe('number');
    expect(typeof areas.getCell('E2').value).toBe('number');
    const breakdown = wb.worksheets.find((s) => s.name.startsWith('Snitt per område etter rolle'))!;
    expect(breakdown.getCell('E1').value).toBe('Leder');
    expect(breakdown.getCell('E2').value).toBe('Skjult – færre enn 5 personer');
    expect(breakdown.getColumn(5).values.filter((v) => typeof v === 'number')).toEqual([]);
    const actions = wb.worksheets.find((s) => s.name === 'Tiltak vedtatt i økta')!;
    expect(actions.getColumn(2).values).toEqual(
      expect.arrayContaining(f.actions.map((a) => expect.stringContaining(a))),
    );
    expect(app.foreign).toEqual([]);
  });
});

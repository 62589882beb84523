// The implementation plan end to end: a plan from the Beiarn template starting August 2026, its
// warnings (the template's phase periods), an activity marked done by the session that carried it
// out, the timeline following, away and back, the plan report saved as Word and PDF through the
// session summary's report machinery and read back (mammoth, pdftotext, pdfinfo), and
// deleting the plan with undo.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type TestApp } from '../support/app';
import { ROOT, tempDir } from '../support/server';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ width: 1280, height: 720 });
});
afterAll(async () => {
  await app?.close();
});
const api = <T>(method: string, input: unknown = {}) => app.api<T>(method, input);

describe('implementation plan in Chromium', () => {
  it('from the Beiarn template to a done activity on the timeline and a plan report read back', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Beiarn' });
    await api('sessions.create', {
      municipalityId: m.id,
      date: '2027-10-12',
      kind: 'steering_group',
      title: 'Oppstartsmøte i styringsgruppen',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/kommune/${m.id}`);
    await page.getByRole('link', { name: 'Implementeringsplan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Implementeringsplan – Beiarn' }).waitFor();

    // Create from the template, start month typed the Norwegian way, saved with Enter.
    expect(await page.getByLabel('Mal').inputValue()).toBe('beiarn');
    await page.getByLabel('Startmåned').fill('08.2026');
    await page.getByLabel('Startmåned').press('Enter');
    await page.getByText('Planen for Beiarn: aug. 2026–juli 2030.').waitFor();

    // The template's own inconsistency is pointed out, per activity, with a way to the item.
    const warnings = page.locator('.plan-warning');
    await expect.poll(() => warnings.count()).toBeGreaterThan(12);
    expect(await page.locator('.plan-warning[data-kind="outsidePhase"]').count()).toBe(12);
    const first = page.locator('.plan-warning', {
      hasText:
        '«Oppstartsmøte for styringsgruppen» (okt. 2027) ligger utenfor fasen «Oppstartsfase» (aug. 2026–jan. 2027).',
    });
    await first.getByRole('button', { name: 'Gå til' }).click();
    const row = page.locator('tr.plan-activity', { hasText: 'Oppstartsmøte for styringsgruppen' });
    const activityId = await row.getAttribute('data-activity-id');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`plan-item-${activityId}`);

    const timeline = page.getByTestId('plan-timeline');
    const mark = timeline.locator(`[data-activity-id="${activityId}"]`);
    expect(await mark.getAttribute('data-status')).toBe('planned');
    await timeline.getByText('0 av 16 aktiviteter gjennomført').waitFor();
    expect(await timeline.locator('[data-activity-id]').count()).toBe(16);
    expect(await timeline.locator('[data-today]').count()).toBe(1);

    // Mark it done, carried out by the session: right in the row, by keyboard-reachable selects.
    await page.getByLabel('Status: Oppstartsmøte for styringsgruppen').selectOption({ label: 'Gjennomført' });
    await expect.poll(() => mark.getAttribute('data-status')).toBe('done');
    await timeline.getByText('1 av 16 aktiviteter gjennomført').waitFor();
    await page
      .getByLabel('Økt som gjennomførte den: Oppstartsmøte for styringsgruppen')
      .selectOption({ label: '12.10.2027 Oppstartsmøte i styringsgruppen' });
    await expect
      .poll(async () =>
        (
          await api<{ plan: { activities: { id: string; sessionId: string | null; status: string }[] } }>('plans.get', {
            municipalityId: m.id,
          })
        ).plan.activities.find((a) => a.id === activityId),
      )
      .toMatchObject({
        status: 'done',
        sessionId: expect.any(String),
      });
    // A change in the row is undone the same way: Ctrl+Z takes the session off again, then it is put back.
    // The focus is still on the select just chosen in: a list box takes letters and arrows, not Ctrl+Z,
    // so the key goes on to the undo bar.
    const sessionSelect = page.getByLabel('Økt som gjennomførte den: Oppstartsmøte for styringsgruppen');
    await page.getByText('«Oppstartsmøte for styringsgruppen» er endret.').waitFor();
    await sessionSelect.focus();
    await page.keyboard.press('Control+z');
    await page.getByText('Endringen av «Oppstartsmøte for styringsgruppen» er angret.').waitFor();
    await expect.poll(() => sessionSelect.inputValue()).toBe('');
    expect(await page.getByLabel('Status: Oppstartsmøte for styringsgruppen').inputValue()).toBe('done');
    await sessionSelect.selectOption({ label: '12.10.2027 Oppstartsmøte i styringsgruppen' });
    await expect.poll(() => sessionSelect.inputValue()).not.toBe('');

    // The timeline at 1280x720, for the back of the hall.
    const shots = path.join(ROOT, 'test-results');
    fs.mkdirSync(shots, { recursive: true });
    await page.getByRole('heading', { level: 2, name: 'Tidslinje' }).scrollIntoViewIfNeeded();
    await page
      .getByRole('heading', { level: 2, name: 'Tidslinje' })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(shots, 'plan-timeline-1280x720.png') });

    // Away and back: the change is there, in the list and on the timeline.
    await page.getByRole('link', { name: 'Tilbake til Beiarn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Beiarn' }).waitFor();
    // The session knows what it carried out, and leads back to the plan.
    await page.getByRole('link', { name: /Oppstartsmøte i styringsgruppen/ }).click();
    await page
      .getByText(
        'Økta gjennomfører i implementeringsplanen: «Oppstartsmøte for styringsgruppen» (okt. 2027, gjennomført).',
      )
      .waitFor();
    await page.getByRole('link', { name: 'Åpne implementeringsplanen' }).click();
    await page.getByTestId('plan-timeline').getByText('1 av 16 aktiviteter gjennomført').waitFor();
    expect(await page.getByLabel('Status: Oppstartsmøte for styringsgruppen').inputValue()).toBe('done');
    expect(
      await page
        .getByLabel('Økt som gjennomførte den: Oppstartsmøte for styringsgruppen')
        .locator('option:checked')
        .innerText(),
    ).toBe('12.10.2027 Oppstartsmøte i styringsgruppen');

    // By keyboard from the timeline: Tab to a mark, Enter opens it, the month is moved into its
    // phase and saved with Enter; the warning for it goes. Escape leaves the next edit unsaved.
    const personaldag = page
      .getByTestId('plan-timeline')
      .getByRole('button', { name: 'Felles personaldag om Omni-modellen, des. 2027, Planlagt' });
    await personaldag.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Felles personaldag om Omni-modellen' });
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name))
      .toBe('text');
    await dialog.getByLabel('Måned').fill('11.2026');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('.plan-warning[data-kind="outsidePhase"]').count()).toBe(11);
    const personaldagRow = page.locator('tr.plan-activity', { hasText: 'Felles personaldag om Omni-modellen' });
    await personaldagRow.getByText('nov. 2026').waitFor();
    // A saved change can be undone: Ctrl+Z saves the activity as the dialog opened with it. Then it is made again.
    await page.getByText('«Felles personaldag om Omni-modellen» er endret.').waitFor();
    await page.keyboard.press('Control+z');
    await page.getByText('Endringen av «Felles personaldag om Omni-modellen» er angret.').waitFor();
    await personaldagRow.getByText('des. 2027').waitFor();
    await expect.poll(() => page.locator('.plan-warning[data-kind="outsidePhase"]').count()).toBe(12);
    await page.getByRole('button', { name: 'Endre Felles personaldag om Omni-modellen' }).press('Enter');
    await dialog.getByLabel('Måned').fill('11.2026');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await personaldagRow.getByText('nov. 2026').waitFor();
    await page.getByRole('button', { name: 'Endre Felles personaldag om Omni-modellen' }).press('Enter');
    await dialog.getByLabel('Aktivitet').fill('Noe annet');
    await page.keyboard.press('Escape');
    // Escape with a change asks before discarding it; the guide discards by keyboard.
    await dialog.getByText('Forkaste endringene?').waitFor();
    await dialog.getByRole('button', { name: 'Forkast' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('tr.plan-activity', { hasText: 'Felles personaldag om Omni-modellen' }).waitFor();

    // Deleting an activity offers undo; Ctrl+Z brings it back.
    await page.getByRole('button', { name: 'Endre Informasjonskampanje til foreldre og lokalsamfunnet' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slett aktiviteten' }).click();
    await page.getByText('«Informasjonskampanje til foreldre og lokalsamfunnet» er slettet fra planen.').waitFor();
    await expect.poll(() => timeline.locator('[data-activity-id]').count()).toBe(15);
    await page.keyboard.press('Control+z');
    await expect.poll(() => timeline.locator('[data-activity-id]').count()).toBe(16);

    // The plan report: the session summary's view and save actions, by keyboard. Word first,
    // read back with mammoth: the title the only h1, heading styles, the timeline's alt text, a
    // schedule row as a real table row, file named by municipality and date.
    await page.getByRole('link', { name: 'Planrapport' }).click();
    await page.getByRole('heading', { level: 1, name: 'Planrapport' }).waitFor();
    const preview = page.locator('.report');
    await preview.getByRole('heading', { level: 1, name: 'Implementeringsplan – Beiarn' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lagre Excel' }).count()).toBe(0);
    await page.screenshot({ path: path.join(shots, 'plan-report-1280x720.png') });
    const out = tempDir();
    const wordButton = page.getByRole('button', { name: 'Lagre Word' });
    await wordButton.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(download.suggestedFilename()).toBe(`Implementeringsplan-Beiarn-${iso}.docx`);
    const docx = path.join(out, download.suggestedFilename());
    await download.saveAs(docx);
    await page.getByText(`Lagret Implementeringsplan-Beiarn-${iso}.docx.`).waitFor();
    const html = (await mammoth.convertToHtml({ path: docx })).value;
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Implementeringsplan – Beiarn</h1>');
    for (const h2 of ['Mål', 'Organisering og ansvar', 'Tidslinje', 'Framdriftsplan', 'Evaluering'])
      expect(html).toContain(`<h2>${h2}</h2>`);
    expect(html).toContain('<h3>Oppstartsfase (aug. 2026–jan. 2027)</h3>');
    expect(html).toContain('<h3>Styringsgruppe</h3>');
    const alts = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((m) => m[1]);
    expect(alts).toHaveLength(1);
    expect(alts[0]).toMatch(
      /^Tidslinje aug\. 2026–.*: \d+ faser med 16 aktiviteter, 1 gjennomført\. 11 aktiviteter ligger utenfor fasens periode\.$/,
    );
    const cellsOf = (row: string) =>
      [...row.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => c[1].replace(/<[^>]+>/g, ''));
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((r) => cellsOf(r[1]));
    expect(rows).toContainEqual(['Måned', 'Aktivitet', 'Ansvarlig', 'Kjernekomponent', 'Status', 'Økt']);
    expect(rows).toContainEqual([
      'okt. 2027',
      'Oppstartsmøte for styringsgruppen',
      'Kommunalsjef for oppvekst og læring, Prosjektleder',
      '',
      'Gjennomført',
      'Oppstartsmøte i styringsgruppen (12.10.2027)',
    ]);
    const zip = await JSZip.loadAsync(fs.readFileSync(docx));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    expect(documentXml).toContain('<w:tblHeader/>');
    expect(documentXml.match(/<w:pStyle w:val="Heading1"\/>/g)).toHaveLength(1);
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(
      '<dc:title>Implementeringsplan – Beiarn</dc:title>',
    );

    // PDF: in start:web «Lagre PDF» opens the browser's print dialog offering the file name;
    // the same view printed by Chromium, tagged, read back.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed-as', document.title);
    });
    await page.getByRole('button', { name: 'Lagre PDF' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('body').getAttribute('data-printed-as'))
      .toBe(`Implementeringsplan-Beiarn-${iso}`);
    expect(await page.title()).toBe('Implementeringsplan – Beiarn');
    const pdf = path.join(out, 'implementeringsplan-beiarn.pdf');
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true, tagged: true });
    await page.emulateMedia({ media: 'screen' });
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Implementeringsplan – Beiarn');
    expect(flat).toContain('Planperiode aug. 2026–juli 2030');
    expect(flat).toContain(
      'Overordnet mål: Sikre at alle barn og unge i kommunen opplever et trygt og godt oppvekstmiljø.',
    );
    expect(flat).toContain('Styringsgruppe');
    // The schedule row (pdftotext without layout keeps a row's cells together, the last column may
    // come after the table) and the session that carried it out, named only in that column.
    const cells = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(cells).toContain(
      'okt. 2027 Oppstartsmøte for styringsgruppen Kommunalsjef for oppvekst og læring, Prosjektleder Gjennomført',
    );
    expect(cells).toContain('Oppstartsmøte i styringsgruppen (12.10.2027)');
    expect(flat).toContain('1 av 16 aktiviteter gjennomført');
    expect(flat).toContain('ligger utenfor fasen «Oppstartsfase»');
    expect(text).not.toContain('Lagre Word');
    expect(text).not.toContain('Planrapport');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Implementeringsplan – Beiarn/);
    expect(info).toMatch(/Tagged:\s+yes/);

    // Delete the plan and take it back.
    await page.getByRole('link', { name: '← Implementeringsplan' }).click();
    await page.getByRole('button', { name: 'Slett implementeringsplanen' }).click();
    await page
      .getByRole('dialog', { name: 'Slette implementeringsplanen?' })
      .getByRole('button', { name: 'Slett' })
      .click();
    await page.getByText('Implementeringsplanen er slettet.').waitFor();
    await page.getByRole('button', { name: 'Lag plan' }).waitFor();
    await page.keyboard.press('Control+z');
    await page.getByTestId('plan-timeline').getByText('1 av 16 aktiviteter gjennomført').waitFor();

    expect(app.foreign).toEqual([]);
  });
});

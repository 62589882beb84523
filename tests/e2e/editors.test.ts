// The two editors end to end: a statement set used by a round becomes a new
// version when edited (the round keeps its text); a municipality's model text
// is edited and reset while the recorded progress stays.
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

interface SetInfo {
  id: string;
  lineageId: string;
  origin: string;
  version: number;
  content: { name: string; statements: { code: string; text: string }[] };
}

describe('editors in Chromium', () => {
  it('editing a statement set that a round uses makes version 2; the round keeps its wording; a copy is a new set', async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Fauske' });
    const school = (await api<SetInfo[]>('statementSets.list')).find((s) => s.origin === 'statements-school')!;
    const round = await api<{ id: string }>('rounds.create', {
      municipalityId: m.id,
      setId: school.id,
      title: 'Nullpunkt',
      date: '2026-09-01',
      kind: 'baseline',
    });
    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/pastandssett`);
    await page.getByRole('link', { name: 'Rediger «Ståstedsanalyse for skole»' }).click();
    const t1 = page.getByLabel('Påstand T1', { exact: true });
    await t1.fill('Vi har et felles språk for læringsmiljøet – ny formulering.');
    await page.getByText('Endringene lagres som versjon 2.').waitFor();
    await page.getByRole('button', { name: 'Lagre som versjon 2' }).click();
    await page.getByText(/Lagret som versjon 2/).waitFor();

    const sets = (await api<SetInfo[]>('statementSets.list')).filter((s) => s.lineageId === school.lineageId);
    expect(sets.map((s) => s.version).sort()).toEqual([1, 2]);
    expect(sets.find((s) => s.version === 2)!.content.statements[0].text).toBe(
      'Vi har et felles språk for læringsmiljøet – ny formulering.',
    );
    const detail = await api<{ set: SetInfo }>('rounds.get', { id: round.id });
    expect(detail.set.content.statements[0].text).toBe(school.content.statements[0].text);

    await page.goto(`${app.server.url}/#/pastandssett`);
    await page.getByRole('button', { name: 'Kopier «Ståstedsanalyse for barnehage»' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('Barnehagene i Fauske');
    await dialog
      .getByRole('button', { name: /Kopier|Lagre/ })
      .last()
      .click();
    await page.getByText('Kopien «Barnehagene i Fauske» er laget. Gjør endringene her, og trykk «Lagre».').waitFor();
    expect(
      (await api<SetInfo[]>('statementSets.list')).some(
        (s) => s.origin === 'copy' && s.content.name === 'Barnehagene i Fauske',
      ),
    ).toBe(true);
    expect(app.foreign).toEqual([]);
  });

  it("a municipality's model text is edited and reset; progress recorded on its items stays", async () => {
    const m = await api<{ id: string }>('municipalities.create', { name: 'Saltdal' });
    const unit = await api<{ id: string }>('units.create', {
      municipalityId: m.id,
      name: 'Rognan skole',
      kind: 'school',
    });
    const content = await api<{ content: { components: { title: string; items: { id: string; text: string }[] }[] } }>(
      'content.choose',
      { municipalityId: m.id, packId: 'omni-fauske' },
    );
    const first = content.content.components[0];
    await api('checklists.set', { unitId: unit.id, itemId: first.items[0].id, status: 'in_place' });

    const page = await app.context.newPage();
    await page.goto(`${app.server.url}/#/kommune/${m.id}/innhold`);
    const editor = page.locator('section[aria-labelledby="edit-mindset"]');
    await editor.getByLabel('Tittel').fill('Tankesettet vårt');
    await editor.getByLabel('Punkt 1', { exact: true }).fill('Alle kjenner tankesettet (vår tekst).');
    await editor.getByRole('button', { name: '+ Legg til punkt' }).click();
    await editor.getByLabel(`Punkt ${first.items.length + 1}`, { exact: true }).fill('Et punkt vi la til selv.');
    await editor.getByRole('button', { name: 'Lagre' }).click();
    await editor.getByText('Lagret.').waitFor();

    await page.goto(`${app.server.url}/#/kommune/${m.id}/sjekklister`);
    await page.getByRole('heading', { name: /Steg 1 Tankesettet vårt/ }).waitFor();
    await page.getByText('Et punkt vi la til selv.').waitFor();
    const firstItem = page.locator('[data-item-id]').first();
    await expect.poll(() => firstItem.innerText()).toMatch(/^På plass\s+Alle kjenner tankesettet \(vår tekst\)\./);

    await page.goto(`${app.server.url}/#/kommune/${m.id}/innhold`);
    await page.getByRole('button', { name: 'Tilbakestill til originalteksten' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tilbakestill til originalteksten' }).click();
    await page.getByText('Innholdet er tilbakestilt til originalteksten.').waitFor();
    await page.goto(`${app.server.url}/#/kommune/${m.id}/sjekklister`);
    // The cached page may show for a moment before its refetch: wait for the original text to come back
    // («Steg 1 Tankesettet» is also the start of «Steg 1 Tankesettet vårt»: the tally follows the title).
    await page.getByRole('heading', { name: new RegExp(`Steg 1 ${first.title} \\d`) }).waitFor();
    await expect.poll(() => page.getByText('Et punkt vi la til selv.').count()).toBe(0);
    await expect
      .poll(() => page.locator('[data-item-id]').first().innerText())
      .toMatch(new RegExp(`^På plass\\s+${first.items[0].text.replace(/[.()]/g, '\\$&')}`));
    expect(app.foreign).toEqual([]);
  });
});

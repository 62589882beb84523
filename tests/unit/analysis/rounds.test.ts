// The status analysis through the API on a real workbook: sets, rounds,
// keyboard entry, import, results with suppression, comparison, export.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarize } from '../../../shared/analysis/scoring';
import type { Respondent } from '../../../shared/analysis/types';
import { openHarness, type Harness } from '../../support/workbook';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const count = (table: string) => (h.workbook.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'import', name)).toString('base64');

async function setup() {
  const m = await h.ok('municipalities.create', { name: 'Fauske' });
  const school = await h.ok('units.create', { municipalityId: m.id, name: 'Fauske skole', kind: 'school' });
  const sets = await h.ok('statementSets.list', {});
  const schoolSet = sets.find((s) => s.origin === 'statements-school')!;
  const round = await h.ok('rounds.create', {
    municipalityId: m.id,
    setId: schoolSet.id,
    title: 'Nullpunkt',
    date: '01.09.2026',
    kind: 'baseline',
    unitIds: [school.id],
  });
  return { m, school, schoolSet, round };
}

describe('statement sets', () => {
  it('ships a school and a kindergarten set with at least 5 statements per area', async () => {
    const sets = await h.ok('statementSets.list', {});
    expect(sets.map((s) => s.origin).sort()).toEqual(['statements-kindergarten', 'statements-school']);
    for (const s of sets) {
      for (const a of s.content.areas)
        expect(s.content.statements.filter((x) => x.areaId === a.id).length, a.id).toBeGreaterThanOrEqual(5);
      expect(s.content.areas.map((a) => a.id)).toEqual(
        expect.arrayContaining(['learning-environment', 'adult-role', 'law', 'mindset']),
      );
    }
    // Listing twice does not seed twice.
    expect(await h.ok('statementSets.list', {})).toHaveLength(2);
  });

  it('a set used by a round is frozen: an edit makes a new version', async () => {
    const { schoolSet, round } = await setup();
    const edited = structuredClone(schoolSet.content);
    edited.statements[0].text = 'Ny formulering';
    const v2 = await h.ok('statementSets.save', { id: schoolSet.id, content: edited });
    expect(v2).toMatchObject({ lineageId: schoolSet.lineageId, version: 2, latest: true, usedByRounds: 0 });
    expect(v2.id).not.toBe(schoolSet.id);
    const detail = await h.ok('rounds.get', { id: round.id });
    expect(detail.set.content.statements[0].text).toBe(schoolSet.content.statements[0].text);
    // An unused version is edited in place.
    edited.statements[1].text = 'Enda en ny';
    expect((await h.ok('statementSets.save', { id: v2.id, content: edited })).id).toBe(v2.id);
    const copy = await h.ok('statementSets.copy', { id: schoolSet.id, name: 'Vår egen' });
    expect(copy).toMatchObject({ version: 1, origin: 'copy', content: { name: 'Vår egen' } });
  });
});

describe('rounds and answers', () => {
  it("keyboard entry stores answers, don't know apart, and refuses bad values without writing", async () => {
    const { round, school } = await setup();
    const r1 = await h.ok('rounds.saveRespondent', {
      roundId: round.id,
      role: 'teacher',
      unitId: school.id,
      answers: { T1: 4, T2: 'dont_know', T3: null },
    });
    expect(r1).toMatchObject({ number: 1, source: 'keyboard', answers: { T1: 4, T2: 'dont_know' } });
    expect(await h.call('rounds.saveRespondent', { roundId: round.id, answers: { T1: 5 } })).toMatchObject({
      ok: false,
      error: { message: 'Svaret på T1 må være et tall fra 1 til 4, eller «vet ikke».' },
    });
    expect(await h.call('rounds.saveRespondent', { roundId: round.id, answers: { Q9: 1 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(count('respondents')).toBe(1);
    // Correcting a saved form keeps its number.
    expect(
      await h.ok('rounds.saveRespondent', {
        roundId: round.id,
        number: 1,
        role: 'teacher',
        unitId: school.id,
        answers: { T1: 3 },
      }),
    ).toMatchObject({ number: 1, answers: { T1: 3 } });
    expect(count('answers')).toBe(1);
  });

  it('import: a preview saves nothing; the import saves all rows in one go', async () => {
    const { round } = await setup();
    const file = { roundId: round.id, fileName: 'svar.csv', dataBase64: fixture('school-30.csv') };
    const preview = await h.ok('rounds.previewImport', file);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.respondentCount).toBe(30);
    expect(count('respondents')).toBe(0);
    expect(await h.ok('rounds.import', file)).toEqual({ imported: 30 });
    expect(count('respondents')).toBe(30);
    const wrong = await h.call('rounds.import', { ...file, dataBase64: fixture('wrong-column.csv') });
    expect(wrong).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('Q9') },
    });
    const broken = await h.call('rounds.previewImport', {
      ...file,
      fileName: 'svar.xlsx',
      dataBase64: Buffer.from('ikke excel').toString('base64'),
    });
    expect(broken).toMatchObject({ ok: false, error: { message: expect.stringContaining('Filen kunne ikke leses') } });
    expect(count('respondents')).toBe(30);
  });

  it('results suppress small groups; consensus is stored beside the answers', async () => {
    const { round } = await setup();
    await h.ok('rounds.import', { roundId: round.id, fileName: 'svar.csv', dataBase64: fixture('school-30.csv') });
    await h.ok('rounds.setConsensus', { roundId: round.id, target: 'area:law', value: 2.5 });
    // Hidden: nothing but the count of forms.
    expect(await h.ok('rounds.results', { id: round.id })).toMatchObject({
      status: 'hidden',
      answered: 30,
      summary: null,
      byRole: null,
      byUnit: null,
      gaps: null,
    });
    await h.ok('rounds.reveal', { id: round.id, revealed: true });
    expect(await h.call('rounds.setConsensus', { roundId: round.id, target: 'area:nope', value: 2 })).toMatchObject({
      ok: false,
    });
    const r = await h.ok('rounds.results', { id: round.id });
    expect(r.summary!.respondents).toBe(30);
    expect(Object.keys(r)).not.toContain('disclosure'); // the main process's own bookkeeping stays there
    expect(r.consensus).toEqual({ 'area:law': 2.5 });
    // 15 teachers, 5 assistants, 5 leaders, 5 others (fixture): all shown at threshold 5, none at 6 for the small ones.
    expect(r.byRole!.groups.filter((g) => !g.suppressed).map((g) => g.key)).toEqual([
      'teacher',
      'assistant',
      'leader',
      'other',
    ]);
    await h.ok('analysis.setThreshold', { value: 6 });
    const stricter = await h.ok('rounds.results', { id: round.id });
    expect(stricter.byRole!.groups.filter((g) => g.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(stricter.byRole!.groups.filter((g) => g.suppressed).every((g) => g.summary === null)).toBe(true);
    expect(await h.call('analysis.setThreshold', { value: 2 })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('fra 3 til 50') },
    });
  });

  it('compares a follow-up with its baseline, only once both are shown', async () => {
    const { m, school, schoolSet, round } = await setup();
    await h.ok('analysis.setThreshold', { value: 3 });
    for (const answers of [
      { T1: 2, T2: 2 },
      { T1: 2, T2: 3 },
      { T1: 2, T2: 2 },
    ])
      await h.ok('rounds.saveRespondent', { roundId: round.id, answers });
    const follow = await h.ok('rounds.create', {
      municipalityId: m.id,
      setId: schoolSet.id,
      title: 'Oppfølging',
      date: '2027-03-01',
      kind: 'follow_up',
      unitIds: [school.id],
    });
    for (let i = 0; i < 2; i++) await h.ok('rounds.saveRespondent', { roundId: follow.id, answers: { T1: 3, T2: 4 } });
    expect(await h.call('rounds.compare', { a: round.id, b: follow.id })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('skjult') },
    });
    await h.ok('rounds.reveal', { id: round.id, revealed: true });
    await h.ok('rounds.reveal', { id: follow.id, revealed: true });
    // Two forms in the follow-up: under the threshold, so nothing to compare.
    expect(await h.call('rounds.compare', { a: round.id, b: follow.id })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('For få') },
    });
    await h.ok('rounds.saveRespondent', { roundId: follow.id, answers: { T1: 3, T2: 4 } });
    // A late form waits for the guide to reveal again.
    expect(await h.ok('rounds.results', { id: follow.id })).toMatchObject({
      status: 'too_few',
      answered: 3,
      changedSinceReveal: 1,
    });
    await h.ok('rounds.reveal', { id: follow.id, revealed: true });
    const c = await h.ok('rounds.compare', { a: round.id, b: follow.id });
    const t1 = c.comparison.statements.find((s) => s.code === 'T1')!;
    expect(t1).toMatchObject({ comparable: true, a: { n: 3, mean: 2 }, b: { n: 3, mean: 3 }, change: 1 });
    const mindset = c.comparison.areas.find((a) => a.areaId === 'mindset')!;
    expect(mindset.a.mean).toBeCloseTo(13 / 6, 12);
    expect(mindset.change).toBeCloseTo(3.5 - 13 / 6, 12);
  });

  it('exports an XLSX with the answers and a summary, read back', async () => {
    const { round } = await setup();
    await h.ok('rounds.import', { roundId: round.id, fileName: 'svar.csv', dataBase64: fixture('school-30.csv') });
    expect(await h.call('rounds.exportXlsx', { id: round.id })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Resultatene er skjult') },
    });
    await h.ok('rounds.reveal', { id: round.id, revealed: true });
    const file = await h.ok('rounds.exportXlsx', { id: round.id, includeRespondents: true });
    expect(file.fileName).toBe('Nullpunkt-2026-09-01.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const answers = wb.getWorksheet('Svar')!;
    const summary = wb.getWorksheet('Sammendrag')!;
    expect(answers.rowCount).toBe(31);
    expect(summary.rowCount).toBe(60);
    const results = await h.ok('rounds.results', { id: round.id });
    const header = (summary.getRow(1).values as unknown[]).slice(1);
    const meanCol = header.indexOf('Gjennomsnitt') + 1;
    expect(summary.getRow(2).getCell(1).value).toBe('T1');
    expect(summary.getRow(2).getCell(meanCol).value).toBeCloseTo(results.summary!.statements[0].mean!, 9);
  });

  it('a deleted round can be restored with its answers', async () => {
    const { round } = await setup();
    await h.ok('rounds.import', { roundId: round.id, fileName: 'svar.csv', dataBase64: fixture('school-30.csv') });
    await h.ok('rounds.setConsensus', { roundId: round.id, target: 'area:law', value: 3 });
    const answers = count('answers');
    const entry = await h.ok('rounds.delete', { id: round.id });
    expect([count('rounds'), count('respondents'), count('answers'), count('consensus')]).toEqual([0, 0, 0, 0]);
    await h.ok('trash.restore', { id: entry.id });
    expect([count('rounds'), count('respondents'), count('answers'), count('consensus')]).toEqual([1, 30, answers, 1]);
  });
});

describe('results from the workbook', () => {
  it('equal the pure computation over the same respondents, to 1e-9', async () => {
    const { round, school } = await setup();
    await h.ok('rounds.import', { roundId: round.id, fileName: 'svar.csv', dataBase64: fixture('school-30.csv') });
    await h.ok('rounds.saveRespondent', {
      roundId: round.id,
      role: 'leader',
      unitId: null,
      answers: { T1: 1, T2: 'dont_know' },
    });
    await h.ok('rounds.saveRespondent', { roundId: round.id, role: null, unitId: school.id, answers: { T1: 4 } });
    const detail = await h.ok('rounds.get', { id: round.id });
    const respondents = detail.respondents.map(({ number, role, unitId, answers }) => ({
      number,
      role,
      unitId,
      answers,
    }));
    await h.ok('rounds.reveal', { id: round.id, revealed: true });
    const fromWorkbook = await h.ok('rounds.results', { id: round.id });
    const expected = summarize(detail.set.content, respondents);
    const close = (a: unknown, b: unknown): void => {
      if (typeof a === 'number' && typeof b === 'number') expect(Math.abs(a - b)).toBeLessThan(1e-9);
      else if (Array.isArray(a) && Array.isArray(b)) a.forEach((x, i) => close(x, b[i]));
      else if (a && b && typeof a === 'object')
        for (const k of Object.keys(b)) close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
      else expect(a).toEqual(b);
    };
    close(fromWorkbook.summary, expected);
    // Each shown group equals the pure computation over its members.
    for (const g of [
      ...fromWorkbook.byRole!.groups.map((x) => ({ ...x, of: (r: Respondent) => r.role === x.key })),
      ...fromWorkbook.byUnit!.groups.map((x) => ({ ...x, of: (r: Respondent) => r.unitId === x.key })),
    ]) {
      if (g.suppressed) expect([g.respondents, g.summary]).toEqual([null, null]);
      else close(g.summary, summarize(detail.set.content, respondents.filter(g.of)));
    }
    expect(fromWorkbook.summary!.respondents).toBe(32);
  });
});

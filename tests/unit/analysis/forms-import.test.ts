// Files as guides get them, through the real handlers on a real workbook:
// a Microsoft Forms XLSX (with an instructions sheet first), a Google Forms
// CSV, an older Excel CSV in Windows-1252 with `sep=;` and a title row, and
// the app's own export read back. Round without units: units are matched
// against the municipality's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarize } from '../../../shared/analysis/scoring';
import type { Respondent, Role } from '../../../shared/analysis/types';
import {
  excelSemicolonCsv,
  googleFormsCsv,
  makeRespondents,
  msFormsXlsx,
  type FormRespondent,
} from '../../support/forms';
import { openHarness, type Harness } from '../../support/workbook';

let h: Harness;
beforeEach(async () => {
  h = await openHarness();
});
afterEach(() => h.close());

const WORDS: [string, Role | null][] = [
  ['Lærer', 'teacher'],
  ['Kontaktlærer', 'teacher'],
  ['Rektor', 'leader'],
  ['Miljøarbeider', 'skilled_worker'],
  ['Spesialpedagog', 'teacher'],
  ['', null],
];

async function setup() {
  await h.ok('analysis.setThreshold', { value: 3 });
  const m = await h.ok('municipalities.create', { name: 'Beiarn' });
  const beiarn = await h.ok('units.create', { municipalityId: m.id, name: 'Beiarn skole', kind: 'school' });
  const tverrvik = await h.ok('units.create', { municipalityId: m.id, name: 'Tverrvik skole', kind: 'school' });
  const set = (await h.ok('statementSets.list', {})).find((s) => s.origin === 'statements-school')!;
  // Created without ticking any unit.
  const round = await h.ok('rounds.create', {
    municipalityId: m.id,
    setId: set.id,
    title: 'Høst',
    date: '2026-09-01',
    kind: 'baseline',
    unitIds: [],
  });
  const people = Array.from({ length: 24 }, (_, i) => ({
    role: WORDS[i % WORDS.length][0],
    unit: i % 3 === 2 ? '' : i % 3 ? 'Tverrvik skole' : 'Beiarn skole',
  }));
  const unitIdOf = (name: string) =>
    name === 'Beiarn skole' ? beiarn.id : name === 'Tverrvik skole' ? tverrvik.id : null;
  return { set, round, people, unitIdOf, units: [beiarn, tverrvik] };
}

/** What the workbook must hold, computed from the generated list on its own. */
function expected(respondents: FormRespondent[], unitIdOf: (n: string) => string | null): Omit<Respondent, 'number'>[] {
  return respondents.map((r) => ({
    role: WORDS.find(([w]) => w === r.role)![1],
    unitId: unitIdOf(r.unit),
    answers: Object.fromEntries(Object.entries(r.answers).filter(([, v]) => v !== null)),
  }));
}

async function stored(roundId: string) {
  const detail = await h.ok('rounds.get', { id: roundId });
  return detail.respondents.map(({ role, unitId, answers }) => ({ role, unitId, answers }));
}

describe('import of files as survey tools export them', () => {
  it('Microsoft Forms XLSX with an instructions sheet first, statement texts as headers, label answers', async () => {
    const { set, round, people, unitIdOf, units } = await setup();
    const respondents = makeRespondents(set.content, people, 3);
    const edits = {
      T2: set.content.statements[1].text.replace('kjenner', 'kjener').replace('.', ''),
      A1: `  ${set.content.statements.find((s) => s.code === 'A1')!.text.toUpperCase()}`,
    };
    const file = {
      roundId: round.id,
      fileName: 'Ståstedsanalyse(1-24).xlsx',
      dataBase64: (
        await msFormsXlsx(set.content, respondents, { instructionsFirst: true, headerEdits: edits })
      ).toString('base64'),
    };
    const preview = await h.ok('rounds.previewImport', file);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.sheets).toEqual(['Instruksjoner', 'Sheet1']);
    expect(preview.sheet).toBe('Sheet1');
    expect(preview.columns.slice(0, 8).map((c) => [c.header, c.kind, c.matchedBy])).toEqual([
      ['ID', 'ignored', 'metadata'],
      ['Starttidspunkt', 'ignored', 'metadata'],
      ['Fullføringstidspunkt', 'ignored', 'metadata'],
      ['E-post', 'ignored', 'metadata'],
      ['Navn', 'ignored', 'metadata'],
      ['Tidspunkt for siste endring', 'ignored', 'metadata'],
      ['Hva er din rolle?', 'role', 'header'],
      ['Hvilken skole eller barnehage jobber du på?', 'unit', 'header'],
    ]);
    const statementColumns = preview.columns.filter((c) => c.kind === 'statement');
    expect(statementColumns.map((c) => c.code)).toEqual(set.content.statements.map((s) => s.code));
    // The edited header is matched by its near text, with a confidence under 1, for the guide to check.
    const t2 = statementColumns.find((c) => c.code === 'T2')!;
    expect(t2.matchedBy).toBe('similar');
    expect(t2.confidence).toBeGreaterThan(0.85);
    expect(t2.confidence).toBeLessThan(1);
    expect(statementColumns.find((c) => c.code === 'A1')!.matchedBy).toBe('text');
    expect(preview.roleWords.map((w) => [w.word, w.role, w.how, w.count])).toEqual([
      ['Lærer', 'teacher', 'known', 4],
      ['Kontaktlærer', 'teacher', 'suggested', 4],
      ['Rektor', 'leader', 'suggested', 4],
      ['Miljøarbeider', 'skilled_worker', 'suggested', 4],
      ['Spesialpedagog', 'teacher', 'suggested', 4],
    ]);
    expect(preview.rejected).toEqual([]);

    const result = await h.ok('rounds.import', file);
    expect(result.imported).toBe(24);
    expect(await stored(round.id)).toEqual(expected(respondents, unitIdOf));
    // The units joined the round created without them.
    expect((await h.ok('rounds.get', { id: round.id })).round.unitIds.sort()).toEqual(units.map((u) => u.id).sort());
    // Names and e-mail addresses are nowhere in the workbook.
    const dump = JSON.stringify(h.workbook.db.prepare('SELECT * FROM respondents').all());
    expect(dump).not.toContain('anonymous');
  });

  it('the guide maps a role word differently and a column by hand', async () => {
    const { set, round, people } = await setup();
    const respondents = makeRespondents(set.content, people, 5);
    const bytes = await msFormsXlsx(set.content, respondents, { headerEdits: { T1: 'Spørsmål 1' } });
    const file = { roundId: round.id, fileName: 'svar.xlsx', dataBase64: bytes.toString('base64') };
    const first = await h.ok('rounds.previewImport', file);
    // «Spørsmål 1» is nothing the app knows: the import waits for the guide.
    expect(first.fileErrors).toHaveLength(1);
    expect(first.fileErrors[0]).toContain('«Spørsmål 1»');
    const index = first.columns.findIndex((c) => c.header === 'Spørsmål 1');
    const mapping = first.columns.map((_, i) => (i === index ? ('statement:T1' as const) : null));
    const file2 = { ...file, mapping, roleWords: { spesialpedagog: 'other' as const, rektor: 'none' as const } };
    const second = await h.ok('rounds.previewImport', file2);
    expect(second.fileErrors).toEqual([]);
    expect(second.columns[index]).toMatchObject({ kind: 'statement', code: 'T1', matchedBy: 'guide' });
    expect(second.roleWords.find((w) => w.word === 'Spesialpedagog')).toMatchObject({ role: 'other', how: 'guide' });
    await h.ok('rounds.import', file2);
    const rows = await stored(round.id);
    expect(rows.filter((r) => r.role === 'other')).toHaveLength(4);
    expect(rows.filter((r) => r.role === 'leader')).toHaveLength(0);
    expect(rows.map((r) => r.answers.T1 ?? null)).toEqual(respondents.map((r) => r.answers.T1));
  });

  it('Google Forms CSV: commas, every field quoted, «Tidsmerke», grid headers «Area [statement]»', async () => {
    const { set, round, people, unitIdOf } = await setup();
    const respondents = makeRespondents(set.content, people, 8);
    const file = {
      roundId: round.id,
      fileName: 'Ståstedsanalyse (svar) - Skjemasvar 1.csv',
      dataBase64: Buffer.from(googleFormsCsv(set.content, respondents)).toString('base64'),
    };
    const preview = await h.ok('rounds.previewImport', file);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.columns.slice(0, 4).map((c) => c.kind)).toEqual(['ignored', 'ignored', 'role', 'unit']);
    expect(preview.columns.filter((c) => c.kind === 'statement').every((c) => c.matchedBy === 'text')).toBe(true);
    await h.ok('rounds.import', file);
    expect(await stored(round.id)).toEqual(expected(respondents, unitIdOf));
    await h.ok('rounds.reveal', { id: round.id, revealed: true });
    const results = await h.ok('rounds.results', { id: round.id });
    const pure = summarize(
      set.content,
      expected(respondents, unitIdOf).map((r, i) => ({ ...r, number: i + 1 })),
    );
    expect(results.summary!.statements.map((s) => [s.n, s.dontKnow, s.missing, s.mean])).toEqual(
      pure.statements.map((s) => [s.n, s.dontKnow, s.missing, s.mean]),
    );
  });

  it('older Excel CSV: Windows-1252, `sep=;`, a title row above the codes', async () => {
    const { set, round, people, unitIdOf } = await setup();
    const respondents = makeRespondents(
      set.content,
      people.map((p) => ({ ...p, role: p.role === 'Lærer' ? 'lærer' : p.role })),
      9,
    );
    const file = {
      roundId: round.id,
      fileName: 'svar.csv',
      dataBase64: excelSemicolonCsv(set.content, respondents).toString('base64'),
    };
    const preview = await h.ok('rounds.previewImport', file);
    expect(preview.fileErrors).toEqual([]);
    expect(preview.headerRow).toBe(2);
    await h.ok('rounds.import', file);
    const want = expected(
      respondents.map((r) => ({ ...r, role: r.role === 'lærer' ? 'Lærer' : r.role })),
      unitIdOf,
    );
    expect(await stored(round.id)).toEqual(want);
  });

  it('the app’s own export imports back', async () => {
    const { set, round, people, unitIdOf } = await setup();
    const respondents = makeRespondents(set.content, people, 12);
    await h.ok('rounds.import', {
      roundId: round.id,
      fileName: 'svar.csv',
      dataBase64: Buffer.from(googleFormsCsv(set.content, respondents)).toString('base64'),
    });
    await h.ok('rounds.reveal', { id: round.id, revealed: true });
    const file = await h.ok('rounds.exportXlsx', { id: round.id, includeRespondents: true });
    const again = await h.ok('rounds.create', {
      municipalityId: round.municipalityId,
      setId: set.id,
      title: 'Kopi',
      date: '2026-09-02',
      kind: 'baseline',
      unitIds: [],
    });
    const preview = await h.ok('rounds.previewImport', {
      roundId: again.id,
      fileName: file.fileName,
      dataBase64: file.dataBase64,
    });
    expect(preview.fileErrors).toEqual([]);
    expect(preview.sheet).toBe('Svar');
    await h.ok('rounds.import', { roundId: again.id, fileName: file.fileName, dataBase64: file.dataBase64 });
    // Same answers; role and unit as the privacy rule lets the export name them.
    const back = await stored(again.id);
    expect(back.map((r) => r.answers)).toEqual(expected(respondents, unitIdOf).map((r) => r.answers));
  });

  it('a file over the limit gets a Norwegian message naming the limit', async () => {
    const { round } = await setup();
    const big = 'A'.repeat(17 * 1024 * 1024);
    const r = await h.call('rounds.previewImport', { roundId: round.id, fileName: 'stor.csv', dataBase64: big });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'Filen er for stor. Største tillatte filstørrelse er 12 MB. Del svarene på flere filer.',
      },
    });
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/analysis/csv';
import { readAnswerTable, type Cell } from '../../../shared/analysis/importer';
import type { StatementSetContent } from '../../../shared/analysis/types';

const FIXTURES = path.resolve(__dirname, '../../fixtures/import');

const set: StatementSetContent = {
  name: 'Prøvesett',
  audience: 'any',
  scale: {
    min: 1,
    max: 4,
    labels: ['I svært liten grad', 'I liten grad', 'I stor grad', 'I svært stor grad'],
    dontKnowLabel: 'Vet ikke / ikke relevant',
  },
  areas: [
    { id: 'laering', title: 'Læringsmiljø' },
    { id: 'ledelse', title: 'Ledelse' },
  ],
  statements: [
    { code: 'A1', areaId: 'laering', text: 'Vi har felles forventninger til elevene.' },
    { code: 'A2', areaId: 'laering', text: 'Vi samarbeider om tilpasset opplæring.' },
    { code: 'B1', areaId: 'ledelse', text: 'Ledelsen følger opp arbeidet.' },
    { code: 'B2', areaId: 'ledelse', text: 'Vi bruker tid på å evaluere.' },
  ],
};

const units = [
  { id: 'u-nord', name: 'Nordbyen skole' },
  { id: 'u-sor', name: 'Sørbyen barnehage' },
  { id: 'u-fauske', name: 'Fauske barnehage; avd. Sentrum' },
];

const ALLOWED_ANSWERS =
  'Tillatte svar er hele tall fra 1 til 4, «x» eller «vet ikke» for «Vet ikke / ikke relevant», eller en tom celle hvis spørsmålet ikke er besvart.';
const ALLOWED_UNITS =
  'Tillatte enheter er «Nordbyen skole», «Sørbyen barnehage» og «Fauske barnehage; avd. Sentrum», eller en tom celle hvis enheten ikke er oppgitt.';

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

function importFixture(name: string) {
  return readAnswerTable(parseCsv(fixture(name)), set, units);
}

describe('parseCsv', () => {
  it('reads Norwegian Excel CSV: BOM, semicolons, CRLF, trailing empty lines dropped', () => {
    const text = fixture('good-semicolon.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('\r\n');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['A1', 'a2', ' B1 ', 'B2', 'rolle', 'enhet']);
    expect(rows[1]).toEqual(['4', '3', '2', '1', 'lærer', 'Nordbyen skole']);
    expect(rows).toHaveLength(6); // the last ";;;;;" line is gone, the one in the middle stays
    expect(rows[3]).toEqual(['', '', '', '', '', '']);
  });

  it('detects comma and tab, ignoring delimiters inside quotes in the header', () => {
    expect(parseCsv('A1,A2\n1,"2,0"\n')).toEqual([
      ['A1', 'A2'],
      ['1', '2,0'],
    ]);
    expect(parseCsv('A1\tA2\r\n1\t2')).toEqual([
      ['A1', 'A2'],
      ['1', '2'],
    ]);
    expect(parseCsv('"a;b;c",A1,A2\n1,2,3')).toEqual([
      ['a;b;c', 'A1', 'A2'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps quoted delimiters, doubled quotes and line breaks inside a field', () => {
    const rows = parseCsv(fixture('quoted.csv'));
    expect(rows).toHaveLength(4);
    expect(rows[1][5]).toBe('Fauske barnehage; avd. Sentrum');
    expect(rows[2][1]).toBe('bra\nnok');
    expect(rows[2][5]).toBe('Skolen "Nord"');
  });

  it('gives back any table written with RFC 4180 quoting', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'æ', ' ', ';', ',', '\t', '"', '\n', '\r\n', '1') });
    fc.assert(
      fc.property(
        fc.constantFrom(';', ',', '\t'),
        fc
          .integer({ min: 2, max: 5 })
          .chain((width) =>
            fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }),
          ),
        fc.boolean(),
        (delimiter, table, crlf) => {
          // Trailing rows with only empty fields are dropped by design.
          fc.pre(table[table.length - 1].some((f) => f !== ''));
          const quote = (f: string) => (/[;,\t"\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
          const text = table.map((row) => row.map(quote).join(delimiter)).join(crlf ? '\r\n' : '\n');
          expect(parseCsv(text)).toEqual(table);
        },
      ),
    );
  });
});

describe('readAnswerTable', () => {
  it('imports a semicolon file with roles, units and don’t-know words', () => {
    const preview = importFixture('good-semicolon.csv');
    expect(preview.fileErrors).toEqual([]);
    expect(preview.ok).toBe(true);
    expect(preview.rejected).toEqual([]);
    expect(preview.columns).toEqual([
      { header: 'A1', kind: 'statement', code: 'A1', matchedBy: 'code', confidence: 1 },
      { header: 'a2', kind: 'statement', code: 'A2', matchedBy: 'code', confidence: 1 },
      { header: 'B1', kind: 'statement', code: 'B1', matchedBy: 'code', confidence: 1 },
      { header: 'B2', kind: 'statement', code: 'B2', matchedBy: 'code', confidence: 1 },
      { header: 'rolle', kind: 'role', matchedBy: 'header' },
      { header: 'enhet', kind: 'unit', matchedBy: 'header' },
    ]);
    expect(preview.respondents).toEqual([
      { row: 2, role: 'teacher', unitId: 'u-nord', answers: { A1: 4, A2: 3, B1: 2, B2: 1 } },
      { row: 3, role: 'assistant', unitId: 'u-sor', answers: { A1: 'dont_know', A2: 'dont_know', B1: null, B2: 4 } },
      // row 4 is empty and skipped
      { row: 5, role: 'leader', unitId: null, answers: { A1: 1, A2: 2, B1: 'dont_know', B2: 'dont_know' } },
      { row: 6, role: null, unitId: null, answers: { A1: 3, A2: 3, B1: 3, B2: 3 } },
    ]);
  });

  it('imports a comma file with capitalised Rolle/Enhet and a quoted 4,0', () => {
    const preview = importFixture('comma.csv');
    expect(preview.ok).toBe(true);
    expect(preview.rejected).toEqual([]);
    expect(preview.respondents).toEqual([
      { row: 2, role: 'kindergarten_teacher', unitId: 'u-sor', answers: { A1: 4, A2: 4, B1: 3, B2: 3 } },
      { row: 3, role: 'skilled_worker', unitId: null, answers: { A1: 2, A2: 4, B1: 1, B2: 'dont_know' } },
    ]);
  });

  it('reads quoted fields and numbers rows as the spreadsheet does, even across line breaks', () => {
    const preview = importFixture('quoted.csv');
    expect(preview.ok).toBe(true);
    expect(preview.respondents.map((r) => [r.row, r.role, r.unitId])).toEqual([
      [2, 'other', 'u-fauske'],
      [3, 'teacher', null],
      [4, 'assistant', 'u-nord'],
    ]);
    expect(preview.respondents[1].answers).toEqual({ A1: 1, A2: null, B1: 3, B2: 4 });
    expect(preview.rejected).toEqual([
      { row: 3, column: 'A2', value: 'bra\nnok', reason: `«bra\nnok» er ikke et gyldig svar. ${ALLOWED_ANSWERS}` },
      {
        row: 3,
        column: 'enhet',
        value: 'Skolen "Nord"',
        reason: `«Skolen "Nord"» er ikke en kjent enhet. ${ALLOWED_UNITS}`,
      },
    ]);
  });

  it('refuses a column that is not in the statement set, naming it and the allowed columns', () => {
    const preview = importFixture('wrong-column.csv');
    expect(preview.ok).toBe(false);
    expect(preview.fileErrors).toEqual([
      'Kolonnen «Q9» (kolonne C) finnes ikke i påstandssettet. Tillatte kolonner: A1, A2, B1, B2, rolle, enhet.',
    ]);
    expect(preview.columns.map((c) => c.kind)).toEqual(['statement', 'statement', 'ignored', 'role', 'ignored']);
  });

  it('rejects values outside the scale, decimals and text, cell by cell', () => {
    const preview = importFixture('out-of-range.csv');
    expect(preview.ok).toBe(true); // bad cells do not stop the import; they become no answer
    expect(preview.rejected).toEqual([
      { row: 2, column: 'A1', value: '0', reason: `Verdien 0 er utenfor skalaen. ${ALLOWED_ANSWERS}` },
      { row: 2, column: 'A2', value: '5', reason: `Verdien 5 er utenfor skalaen. ${ALLOWED_ANSWERS}` },
      { row: 2, column: 'B1', value: '3,5', reason: `Verdien 3,5 er ikke et helt tall. ${ALLOWED_ANSWERS}` },
      { row: 2, column: 'B2', value: 'bra', reason: `«bra» er ikke et gyldig svar. ${ALLOWED_ANSWERS}` },
      { row: 5, column: 'A1', value: '-1', reason: `Verdien -1 er utenfor skalaen. ${ALLOWED_ANSWERS}` },
    ]);
    expect(preview.respondents).toEqual([
      { row: 2, role: null, unitId: null, answers: { A1: null, A2: null, B1: null, B2: null } },
      // 4,0 and 4.0 are 4, spaces are trimmed, a scale label counts as its value
      { row: 3, role: null, unitId: null, answers: { A1: 4, A2: 4, B1: 2, B2: 3 } },
      { row: 5, role: null, unitId: null, answers: { A1: null, A2: null, B1: null, B2: null } },
    ]);
  });

  it('says an empty file is empty and a header-only file has no answers', () => {
    for (const rows of [parseCsv(fixture('empty.csv')), parseCsv('\uFEFF\r\n;;;\r\n'), []]) {
      expect(readAnswerTable(rows, set, units)).toMatchObject({
        ok: false,
        fileErrors: ['Filen er tom.'],
        respondents: [],
      });
    }
    const preview = importFixture('header-only.csv');
    expect(preview.ok).toBe(false);
    expect(preview.fileErrors).toEqual([
      'Filen har ingen svar. Første rad er overskriftene; svarene fra hver deltaker skal stå på radene under, én rad per deltaker.',
    ]);
  });

  it('refuses duplicated columns and a file without statement columns', () => {
    const dup = readAnswerTable(
      [
        ['A1', 'a1 ', 'Rolle', 'rolle', 'B1'],
        ['1', '2', 'lærer', 'leder', '3'],
      ],
      set,
      units,
    );
    expect(dup.fileErrors).toEqual([
      'Kolonnen «A1» finnes to ganger (kolonne A og B). Hver kolonne kan bare stå én gang; slett eller gi nytt navn til de andre.',
      'Kolonnen «rolle» finnes to ganger (kolonne C og D). Hver kolonne kan bare stå én gang; slett eller gi nytt navn til de andre.',
    ]);
    const none = readAnswerTable(
      [
        ['rolle', 'enhet'],
        ['lærer', 'Nordbyen skole'],
      ],
      set,
      units,
    );
    expect(none.fileErrors).toEqual([
      'Filen har ingen kolonne med påstandskoder. Første rad skal være overskrifter med én kolonne per påstand (for eksempel A1 og A2), og eventuelt rolle og enhet.',
    ]);
    // A file whose first row is already answers has no header.
    expect(
      readAnswerTable(
        [
          ['4', '3'],
          ['2', '1'],
        ],
        set,
        units,
      ).fileErrors,
    ).toContain(
      '2 kolonner finnes ikke i påstandssettet: «4» (A) og «3» (B). Er det valgt riktig påstandssett for runden? Tillatte kolonner: A1, A2, B1, B2, rolle, enhet.',
    );
    // A file for another statement set: one message, the allowed columns said once.
    const wrongSet = readAnswerTable(
      [
        ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6', 'Q7', 'Q8', 'Q9', 'Q10'],
        ['1', '2', '3', '4', '1', '2', '3', '4', '1', '2'],
      ],
      set,
      units,
    );
    expect(wrongSet.fileErrors).toEqual([
      '10 kolonner finnes ikke i påstandssettet: «Q1» (A), «Q2» (B), «Q3» (C), «Q4» (D), «Q5» (E), «Q6» (F), «Q7» (G), «Q8» (H) og 2 til. Er det valgt riktig påstandssett for runden? Tillatte kolonner: A1, A2, B1, B2, rolle, enhet.',
      'Filen har ingen kolonne med påstandskoder. Første rad skal være overskrifter med én kolonne per påstand (for eksempel A1 og A2), og eventuelt rolle og enhet.',
    ]);
  });

  it('reads XLSX-style cells: numbers, formulas, role words staff use, unknown units', () => {
    const rows: Cell[][] = [
      [' a1 ', 'A2', 'B1', 'Rolle', 'Enhet', null],
      [4, 3.0, { formula: 'A2+1' }, 'Lærer', 'NORDBYEN  SKOLE', 'notat'],
      [2.5, 0, 'x', 'rektor', 'Sentrum skole', null],
      [null, null, null, null, null, 'bare et notat'],
    ];
    const preview = readAnswerTable(rows, set, units);
    expect(preview.ok).toBe(true);
    expect(preview.columns[0]).toEqual({
      header: 'a1',
      kind: 'statement',
      code: 'A1',
      matchedBy: 'code',
      confidence: 1,
    });
    expect(preview.columns[5]).toEqual({ header: '', kind: 'ignored' });
    expect(preview.respondents).toEqual([
      { row: 2, role: 'teacher', unitId: 'u-nord', answers: { A1: 4, A2: 3, B1: null } },
      // «rektor» is not a role word of the app: suggested as leader, listed for the guide to confirm.
      { row: 3, role: 'leader', unitId: null, answers: { A1: null, A2: null, B1: 'dont_know' } },
    ]);
    expect(preview.roleWords).toEqual([
      { word: 'Lærer', count: 1, role: 'teacher', how: 'known' },
      { word: 'rektor', count: 1, role: 'leader', how: 'suggested' },
    ]);
    expect(preview.rejected).toEqual([
      {
        row: 2,
        column: 'B1',
        value: '=A2+1',
        reason: `Cellen inneholder en formel (=A2+1). Skriv inn selve svaret i stedet for en formel. ${ALLOWED_ANSWERS}`,
      },
      { row: 3, column: 'a1', value: '2,5', reason: `Verdien 2,5 er ikke et helt tall. ${ALLOWED_ANSWERS}` },
      { row: 3, column: 'A2', value: '0', reason: `Verdien 0 er utenfor skalaen. ${ALLOWED_ANSWERS}` },
      {
        row: 3,
        column: 'Enhet',
        value: 'Sentrum skole',
        reason: `«Sentrum skole» er ikke en kjent enhet. ${ALLOWED_UNITS}`,
      },
    ]);
  });

  it('explains that the unit column must stay empty when there are no units', () => {
    const preview = readAnswerTable(
      [
        ['A1', 'enhet'],
        ['1', 'Nordbyen skole'],
      ],
      set,
      [],
    );
    expect(preview.rejected[0].reason).toBe(
      '«Nordbyen skole» er ikke en kjent enhet. Kommunen har ingen registrerte enheter, så kolonnen enhet må stå tom.',
    );
  });

  it('accepts 5 000 answer rows and refuses 5 001', () => {
    const csv = (n: number) => {
      const lines = ['A1;A2;B1;B2;rolle'];
      for (let i = 0; i < n; i++) lines.push(`${(i % 4) + 1};${((i + 1) % 4) + 1};x;;${i % 2 ? 'lærer' : 'assistent'}`);
      return `\uFEFF${lines.join('\r\n')}\r\n`;
    };
    const ok = readAnswerTable(parseCsv(csv(5000)), set, units);
    expect(ok.fileErrors).toEqual([]);
    expect(ok.respondents).toHaveLength(5000);
    expect(ok.respondents[4999]).toEqual({
      row: 5001,
      role: 'teacher',
      unitId: null,
      answers: { A1: 4, A2: 1, B1: 'dont_know', B2: null },
    });

    const tooMany = readAnswerTable(parseCsv(csv(5001)), set, units);
    expect(tooMany.ok).toBe(false);
    expect(tooMany.fileErrors).toEqual([
      'Filen har 5\u202f001 svarrader, men høyst 5\u202f000 kan leses inn i én runde. Del svarene på flere filer eller runder.',
    ]);
    expect(tooMany.respondents).toEqual([]);
  });
});

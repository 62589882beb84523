import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAnswerTable } from '../../../shared/analysis/importer';
import type { RoundResults } from '../../../shared/analysis/api';
import { breakdown, summarize } from '../../../shared/analysis/scoring';
import type { Respondent, StatementSetContent } from '../../../shared/analysis/types';
import { readSpreadsheet, writeRoundWorkbook, type RoundWorkbookInput } from '../../../electron/analysis/spreadsheet';

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
  ],
};

const UNREADABLE = 'Filen kunne ikke leses som Excel- eller CSV-fil.';

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

describe('readSpreadsheet: XLSX', () => {
  it('reads the first worksheet: numbers, text, rich text, formulas, dates and gaps', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Svar');
    workbook.addWorksheet('Notater').addRow(['ikke denne']);
    sheet.addRow(['A1', 'A2', 'B1', 'rolle', 'enhet']);
    sheet.addRow([
      4,
      '3',
      { formula: 'A2-1', result: 3 },
      { richText: [{ text: 'lær' }, { text: 'er', font: { bold: true } }] },
      'Nordbyen skole',
    ]);
    sheet.addRow([]); // an empty row keeps its place
    sheet.addRow([2.5, null, 'x', 'assistent']);
    sheet.getCell('E4').value = new Date(Date.UTC(2026, 7, 14));
    sheet.getCell('G4').value = true;

    const rows = await readSpreadsheet(await toBytes(workbook), 'svar.xlsx');
    expect(rows).toEqual([
      ['A1', 'A2', 'B1', 'rolle', 'enhet'],
      [4, '3', { formula: 'A2-1' }, 'lærer', 'Nordbyen skole'],
      [],
      [2.5, null, 'x', 'assistent', '2026-08-14', null, 'SANN'],
    ]);

    const preview = readAnswerTable(rows, set, [{ id: 'u-nord', name: 'Nordbyen skole' }]);
    expect(preview.respondents.map((r) => r.row)).toEqual([2, 4]);
    expect(preview.respondents[0]).toEqual({
      row: 2,
      role: 'teacher',
      unitId: 'u-nord',
      answers: { A1: 4, A2: 3, B1: null },
    });
    expect(preview.rejected.map((r) => [r.row, r.column, r.value])).toEqual([
      [2, 'B1', '=A2-1'],
      [4, 'A1', '2,5'],
      [4, 'enhet', '2026-08-14'],
    ]);
    expect(preview.rejected[0].reason).toMatch(/^Cellen inneholder en formel \(=A2-1\)\./);
  });

  it('refuses a corrupt workbook and unknown file types with a Norwegian message', async () => {
    const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 256);
    await expect(readSpreadsheet(random, 'svar.xlsx')).rejects.toThrow(UNREADABLE);
    const zipHeaderOnly = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...random.slice(0, 200)]);
    await expect(readSpreadsheet(zipHeaderOnly, 'svar.xlsx')).rejects.toThrow(
      `${UNREADABLE} Den ser ut til å være skadet, passordbeskyttet eller i et annet format. Lagre den på nytt som Excel-arbeidsbok (.xlsx) eller CSV.`,
    );
    await expect(readSpreadsheet(random, 'svar.xls')).rejects.toThrow(
      `${UNREADABLE} Eldre .xls-filer støttes ikke. Åpne filen i Excel og lagre den som Excel-arbeidsbok (.xlsx) eller CSV.`,
    );
    await expect(readSpreadsheet(random, 'svar.pdf')).rejects.toThrow(
      `${UNREADABLE} «svar.pdf» er verken en .xlsx-, .csv- eller .txt-fil. Lagre svarene som Excel-arbeidsbok (.xlsx) eller CSV.`,
    );
  });

  it('reads a workbook that was renamed to .csv as a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ark1').addRow(['A1', 1]);
    expect(await readSpreadsheet(await toBytes(workbook), 'svar.csv')).toEqual([['A1', 1]]);
  });
});

describe('readSpreadsheet: CSV', () => {
  it('decodes UTF-8 with BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFFA1;rolle;enhet\r\n4;lærer;Sørbyen\r\n');
    expect(await readSpreadsheet(bytes, 'svar.CSV')).toEqual([
      ['A1', 'rolle', 'enhet'],
      ['4', 'lærer', 'Sørbyen'],
    ]);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, including 0x80–0x9F', async () => {
    // "A1;enhet\r\n4;Sørbyen – Åsen €\r\n" as older Norwegian Excel saves it
    const text = 'A1;enhet\r\n4;S\xf8rbyen \x96 \xc5sen \x80\r\n';
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(await readSpreadsheet(bytes, 'svar.csv')).toEqual([
      ['A1', 'enhet'],
      ['4', 'Sørbyen – Åsen €'],
    ]);
  });

  it('decodes Excel’s UTF-16 "Unicode text" (tab separated)', async () => {
    const text = '\uFEFFA1\tA2\r\n4\tx\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    expect(await readSpreadsheet(bytes, 'svar.txt')).toEqual([
      ['A1', 'A2'],
      ['4', 'x'],
    ]);
  });
});

describe('writeRoundWorkbook', () => {
  const respondents: Respondent[] = [
    { number: 1, role: 'teacher', unitId: 'u-nord', answers: { A1: 4, A2: 3, B1: 'dont_know' } },
    { number: 2, role: null, unitId: null, answers: { A1: 2, A2: null } },
    { number: 3, role: 'kindergarten_teacher', unitId: 'u-sor', answers: { A1: 3, A2: 3, B1: 1 } },
  ];
  const summary = summarize(set, respondents);
  const results = {
    set: { content: set },
    status: 'shown',
    summary,
    byRole: breakdown(set, respondents, 'role', 3),
    byUnit: null,
  } as unknown as RoundResults;
  const input: RoundWorkbookInput = {
    results,
    respondents,
    unitNames: { 'u-nord': 'Nordbyen skole', 'u-sor': 'Sørbyen barnehage' },
  };

  it('writes "Svar" with one row per respondent and numbers as numbers', async () => {
    const workbook = await load(await writeRoundWorkbook(input));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Svar', 'Sammendrag', 'Områder', 'Grupper']);
    const without = await load(await writeRoundWorkbook({ ...input, respondents: null }));
    expect(without.worksheets.map((s) => s.name)).toEqual(['Sammendrag', 'Områder', 'Grupper']);
    const sheet = workbook.getWorksheet('Svar')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Respondent', 'Rolle', 'Enhet', 'A1', 'A2', 'B1']);
    expect(sheet.getRow(2).values).toEqual([undefined, 1, 'lærer', 'Nordbyen skole', 4, 3, 'x']);
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(3).values).toEqual([undefined, 2, undefined, undefined, 2]);
    expect(sheet.getCell('F3').value).toBeNull(); // no answer is an empty cell
    expect(sheet.getRow(4).values).toEqual([undefined, 3, 'barnehagelærer', 'Sørbyen barnehage', 3, 3, 1]);
    expect(sheet.rowCount).toBe(4);
  });

  it('writes "Sammendrag" with statistics and one column per scale value', async () => {
    const workbook = await load(await writeRoundWorkbook(input));
    const sheet = workbook.getWorksheet('Sammendrag')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Kode',
      'Påstand',
      'Område',
      'n',
      'Gjennomsnitt',
      'Median',
      'Standardavvik',
      '1 I svært liten grad',
      '2 I liten grad',
      '3 I stor grad',
      '4 I svært stor grad',
      'Vet ikke',
      'Ubesvart',
    ]);
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'A1',
      'Vi har felles forventninger til elevene.',
      'Læringsmiljø',
      3,
      3,
      3,
      1,
      0,
      1,
      1,
      1,
      0,
      0,
    ]);
    expect(sheet.getCell('E2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('E2').numFmt).toBe('0.00');
    const b1 = sheet.getRow(4);
    expect(b1.getCell(1).value).toBe('B1');
    expect(b1.getCell(3).value).toBe('Ledelse');
    expect(b1.getCell(7).value).toBeNull(); // no standard deviation from one answer
    expect(b1.getCell(12).value).toBe(1); // Vet ikke
    expect(b1.getCell(8).value).toBe(1); // 1 I svært liten grad
    expect(b1.getCell(13).value).toBe(1); // Ubesvart: respondent 2 left B1 out
  });

  it('writes area figures and the shown groups, hidden groups without a number', async () => {
    const workbook = await load(await writeRoundWorkbook(input));
    const areas = workbook.getWorksheet('Områder')!;
    expect(areas.getRow(2).getCell(1).value).toBe('Læringsmiljø');
    expect(areas.getRow(2).getCell(3).value).toBe(5); // n: 3 + 2 answers
    expect(areas.getRow(2).getCell(4).value).toBe(summary.areas[0].mean);
    const groups = workbook.getWorksheet('Grupper')!;
    expect(groups.getRow(2).values).toEqual([
      undefined,
      'Alle',
      'Alle',
      3,
      summary.areas[0].mean,
      summary.areas[1].mean,
    ]);
    // Three roles of one person each at threshold 3: all hidden, no size given.
    expect(groups.getRow(3).values).toEqual([undefined, 'Rolle', 'lærer', 'Skjult']);
    expect(groups.rowCount).toBe(5);
  });

  it('writes a file the importer reads back to the same answers', async () => {
    const rows = await readSpreadsheet(await writeRoundWorkbook(input), 'runde.xlsx');
    // The export's Respondent column is not an import column; drop it.
    const preview = readAnswerTable(
      rows.map((r) => r.slice(1)),
      set,
      [
        { id: 'u-nord', name: 'Nordbyen skole' },
        { id: 'u-sor', name: 'Sørbyen barnehage' },
      ],
    );
    expect(preview.fileErrors).toEqual([]);
    expect(preview.rejected).toEqual([]);
    expect(preview.respondents.map(({ role, unitId, answers }) => ({ role, unitId, answers }))).toEqual(
      respondents.map(({ role, unitId, answers }) => ({
        role,
        unitId,
        answers: { A1: answers.A1 ?? null, A2: answers.A2 ?? null, B1: answers.B1 ?? null },
      })),
    );
  });
});

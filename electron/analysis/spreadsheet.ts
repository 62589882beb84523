// Spreadsheet files for the status analysis: reads an answer file (XLSX or
// CSV) into rows of cells for shared/analysis/importer.ts, and writes one
// round's answers and summary as an XLSX workbook.
import ExcelJS from 'exceljs';
import { ApiError } from '../../shared/api/result';
import { parseCsv } from '../../shared/analysis/csv';
import { t } from '../../shared/i18n';
import type { Cell } from '../../shared/analysis/importer';
import type { RoundResults } from '../../shared/analysis/api';
import type { Stats, Summary } from '../../shared/analysis/scoring';
import { ROLE_WORDS, type Respondent, type Role, type StatementSetContent } from '../../shared/analysis/types';

function unreadable(hint: string): ApiError {
  return new ApiError('invalid_input', t('import.unreadable', { hint }));
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

// Windows-1252 bytes 0x80-0x9F. Node's TextDecoder('windows-1252') decodes
// them as Latin-1 control characters in some versions (nodejs/node#60888,
// since 20.18.3), so they are mapped here; the five bytes that 1252 leaves
// undefined stay as they are.
const CP1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x83: 'ƒ',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x88: 'ˆ',
  0x89: '‰',
  0x8a: 'Š',
  0x8b: '‹',
  0x8c: 'Œ',
  0x8e: 'Ž',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x98: '˜',
  0x99: '™',
  0x9a: 'š',
  0x9b: '›',
  0x9c: 'œ',
  0x9e: 'ž',
  0x9f: 'Ÿ',
};

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0)] ?? c);
}

/**
 * The text of a CSV file: UTF-16 when it starts with a UTF-16 byte order mark
 * (Excel's "Unicode-tekst"), otherwise UTF-8, falling back to Windows-1252
 * (older Norwegian Excel's "CSV (semikolondelt)") when the bytes are not
 * valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  // exceljs gives spreadsheet dates as UTC midnight; keep a time only when there is one.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function richTextToString(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((part) => part.text).join('');
}

function readCell(cell: ExcelJS.Cell): Cell {
  const value = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge: // only the top-left cell of a merged range holds the value
      return null;
    case ExcelJS.ValueType.Formula:
      return { formula: cell.formula };
    case ExcelJS.ValueType.Number:
      return value as number;
    case ExcelJS.ValueType.Date:
      return isoDate(value as Date);
    case ExcelJS.ValueType.RichText:
      return richTextToString(value as ExcelJS.CellRichTextValue);
    case ExcelJS.ValueType.Hyperlink: {
      // The link text is usually a string, but may itself be rich text.
      const text = (value as ExcelJS.CellHyperlinkValue).text as string | ExcelJS.CellRichTextValue | undefined;
      if (typeof text === 'string') return text;
      return text && 'richText' in text ? richTextToString(text) : null;
    }
    case ExcelJS.ValueType.Boolean:
      return value ? t('import.cell.true') : t('import.cell.false'); // as Norwegian Excel shows them
    case ExcelJS.ValueType.Error:
      return (value as ExcelJS.CellErrorValue).error;
    default:
      return typeof value === 'string' ? value : cell.text;
  }
}

function sheetRows(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = readCell(cell);
      if (value === null) return;
      while (cells.length < colNumber - 1) cells.push(null);
      cells[colNumber - 1] = value;
    });
    if (cells.length === 0) return;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows[rowNumber - 1] = cells;
  });
  return rows;
}

/** Every worksheet in tab order (`worksheets`; getWorksheet(1) is by sheet id, which need not be the first tab). */
async function readXlsx(bytes: Uint8Array): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's own `Buffer` type is an ArrayBuffer; JSZip reads either.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw unreadable(t('import.unreadable.damaged'));
  }
  return workbook.worksheets
    .filter((sheet) => sheet.state !== 'veryHidden')
    .map((sheet) => ({ name: sheet.name, rows: sheetRows(sheet) }));
}

export interface Sheet {
  /** The tab's name; null for CSV. */
  name: string | null;
  rows: Cell[][];
}

/**
 * Reads an answer file into its sheets (one, unnamed, for CSV). Throws an
 * ApiError with a Norwegian message when the file cannot be read.
 */
export async function readSheets(bytes: Uint8Array, fileName: string): Promise<Sheet[]> {
  const extension = /\.([^./\\]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (extension === 'xlsx' || extension === 'xlsm') return readXlsx(bytes);
  if (extension === 'csv' || extension === 'txt') {
    // An Excel workbook that was only renamed is still read as one.
    if (isZip(bytes)) return readXlsx(bytes);
    const text = decodeText(bytes);
    if (text.includes('\u0000')) {
      throw unreadable(t('import.unreadable.notText', { fileName }));
    }
    return [{ name: null, rows: parseCsv(text) }];
  }
  if (extension === 'xls') {
    throw unreadable(t('import.unreadable.xls'));
  }
  throw unreadable(t('import.unreadable.extension', { fileName }));
}

/** The rows of the first sheet (of an XLSX; the table of a CSV). */
export async function readSpreadsheet(bytes: Uint8Array, fileName: string): Promise<Cell[][]> {
  return (await readSheets(bytes, fileName))[0]?.rows ?? [];
}

export interface RoundWorkbookInput {
  /** The round's results as they may be shown (status 'shown'). */
  results: RoundResults;
  /** One row per respondent, role and unit already blanked by the privacy rule; null leaves the «Svar» sheet out. */
  respondents: Respondent[] | null;
  /** Unit name by unit id. */
  unitNames: Record<string, string>;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };

/** Bold, shaded header row 1, frozen while scrolling. */
export function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

const statsHeaders = (set: StatementSetContent) => [
  t('export.header.n'),
  t('export.header.mean'),
  t('export.header.median'),
  t('export.header.sd'),
  ...set.scale.labels.map((label, i) => t('export.header.scaleValue', { value: set.scale.min + i, label })),
  t('export.header.dontKnow'),
  t('export.header.missing'),
];
const statsCells = (s: Stats | undefined, max: number) => [
  s?.n ?? 0,
  s?.mean ?? null,
  s?.median ?? null,
  s?.sd ?? null,
  ...Array.from({ length: max }, (_, i) => s?.distribution[i] ?? 0),
  s?.dontKnow ?? 0,
  s?.missing ?? 0,
];

/**
 * One round as an XLSX workbook, with the figures the screen shows and
 * nothing more: «Svar» (only when asked for: one row per respondent, 'x' for
 * don't know, empty for no answer), «Sammendrag» (per statement), «Områder»
 * (per area) and «Grupper» (area means of the whole round and of every
 * group the privacy rule shows). Numbers are written as numbers.
 */
export async function writeRoundWorkbook(input: RoundWorkbookInput): Promise<Uint8Array> {
  const { results, respondents, unitNames } = input;
  const set = results.set.content;
  const summary = results.summary!;
  const max = set.scale.max;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t('app.name');
  workbook.created = new Date();

  const codes = set.statements.map((s) => s.code);
  if (respondents) {
    const answers = workbook.addWorksheet(t('export.sheet.answers'));
    answers.addRow([t('export.header.respondent'), t('export.header.role'), t('export.header.unit'), ...codes]);
    for (const r of respondents) {
      answers.addRow([
        r.number,
        r.role ? ROLE_WORDS[r.role] : null,
        r.unitId ? (unitNames[r.unitId] ?? null) : null,
        ...codes.map((code) => {
          const value = r.answers[code];
          return value === 'dont_know' ? 'x' : (value ?? null);
        }),
      ]);
    }
    answers.getColumn(1).width = 12;
    answers.getColumn(2).width = 16;
    answers.getColumn(3).width = 24;
    styleHeader(answers);
  }

  const areaTitles = new Map(set.areas.map((a) => [a.id, a.title]));
  const byCode = new Map(summary.statements.map((s) => [s.code, s]));
  const sums = workbook.addWorksheet(t('export.sheet.summary'));
  sums.addRow([t('export.header.code'), t('export.header.statement'), t('export.header.area'), ...statsHeaders(set)]);
  for (const statement of set.statements) {
    sums.addRow([
      statement.code,
      statement.text,
      areaTitles.get(statement.areaId) ?? '',
      ...statsCells(byCode.get(statement.code), max),
    ]);
  }
  sums.getColumn(2).width = 60;
  sums.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sums.getColumn(3).width = 24;
  for (const col of [5, 6, 7]) {
    sums.getColumn(col).numFmt = '0.00';
    sums.getColumn(col).width = 14;
  }
  styleHeader(sums);

  const areas = workbook.addWorksheet(t('export.sheet.areas'));
  areas.addRow([t('export.header.area'), t('export.header.statements'), ...statsHeaders(set)]);
  for (const a of summary.areas) areas.addRow([a.title, a.statements, ...statsCells(a, max)]);
  areas.getColumn(1).width = 36;
  for (const col of [4, 5, 6]) {
    areas.getColumn(col).numFmt = '0.00';
    areas.getColumn(col).width = 14;
  }
  styleHeader(areas);

  const groups = workbook.addWorksheet(t('export.sheet.groups'));
  groups.addRow([
    t('export.header.dimension'),
    t('export.header.group'),
    t('export.header.respondents'),
    ...summary.areas.map((a) => a.title),
  ]);
  const areaMeans = (s: Summary) => summary.areas.map((a) => s.areas.find((x) => x.areaId === a.areaId)?.mean ?? null);
  groups.addRow([t('export.group.all'), t('export.group.all'), summary.respondents, ...areaMeans(summary)]);
  for (const breakdown of [results.byRole, results.byUnit]) {
    if (!breakdown) continue;
    const dimension = t(breakdown.by === 'role' ? 'export.header.role' : 'export.header.unit');
    for (const g of breakdown.groups) {
      const name =
        g.key === null
          ? t('export.group.none')
          : breakdown.by === 'role'
            ? ROLE_WORDS[g.key as Role]
            : (unitNames[g.key] ?? g.key);
      if (g.suppressed || !g.summary) groups.addRow([dimension, name, t('export.group.hidden')]);
      else groups.addRow([dimension, name, g.respondents, ...areaMeans(g.summary)]);
    }
  }
  groups.getColumn(2).width = 28;
  for (let col = 4; col < 4 + summary.areas.length; col++) {
    groups.getColumn(col).numFmt = '0.00';
    groups.getColumn(col).width = 16;
  }
  styleHeader(groups);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

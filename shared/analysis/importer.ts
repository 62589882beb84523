// Reads a table of answers (from CSV or the first sheet of an XLSX file) into
// respondents for one round of a status analysis, with a precise Norwegian
// explanation for every cell or column that cannot be used. Pure: the caller
// turns a file into rows (electron/analysis/spreadsheet.ts or parseCsv).
//
// Rules, in short:
// - The first row is the header. A header cell is a statement code of the set
//   (case and surrounding spaces do not matter: " a1 " is A1), `rolle` or
//   `enhet` (any case). An empty header cell makes its column ignored. Any
//   other header, a column that appears twice, or no statement column at all
//   is a file error, and so is an empty file, a file with no answer rows, or
//   more than MAX_RESPONDENTS answer rows.
// - Each following row is one respondent; rows that are empty in every used
//   column are skipped. Row numbers are spreadsheet row numbers (header = 1).
// - Answer cells: a whole number within the scale (a number cell, "4", "4,0"
//   or "4.0") is the answer; an empty cell is no answer; a "don't know" word
//   (see DONT_KNOW_WORDS, plus the set's own don't-know label) is
//   'dont_know'; the text of a scale label (e.g. "I stor grad", as survey
//   tools export it) is that label's value. Anything else, and any formula,
//   is rejected with a reason and counts as no answer.
// - rolle: one of ROLE_WORDS (any case); enhet: the name of one of the given
//   units (any case, spaces collapsed). Empty is unknown (null); anything
//   else is rejected and becomes null.
import { formatInteger } from '../format';
import { t } from '../i18n';
import { ROLES, ROLE_WORDS, type AnswerValue, type Role, type StatementSetContent } from './types';

/** One spreadsheet cell as the readers deliver it. */
export type Cell = string | number | null | { formula: string };

export interface ImportedRespondent {
  /** 1-based spreadsheet row (the header is row 1). */
  row: number;
  role: Role | null;
  unitId: string | null;
  /** By statement code, for every statement column in the file. */
  answers: Record<string, AnswerValue>;
}

export interface RejectedCell {
  row: number;
  /** The column's header as written in the file (trimmed). */
  column: string;
  /** The cell's content as the guide sees it. */
  value: string;
  /** Norwegian: what was wrong and what is allowed. */
  reason: string;
}

export type ImportColumnKind = 'statement' | 'role' | 'unit' | 'ignored';

export interface ImportColumn {
  header: string;
  kind: ImportColumnKind;
  /** The statement code, for statement columns. */
  code?: string;
}

export interface ImportPreview {
  /** True when there are no file errors (rejected cells do not block an import). */
  ok: boolean;
  fileErrors: string[];
  respondents: ImportedRespondent[];
  rejected: RejectedCell[];
  columns: ImportColumn[];
}

/** The most answer rows one file may hold. */
export const MAX_RESPONDENTS = 5000;

/**
 * Cell texts read as "don't know / not relevant" (compared in lower case,
 * with runs of spaces collapsed and spaces around "/" removed). The set's own
 * dontKnowLabel is accepted as well.
 */
const DONT_KNOW_MARK = 'x';
const DONT_KNOW_TEXT = 'vet ikke';
export const DONT_KNOW_WORDS: readonly string[] = [
  DONT_KNOW_MARK,
  '-',
  '–',
  DONT_KNOW_TEXT,
  'ikke relevant',
  'vet ikke/ikke relevant',
];

const ROLE_HEADER = 'rolle';
const UNIT_HEADER = 'enhet';

/** Spreadsheet column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let s = '';
  let n = index + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "a", "a og b", "a, b og c". */
function joinOg(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return t('import.list.and', { items: items.slice(0, -1).join(t('import.list.separator')), last: items[items.length - 1] });
}

function isFormula(cell: Cell | undefined): cell is { formula: string } {
  return typeof cell === 'object' && cell !== null;
}

/** A number as a Norwegian reads it (decimal comma, no grouping). */
function numberText(n: number): string {
  return String(n).replace('.', ',');
}

/** The cell as the guide sees it in the spreadsheet. */
function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return numberText(cell);
  if (typeof cell === 'string') return cell.trim();
  return `=${cell.formula.replace(/^=/, '')}`;
}

function isEmpty(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Lower case, runs of white space as one space, no spaces around "/". */
function normalizeWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/ ?\/ ?/g, '/');
}

function describeCodes(codes: string[]): string {
  const separator = t('import.list.separator');
  if (codes.length <= 20) return codes.join(separator);
  return t('import.codes.shortened', {
    first: codes.slice(0, 10).join(separator),
    last: codes[codes.length - 1],
    count: codes.length,
  });
}

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function answerParser(set: StatementSetContent) {
  const { max, labels, dontKnowLabel } = set.scale;
  const allowed = t('import.allowed.answers', {
    max,
    dontKnowMark: DONT_KNOW_MARK,
    dontKnowWord: DONT_KNOW_TEXT,
    dontKnowLabel,
  });
  const dontKnow = new Set([...DONT_KNOW_WORDS, normalizeWord(dontKnowLabel)]);
  const byLabel = new Map(labels.map((label, i) => [normalizeWord(label), i + 1]));
  const inScale = (n: number): Parsed<AnswerValue> =>
    n >= 1 && n <= max
      ? { ok: true, value: n }
      : { ok: false, reason: t('import.cell.outsideScale', { value: numberText(n), allowed }) };

  return (cell: Cell): Parsed<AnswerValue> => {
    if (isFormula(cell)) {
      return { ok: false, reason: t('import.cell.formulaAnswer', { formula: cellText(cell), allowed }) };
    }
    if (typeof cell === 'number') {
      if (!Number.isFinite(cell) || !Number.isInteger(cell)) {
        return { ok: false, reason: t('import.cell.notInteger', { value: numberText(cell), allowed }) };
      }
      return inScale(cell);
    }
    const text = (cell ?? '').trim();
    if (text === '') return { ok: true, value: null };
    const number = /^[+-]?\d+(?:[.,]\d+)?$/.exec(text);
    if (number) {
      const value = Number(text.replace(',', '.'));
      if (!Number.isInteger(value)) return { ok: false, reason: t('import.cell.notInteger', { value: text, allowed }) };
      return inScale(value);
    }
    const word = normalizeWord(text);
    if (dontKnow.has(word)) return { ok: true, value: 'dont_know' };
    const labelled = byLabel.get(word);
    if (labelled !== undefined) return { ok: true, value: labelled };
    return { ok: false, reason: t('import.cell.invalidAnswer', { value: text, allowed }) };
  };
}

function roleParser() {
  const words = ROLES.map((r) => ROLE_WORDS[r]);
  const byWord = new Map(ROLES.map((r) => [ROLE_WORDS[r], r] as const));
  const allowed = t('import.allowed.roles', { roles: joinOg(words) });
  return (cell: Cell): Parsed<Role | null> => {
    if (isFormula(cell)) {
      return { ok: false, reason: t('import.cell.formulaRole', { formula: cellText(cell), allowed }) };
    }
    const text = cellText(cell);
    if (text === '') return { ok: true, value: null };
    const role = byWord.get(normalizeWord(text));
    if (role) return { ok: true, value: role };
    return { ok: false, reason: t('import.cell.unknownRole', { value: text, allowed }) };
  };
}

function unitParser(units: { id: string; name: string }[]) {
  const byName = new Map<string, string>();
  for (const u of units) {
    const key = normalizeWord(u.name);
    if (!byName.has(key)) byName.set(key, u.id);
  }
  const allowed =
    units.length === 0
      ? t('import.allowed.noUnits', { unitColumn: UNIT_HEADER })
      : t('import.allowed.units', { units: joinOg(units.map((u) => t('import.quoted', { text: u.name }))) });
  return (cell: Cell): Parsed<string | null> => {
    if (isFormula(cell)) {
      return { ok: false, reason: t('import.cell.formulaUnit', { formula: cellText(cell), allowed }) };
    }
    const text = cellText(cell);
    if (text === '') return { ok: true, value: null };
    const id = byName.get(normalizeWord(text));
    if (id !== undefined) return { ok: true, value: id };
    return { ok: false, reason: t('import.cell.unknownUnit', { value: text, allowed }) };
  };
}

/** Reads rows of cells (header first) into a preview of the import. */
export function readAnswerTable(
  rows: Cell[][],
  set: StatementSetContent,
  units: { id: string; name: string }[],
): ImportPreview {
  const fileErrors: string[] = [];
  const respondents: ImportedRespondent[] = [];
  const rejected: RejectedCell[] = [];
  const columns: ImportColumn[] = [];
  const result = (): ImportPreview => ({ ok: fileErrors.length === 0, fileErrors, respondents, rejected, columns });

  if (rows.every((r) => r.every((c) => isEmpty(c)))) {
    fileErrors.push(t('import.file.empty'));
    return result();
  }

  // Header.
  const codes = set.statements.map((s) => s.code);
  const codeSet = new Set(codes);
  const allowedColumns = t('import.allowed.columns', {
    codes: describeCodes(codes),
    roleColumn: ROLE_HEADER,
    unitColumn: UNIT_HEADER,
  });
  const seen = new Map<string, number[]>();
  /** Unknown columns are named together, with the allowed columns said once (a wrong set can mean 50 of them). */
  const unknown: { name: string; column: string }[] = [];
  const header = rows[0];
  header.forEach((cell, index) => {
    const letter = columnLetter(index);
    if (isFormula(cell)) {
      fileErrors.push(t('import.file.formulaHeader', { column: letter, formula: cellText(cell), allowed: allowedColumns }));
      columns.push({ header: cellText(cell), kind: 'ignored' });
      return;
    }
    const text = cellText(cell);
    let column: ImportColumn;
    if (text === '') column = { header: text, kind: 'ignored' };
    else if (codeSet.has(text.toUpperCase())) column = { header: text, kind: 'statement', code: text.toUpperCase() };
    else if (text.toLowerCase() === ROLE_HEADER) column = { header: text, kind: 'role' };
    else if (text.toLowerCase() === UNIT_HEADER) column = { header: text, kind: 'unit' };
    else {
      unknown.push({ name: text, column: letter });
      column = { header: text, kind: 'ignored' };
    }
    columns.push(column);
    if (column.kind !== 'ignored') {
      const key = column.code ?? column.kind;
      seen.set(key, [...(seen.get(key) ?? []), index]);
    }
  });
  if (unknown.length === 1) fileErrors.push(t('import.file.unknownColumn', { name: unknown[0].name, column: unknown[0].column, allowed: allowedColumns }));
  else if (unknown.length > 1) {
    const named = unknown.map((u) => t('import.file.unknownColumnName', { name: u.name, column: u.column }));
    const shown = named.length > 8 ? [...named.slice(0, 8), t('import.file.unknownMore', { count: named.length - 8 })] : named;
    fileErrors.push(t('import.file.unknownColumns', { columns: joinOg(shown), count: unknown.length, allowed: allowedColumns }));
  }
  for (const indexes of seen.values()) {
    if (indexes.length < 2) continue;
    const name = columns[indexes[0]].code ?? columns[indexes[0]].header.toLowerCase();
    const times = indexes.length === 2 ? t('import.file.twice') : t('import.file.times', { count: indexes.length });
    fileErrors.push(
      t('import.file.duplicateColumn', { name, times, columns: joinOg(indexes.map(columnLetter)) }),
    );
  }
  if (!columns.some((c) => c.kind === 'statement')) {
    fileErrors.push(
      t('import.file.noStatementColumns', {
        examples: joinOg(codes.slice(0, 2)),
        roleColumn: ROLE_HEADER,
        unitColumn: UNIT_HEADER,
      }),
    );
    return result();
  }

  // Answer rows. Only the first column of a duplicated name is read.
  const used = columns
    .map((column, index) => ({ column, index }))
    .filter(({ column, index }) => column.kind !== 'ignored' && seen.get(column.code ?? column.kind)?.[0] === index);
  const dataRows: { row: number; cells: Cell[] }[] = [];
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r] ?? [];
    if (used.every(({ index }) => isEmpty(cells[index]))) continue;
    dataRows.push({ row: r + 1, cells });
  }
  if (dataRows.length === 0) {
    fileErrors.push(t('import.file.noAnswers'));
    return result();
  }
  if (dataRows.length > MAX_RESPONDENTS) {
    fileErrors.push(
      t('import.file.tooManyRows', { count: formatInteger(dataRows.length), max: formatInteger(MAX_RESPONDENTS) }),
    );
    return result();
  }

  const parseAnswer = answerParser(set);
  const parseRole = roleParser();
  const parseUnit = unitParser(units);
  for (const { row, cells } of dataRows) {
    const respondent: ImportedRespondent = { row, role: null, unitId: null, answers: {} };
    for (const { column, index } of used) {
      const cell = cells[index] ?? null;
      const parsed =
        column.kind === 'statement' ? parseAnswer(cell) : column.kind === 'role' ? parseRole(cell) : parseUnit(cell);
      if (!parsed.ok) rejected.push({ row, column: column.header, value: cellText(cell), reason: parsed.reason });
      const value = parsed.ok ? parsed.value : null;
      if (column.kind === 'statement') respondent.answers[column.code as string] = value as AnswerValue;
      else if (column.kind === 'role') respondent.role = value as Role | null;
      else respondent.unitId = value as string | null;
    }
    respondents.push(respondent);
  }
  return result();
}

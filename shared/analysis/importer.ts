// Reads a table of answers (from CSV or the first sheet of an XLSX file) into
// respondents for one round of a status analysis, with a precise Norwegian
// explanation for every cell or column that cannot be used. Pure: the caller
// turns a file into rows (electron/analysis/spreadsheet.ts or parseCsv).
//
// Rules, in short:
// - The header is the first row, or, when a title sits above the table, the
//   row among the first ten that names the most known columns.
// - A header cell is read as (in this order): a statement code of the set
//   (case and surrounding spaces do not matter: " a1 " is A1); a known
//   metadata column of Microsoft Forms, Google Forms or our own export (ID,
//   Starttidspunkt, E-post, Navn, Tidsmerke ...: ignored, so names and
//   e-mail addresses are never stored); the role column (`rolle`, or a
//   question about the role such as «Hva er din rolle?»); the unit column
//   (`enhet`, or a question about the workplace); a statement's text (as
//   survey tools head a column; a Google Forms grid writes «Area [text]»),
//   compared without case, punctuation or extra spaces, and then allowing
//   small edits (a similarity of at least TEXT_MATCH, shown with its
//   confidence). The guide may change any column's reading (`mapping`).
//   An empty header cell makes its column ignored. Any other header, a column
//   that appears twice, or no statement column at all is a file error, and so
//   is an empty file, a file with no answer rows, or more than
//   MAX_RESPONDENTS answer rows.
// - Each following row is one respondent; rows that are empty in every used
//   column are skipped. Row numbers are spreadsheet row numbers (header = 1).
// - Answer cells: a whole number within the scale (a number cell, "4", "4,0"
//   or "4.0") is the answer; an empty cell is no answer; a "don't know" word
//   (see DONT_KNOW_WORDS, plus the set's own don't-know label) is
//   'dont_know'; the text of a scale label (e.g. "I stor grad", as survey
//   tools export it) is that label's value. Anything else, and any formula,
//   is rejected with a reason and counts as no answer.
// - rolle: one of ROLE_WORDS (any case), or a word staff use (ROLE_SYNONYMS:
//   «Rektor», «Kontaktlærer» ...) suggested as a role; every distinct word is
//   listed in the preview (roleWords) where the guide confirms or changes its
//   role (`roleWords` option). A word with no role and no choice is no role,
//   listed, never dropped unseen. enhet: the name of one of the municipality's
//   units (any case, spaces collapsed). Empty is unknown (null); anything else
//   is rejected and becomes null.
import { formatInteger } from '../format';
import { t } from '../i18n';
import { z } from 'zod';
import { AnswerValue, ROLES, ROLE_WORDS, type Role, type StatementSetContent } from './types';

/** One spreadsheet cell as the readers deliver it. */
export type Cell = string | number | null | { formula: string };

export const ImportedRespondent = z.strictObject({
  /** 1-based spreadsheet row (the header is row 1). */
  row: z.number().int().min(1),
  role: z.enum(ROLES).nullable(),
  unitId: z.string().nullable(),
  /** By statement code, for every statement column in the file. */
  answers: z.record(z.string(), AnswerValue),
});
export type ImportedRespondent = z.infer<typeof ImportedRespondent>;

export const RejectedCell = z.strictObject({
  row: z.number().int().min(1),
  /** The column's header as written in the file (trimmed). */
  column: z.string(),
  /** The cell's content as the guide sees it. */
  value: z.string(),
  /** Norwegian: what was wrong and what is allowed. */
  reason: z.string(),
});
export type RejectedCell = z.infer<typeof RejectedCell>;

export const ImportColumnKind = z.enum(['statement', 'role', 'unit', 'ignored']);
export type ImportColumnKind = z.infer<typeof ImportColumnKind>;

/**
 * How a column's reading was found: its code, a metadata name, a role/unit header, its text (exact or close),
 * or the guide's choice.
 */
export const MatchedBy = z.enum(['code', 'metadata', 'header', 'text', 'similar', 'guide', 'none']);
export type MatchedBy = z.infer<typeof MatchedBy>;

export const ImportColumn = z.strictObject({
  header: z.string(),
  kind: ImportColumnKind,
  /** The statement code, for statement columns. */
  code: z.string().optional(),
  matchedBy: MatchedBy.optional(),
  /** 0..1: how close the header is to the statement's text (1 for an exact match). */
  confidence: z.number().min(0).max(1).optional(),
});
export type ImportColumn = z.infer<typeof ImportColumn>;

/** The guide's reading of a column: 'ignore', 'role', 'unit' or 'statement:CODE'. */
export type ColumnChoice = 'ignore' | 'role' | 'unit' | `statement:${string}`;

export const RoleWord = z.strictObject({
  /** As written in the file (the first spelling seen). */
  word: z.string(),
  count: z.number().int().min(0),
  role: z.enum(ROLES).nullable(),
  /** known: a role word of the app; suggested: a word staff use; guide: the guide's choice; unknown: no role yet. */
  how: z.enum(['known', 'suggested', 'guide', 'unknown']),
});
export type RoleWord = z.infer<typeof RoleWord>;

export interface ImportOptions {
  /** By column index (0 = A); a missing entry keeps the automatic reading. */
  mapping?: (ColumnChoice | null)[];
  /** By normalized word (see normalizeWord): a role, or 'none' for no role. */
  roleWords?: Record<string, Role | 'none'>;
}

export const ImportPreview = z.strictObject({
  /** True when there are no file errors (rejected cells do not block an import). */
  ok: z.boolean(),
  fileErrors: z.array(z.string()),
  respondents: z.array(ImportedRespondent),
  rejected: z.array(RejectedCell),
  columns: z.array(ImportColumn),
  /** 1-based row of the header (2 when a title row sits above it). */
  headerRow: z.number().int().min(1),
  roleWords: z.array(RoleWord),
  /** The workbook's sheets (empty for CSV) and the one read. */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

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

/**
 * Columns survey tools and our own export add around the answers (compared
 * normalized, see headerKey): ignored, so names and e-mail addresses are
 * never read. Microsoft Forms (bokmål and English), Google Forms (bokmål and
 * English), the app's own «Svar» sheet.
 */
const METADATA_HEADERS = new Set([
  'id',
  'starttidspunkt',
  'fullføringstidspunkt',
  'epost',
  'epostadresse',
  'navn',
  'tidspunkt for siste endring',
  'start time',
  'completion time',
  'email',
  'email address',
  'name',
  'last modified time',
  'tidsmerke',
  'tidsstempel',
  'timestamp',
  'poengsum',
  'score',
  'total score',
  'respondent',
  'nr',
  'nummer',
  'skjema',
]);

/** Header words that make a column the role or the unit column (a survey question). */
const ROLE_HEADER_WORDS = /\b(rolle|stilling|yrkesgruppe|role)\b/;
const UNIT_HEADER_WORDS =
  /\b(enhet|arbeidssted|skole eller barnehage|hvilken skole|hvilken barnehage|hvor jobber du|unit)\b/;

/**
 * Role words staff really write, and the role each suggests (the guide
 * confirms or changes it in the preview). Keys are normalized (lower case).
 */
export const ROLE_SYNONYMS: Readonly<Record<string, Role>> = {
  rektor: 'leader',
  'assisterende rektor': 'leader',
  inspektør: 'leader',
  avdelingsleder: 'leader',
  enhetsleder: 'leader',
  styrer: 'leader',
  'daglig leder': 'leader',
  ledelse: 'leader',
  kontaktlærer: 'teacher',
  faglærer: 'teacher',
  lektor: 'teacher',
  adjunkt: 'teacher',
  spesialpedagog: 'teacher',
  'pedagogisk leder': 'kindergarten_teacher',
  'barnehagelærer/pedagogisk leder': 'kindergarten_teacher',
  førskolelærer: 'kindergarten_teacher',
  barnepleier: 'skilled_worker',
  'barne- og ungdomsarbeider': 'skilled_worker',
  miljøarbeider: 'skilled_worker',
  miljøterapeut: 'skilled_worker',
  lærerassistent: 'assistant',
  'assistent/fagarbeider': 'assistant',
  teacher: 'teacher',
  assistant: 'assistant',
  leader: 'leader',
};

/** A header's statement text at least this similar to a statement's (after normalizing) is offered as a match. */
export const TEXT_MATCH = 0.85;

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
  return t('import.list.and', {
    items: items.slice(0, -1).join(t('import.list.separator')),
    last: items[items.length - 1],
  });
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

/** A header or statement text for comparison: lower case, no punctuation, single spaces. */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance (two rows). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** 1 - edit distance / the longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  if (Math.abs(a.length - b.length) / longest > 1 - TEXT_MATCH) return 0;
  return 1 - editDistance(a, b) / longest;
}

/** The reading of one header cell, before the guide's choices. */
function classifyHeader(
  text: string,
  set: StatementSetContent,
  byCode: Set<string>,
  byText: Map<string, string>,
): ImportColumn {
  if (text === '') return { header: text, kind: 'ignored' };
  if (byCode.has(text.toUpperCase()))
    return { header: text, kind: 'statement', code: text.toUpperCase(), matchedBy: 'code', confidence: 1 };
  const key = headerKey(text);
  if (METADATA_HEADERS.has(key)) return { header: text, kind: 'ignored', matchedBy: 'metadata' };
  if (key === ROLE_HEADER) return { header: text, kind: 'role', matchedBy: 'header' };
  if (key === UNIT_HEADER) return { header: text, kind: 'unit', matchedBy: 'header' };
  // A Google Forms grid: «Area title [statement text]».
  const grid = /\[([^\]]+)\]\s*$/.exec(text);
  const candidates = grid ? [headerKey(grid[1]), key] : [key];
  for (const c of candidates) {
    const code = byText.get(c);
    if (code) return { header: text, kind: 'statement', code, matchedBy: 'text', confidence: 1 };
  }
  let best: { code: string; score: number } | null = null;
  for (const c of candidates) {
    if (c.length < 15) continue;
    for (const statement of set.statements) {
      const score = similarity(c, headerKey(statement.text));
      if (score >= TEXT_MATCH && (!best || score > best.score)) best = { code: statement.code, score };
    }
  }
  if (best)
    return {
      header: text,
      kind: 'statement',
      code: best.code,
      matchedBy: 'similar',
      confidence: Math.round(best.score * 100) / 100,
    };
  if (key.length <= 80) {
    if (ROLE_HEADER_WORDS.test(key)) return { header: text, kind: 'role', matchedBy: 'header' };
    if (UNIT_HEADER_WORDS.test(key)) return { header: text, kind: 'unit', matchedBy: 'header' };
  }
  return { header: text, kind: 'ignored', matchedBy: 'none' };
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

  // Answer files repeat a handful of texts: each distinct text is read once.
  const seen = new Map<string, Parsed<AnswerValue>>();
  const parseText = (raw: string): Parsed<AnswerValue> => {
    let parsed = seen.get(raw);
    if (!parsed) seen.set(raw, (parsed = parse(raw)));
    return parsed;
  };
  const parse = (cell: Cell): Parsed<AnswerValue> => {
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
  return (cell: Cell): Parsed<AnswerValue> => (typeof cell === 'string' ? parseText(cell) : parse(cell));
}

/** Reads role cells; every distinct word is tallied for the preview's role list. */
function roleParser(choices: Record<string, Role | 'none'>) {
  const byWord = new Map(ROLES.map((r) => [ROLE_WORDS[r], r] as const));
  const allowed = t('import.allowed.roles', { roles: joinOg(ROLES.map((r) => ROLE_WORDS[r])) });
  const words = new Map<string, RoleWord>();
  const parse = (cell: Cell): Parsed<Role | null> => {
    if (isFormula(cell)) {
      return { ok: false, reason: t('import.cell.formulaRole', { formula: cellText(cell), allowed }) };
    }
    const text = cellText(cell);
    if (text === '') return { ok: true, value: null };
    const key = normalizeWord(text);
    let entry = words.get(key);
    if (!entry) {
      const choice = choices[key];
      const known = byWord.get(key);
      const suggested = ROLE_SYNONYMS[key];
      entry =
        choice !== undefined
          ? { word: text, count: 0, role: choice === 'none' ? null : choice, how: 'guide' }
          : known
            ? { word: text, count: 0, role: known, how: 'known' }
            : suggested
              ? { word: text, count: 0, role: suggested, how: 'suggested' }
              : { word: text, count: 0, role: null, how: 'unknown' };
      words.set(key, entry);
    }
    entry.count += 1;
    return { ok: true, value: entry.role };
  };
  return { parse, words: () => [...words.values()] };
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

/** Among the first rows, the one naming the most known columns (a title row may sit above the header). */
function findHeaderRow(rows: Cell[][], read: (cell: Cell | undefined) => ImportColumn): number {
  let best = 0;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const score = (rows[r] ?? []).filter((cell) => !isFormula(cell) && read(cell).kind !== 'ignored').length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (bestScore > 0) return best;
  return Math.max(
    0,
    rows.findIndex((r) => r.some((c) => !isEmpty(c))),
  );
}

function applyChoice(
  column: ImportColumn,
  choice: ColumnChoice | null | undefined,
  codeSet: Set<string>,
): ImportColumn {
  if (!choice) return column;
  if (choice === 'ignore') return { header: column.header, kind: 'ignored', matchedBy: 'guide' };
  if (choice === 'role' || choice === 'unit') return { header: column.header, kind: choice, matchedBy: 'guide' };
  const code = choice.slice('statement:'.length);
  return codeSet.has(code)
    ? { header: column.header, kind: 'statement', code, matchedBy: 'guide', confidence: 1 }
    : column;
}

/** Reads rows of cells (a header, answers below) into a preview of the import. */
export function readAnswerTable(
  rows: Cell[][],
  set: StatementSetContent,
  units: { id: string; name: string }[],
  options: ImportOptions = {},
): ImportPreview {
  const fileErrors: string[] = [];
  const respondents: ImportedRespondent[] = [];
  const rejected: RejectedCell[] = [];
  const columns: ImportColumn[] = [];
  let headerRow = 1;
  let roleWords: RoleWord[] = [];
  const result = (): ImportPreview => ({
    ok: fileErrors.length === 0,
    fileErrors,
    respondents,
    rejected,
    columns,
    headerRow,
    roleWords,
    sheets: [],
    sheet: null,
  });

  if (rows.every((r) => r.every((c) => isEmpty(c)))) {
    fileErrors.push(t('import.file.empty'));
    return result();
  }

  // Header.
  const codes = set.statements.map((s) => s.code);
  const codeSet = new Set(codes);
  const byText = new Map<string, string>();
  for (const s of set.statements) if (!byText.has(headerKey(s.text))) byText.set(headerKey(s.text), s.code);
  const read = (cell: Cell | undefined) => classifyHeader(cellText(cell), set, codeSet, byText);
  const headerIndex = findHeaderRow(rows, read);
  headerRow = headerIndex + 1;
  const allowedColumns = t('import.allowed.columns', {
    codes: describeCodes(codes),
    roleColumn: ROLE_HEADER,
    unitColumn: UNIT_HEADER,
  });
  const seen = new Map<string, number[]>();
  /** Unknown columns are named together, with the allowed columns said once (a wrong set can mean 50 of them). */
  const unknown: { name: string; column: string }[] = [];
  const header = rows[headerIndex];
  header.forEach((cell, index) => {
    const letter = columnLetter(index);
    const choice = options.mapping?.[index];
    if (isFormula(cell) && !choice) {
      fileErrors.push(
        t('import.file.formulaHeader', { column: letter, formula: cellText(cell), allowed: allowedColumns }),
      );
      columns.push({ header: cellText(cell), kind: 'ignored' });
      return;
    }
    const column = applyChoice(read(cell), choice, codeSet);
    if (column.matchedBy === 'none') unknown.push({ name: column.header, column: letter });
    columns.push(column);
    if (column.kind !== 'ignored') {
      const key = column.code ?? column.kind;
      seen.set(key, [...(seen.get(key) ?? []), index]);
    }
  });
  if (unknown.length === 1)
    fileErrors.push(
      t('import.file.unknownColumn', { name: unknown[0].name, column: unknown[0].column, allowed: allowedColumns }),
    );
  else if (unknown.length > 1) {
    const named = unknown.map((u) => t('import.file.unknownColumnName', { name: u.name, column: u.column }));
    const shown =
      named.length > 8 ? [...named.slice(0, 8), t('import.file.unknownMore', { count: named.length - 8 })] : named;
    fileErrors.push(
      t('import.file.unknownColumns', { columns: joinOg(shown), count: unknown.length, allowed: allowedColumns }),
    );
  }
  for (const indexes of seen.values()) {
    if (indexes.length < 2) continue;
    const name = columns[indexes[0]].code ?? columns[indexes[0]].header.toLowerCase();
    const times = indexes.length === 2 ? t('import.file.twice') : t('import.file.times', { count: indexes.length });
    fileErrors.push(t('import.file.duplicateColumn', { name, times, columns: joinOg(indexes.map(columnLetter)) }));
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
  for (let r = headerIndex + 1; r < rows.length; r++) {
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
  const roles = roleParser(options.roleWords ?? {});
  const parseUnit = unitParser(units);
  for (const { row, cells } of dataRows) {
    const respondent: ImportedRespondent = { row, role: null, unitId: null, answers: {} };
    for (const { column, index } of used) {
      const cell = cells[index] ?? null;
      const parsed =
        column.kind === 'statement' ? parseAnswer(cell) : column.kind === 'role' ? roles.parse(cell) : parseUnit(cell);
      if (!parsed.ok) rejected.push({ row, column: column.header, value: cellText(cell), reason: parsed.reason });
      const value = parsed.ok ? parsed.value : null;
      if (column.kind === 'statement') respondent.answers[column.code as string] = value as AnswerValue;
      else if (column.kind === 'role') respondent.role = value as Role | null;
      else respondent.unitId = value as string | null;
    }
    respondents.push(respondent);
  }
  roleWords = roles.words();
  return result();
}

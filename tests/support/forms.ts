// Answer files as guides get them from survey tools, generated for tests and
// the bench: a Microsoft Forms XLSX export, a Google Forms CSV download, a
// CSV saved by older Norwegian Excel (Windows-1252, `sep=;`, a title row).
// The respondents are generated from a seed, so a test can compute every
// figure independently from the same list.
import ExcelJS from 'exceljs';
import type { StatementSetContent } from '../../shared/analysis/types';

export interface FormRespondent {
  /** As the respondent wrote it, e.g. «Kontaktlærer»; '' when not answered. */
  role: string;
  /** As written, e.g. «Beiarn skole»; '' when not answered. */
  unit: string;
  /** By statement code: 1..max, 'dont_know' or null (left empty). */
  answers: Record<string, number | 'dont_know' | null>;
}

/** A small deterministic generator (Park-Miller). */
export function random(seed: number) {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Respondents with the given role and unit words, answers drawn from the seed. */
export function makeRespondents(
  set: StatementSetContent,
  people: { role: string; unit: string }[],
  seed = 11,
  gaps = true,
): FormRespondent[] {
  const rnd = random(seed);
  return people.map(({ role, unit }) => {
    const answers: FormRespondent['answers'] = {};
    for (const st of set.statements) {
      const x = rnd();
      answers[st.code] =
        gaps && x < 0.04 ? 'dont_know' : gaps && x < 0.07 ? null : 1 + Math.floor(rnd() * set.scale.max);
    }
    return { role, unit, answers };
  });
}

const label = (set: StatementSetContent, value: number | 'dont_know' | null, dontKnow: string) =>
  value === null ? '' : value === 'dont_know' ? dontKnow : set.scale.labels[value - 1];

export const ROLE_QUESTION = 'Hva er din rolle?';
export const UNIT_QUESTION = 'Hvilken skole eller barnehage jobber du på?';

export interface MsFormsOptions {
  /** An «Instruksjoner» sheet before the answers, as some guides add. */
  instructionsFirst?: boolean;
  /** Header texts to use instead of a statement's own text, by code (e.g. a typo). */
  headerEdits?: Record<string, string>;
  /** Leave the unit question out. */
  noUnit?: boolean;
}

/**
 * The XLSX Microsoft Forms downloads («Åpne i Excel»): ID, Starttidspunkt,
 * Fullføringstidspunkt, E-post, Navn, Tidspunkt for siste endring, then one
 * column per question headed by its text, answers as the label texts.
 */
export async function msFormsXlsx(
  set: StatementSetContent,
  respondents: FormRespondent[],
  options: MsFormsOptions = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (options.instructionsFirst) {
    const info = wb.addWorksheet('Instruksjoner');
    info.addRow(['Slik leser du svarene']);
    info.addRow(['Hver rad er ett svar. Ikke endre overskriftene.']);
  }
  const sheet = wb.addWorksheet('Sheet1');
  const questions = set.statements.map((s) => options.headerEdits?.[s.code] ?? s.text);
  sheet.addRow([
    'ID',
    'Starttidspunkt',
    'Fullføringstidspunkt',
    'E-post',
    'Navn',
    'Tidspunkt for siste endring',
    ROLE_QUESTION,
    ...(options.noUnit ? [] : [UNIT_QUESTION]),
    ...questions,
  ]);
  respondents.forEach((r, i) => {
    const start = new Date(Date.UTC(2026, 8, 1, 8, i % 60, 0));
    const end = new Date(start.getTime() + 7 * 60_000);
    sheet.addRow([
      i + 1,
      start,
      end,
      'anonymous',
      '',
      '',
      r.role || null,
      ...(options.noUnit ? [] : [r.unit || null]),
      ...set.statements.map((s) => label(set, r.answers[s.code], 'Vet ikke') || null),
    ]);
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The CSV Google Forms downloads: comma separated, every field quoted, first
 * column «Tidsmerke». The statements are asked as grids (one per area), so a
 * header reads «Area title [statement text]».
 */
export function googleFormsCsv(set: StatementSetContent, respondents: FormRespondent[]): string {
  const areaTitle = new Map(set.areas.map((a) => [a.id, a.title]));
  const header = [
    'Tidsmerke',
    'E-postadresse',
    ROLE_QUESTION,
    UNIT_QUESTION,
    ...set.statements.map((s) => `${areaTitle.get(s.areaId)} [${s.text}]`),
  ];
  const lines = [header.map(quote).join(',')];
  respondents.forEach((r, i) => {
    const stamp = `2026/09/01 ${String(8 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00 CET`;
    lines.push(
      [stamp, '', r.role, r.unit, ...set.statements.map((s) => label(set, r.answers[s.code], set.scale.dontKnowLabel))]
        .map(quote)
        .join(','),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** Windows-1252 bytes of text that only uses Latin-1 letters (æøå, «»). */
export function windows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) throw new Error(`not in Latin-1: ${text[i]}`);
    bytes[i] = c;
  }
  return bytes;
}

/**
 * What older Norwegian Excel writes for «CSV (semikolondelt)» after a guide
 * typed a title above the table: `sep=;`, a title row, then codes as headers
 * and numbers as answers ('x' for don't know), rolle and enhet columns.
 */
export function excelSemicolonCsv(
  set: StatementSetContent,
  respondents: FormRespondent[],
  title = 'Ståstedsanalyse høsten 2026',
): Buffer {
  const codes = set.statements.map((s) => s.code);
  const lines = ['sep=;', `${title}${';'.repeat(codes.length + 1)}`, ['rolle', 'enhet', ...codes].join(';')];
  for (const r of respondents) {
    lines.push(
      [r.role, r.unit, ...codes.map((c) => (r.answers[c] === 'dont_know' ? 'x' : (r.answers[c] ?? '')))].join(';'),
    );
  }
  return windows1252(`${lines.join('\r\n')}\r\n`);
}

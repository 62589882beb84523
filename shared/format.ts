// The one place where dates and numbers are turned into text for the guide
// (and Norwegian date text back into ISO dates).
import { t } from './i18n/translate';
import type { MessageKey } from './i18n/nb';

// Intl formatters are costly to build (tens of microseconds each, and the first
// one loads the locale's data): each is built once, when first needed.
const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number | undefined, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: min, maximumFractionDigits: max });
    formats.set(key, format);
  }
  return format;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Norwegian digit groups take a thin space that never breaks («100 000»), not the full-width one Intl gives. */
const thin = (text: string) => text.replace(/[\u00a0 ]/g, '\u202f');

/** A number with decimal comma and Norwegian digit grouping, e.g. 1 234,5. */
export function formatNumber(value: number, fractionDigits?: number): string {
  if (!Number.isFinite(value)) return '–';
  if (fractionDigits === undefined) return thin(numberFormat(undefined, 2).format(value));
  return thin(numberFormat(fractionDigits, fractionDigits).format(value));
}

/** A mean, median or standard deviation with one decimal ("2,8"); "–" when there is none. */
export const formatMean = (value: number | null, digits = 1) => (value === null ? '–' : formatNumber(value, digits));

/** A change with a real minus sign: "+0,4", "−0,2", "0,0" (one decimal unless told); "–" when there is none. */
export function formatChange(change: number | null, digits = 1): string {
  if (change === null || !Number.isFinite(change)) return '–';
  const factor = 10 ** digits;
  const steps = Math.round(Math.abs(change) * factor);
  if (steps === 0) return formatNumber(0, digits);
  return `${change < 0 ? '\u2212' : '+'}${formatNumber(steps / factor, digits)}`;
}

/** A file name part from a title: Norwegian letters kept, anything a file system dislikes dropped. */
export const fileNamePart = (s: string, fallback: string) =>
  s
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60) || fallback;

export function formatInteger(value: number): string {
  // 0–999 have no digit group and no sign, so they are their digits. This keeps the start page (which
  // counts units and sessions on every card) from building the first formatter, which loads the
  // locale's data: about 20 ms of a 300 ms start in the bench. tests/unit/format.test.ts checks
  // that both ways agree.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return thin(numberFormat(undefined, 0).format(value));
}

/** True when `iso` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** YYYY-MM-DD -> dd.mm.yyyy. */
export function formatDate(iso: string): string {
  const day = iso.slice(0, 10);
  if (!isIsoDate(day)) return iso;
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}

/** An ISO timestamp -> dd.mm.yyyy kl. hh:mm in local time. */
export function formatDateTime(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return t('format.dateTime', {
    date: `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`,
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  });
}

/** An ISO timestamp -> its local date as dd.mm.yyyy. */
export function formatDay(timestamp: string): string {
  const date = new Date(timestamp);
  if (Number.isNaN(date.getTime())) return timestamp;
  return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

/** YYYY-MM -> "aug. 2026". */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return month;
  return t('format.month', { month: t(`format.month.${Number(m[2])}` as MessageKey), year: m[1] });
}

/**
 * Norwegian date text -> YYYY-MM-DD, or null when it is not a real date.
 * Accepts d.m.yyyy, dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy, two-digit years (20xx)
 * and ISO input.
 */
export function parseDate(text: string): string | null {
  const s = text.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = `${pad(year, 4)}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  return isIsoDate(iso) ? iso : null;
}

/** Today's date in local time as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A number written by formatNumber/formatMean/formatChange back into a number
 * ("1 234,5" -> 1234.5, "−0,25" -> -0.25, "+0,4" -> 0.4); null when the text is
 * not such a number (e.g. "–").
 */
export function parseFormattedNumber(text: string): number | null {
  const s = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

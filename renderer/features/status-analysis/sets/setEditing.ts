// Pure helpers for the statement-set editor: area ids from titles, the next
// free statement code in an area, and grouping the versions of each set.
import type { StatementSetInfo } from '../../../../shared/analysis/api';
import type { StatementSetContent } from '../../../../shared/analysis/types';
import { t, type MessageKey } from '../../../../shared/i18n';

const AUDIENCE_KEYS: Record<StatementSetContent['audience'], MessageKey> = {
  school: 'sets.audience.school',
  kindergarten: 'sets.audience.kindergarten',
  any: 'sets.audience.any',
};
export const audienceLabel = (a: StatementSetContent['audience']) => t(AUDIENCE_KEYS[a]);
export const audienceOptions = () =>
  (['school', 'kindergarten', 'any'] as const).map((value) => ({ value, label: audienceLabel(value) }));
/** Badge colours shared with the unit kinds. */
export const audienceBadge = (a: StatementSetContent['audience']) =>
  a === 'any' ? 'badge badge--other' : `badge badge--${a}`;

/** An area id from its title: lower case a-z, 0-9 and '-', at most 40 characters, not among `taken`. */
export function areaIdFromTitle(title: string, taken: Iterable<string>): string {
  const base =
    title
      .toLowerCase()
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'omrade';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

const CODE_PARTS = /^([A-ZÆØÅ]{1,3})([0-9]{1,3})$/;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÆØÅ';

interface CodeLike {
  code: string;
  areaId: string;
}

/** The letters the area's codes start with: its own codes first, otherwise a free letter from its title. */
export function areaPrefix(areaId: string, title: string, statements: readonly CodeLike[]): string {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const m = CODE_PARTS.exec(s.code.trim());
    if (s.areaId === areaId && m) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  }
  if (counts.size > 0) return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const usedElsewhere = new Set(
    statements.filter((s) => s.areaId !== areaId).map((s) => CODE_PARTS.exec(s.code.trim())?.[1]),
  );
  const candidates = [...title.toUpperCase()].filter((c) => LETTERS.includes(c));
  return candidates.find((c) => !usedElsewhere.has(c)) ?? [...LETTERS].find((c) => !usedElsewhere.has(c)) ?? 'X';
}

/** The next free code in an area: its prefix and one more than the highest number with that prefix. */
export function nextCode(areaId: string, title: string, statements: readonly CodeLike[]): string {
  const prefix = areaPrefix(areaId, title, statements);
  const taken = new Set(statements.map((s) => s.code.trim()));
  let n = 1;
  for (const s of statements) {
    const m = CODE_PARTS.exec(s.code.trim());
    if (m && m[1] === prefix) n = Math.max(n, Number(m[2]) + 1);
  }
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${Math.min(n, 999)}`;
}

export interface Lineage {
  latest: StatementSetInfo;
  /** Older versions, newest first. */
  older: StatementSetInfo[];
}

/** One entry per set, the newest version in front; shipped sets first, then by name. */
export function lineages(sets: readonly StatementSetInfo[]): Lineage[] {
  const byLineage = new Map<string, StatementSetInfo[]>();
  for (const s of sets) byLineage.set(s.lineageId, [...(byLineage.get(s.lineageId) ?? []), s]);
  return [...byLineage.values()]
    .map((versions) => {
      const sorted = [...versions].sort((a, b) => b.version - a.version);
      return { latest: sorted[0], older: sorted.slice(1) };
    })
    .sort(
      (a, b) =>
        Number(isCopy(a.latest)) - Number(isCopy(b.latest)) ||
        a.latest.content.name.localeCompare(b.latest.content.name, 'nb'),
    );
}

export const isCopy = (s: StatementSetInfo) => s.origin === 'copy';

/** A notice for the page the guide lands on after a save or copy moved them to another set. */
let flash: { id: string; text: string } | null = null;
export const setFlash = (id: string, text: string) => {
  flash = { id, text };
};
export const peekFlash = (id: string): string | null => (flash?.id === id ? flash.text : null);
export const clearFlash = (id: string) => {
  if (flash?.id === id) flash = null;
};

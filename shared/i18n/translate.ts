// Looking a string up in the active catalogue. Kept apart from index.ts (which adds counts, formatted by
// shared/format) so that shared/format can take its month names and words from the catalogue too.
import { nb, type Catalogue, type MessageKey } from './nb';

export type MessageParams = Record<string, string | number>;

const catalogues: Record<string, Catalogue> = { nb };
let active: Catalogue = nb;

/** Choose the UI language. Only bokmål ships today; unknown codes keep bokmål. */
export function setLanguage(code: string): void {
  active = catalogues[code] ?? nb;
}

/** Look up a UI string and fill `{name}` placeholders. */
export function t(key: MessageKey, params?: MessageParams): string {
  const template = active[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

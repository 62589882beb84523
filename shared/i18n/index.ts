import { formatInteger } from '../format';
import { nb, type Catalogue, type MessageKey } from './nb';

export type { MessageKey, Catalogue };
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

type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type CountKey = PluralBase<MessageKey>;

let pluralRules: Intl.PluralRules | undefined; // built once: a page may count hundreds of things

/** A count with its noun in the right number: "1 enhet", "3 enheter". */
export function tc(key: CountKey, count: number): string {
  pluralRules ??= new Intl.PluralRules('nb');
  const rule = pluralRules.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${rule}` as MessageKey, { count: Number.isInteger(count) ? formatInteger(count) : count });
}

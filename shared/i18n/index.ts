import { formatInteger } from '../format';
import type { Catalogue, MessageKey } from './nb';
import { t } from './translate';

export type { MessageKey, Catalogue };
export { setLanguage, t, type MessageParams } from './translate';
type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type CountKey = PluralBase<MessageKey>;

let pluralRules: Intl.PluralRules | undefined; // built once: a page may count hundreds of things

/** A count with its noun in the right number: "1 enhet", "3 enheter". */
export function tc(key: CountKey, count: number): string {
  pluralRules ??= new Intl.PluralRules('nb');
  const rule = pluralRules.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${rule}` as MessageKey, { count: Number.isInteger(count) ? formatInteger(count) : count });
}

import { formatInteger } from '../format';
import type { Catalogue, MessageKey } from './nb';
import { t } from './translate';

export type { MessageKey, Catalogue };
export { setLanguage, t, type MessageParams } from './translate';
type PluralBase<K> = K extends `${infer B}.one` ? B : never;
export type CountKey = PluralBase<MessageKey>;

/**
 * A count with its noun in the right number: "1 enhet", "3 enheter".
 * The plural rule is CLDR's for bokmål and nynorsk ("one: n = 1", n the absolute value) and for
 * English ("one: i = 1 and v = 0", the same for a JS number): one is exactly 1 or -1. Written out
 * rather than asked of Intl.PluralRules, whose first use loads the locale's data at start-up;
 * tests/unit/format.test.ts checks it against Intl.PluralRules.
 */
export function tc(key: CountKey, count: number): string {
  const rule = Math.abs(count) === 1 ? 'one' : 'other';
  return t(`${key}.${rule}` as MessageKey, { count: Number.isInteger(count) ? formatInteger(count) : count });
}

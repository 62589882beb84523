import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatInteger, formatNumber, isIsoDate, parseDate } from '../../shared/format';
import { t, tc } from '../../shared/i18n';

describe('Norwegian formatting', () => {
  it('writes dates as dd.mm.yyyy', () => {
    expect(formatDate('2026-08-14')).toBe('14.08.2026');
    expect(formatDateTime(new Date(2026, 10, 23, 9, 5).toISOString())).toBe('23.11.2026 kl. 09:05');
  });

  it('reads the dates a Norwegian types, and refuses impossible ones', () => {
    expect(parseDate('14.08.2026')).toBe('2026-08-14');
    expect(parseDate('1.8.26')).toBe('2026-08-01');
    expect(parseDate('29/02/2028')).toBe('2028-02-29');
    expect(parseDate('2026-08-14')).toBe('2026-08-14');
    expect(parseDate('29.02.2026')).toBeNull();
    expect(parseDate('32.01.2026')).toBeNull();
    expect(parseDate('i morgen')).toBeNull();
    expect(isIsoDate('2026-13-01')).toBe(false);
  });

  it('writes numbers with decimal comma', () => {
    expect(formatNumber(3.25)).toBe('3,25');
    expect(formatNumber(2.5, 1)).toBe('2,5');
    expect(formatNumber(1234.5).replace(/\s/g, ' ')).toBe('1 234,5');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('fills catalogue placeholders', () => {
    expect(t('municipalities.confirmDelete.title', { name: 'Beiarn' })).toBe('Slette kommunen «Beiarn»?');
  });

  it('puts nouns in the right number', () => {
    expect(tc('count.units', 1)).toBe('1 enhet');
    expect(tc('count.units', 3)).toBe('3 enheter');
    expect(tc('count.sessions', 0)).toBe('0 økter');
    expect(tc('count.participants', 1)).toBe('1 deltaker');
  });

  it('writes integers as the formatter does, with or without building it', () => {
    const intl = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
    const expected = (n: number) => intl.format(n).replace(/[\u00a0 ]/g, '\u202f');
    for (const n of [0, 1, 7, 42, 999, 1000, 1001, 12345, 1234567, -1, -999, -1000, 0.4, 999.6, 1e21])
      expect(formatInteger(n), String(n)).toBe(expected(n));
    expect(formatInteger(1000)).toBe('1\u202f000');
  });

  it('picks the plural form as Intl.PluralRules does for bokmål, nynorsk and English', () => {
    const counts = [0, 1, 2, 3, 11, 21, 100, 101, 1000, 1.5, 0.5, -1, 1.0];
    for (const lang of ['nb', 'nn', 'en']) {
      const rules = new Intl.PluralRules(lang);
      for (const n of counts) {
        const form = tc('count.units', n).endsWith(' enhet') ? 'one' : 'other';
        expect(form, `${lang} ${n}`).toBe(rules.select(n) === 'one' ? 'one' : 'other');
      }
    }
  });
});

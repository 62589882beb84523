import { describe, expect, it } from 'vitest';
import { mismatchedKinds, proposeSet } from '../../../shared/analysis/setChoice';

const kg = { id: 'kg', content: { audience: 'kindergarten' as const } };
const school = { id: 'school', content: { audience: 'school' as const } };
const any = { id: 'any', content: { audience: 'any' as const } };

describe('statement set for a round', () => {
  it('proposes the set written for the units, whatever order the sets come in', () => {
    expect(proposeSet([kg, school], ['school'])?.id).toBe('school');
    expect(proposeSet([school, kg], ['kindergarten', 'leisure'])?.id).toBe('kg');
    expect(proposeSet([kg, any, school], ['school', 'kindergarten'])?.id).toBe('any');
    expect(proposeSet([kg, school], [])?.id).toBe('kg');
  });
  it('names the kinds a set was not written for', () => {
    expect(mismatchedKinds(kg, ['school', 'kindergarten'])).toEqual(['school']);
    expect(mismatchedKinds(school, ['school', 'leisure'])).toEqual([]);
    expect(mismatchedKinds(any, ['school'])).toEqual([]);
  });
});

// Which statement set fits a round's units: a round for schools proposes the
// school set, one for kindergartens the kindergarten set; a set written for
// the other kind of unit is worth a warning.
import type { UnitKind } from '../domain';

type Audience = 'school' | 'kindergarten' | 'any';
interface SetLike {
  id: string;
  content: { audience: Audience };
}

/**
 * The audience the units call for: 'school' or 'kindergarten' when every school/kindergarten among them is of
 * that kind, else null.
 */
export function audienceOf(kinds: readonly UnitKind[]): 'school' | 'kindergarten' | null {
  const relevant = new Set(kinds.filter((k): k is 'school' | 'kindergarten' => k === 'school' || k === 'kindergarten'));
  return relevant.size === 1 ? [...relevant][0] : null;
}

/**
 * The set to propose for units of these kinds: the first written for them, else the first for any unit, else
 * the first.
 */
export function proposeSet<S extends SetLike>(sets: readonly S[], kinds: readonly UnitKind[]): S | undefined {
  const audience = audienceOf(kinds);
  return (
    (audience && sets.find((s) => s.content.audience === audience)) ||
    sets.find((s) => s.content.audience === 'any') ||
    sets[0]
  );
}

/** The units' kinds the set was not written for (empty when it fits, or is for any unit). */
export function mismatchedKinds(set: SetLike | undefined, kinds: readonly UnitKind[]): UnitKind[] {
  if (!set || set.content.audience === 'any') return [];
  return [...new Set(kinds.filter((k) => (k === 'school' || k === 'kindergarten') && k !== set.content.audience))];
}

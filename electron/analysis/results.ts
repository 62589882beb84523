// The one results function of a round: what every screen, comparison, export
// and the session summary may show. Suppression happens here, once, in the
// main process: nothing while the round is hidden, no figure when fewer than
// the threshold answered, never the size or a figure of a hidden group, and
// the figures as frozen at the reveal (a late form waits for the guide to
// reveal again).
import type Database from 'better-sqlite3';
import type { RoundResults } from '../../shared/analysis/api';
import type { Disclosure } from '../../shared/analysis/privacy';
import { shownResults } from '../../shared/analysis/results';
import type { Breakdown } from '../../shared/analysis/scoring';
import { analysisRepository } from '../workbook/repositories/analysis';
import { unitRepository } from '../workbook/repositories/units';

export interface ShownRound extends RoundResults {
  /** Internal, never sent: which groups may be shown (the export labels its rows by it); null unless shown. */
  disclosure: Disclosure | null;
}

export function roundResultsReader(db: Database.Database) {
  const analysis = analysisRepository(db);
  const units = unitRepository(db);

  const byName = (breakdown: Breakdown, names: Map<string, string>): Breakdown => ({
    ...breakdown,
    groups: [...breakdown.groups].sort((a, b) =>
      a.key === null
        ? 1
        : b.key === null
          ? -1
          : (names.get(a.key) ?? a.key).localeCompare(names.get(b.key) ?? b.key, 'nb'),
    ),
  });

  return function roundResults(id: string): ShownRound {
    const round = analysis.round(id);
    const set = analysis.set(round.setId);
    const threshold = analysis.threshold();
    const consensus = analysis.consensus(id);
    const base = {
      round,
      set,
      threshold,
      answered: round.respondentCount,
      consensus,
      summary: null,
      byRole: null,
      byUnit: null,
      gaps: null,
    };
    const frozen = round.revealed ? analysis.revealedCells(id) : null;
    if (!round.revealed) return { ...base, status: 'hidden', changedSinceReveal: 0, disclosure: null };
    // A round revealed before reveals were frozen: its live counts are what was shown.
    const cells = frozen?.cells ?? analysis.cells(id);
    const shown = shownResults(set.content, cells, threshold);
    const revealed = { changedSinceReveal: frozen?.changed ?? 0 };
    if (!shown.summary)
      return { ...base, ...revealed, threshold: shown.disclosure.threshold, status: 'too_few', disclosure: null };
    const names = new Map(units.list(round.municipalityId).map((u) => [u.id, u.name]));
    return {
      ...base,
      ...revealed,
      threshold: shown.disclosure.threshold,
      status: 'shown',
      summary: shown.summary,
      byRole: shown.byRole,
      byUnit: shown.byUnit && byName(shown.byUnit, names),
      gaps: shown.gaps,
      disclosure: shown.disclosure,
    };
  };
}

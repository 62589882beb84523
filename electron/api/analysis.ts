// Status analysis handlers: sets, rounds, answers by keyboard and by file,
// consensus, results with suppressed breakdowns, comparison, XLSX export.
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/result';
import { readAnswerTable } from '../../shared/analysis/importer';
import { breakdownCounts, compare, largestGaps, summarizeCounts } from '../../shared/analysis/scoring';
import { fileNamePart } from '../../shared/format';
import { t } from '../../shared/i18n';
import { readSpreadsheet, writeRoundWorkbook } from '../analysis/spreadsheet';
import { transactional } from '../workbook/rows';
import type { Workbook } from '../workbook/connection';
import { analysisRepository } from '../workbook/repositories/analysis';
import { trashRepository } from '../workbook/repositories/trash';
import { unitRepository } from '../workbook/repositories/units';

type AnalysisHandlers = Pick<
  Handlers,
  | 'statementSets.list'
  | 'statementSets.copy'
  | 'statementSets.save'
  | 'rounds.list'
  | 'rounds.get'
  | 'rounds.create'
  | 'rounds.delete'
  | 'rounds.reveal'
  | 'rounds.saveRespondent'
  | 'rounds.deleteRespondent'
  | 'rounds.previewImport'
  | 'rounds.import'
  | 'rounds.setConsensus'
  | 'rounds.results'
  | 'rounds.compare'
  | 'rounds.exportXlsx'
  | 'analysis.threshold'
  | 'analysis.setThreshold'
>;

export function createAnalysisHandlers(workbook: Workbook): AnalysisHandlers {
  const { db } = workbook;
  const analysis = analysisRepository(db);
  const units = unitRepository(db);
  const trash = trashRepository(db);
  const write = transactional(db);

  /** The round's units (for import matching and names in exports). */
  const roundUnits = (unitIds: string[], municipalityId: string) => units.list(municipalityId).filter((u) => unitIds.includes(u.id));

  async function preview(roundId: string, fileName: string, dataBase64: string) {
    const round = analysis.round(roundId);
    const set = analysis.set(round.setId).content;
    const cells = await readSpreadsheet(Buffer.from(dataBase64, 'base64'), fileName).catch((err: unknown) => {
      throw new ApiError('invalid_input', err instanceof Error ? err.message : t('error.internal'));
    });
    return { round, preview: readAnswerTable(cells, set, roundUnits(round.unitIds, round.municipalityId)) };
  }

  /** Results from counts the workbook aggregates (no answer-by-answer load). */
  function results(id: string) {
    const round = analysis.round(id);
    const set = analysis.set(round.setId);
    const threshold = analysis.threshold();
    const counts = analysis.counts(id, set.content.scale.max);
    const summary = summarizeCounts(set.content, counts.total);
    return {
      round,
      set,
      summary,
      byRole: breakdownCounts(set.content, 'role', counts.byRole, threshold),
      byUnit: breakdownCounts(set.content, 'unit', counts.byUnit, threshold),
      gaps: largestGaps(summary, set.content, 5),
      consensus: analysis.consensus(id),
    };
  }

  return {
    'statementSets.list': write(() => analysis.listSets()),
    'statementSets.copy': write(({ id, name }: { id: string; name: string }) => analysis.copySet(id, name)),
    'statementSets.save': write(({ id, content }: Parameters<Handlers['statementSets.save']>[0]) => analysis.saveSet(id, content)),

    'rounds.list': ({ municipalityId }) => analysis.rounds(municipalityId),
    'rounds.get': ({ id }) => {
      const round = analysis.round(id);
      return { round, set: analysis.set(round.setId), respondents: analysis.respondents(id), consensus: analysis.consensus(id) };
    },
    'rounds.create': write(analysis.createRound),
    'rounds.delete': write(({ id }: { id: string }) => trash.remove('round', id)),
    'rounds.reveal': write(({ id, revealed }: { id: string; revealed: boolean }) => analysis.reveal(id, revealed)),
    'rounds.saveRespondent': write((input: Parameters<Handlers['rounds.saveRespondent']>[0]) => analysis.saveRespondent(input)),
    'rounds.deleteRespondent': write(({ roundId, number }: { roundId: string; number: number }) => {
      analysis.deleteRespondent(roundId, number);
      return { number };
    }),

    'rounds.previewImport': async ({ roundId, fileName, dataBase64 }) => (await preview(roundId, fileName, dataBase64)).preview,
    'rounds.import': async ({ roundId, fileName, dataBase64 }) => {
      const { preview: p } = await preview(roundId, fileName, dataBase64);
      if (!p.ok) throw new ApiError('invalid_input', t('error.importRejected', { errors: p.fileErrors.join(' ') }));
      // All rows in one transaction: a failure saves none of them.
      const numbers = db.transaction(() =>
        p.respondents.map((r) => analysis.saveRespondent({ roundId, role: r.role, unitId: r.unitId, answers: r.answers }, 'import').number),
      )();
      return { imported: numbers.length, rejectedCells: p.rejected.length, firstNumber: numbers[0] ?? null };
    },

    'rounds.setConsensus': write(({ roundId, target, value }: { roundId: string; target: string; value: number | null }) => analysis.setConsensus(roundId, target, value)),
    'rounds.results': ({ id }) => results(id),
    'rounds.compare': ({ a, b }) => {
      const ra = results(a);
      const rb = results(b);
      return { a: ra.round, b: rb.round, comparison: compare({ set: ra.set.content, summary: ra.summary }, { set: rb.set.content, summary: rb.summary }) };
    },
    'rounds.exportXlsx': async ({ id }) => {
      const r = results(id);
      const unitNames = Object.fromEntries(units.list(r.round.municipalityId).map((u) => [u.id, u.name]));
      // Role and unit are left out for groups below the threshold, as on screen.
      const respondents = analysis.scoringInput(id);
      const threshold = analysis.threshold();
      const sizes = (key: (x: (typeof respondents)[number]) => string | null) => {
        const m = new Map<string | null, number>();
        for (const x of respondents) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
        return m;
      };
      const roleSizes = sizes((x) => x.role);
      const unitSizes = sizes((x) => x.unitId);
      const shown = respondents.map((x) => ({
        ...x,
        role: (roleSizes.get(x.role) ?? 0) >= threshold ? x.role : null,
        unitId: (unitSizes.get(x.unitId) ?? 0) >= threshold ? x.unitId : null,
      }));
      const bytes = await writeRoundWorkbook({ set: r.set.content, respondents: shown, unitNames, summary: r.summary });
      return { fileName: `${fileNamePart(r.round.title, 'runde')}-${r.round.date}.xlsx`, dataBase64: Buffer.from(bytes).toString('base64') };
    },

    'analysis.threshold': () => ({ value: analysis.threshold() }),
    'analysis.setThreshold': write(({ value }: { value: number }) => ({ value: analysis.setThreshold(value) })),
  };
}

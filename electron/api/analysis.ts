// Status analysis handlers: sets, rounds, answers by keyboard and by file,
// consensus, results with suppressed breakdowns, comparison, XLSX export.
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/result';
import { readAnswerTable } from '../../shared/analysis/importer';
import type { z } from 'zod';
import type { ImportFile, RoundResults } from '../../shared/analysis/api';
import type { ImportOptions, ImportPreview } from '../../shared/analysis/importer';
import { compare } from '../../shared/analysis/scoring';
import type { Respondent } from '../../shared/analysis/types';
import { roundResultsReader, type ShownRound } from '../analysis/results';
import { fileNamePart } from '../../shared/format';
import { t } from '../../shared/i18n';
import { readSheets, writeRoundWorkbook, type Sheet } from '../analysis/spreadsheet';
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

  /**
   * The preview of an import: the guide's sheet, else the first sheet with a
   * statement column (an instructions tab may come first); units matched
   * against all of the municipality's units (they join the round on import).
   */
  async function preview(input: z.output<typeof ImportFile>) {
    const round = analysis.round(input.roundId);
    const set = analysis.set(round.setId).content;
    const sheets = await readSheets(Buffer.from(input.dataBase64, 'base64'), input.fileName).catch((err: unknown) => {
      throw err instanceof ApiError
        ? err
        : new ApiError('invalid_input', err instanceof Error ? err.message : t('error.internal'));
    });
    const municipalityUnits = units.list(round.municipalityId);
    const read = (sheet: Sheet) => ({
      ...readAnswerTable(sheet.rows, set, municipalityUnits, {
        mapping: input.mapping as ImportOptions['mapping'],
        roleWords: input.roleWords,
      }),
      sheets: sheets.flatMap((s) => (s.name === null ? [] : [s.name])),
      sheet: sheet.name,
    });
    const chosen = sheets.find((s) => s.name === input.sheet);
    if (chosen) return read(chosen);
    let first: ImportPreview | null = null;
    for (const sheet of sheets) {
      const p = read(sheet);
      first ??= p;
      if (p.columns.some((c) => c.kind === 'statement')) return p;
    }
    return first ?? read({ name: null, rows: [] });
  }

  const results = roundResultsReader(db);
  /** The results without the internal cells: what leaves the main process. */
  const publicResultsOf = ({ disclosure: _disclosure, ...shown }: ShownRound): RoundResults => shown;
  const publicResults = (id: string) => publicResultsOf(results(id));

  return {
    'statementSets.list': write(() => analysis.listSets()),
    'statementSets.copy': write(({ id, name }) => analysis.copySet(id, name)),
    'statementSets.save': write(({ id, content }) => analysis.saveSet(id, content)),

    'rounds.list': ({ municipalityId }) => analysis.rounds(municipalityId),
    'rounds.get': ({ id }) => {
      const round = analysis.round(id);
      return {
        round,
        set: analysis.set(round.setId),
        respondents: analysis.respondents(id),
        consensus: analysis.consensus(id),
      };
    },
    'rounds.create': write(analysis.createRound),
    'rounds.delete': write(({ id }) => trash.remove('round', id)),
    'rounds.reveal': write(({ id, revealed }) => analysis.reveal(id, revealed)),
    'rounds.saveRespondent': write((input) => analysis.saveRespondent(input)),
    'rounds.deleteRespondent': write(({ roundId, number }) => {
      analysis.deleteRespondent(roundId, number);
      return { number };
    }),

    'rounds.previewImport': async (input) => {
      const { respondents, ok: _ok, ...shown } = await preview(input);
      return { ...shown, respondentCount: respondents.length };
    },
    'rounds.import': async (input) => {
      const roundId = input.roundId;
      const p = await preview(input);
      if (!p.ok) throw new ApiError('invalid_input', t('error.importRejected', { errors: p.fileErrors.join(' ') }));
      // All rows in one transaction: a failure saves none of them.
      const numbers = db.transaction(() => analysis.importRespondents(roundId, p.respondents))();
      return { imported: numbers.length };
    },

    'rounds.setConsensus': write(({ roundId, target, value }) => analysis.setConsensus(roundId, target, value)),
    'rounds.results': ({ id }) => publicResults(id),
    'rounds.compare': ({ a, b }) => {
      const ra = results(a);
      const rb = results(b);
      for (const r of [ra, rb]) {
        if (r.status !== 'shown' || !r.summary)
          throw new ApiError(
            'invalid_input',
            t(r.status === 'hidden' ? 'error.compareHidden' : 'error.compareTooFew', { title: r.round.title }),
          );
      }
      return {
        a: ra.round,
        b: rb.round,
        comparison: compare(
          { set: ra.set.content, summary: ra.summary! },
          { set: rb.set.content, summary: rb.summary! },
        ),
      };
    },
    'rounds.exportXlsx': async ({ id, includeRespondents }) => {
      const r = results(id);
      if (r.status === 'hidden') throw new ApiError('invalid_input', t('error.exportHidden'));
      const d = r.disclosure;
      if (r.status === 'too_few' || !d)
        throw new ApiError('invalid_input', t('error.exportTooFew', { threshold: r.threshold }));
      const unitNames = Object.fromEntries(units.list(r.round.municipalityId).map((u) => [u.id, u.name]));
      let respondents: Respondent[] | null = null;
      if (includeRespondents) {
        if (r.changedSinceReveal > 0)
          throw new ApiError('invalid_input', t('error.exportChanged', { count: r.changedSinceReveal }));
        // A row names its role only when the role group is shown, its unit only when the unit group is (privacy.ts).
        respondents = analysis.scoringInput(id).map((x) => ({
          ...x,
          role: d.roles.has(x.role) ? x.role : null,
          unitId: d.units.has(x.unitId) ? x.unitId : null,
        }));
      }
      const bytes = await writeRoundWorkbook({ results: publicResultsOf(r), respondents, unitNames });
      return {
        fileName: `${fileNamePart(r.round.title, t('fileName.round'))}-${r.round.date}.xlsx`,
        dataBase64: Buffer.from(bytes).toString('base64'),
      };
    },

    'analysis.threshold': () => ({ value: analysis.threshold() }),
    'analysis.setThreshold': write(({ value }) => ({ value: analysis.setThreshold(value) })),
  };
}

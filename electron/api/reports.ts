// Report handlers: the session summary as a ReportDocument (the renderer writes
// Word and prints the PDF from it), as an Excel file, and the guide's profile.
// Everything is read through the other handlers, so results are exactly the
// rounds' own results (small groups suppressed there), never a copy of the maths.
import type { Handlers } from '../../shared/api/contract';
import type { Round } from '../../shared/analysis/api';
import {
  GuideProfile,
  buildSessionReport,
  type ReportRound,
  type SessionReportData,
  type SessionSections,
} from '../../shared/report/session';
import { transactional } from '../workbook/rows';
import type { Workbook } from '../workbook/connection';
import { settingsRepository } from '../workbook/repositories/settings';
import { writeReportWorkbook } from '../report/xlsx';

export type ReportMethod = 'reports.session' | 'reports.sessionXlsx' | 'guide.get' | 'guide.set';
type ReportHandlers = Pick<Handlers, ReportMethod>;
type Reads = Pick<
  Handlers,
  | 'sessions.get'
  | 'sessions.list'
  | 'municipalities.get'
  | 'units.list'
  | 'content.get'
  | 'sessions.checklistWork'
  | 'rounds.list'
  | 'rounds.results'
  | 'rounds.compare'
  | 'boards.list'
  | 'boards.get'
  | 'actions.list'
>;

const GUIDE_KEY = 'guide.profile';

/** Whether two rounds are about the same units (both municipality-wide counts as the same). */
const sameUnits = (a: Round, b: Round) =>
  (a.unitIds.length === 0 && b.unitIds.length === 0) || a.unitIds.some((u) => b.unitIds.includes(u));
const earlier = (a: Round, b: Round) => a.date < b.date || (a.date === b.date && a.createdAt < b.createdAt);

/**
 * The latest revealed round with answers before `round` for the same units: what "change since last time" is
 * measured against. A round whose results were never shown is not compared (the summary shows what a screen may).
 */
export function previousRound(round: Round, all: Round[]): Round | null {
  const candidates = all.filter(
    (r) => r.id !== round.id && r.revealed && r.respondentCount > 0 && earlier(r, round) && sameUnits(r, round),
  );
  return candidates.sort((a, b) => (earlier(a, b) ? 1 : -1))[0] ?? null;
}

export function createReportHandlers(workbook: Workbook, api: Reads): ReportHandlers {
  const settings = settingsRepository(workbook.db);
  const write = transactional(workbook.db);
  const guide = (): GuideProfile => {
    const parsed = GuideProfile.safeParse(settings.getJson(GUIDE_KEY) ?? {});
    return parsed.success ? parsed.data : GuideProfile.parse({});
  };

  async function gather(id: string): Promise<SessionReportData> {
    const session = await api['sessions.get']({ id });
    const municipalityId = session.municipalityId;
    const [municipality, units, content, work, rounds, boards, actions, sessions] = await Promise.all([
      api['municipalities.get']({ id: municipalityId }),
      api['units.list']({ municipalityId }),
      api['content.get']({ municipalityId }),
      api['sessions.checklistWork']({ id }),
      api['rounds.list']({ municipalityId }),
      api['boards.list']({ sessionId: id }),
      api['actions.list']({ sessionId: id }),
      api['sessions.list']({ municipalityId }),
    ]);
    const lawIds = new Set(content?.content.lawChecklists.map((l) => l.id) ?? []);

    const reportRounds: ReportRound[] = [];
    for (const round of rounds.filter((r) => r.sessionId === id).sort((a, b) => (earlier(a, b) ? -1 : 1))) {
      const results = await api['rounds.results']({ id: round.id });
      const before = results.summary ? previousRound(round, rounds) : null;
      const previous = before
        ? {
            title: before.title,
            date: before.date,
            respondents: before.respondentCount,
            comparison: (await api['rounds.compare']({ a: before.id, b: round.id })).comparison,
          }
        : null;
      reportRounds.push({ results, previous });
    }

    const unitNames = Object.fromEntries(units.map((u) => [u.id, u.name]));
    const reportBoards = [];
    for (const b of boards) {
      const detail = await api['boards.get']({ id: b.id });
      reportBoards.push({
        title: b.title,
        unitName: b.unitId ? (unitNames[b.unitId] ?? null) : null,
        steps: detail.steps.map((s) => ({ step: s.step, title: s.title })),
        cards: detail.state.cards.filter((c) => !c.deleted),
      });
    }

    const next = sessions
      .filter((s) => s.id !== id && s.date > session.date)
      .sort((a, b) => a.date.localeCompare(b.date))[0];
    return {
      municipality: municipality.name,
      session,
      units: units.filter((u) => session.unitIds.includes(u.id)).map((u) => ({ id: u.id, name: u.name })),
      unitNames,
      guide: guide(),
      work: work.map((w) => ({ ...w, law: lawIds.has(w.listId) })),
      rounds: reportRounds,
      boards: reportBoards,
      actions,
      nextSession: next ? { date: next.date, title: next.title } : null,
    };
  }

  const report = async (id: string, sections: SessionSections) => buildSessionReport(await gather(id), sections);

  return {
    'reports.session': ({ id, sections }) => report(id, sections),
    'reports.sessionXlsx': async ({ id, sections }) => {
      const { document, fileName } = await report(id, sections);
      const bytes = await writeReportWorkbook(document);
      return { fileName: `${fileName}.xlsx`, dataBase64: Buffer.from(bytes).toString('base64') };
    },
    'guide.get': () => guide(),
    'guide.set': write((profile) => {
      settings.putJson(GUIDE_KEY, profile);
      return guide();
    }),
  };
}

// Status analysis in the workbook: statement sets (versioned, frozen once
// used), rounds, anonymous respondents with their answers, consensus scores.
import type Database from 'better-sqlite3';
import { type z } from 'zod';
import type { RoundCreate, Round, RespondentOut, RespondentSave, StatementSetInfo } from '../../../shared/analysis/api';
import type { AnswerValue, Respondent, Role, StatementSetContent } from '../../../shared/analysis/types';
import type { RoundCells } from '../../../shared/analysis/results';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { shippedSetRevision, shippedStatementSets } from '../../content/statementSets';
import { newId, nowIso } from '../rows';

interface SetRow {
  id: string;
  lineage_id: string;
  version: number;
  origin: string;
  content: string;
  created_at: string;
  used: number;
  latest_version: number;
}
interface RoundRow {
  id: string;
  municipality_id: string;
  set_id: string;
  title: string;
  date: string;
  kind: Round['kind'];
  session_id: string | null;
  revealed: number;
  unit_ids: string | null;
  respondent_count: number;
  created_at: string;
  updated_at: string;
}
interface RespondentRow {
  id: string;
  number: number;
  role: Role | null;
  unit_id: string | null;
  source: 'keyboard' | 'import';
}

const toSet = (r: SetRow): StatementSetInfo => ({
  id: r.id,
  lineageId: r.lineage_id,
  version: r.version,
  origin: r.origin,
  content: JSON.parse(r.content) as StatementSetContent,
  usedByRounds: r.used,
  latest: r.version === r.latest_version,
  createdAt: r.created_at,
});
const toRound = (r: RoundRow): Round => ({
  id: r.id,
  municipalityId: r.municipality_id,
  setId: r.set_id,
  title: r.title,
  date: r.date,
  kind: r.kind,
  sessionId: r.session_id,
  revealed: r.revealed === 1,
  unitIds: r.unit_ids ? (JSON.parse(r.unit_ids) as string[]) : [],
  respondentCount: r.respondent_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const SET_SELECT = `SELECT s.*, (SELECT count(*) FROM rounds r WHERE r.set_id = s.id) AS used,
  (SELECT max(version) FROM statement_sets x WHERE x.lineage_id = s.lineage_id) AS latest_version FROM statement_sets s`;
const ROUND_SELECT = `SELECT r.id, r.municipality_id, r.set_id, r.title, r.date, r.kind, r.session_id, r.revealed, r.created_at, r.updated_at,
  (SELECT json_group_array(unit_id) FROM round_units ru WHERE ru.round_id = r.id) AS unit_ids,
  (SELECT count(*) FROM respondents p WHERE p.round_id = r.id) AS respondent_count
  FROM rounds r`;

export const THRESHOLD_KEY = 'analysis.suppression_threshold';

export function analysisRepository(db: Database.Database) {
  const sets = db.prepare<[], SetRow>(`${SET_SELECT} ORDER BY s.lineage_id, s.version`);
  const oneSet = db.prepare<[string], SetRow>(`${SET_SELECT} WHERE s.id = ?`);
  const lineageExists = db.prepare<[string], { id: string }>(
    'SELECT id FROM statement_sets WHERE lineage_id = ? LIMIT 1',
  );
  const latestVersion = db.prepare<[string], { v: number }>(
    'SELECT max(version) AS v FROM statement_sets WHERE lineage_id = ?',
  );
  const insertSet = db.prepare(
    `INSERT INTO statement_sets (id, lineage_id, version, origin, content, created_at, updated_at)
     VALUES (@id, @lineageId, @version, @origin, @content, @now, @now)`,
  );
  const updateSet = db.prepare('UPDATE statement_sets SET content = ?, updated_at = ? WHERE id = ?');

  const roundsOf = db.prepare<[string], RoundRow>(
    `${ROUND_SELECT} WHERE r.municipality_id = ? ORDER BY r.date DESC, r.created_at DESC`,
  );
  const oneRound = db.prepare<[string], RoundRow>(`${ROUND_SELECT} WHERE r.id = ?`);
  const insertRound = db.prepare(
    `INSERT INTO rounds (id, municipality_id, set_id, title, date, kind, session_id, created_at, updated_at)
     VALUES (@id, @municipalityId, @setId, @title, @date, @kind, @sessionId, @now, @now)`,
  );
  const addRoundUnit = db.prepare(
    'INSERT INTO round_units (round_id, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const unitMunicipality = db.prepare<[string], { municipality_id: string }>(
    'SELECT municipality_id FROM units WHERE id = ?',
  );
  const sessionMunicipality = db.prepare<[string], { municipality_id: string }>(
    'SELECT municipality_id FROM sessions WHERE id = ?',
  );
  const municipalityExists = db.prepare<[string], { id: string }>('SELECT id FROM municipalities WHERE id = ?');
  const setRevealed = db.prepare(
    'UPDATE rounds SET revealed = ?, revealed_at = ?, revealed_cells = ?, updated_at = ? WHERE id = ?',
  );
  const revealedOf = db.prepare<[string], { revealed_at: string | null; revealed_cells: string | null }>(
    'SELECT revealed_at, revealed_cells FROM rounds WHERE id = ?',
  );
  // Added or edited after the reveal; and how many of the revealed ones are still there.
  const changedAfter = db.prepare<[{ roundId: string; at: string }], { changed: number; kept: number }>(
    'SELECT coalesce(sum(updated_at > @at), 0) AS changed, coalesce(sum(created_at <= @at), 0) AS kept FROM respondents WHERE round_id = @roundId',
  );

  // Each respondent with its answers as one JSON object built in SQL: one row per
  // form instead of one JS object per answer (a round holds tens of thousands).
  const respondentsOf = db.prepare<[string], RespondentRow & { answers: string }>(
    `SELECT p.id, p.number, p.role, p.unit_id, p.source,
       (SELECT json_group_object(a.code, CASE WHEN a.dont_know = 1 THEN 'dont_know' ELSE a.value END) FROM answers a WHERE a.respondent_id = p.id) AS answers
     FROM respondents p WHERE p.round_id = ? ORDER BY p.number`,
  );
  const respondentByNumber = db.prepare<[string, number], RespondentRow>(
    'SELECT * FROM respondents WHERE round_id = ? AND number = ?',
  );
  const respondentById = db.prepare<[string], RespondentRow>('SELECT * FROM respondents WHERE id = ?');
  const answersOfOne = db.prepare<[string], { code: string; value: number | null; dont_know: number }>(
    'SELECT code, value, dont_know FROM answers WHERE respondent_id = ?',
  );
  const addRoundUnitIfMissing = db.prepare(
    'INSERT OR IGNORE INTO round_units (round_id, unit_id, created_at, updated_at) VALUES (?, ?, ?, ?)',
  );
  const nextNumber = db.prepare<[string], { next: number }>(
    'SELECT coalesce(max(number), 0) + 1 AS next FROM respondents WHERE round_id = ?',
  );
  const insertRespondent = db.prepare(
    `INSERT INTO respondents (id, round_id, number, role, unit_id, source, created_at, updated_at)
     VALUES (@id, @roundId, @number, @role, @unitId, @source, @now, @now)`,
  );
  const updateRespondent = db.prepare(
    'UPDATE respondents SET role = @role, unit_id = @unitId, updated_at = @now WHERE id = @id',
  );
  const clearAnswers = db.prepare('DELETE FROM answers WHERE respondent_id = ?');
  const insertAnswer = db.prepare(
    'INSERT INTO answers (respondent_id, code, value, dont_know, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const deleteRespondent = db.prepare('DELETE FROM respondents WHERE round_id = ? AND number = ?');
  /** INSERT of n answers at once, prepared once per n. */
  const answerBatches = new Map<number, Database.Statement>();
  const answerBatch = (n: number) => {
    let statement = answerBatches.get(n);
    if (!statement) {
      const rows = Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?)').join(', ');
      statement = db.prepare(
        `INSERT INTO answers (respondent_id, code, value, dont_know, created_at, updated_at) VALUES ${rows}`,
      );
      answerBatches.set(n, statement);
    }
    return statement;
  };

  // The round reduced to counts in SQL: per (role, unit) cell, per code and answer.
  const answerCells = db
    .prepare<[string]>(
      `SELECT p.role, p.unit_id, a.code, a.value, a.dont_know, count(*) AS n
       FROM answers a JOIN respondents p ON p.id = a.respondent_id
       WHERE p.round_id = ? GROUP BY p.role, p.unit_id, a.code, a.value, a.dont_know`,
    )
    .raw();
  const respondentCells = db
    .prepare<[string]>('SELECT role, unit_id, count(*) AS n FROM respondents WHERE round_id = ? GROUP BY role, unit_id')
    .raw();
  const consensusOf = db.prepare<[string], { target: string; value: number }>(
    'SELECT target, value FROM consensus WHERE round_id = ?',
  );
  const upsertConsensus = db.prepare(
    `INSERT INTO consensus (round_id, target, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (round_id, target) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );
  const deleteConsensus = db.prepare('DELETE FROM consensus WHERE round_id = ? AND target = ?');

  const getSetting = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const putSetting = db.prepare(
    `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  );

  function set(id: string): StatementSetInfo {
    const row = oneSet.get(id);
    if (!row) throw new ApiError('not_found', t('error.setNotFound'));
    return toSet(row);
  }
  function round(id: string): Round {
    const row = oneRound.get(id);
    if (!row) throw new ApiError('not_found', t('error.roundNotFound'));
    return toRound(row);
  }

  /**
   * The shipped sets enter the workbook the first time sets are listed; a newer
   * shipped revision enters as a new version of its lineage. Older versions stay,
   * with their rounds, and compare statement by statement (same code, same text).
   */
  const ensureShippedNow = db.transaction((): void => {
    for (const [origin, content] of shippedStatementSets()) {
      const revision = shippedSetRevision(origin);
      const key = `analysis.shipped_revision.${origin}`;
      const now = nowIso();
      if (!lineageExists.get(origin)) {
        insertSet.run({ id: newId(), lineageId: origin, version: 1, origin, content: JSON.stringify(content), now });
        putSetting.run(key, String(revision), now, now);
        continue;
      }
      if (Number(getSetting.get(key)?.value ?? '1') >= revision) continue;
      const version = (latestVersion.get(origin)?.v ?? 0) + 1;
      insertSet.run({ id: newId(), lineageId: origin, version, origin, content: JSON.stringify(content), now });
      putSetting.run(key, String(revision), now, now);
    }
  });
  function ensureShipped(): void {
    // A workbook open for reading only lists what it holds.
    if (db.readonly) return;
    ensureShippedNow();
  }

  /** Checks answers against the round's set; returns them ready to store. */
  function answerChecker(content: StatementSetContent) {
    const codes = new Set(content.statements.map((s) => s.code));
    return (answers: Record<string, AnswerValue>): [string, AnswerValue][] =>
      Object.entries(answers).map(([code, value]) => {
        if (!codes.has(code)) throw new ApiError('invalid_input', t('error.answerCode', { code }));
        if (typeof value === 'number' && (value < content.scale.min || value > content.scale.max)) {
          throw new ApiError('invalid_input', t('error.answerValue', { code, max: content.scale.max }));
        }
        return [code, value];
      });
  }
  const checkAnswers = (content: StatementSetContent, answers: Record<string, AnswerValue>) =>
    answerChecker(content)(answers);

  function writeAnswers(respondentId: string, answers: [string, AnswerValue][], now: string): void {
    clearAnswers.run(respondentId);
    for (const [code, value] of answers) {
      if (value === null) continue;
      insertAnswer.run(
        respondentId,
        code,
        value === 'dont_know' ? null : value,
        value === 'dont_know' ? 1 : 0,
        now,
        now,
      );
    }
  }

  function one(respondentId: string): RespondentOut {
    const row = respondentById.get(respondentId)!;
    const answers: Record<string, AnswerValue> = {};
    for (const a of answersOfOne.all(respondentId)) answers[a.code] = a.dont_know === 1 ? 'dont_know' : a.value;
    return { id: row.id, number: row.number, role: row.role, unitId: row.unit_id, source: row.source, answers };
  }

  function respondents(roundId: string): RespondentOut[] {
    return respondentsOf.all(roundId).map((r) => ({
      id: r.id,
      number: r.number,
      role: r.role,
      unitId: r.unit_id,
      source: r.source,
      answers: JSON.parse(r.answers) as Record<string, AnswerValue>,
    }));
  }

  return {
    listSets(): StatementSetInfo[] {
      ensureShipped();
      return sets.all().map(toSet);
    },
    set,
    copySet(id: string, name: string): StatementSetInfo {
      const from = set(id);
      const newSetId = newId();
      insertSet.run({
        id: newSetId,
        lineageId: newId(),
        version: 1,
        origin: 'copy',
        content: JSON.stringify({ ...from.content, name }),
        now: nowIso(),
      });
      return set(newSetId);
    },
    /** Edit a set: in place while unused, otherwise as a new version of its lineage. */
    saveSet(id: string, content: StatementSetContent): StatementSetInfo {
      const current = set(id);
      if (current.usedByRounds === 0 && current.latest) {
        updateSet.run(JSON.stringify(content), nowIso(), id);
        return set(id);
      }
      const latest = sets
        .all()
        .filter((s) => s.lineage_id === current.lineageId)
        .reduce((m, s) => Math.max(m, s.version), 0);
      const newSetId = newId();
      insertSet.run({
        id: newSetId,
        lineageId: current.lineageId,
        version: latest + 1,
        origin: current.origin,
        content: JSON.stringify(content),
        now: nowIso(),
      });
      return set(newSetId);
    },

    rounds: (municipalityId: string): Round[] => {
      if (!municipalityExists.get(municipalityId)) throw new ApiError('not_found', t('error.municipalityNotFound'));
      return roundsOf.all(municipalityId).map(toRound);
    },
    round,
    createRound(input: z.output<typeof RoundCreate>): Round {
      if (!municipalityExists.get(input.municipalityId))
        throw new ApiError('not_found', t('error.municipalityNotFound'));
      set(input.setId);
      if (input.sessionId && sessionMunicipality.get(input.sessionId)?.municipality_id !== input.municipalityId) {
        throw new ApiError('invalid_input', t('error.sessionOtherMunicipality'));
      }
      const id = newId();
      const now = nowIso();
      insertRound.run({ ...input, id, now });
      for (const unitId of new Set(input.unitIds)) {
        const unit = unitMunicipality.get(unitId);
        if (!unit) throw new ApiError('not_found', t('error.unitNotFound'));
        if (unit.municipality_id !== input.municipalityId)
          throw new ApiError('invalid_input', t('error.unitOtherMunicipality'));
        addRoundUnit.run(id, unitId, now, now);
      }
      return round(id);
    },
    /** Reveal (again: the results are frozen as they are now) or hide a round. */
    reveal(roundId: string, revealed: boolean): Round {
      round(roundId);
      const now = nowIso();
      const cells = revealed
        ? JSON.stringify({ respondents: respondentCells.all(roundId), answers: answerCells.all(roundId) })
        : null;
      setRevealed.run(revealed ? 1 : 0, revealed ? now : null, cells, now, roundId);
      return round(roundId);
    },

    respondents,
    /** Respondents as scoring wants them. */
    scoringInput: (roundId: string): Respondent[] =>
      respondents(roundId).map(({ number, role, unitId, answers }) => ({ number, role, unitId, answers })),

    saveRespondent(input: z.output<typeof RespondentSave>, source: 'keyboard' | 'import' = 'keyboard'): RespondentOut {
      const r = round(input.roundId);
      const content = set(r.setId).content;
      const answers = checkAnswers(content, input.answers);
      if (input.unitId && !r.unitIds.includes(input.unitId))
        throw new ApiError('invalid_input', t('error.unitNotInRound'));
      const now = nowIso();
      const number = input.number ?? nextNumber.get(r.id)!.next;
      const existing = respondentByNumber.get(r.id, number);
      const id = existing?.id ?? newId();
      if (existing) updateRespondent.run({ id, role: input.role, unitId: input.unitId, now });
      else insertRespondent.run({ id, roundId: r.id, number, role: input.role, unitId: input.unitId, source, now });
      writeAnswers(id, answers, now);
      return one(id);
    },
    /**
     * Many respondents at once (a file import): the round and set are read
     * once, numbers follow the highest one, and every row goes through the
     * same prepared statements. The caller wraps it in one transaction.
     * Units must be the municipality's; they join the round when missing.
     */
    importRespondents(
      roundId: string,
      rows: { role: Role | null; unitId: string | null; answers: Record<string, AnswerValue> }[],
    ): number[] {
      const r = round(roundId);
      const content = set(r.setId).content;
      const now = nowIso();
      const roundUnitIds = new Set(r.unitIds);
      const check = answerChecker(content);
      let number = nextNumber.get(r.id)!.next;
      const numbers: number[] = [];
      for (const row of rows) {
        const answers = check(row.answers);
        if (row.unitId && !roundUnitIds.has(row.unitId)) {
          if (unitMunicipality.get(row.unitId)?.municipality_id !== r.municipalityId)
            throw new ApiError('invalid_input', t('error.unitNotInRound'));
          addRoundUnitIfMissing.run(r.id, row.unitId, now, now);
          roundUnitIds.add(row.unitId);
        }
        const id = newId();
        insertRespondent.run({ id, roundId: r.id, number, role: row.role, unitId: row.unitId, source: 'import', now });
        const values: (string | number | null)[] = [];
        for (const [code, value] of answers) {
          if (value === null) continue;
          values.push(id, code, value === 'dont_know' ? null : value, value === 'dont_know' ? 1 : 0, now, now);
        }
        // One statement per respondent: all of its answers as one multi-row INSERT.
        if (values.length > 0) answerBatch(values.length / 6).run(...values);
        numbers.push(number++);
      }
      return numbers;
    },
    deleteRespondent(roundId: string, number: number): void {
      round(roundId);
      if (deleteRespondent.run(roundId, number).changes === 0)
        throw new ApiError('not_found', t('error.respondentNotFound'));
    },

    /** The round reduced to counts per (role, unit) cell, aggregated in SQL (no answer-by-answer load). */
    cells(roundId: string): RoundCells {
      return {
        respondents: respondentCells.all(roundId) as RoundCells['respondents'],
        answers: answerCells.all(roundId) as RoundCells['answers'],
      };
    },
    /**
     * What the room was shown: the cells frozen at the reveal, and how many
     * forms were added, changed or deleted since (not in the shown results).
     * Null while the round is hidden.
     */
    revealedCells(roundId: string): { revealedAt: string; cells: RoundCells; changed: number } | null {
      const row = revealedOf.get(roundId);
      if (!row?.revealed_at || !row.revealed_cells) return null;
      const cells = JSON.parse(row.revealed_cells) as RoundCells;
      const shownCount = cells.respondents.reduce((sum, [, , n]) => sum + n, 0);
      const { changed, kept } = changedAfter.get({ roundId, at: row.revealed_at })!;
      return { revealedAt: row.revealed_at, cells, changed: changed + Math.max(0, shownCount - kept) };
    },

    consensus(roundId: string): Record<string, number> {
      return Object.fromEntries(consensusOf.all(roundId).map((c) => [c.target, c.value]));
    },
    setConsensus(roundId: string, target: string, value: number | null): Record<string, number> {
      const r = round(roundId);
      const content = set(r.setId).content;
      const [kind, key] = target.split(':');
      const known =
        kind === 'statement' ? content.statements.some((s) => s.code === key) : content.areas.some((a) => a.id === key);
      if (!known) throw new ApiError('invalid_input', t('error.consensusTarget', { target }));
      if (value !== null && value > content.scale.max)
        throw new ApiError('invalid_input', t('error.answerValue', { code: key, max: content.scale.max }));
      if (value === null) deleteConsensus.run(roundId, target);
      else upsertConsensus.run(roundId, target, value, nowIso(), nowIso());
      return Object.fromEntries(consensusOf.all(roundId).map((c) => [c.target, c.value]));
    },

    threshold(): number {
      const v = Number(getSetting.get(THRESHOLD_KEY)?.value);
      return Number.isInteger(v) && v >= 3 ? v : 5;
    },
    setThreshold(value: number): number {
      putSetting.run(THRESHOLD_KEY, String(value), nowIso(), nowIso());
      return value;
    },
  };
}

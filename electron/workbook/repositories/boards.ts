// Omni-trappa boards in the workbook: every command is applied with the same
// pure function the client uses, and only the cards it changed are written.
import type Database from 'better-sqlite3';
import { type z } from 'zod';
import type { ActionCreate, ActionUpdate, Action, Board, BoardCreate, Timer } from '../../../shared/trappa/api';
import { NO_TIMER } from '../../../shared/trappa/api';
import { applyCommand, BoardError, type BoardState, type Card, type Command } from '../../../shared/trappa/board';
import { ApiError } from '../../../shared/api/result';
import { t } from '../../../shared/i18n';
import { mergeDefined, newId, nowIso } from '../rows';

interface BoardRow {
  id: string;
  session_id: string;
  title: string;
  unit_id: string | null;
  revealed: number;
  timer: string;
  card_count: number;
  created_at: string;
}
interface CardRow {
  id: string;
  text: string;
  grp: string;
  color: Card['color'];
  step: number | null;
  position: number;
  votes: number;
  deleted: number;
}
interface ActionRow {
  id: string;
  municipality_id: string;
  session_id: string | null;
  session_title: string | null;
  session_date: string | null;
  card_id: string | null;
  unit_id: string | null;
  category: Action['category'];
  what: string;
  who: string;
  due: string | null;
  status: Action['status'];
  created_at: string;
  updated_at: string;
}

const toBoard = (r: BoardRow): Board => ({
  id: r.id,
  sessionId: r.session_id,
  title: r.title,
  unitId: r.unit_id,
  cardCount: r.card_count,
  createdAt: r.created_at,
});
const toCard = (r: CardRow): Card => ({
  id: r.id,
  text: r.text,
  group: r.grp,
  color: r.color,
  step: r.step,
  position: r.position,
  votes: r.votes,
  deleted: r.deleted === 1,
});
const toAction = (r: ActionRow): Action => ({
  id: r.id,
  municipalityId: r.municipality_id,
  sessionId: r.session_id,
  sessionTitle: r.session_title,
  sessionDate: r.session_date,
  cardId: r.card_id,
  unitId: r.unit_id,
  category: r.category,
  what: r.what,
  who: r.who,
  due: r.due,
  status: r.status,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const BOARD_SELECT = `SELECT b.*, (SELECT count(*) FROM cards c WHERE c.board_id = b.id AND c.deleted = 0) AS card_count FROM boards b`;
const ACTION_SELECT = `SELECT a.*, s.title AS session_title, s.date AS session_date FROM actions a LEFT JOIN sessions s ON s.id = a.session_id`;

export function boardRepository(db: Database.Database) {
  const boardsOf = db.prepare<[string], BoardRow>(`${BOARD_SELECT} WHERE b.session_id = ? ORDER BY b.created_at`);
  const oneBoard = db.prepare<[string], BoardRow>(`${BOARD_SELECT} WHERE b.id = ?`);
  const boardMeta = db.prepare<[string], { revealed: number; session_id: string; closed_at: string | null }>(
    'SELECT b.revealed, b.session_id, s.closed_at FROM boards b JOIN sessions s ON s.id = b.session_id WHERE b.id = ?',
  );
  const insertBoard = db.prepare(
    `INSERT INTO boards (id, session_id, title, unit_id, created_at, updated_at) VALUES (@id, @sessionId, @title, @unitId, @now, @now)`,
  );
  const cardsOf = db.prepare<[string], CardRow>('SELECT * FROM cards WHERE board_id = ? ORDER BY step, position');
  const upsertCard = db.prepare(
    `INSERT INTO cards (id, board_id, text, grp, color, step, position, votes, deleted, created_at, updated_at)
     VALUES (@id, @boardId, @text, @group, @color, @step, @position, @votes, @deleted, @now, @now)
     ON CONFLICT (id) DO UPDATE SET text = excluded.text, grp = excluded.grp, color = excluded.color, step = excluded.step,
       position = excluded.position, votes = excluded.votes, deleted = excluded.deleted, updated_at = excluded.updated_at
     WHERE cards.board_id = excluded.board_id`,
  );
  const deleteCard = db.prepare('DELETE FROM cards WHERE id = ? AND board_id = ?');
  const renameBoard = db.prepare('UPDATE boards SET title = ?, updated_at = ? WHERE id = ?');
  const setRevealed = db.prepare('UPDATE boards SET revealed = ?, updated_at = ? WHERE id = ?');
  const setTimer = db.prepare('UPDATE boards SET timer = ?, updated_at = ? WHERE id = ?');
  const sessionOf = db.prepare<[string], { municipality_id: string; closed_at: string | null }>(
    'SELECT municipality_id, closed_at FROM sessions WHERE id = ?',
  );
  const unitOf = db.prepare<[string], { municipality_id: string }>('SELECT municipality_id FROM units WHERE id = ?');
  const cardBoardSession = db.prepare<[string], { session_id: string }>(
    'SELECT b.session_id FROM cards c JOIN boards b ON b.id = c.board_id WHERE c.id = ?',
  );
  const purgeDeleted = db.prepare(
    'DELETE FROM cards WHERE deleted = 1 AND board_id IN (SELECT id FROM boards WHERE session_id = ?)',
  );
  const closeSession = db.prepare('UPDATE sessions SET closed_at = ?, updated_at = ? WHERE id = ?');
  const reopen = db.prepare('UPDATE sessions SET closed_at = NULL, updated_at = ? WHERE id = ?');

  const oneAction = db.prepare<[string], ActionRow>(`${ACTION_SELECT} WHERE a.id = ?`);
  const insertAction = db.prepare(
    `INSERT INTO actions (id, municipality_id, session_id, card_id, unit_id, category, what, who, due, status, created_at, updated_at)
     VALUES (@id, @municipalityId, @sessionId, @cardId, @unitId, @category, @what, @who, @due, 'open', @now, @now)`,
  );
  const updateAction = db.prepare(
    'UPDATE actions SET status = @status, what = @what, who = @who, due = @due, updated_at = @now WHERE id = @id',
  );
  /** This session's actions, and the open ones of earlier sessions of the municipality. */
  const actionsForSession = db.prepare<[string, string, string], ActionRow>(
    `${ACTION_SELECT} WHERE a.session_id = ?
       OR (a.municipality_id = ? AND a.status <> 'done' AND coalesce(s.date, '') <= ? AND coalesce(a.session_id, '') <> '')
     ORDER BY a.status = 'done', coalesce(s.date, ''), a.created_at`,
  );
  const actionsForUnit = db.prepare<[string], ActionRow>(
    `${ACTION_SELECT} WHERE a.unit_id = ? ORDER BY a.status = 'done', a.created_at`,
  );
  const sessionDate = db.prepare<[string], { date: string; municipality_id: string }>(
    'SELECT date, municipality_id FROM sessions WHERE id = ?',
  );

  function board(id: string): Board {
    const row = oneBoard.get(id);
    if (!row) throw new ApiError('not_found', t('error.boardNotFound'));
    return toBoard(row);
  }
  function state(id: string): BoardState {
    const meta = boardMeta.get(id);
    if (!meta) throw new ApiError('not_found', t('error.boardNotFound'));
    return { revealed: meta.revealed === 1, cards: cardsOf.all(id).map(toCard) };
  }
  function action(id: string): Action {
    const row = oneAction.get(id);
    if (!row) throw new ApiError('not_found', t('error.actionNotFound'));
    return toAction(row);
  }

  return {
    boards: (sessionId: string): Board[] => boardsOf.all(sessionId).map(toBoard),
    board,
    state,
    timer(id: string): Timer {
      const row = oneBoard.get(id);
      if (!row) throw new ApiError('not_found', t('error.boardNotFound'));
      try {
        return { ...NO_TIMER, ...(JSON.parse(row.timer) as Partial<Timer>) };
      } catch {
        return NO_TIMER;
      }
    },
    meta: (id: string) => boardMeta.get(id),
    rename(id: string, title: string): Board {
      board(id);
      renameBoard.run(title, nowIso(), id);
      return board(id);
    },
    create(input: z.output<typeof BoardCreate>): Board {
      const session = sessionOf.get(input.sessionId);
      if (!session) throw new ApiError('not_found', t('error.sessionNotFound'));
      if (input.unitId && unitOf.get(input.unitId)?.municipality_id !== session.municipality_id)
        throw new ApiError('invalid_input', t('error.unitOtherMunicipality'));
      const id = newId();
      insertBoard.run({ ...input, id, now: nowIso() });
      return board(id);
    },
    /** Apply one command; write the cards it changed. Call inside a transaction. */
    apply(boardId: string, command: Command): { changed: number } {
      const before = state(boardId);
      let after: BoardState;
      try {
        after = applyCommand(before, command);
      } catch (err) {
        if (err instanceof BoardError) throw new ApiError('invalid_input', err.message);
        throw err;
      }
      const now = nowIso();
      let changed = 0;
      if (after.revealed !== before.revealed) {
        setRevealed.run(after.revealed ? 1 : 0, now, boardId);
        changed++;
      }
      const beforeById = new Map(before.cards.map((c) => [c.id, c]));
      const afterIds = new Set<string>();
      for (const card of after.cards) {
        afterIds.add(card.id);
        if (beforeById.get(card.id) === card) continue;
        const r = upsertCard.run({ ...card, boardId, deleted: card.deleted ? 1 : 0, now });
        if (r.changes === 0) throw new ApiError('conflict', t('error.cardOtherBoard'));
        changed++;
      }
      for (const card of before.cards) {
        if (!afterIds.has(card.id)) {
          deleteCard.run(card.id, boardId);
          changed++;
        }
      }
      return { changed };
    },
    setTimer(boardId: string, timer: Timer): Timer {
      board(boardId);
      setTimer.run(JSON.stringify(timer), nowIso(), boardId);
      return timer;
    },
    reopenSession(sessionId: string): void {
      if (!sessionOf.get(sessionId)) throw new ApiError('not_found', t('error.sessionNotFound'));
      reopen.run(nowIso(), sessionId);
    },
    /** Close a session: deleted cards of its boards are gone for good. */
    closeSession(sessionId: string): void {
      if (!sessionOf.get(sessionId)) throw new ApiError('not_found', t('error.sessionNotFound'));
      const now = nowIso();
      purgeDeleted.run(sessionId);
      closeSession.run(now, now, sessionId);
    },

    actionsForSession(sessionId: string): Action[] {
      const s = sessionDate.get(sessionId);
      if (!s) throw new ApiError('not_found', t('error.sessionNotFound'));
      return actionsForSession.all(sessionId, s.municipality_id, s.date).map(toAction);
    },
    actionsForUnit: (unitId: string): Action[] => actionsForUnit.all(unitId).map(toAction),
    createAction(input: z.output<typeof ActionCreate>): Action {
      const session = sessionOf.get(input.sessionId);
      if (!session) throw new ApiError('not_found', t('error.sessionNotFound'));
      if (input.unitId && unitOf.get(input.unitId)?.municipality_id !== session.municipality_id)
        throw new ApiError('invalid_input', t('error.unitOtherMunicipality'));
      if (input.cardId && cardBoardSession.get(input.cardId)?.session_id !== input.sessionId)
        throw new ApiError('invalid_input', t('error.cardOtherBoard'));
      const id = newId();
      insertAction.run({ ...input, id, municipalityId: session.municipality_id, now: nowIso() });
      return action(id);
    },
    updateAction(input: z.output<typeof ActionUpdate>): Action {
      const current = action(input.id);
      const next = mergeDefined<Action>(current, input as Partial<Action>);
      updateAction.run({
        id: current.id,
        status: next.status,
        what: next.what,
        who: next.who,
        due: next.due,
        now: nowIso(),
      });
      return action(current.id);
    },
  };
}

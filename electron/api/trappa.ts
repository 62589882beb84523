// Omni-trappa handlers: boards with their cards, the timer, FFSS actions.
import type { Handlers } from '../../shared/api/contract';
import { transactional } from '../workbook/rows';
import type { Workbook } from '../workbook/connection';
import { DEFAULT_PACK, shippedPacks } from '../content/shipped';
import { boardRepository } from '../workbook/repositories/boards';
import { contentRepository } from '../workbook/repositories/content';
import { sessionRepository } from '../workbook/repositories/sessions';
import { trashRepository } from '../workbook/repositories/trash';

type TrappaHandlers = Pick<
  Handlers,
  | 'boards.list'
  | 'boards.create'
  | 'boards.get'
  | 'boards.rename'
  | 'boards.delete'
  | 'boards.apply'
  | 'boards.setTimer'
  | 'sessions.close'
  | 'sessions.reopen'
  | 'actions.list'
  | 'actions.forUnit'
  | 'actions.create'
  | 'actions.update'
>;

export function createTrappaHandlers(workbook: Workbook): TrappaHandlers {
  const { db } = workbook;
  const boards = boardRepository(db);
  const content = contentRepository(db);
  const sessions = sessionRepository(db);
  const trash = trashRepository(db);
  const write = transactional(db);

  return {
    'boards.list': ({ sessionId }) => {
      sessions.get(sessionId);
      return boards.boards(sessionId);
    },
    'boards.create': write(boards.create),
    'boards.get': ({ id }) => {
      const board = boards.board(id);
      const session = sessions.get(board.sessionId);
      const pack = content.get(session.municipalityId)?.content ?? shippedPacks().get(DEFAULT_PACK)!;
      return {
        board,
        state: boards.state(id),
        timer: boards.timer(id),
        // The board shows each step's title and text; the step's source is the content page's.
        steps: pack.staircase.map(({ step, title, description }) => ({ step, title, description })),
        municipalityId: session.municipalityId,
      };
    },
    'boards.rename': write(({ id, title }) => boards.rename(id, title)),
    'boards.delete': write(({ id }) => trash.remove('board', id)),
    'boards.apply': write(({ boardId, command }) => boards.apply(boardId, command)),
    'boards.setTimer': write(({ boardId, timer }) => boards.setTimer(boardId, timer)),
    'sessions.close': write(({ id }) => {
      boards.closeSession(id);
      return sessions.get(id);
    }),
    'sessions.reopen': write(({ id }) => {
      boards.reopenSession(id);
      return sessions.get(id);
    }),
    'actions.list': ({ sessionId }) => boards.actionsForSession(sessionId),
    'actions.forUnit': ({ unitId }) => boards.actionsForUnit(unitId),
    'actions.create': write(boards.createAction),
    'actions.update': write(boards.updateAction),
  };
}

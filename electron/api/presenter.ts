// The room's view: agenda of a session and the presentation state. The main
// process is the hub: the control window writes, the room view reads.
import type { Handlers } from '../../shared/api/contract';
import { transactional } from '../workbook/rows';
import type { Workbook } from '../workbook/connection';
import { agendaRepository } from '../workbook/repositories/agenda';
import { trashRepository } from '../workbook/repositories/trash';

type PresenterHandlers = Pick<
  Handlers,
  | 'agenda.get'
  | 'agenda.setStart'
  | 'agenda.add'
  | 'agenda.update'
  | 'agenda.move'
  | 'agenda.delete'
  | 'presenter.state'
  | 'presenter.set'
>;

export function createPresenterHandlers(workbook: Workbook, now: () => number = Date.now): PresenterHandlers {
  const agenda = agendaRepository(workbook.db, now);
  const trash = trashRepository(workbook.db);
  const write = transactional(workbook.db);
  return {
    'agenda.get': ({ sessionId }) => agenda.agenda(sessionId),
    'agenda.setStart': write(({ sessionId, startTime }) => agenda.setStart(sessionId, startTime)),
    'agenda.add': write(agenda.add),
    'agenda.update': write(agenda.update),
    'agenda.move': write(({ id, position }) => agenda.move(id, position)),
    // Kept in the trash like other deletions, so «Angre» and Ctrl+Z bring it back in its place.
    'agenda.delete': write(({ id }) => trash.remove('agenda_item', id)),
    'presenter.state': () => agenda.presentation(),
    'presenter.set': write(agenda.setPresentation),
  };
}

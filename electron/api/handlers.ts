// The one implementation of the API contract: plain functions over the
// workbook. No Electron here; both transports call these through `dispatch`.
import type { Handlers } from '../../shared/api/contract';
import { transactional } from '../workbook/rows';
import type { Workbook } from '../workbook/connection';
import { municipalityRepository } from '../workbook/repositories/municipalities';
import { unitRepository } from '../workbook/repositories/units';
import { sessionRepository } from '../workbook/repositories/sessions';
import { trashRepository } from '../workbook/repositories/trash';
import { createChecklistHandlers } from './checklists';
import { createAnalysisHandlers } from './analysis';
import { createTrappaHandlers } from './trappa';
import { createPresenterHandlers } from './presenter';

export function createHandlers(workbook: Workbook): Handlers {
  const { db } = workbook;
  const municipalities = municipalityRepository(db);
  const units = unitRepository(db);
  const sessions = sessionRepository(db);
  const trash = trashRepository(db);
  const write = transactional(db);

  return {
    'workbook.info': () => ({ path: workbook.path, schemaVersion: workbook.schemaVersion, backupsDir: workbook.backupsDir }),

    'municipalities.list': () => municipalities.list(),
    'municipalities.get': ({ id }) => municipalities.get(id),
    'municipalities.create': write(municipalities.create),
    'municipalities.update': write(municipalities.update),
    'municipalities.delete': write(({ id }: { id: string }) => trash.remove('municipality', id)),

    'units.list': ({ municipalityId }) => {
      municipalities.get(municipalityId);
      return units.list(municipalityId);
    },
    'units.create': write(units.create),
    'units.update': write(units.update),
    'units.delete': write(({ id }: { id: string }) => trash.remove('unit', id)),

    'sessions.list': ({ municipalityId }) => {
      municipalities.get(municipalityId);
      return sessions.list(municipalityId);
    },
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.create': write(sessions.create),
    'sessions.update': write(sessions.update),
    'sessions.delete': write(({ id }: { id: string }) => trash.remove('session', id)),

    ...createChecklistHandlers(workbook),
    ...createAnalysisHandlers(workbook),
    ...createTrappaHandlers(workbook),
    ...createPresenterHandlers(workbook),

    'trash.list': () => trash.list(),
    'trash.restore': write(({ id }: { id: string }) => trash.restore(id)),
  };
}

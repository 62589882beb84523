// The one implementation of the API contract: plain functions over the
// workbook. No Electron here; both transports call these through `dispatch`.
import fs from 'node:fs';
import { t } from '../../shared/i18n';
import { PRIVATE_DIR } from '../workbook/backup';
import { backupEntries, backupNow, restoreBackup } from '../workbook/restore';
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
import { createTransferHandlers } from './transfer';
import { createDispatch, type Dispatch } from './dispatch';
import { createReportHandlers, type ReportMethod } from './reports';
import { createPlanHandlers } from './plans';
import { createPresenterHandlers } from './presenter';

/** What only the Electron app can do (the loopback server has none of it). */
export interface Host {
  openFolder?(dir: string): Promise<void>;
}

export function createHandlers(workbook: Workbook, host: Host = {}): Handlers {
  const { db } = workbook;
  const municipalities = municipalityRepository(db);
  const units = unitRepository(db);
  const sessions = sessionRepository(db);
  const trash = trashRepository(db);
  const write = transactional(db);

  const handlers: Omit<Handlers, ReportMethod> = {
    'workbook.info': () => ({
      path: workbook.path,
      schemaVersion: workbook.schemaVersion,
      backupsDir: workbook.backupsDir,
      readOnly: workbook.readOnly,
      readOnlyMessage: workbook.readOnly
        ? t(workbook.readOnly === 'file' ? 'readOnly.file' : 'readOnly.folder', { path: workbook.path })
        : undefined,
      warnings: workbook.warnings,
    }),

    'municipalities.list': () => municipalities.list(),
    'municipalities.get': ({ id }) => municipalities.get(id),
    'municipalities.create': write(municipalities.create),
    'municipalities.update': write(municipalities.update),
    'municipalities.delete': write(({ id }) => trash.remove('municipality', id)),

    'units.list': ({ municipalityId }) => {
      municipalities.get(municipalityId);
      return units.list(municipalityId);
    },
    'units.create': write(units.create),
    'units.update': write(units.update),
    'units.delete': write(({ id }) => trash.remove('unit', id)),

    'sessions.list': ({ municipalityId }) => {
      municipalities.get(municipalityId);
      return sessions.list(municipalityId);
    },
    'sessions.get': ({ id }) => sessions.get(id),
    'sessions.create': write(sessions.create),
    'sessions.update': write(sessions.update),
    'sessions.delete': write(({ id }) => trash.remove('session', id)),

    ...createChecklistHandlers(workbook),
    ...createAnalysisHandlers(workbook),
    ...createTrappaHandlers(workbook),
    ...createTransferHandlers(workbook),

    'backups.list': () => backupEntries(workbook),
    'backups.create': () => backupNow(workbook),
    'backups.restore': ({ name }) => restoreBackup(workbook, name),
    'backups.openFolder': async () => {
      if (!host.openFolder) return { opened: false, dir: workbook.backupsDir };
      fs.mkdirSync(workbook.backupsDir, { recursive: true, mode: PRIVATE_DIR });
      await host.openFolder(workbook.backupsDir);
      return { opened: true, dir: workbook.backupsDir };
    },
    ...createPlanHandlers(workbook),
    ...createPresenterHandlers(workbook),

    'trash.list': () => trash.list(),
    'trash.restore': write(({ id }) => trash.restore(id)),
    'trash.preview': ({ kind, id }) => trash.preview(kind, id),
  };
  return { ...handlers, ...createReportHandlers(workbook, handlers) };
}

/** The dispatch for one open workbook (read-only workbooks answer reads only). */
export function createWorkbookDispatch(workbook: Workbook, log?: (err: unknown) => void, host: Host = {}): Dispatch {
  return createDispatch(createHandlers(workbook, host), log, { readOnly: workbook.readOnly !== undefined });
}

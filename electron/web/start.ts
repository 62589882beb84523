// `npm run start:web`: the same handlers and UI on 127.0.0.1, no Electron.
//   --workbook PATH (or OMNI_WORKBOOK), default ./data/workbook.omni.sqlite
//   --port N, default a free port
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createWorkbookDispatch } from '../api/handlers';
import { openWorkbook } from '../workbook/connection';
import { startWebServer } from './server';
import { t } from '../../shared/i18n';

export const DEFAULT_WEB_WORKBOOK = path.join('data', 'workbook.omni.sqlite');

async function main() {
  const { values } = parseArgs({
    options: { workbook: { type: 'string' }, port: { type: 'string' } },
    allowPositionals: false,
  });
  const workbookPath = values.workbook ?? process.env.OMNI_WORKBOOK ?? DEFAULT_WEB_WORKBOOK;
  const port = values.port ? Number(values.port) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(t('web.badPort', { port: String(values.port) }));

  const workbook = await openWorkbook(workbookPath);
  const staticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');
  const server = await startWebServer({ dispatch: createWorkbookDispatch(workbook), staticDir, port });
  console.log(t('web.started', { url: server.url }));
  console.log(t('web.workbook', { path: workbook.path }));

  const stop = async () => {
    await server.close();
    workbook.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

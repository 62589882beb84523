// Real workbooks on disk for tests: a temp folder per test, the real handlers.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createWorkbookDispatch } from '../../electron/api/handlers';
import { openWorkbook, type OpenOptions, type Workbook } from '../../electron/workbook/connection';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { Result } from '../../shared/api/result';
import { tempDir } from './server';

export { tempDir };

export const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

export interface Harness {
  workbook: Workbook;
  file: string;
  call<K extends MethodName>(method: K, input: Input<K>): Promise<Result<Output<K>>>;
  /** Calls and expects success. */
  ok<K extends MethodName>(method: K, input: Input<K>): Promise<Output<K>>;
  close(): void;
}

export async function openHarness(
  file = path.join(tempDir(), 'workbook.omni.sqlite'),
  options: OpenOptions = {},
): Promise<Harness> {
  const workbook = await openWorkbook(file, options);
  // Tests see the workbook as it is once today's backup is written.
  await workbook.backupDone;
  const dispatch = createWorkbookDispatch(workbook, () => undefined);
  const call = (async (method: string, input: unknown) => dispatch(method, input)) as Harness['call'];
  return {
    workbook,
    file,
    call,
    async ok(method, input) {
      const r = await call(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
      return r.value;
    },
    close: () => workbook.close(),
  };
}

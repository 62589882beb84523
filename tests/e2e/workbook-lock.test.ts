// Fault 6 of issue 13 across real processes: two `start:web` on one workbook.
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startServer, tempDir, type RunningServer } from '../support/server';

const running: RunningServer[] = [];
afterEach(async () => {
  for (const s of running.splice(0)) await s.stop();
});

it('a second process on the same workbook is refused with a Norwegian message; the first keeps answering', async () => {
  const workbook = path.join(tempDir(), 'workbook.omni.sqlite');
  const first = await startServer(workbook);
  running.push(first);
  const second = await startServer(workbook).then(
    (s) => {
      running.push(s);
      return null;
    },
    (e: Error) => e.message,
  );
  expect(second).toMatch(/allerede åpen i et annet Omniverksted-vindu eller -program/);
  const res = await fetch(`${first.url}/api/municipalities.create`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Beiarn' }),
  });
  expect((await res.json()) as unknown).toMatchObject({ ok: true, value: { name: 'Beiarn' } });
});

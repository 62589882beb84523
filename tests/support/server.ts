// Starts the real `start:web` build (dist-electron/web.mjs) on a workbook file
// and waits for its "Omniverksted: URL" line.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RunningServer {
  url: string;
  workbook: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const WEB_ENTRY = path.join(ROOT, 'dist-electron', 'web.mjs');

export function tempDir(prefix = 'omni-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function startServer(workbook: string, extraArgs: string[] = []): Promise<RunningServer> {
  if (!fs.existsSync(WEB_ENTRY)) throw new Error(`${WEB_ENTRY} is missing: run \`npm run build\` first`);
  const child = spawn(process.execPath, [WEB_ENTRY, '--workbook', workbook, ...extraArgs], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start: ${out}`));
    }, 15000);
    const onData = () => {
      const m = /Omniverksted: (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], workbook, process: child, output: () => out, stop });
      }
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${out}`));
    });
  });
}

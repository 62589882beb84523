// `npm test`: everything a change can break, in one run, with one closing line.
//   typecheck, import rules between rooms, build, Electron security check,
//   vitest (unit + end-to-end in Chromium), the Electron smoke test.
// Each check counts as one test; vitest's tests and the smoke test's checks
// count one by one. A suite that could not run (the Electron smoke test where
// no Electron runtime is installed) is reported as not run, never as passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const results = [];
const run = (name, command, args) => {
  const started = Date.now();
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = r.status === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (Date.now() - started) / 1000 });
  return ok;
};

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('import rules', 'npm', ['run', '--silent', 'lint:rooms']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('build', 'npm', ['run', '--silent', 'build']);
run('electron security', 'npm', ['run', '--silent', 'check:electron']);

const report = path.join('test-results', 'vitest.json');
fs.rmSync(report, { force: true });
fs.mkdirSync('test-results', { recursive: true });
const started = Date.now();
console.log('\n=== vitest (unit, e2e)');
const vitest = spawnSync(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
  { stdio: 'inherit', shell: process.platform === 'win32' },
);
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  // A file that fails to load counts as a failure even though it ran no test.
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  results.push({
    name: 'vitest',
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles,
    seconds: (Date.now() - started) / 1000,
  });
} else {
  results.push({ name: 'vitest (no report)', passed: 0, failed: 1, seconds: (Date.now() - started) / 1000 });
}
if (vitest.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;

// The real Electron app (tests/electron/smoke.ts): exit 77 means it could not run here.
const electronReport = path.join('test-results', 'electron.json');
fs.rmSync(electronReport, { force: true });
const smokeStarted = Date.now();
console.log('\n=== electron smoke: tsx tests/electron/smoke.ts');
const smoke = spawnSync('npx', ['tsx', 'tests/electron/smoke.ts'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
const smokeSeconds = (Date.now() - smokeStarted) / 1000;
const smokeJson = fs.existsSync(electronReport) ? JSON.parse(fs.readFileSync(electronReport, 'utf8')) : undefined;
if (smoke.status === 77 && smokeJson?.notRun) {
  results.push({ name: 'electron smoke', passed: 0, failed: 0, notRun: smokeJson.notRun, seconds: smokeSeconds });
} else if (smokeJson && smokeJson.notRun === undefined) {
  const failed = smokeJson.failed + (smoke.status !== 0 && smokeJson.failed === 0 ? 1 : 0);
  results.push({ name: 'electron smoke', passed: smokeJson.passed, failed, seconds: smokeSeconds });
} else {
  results.push({ name: 'electron smoke (no report)', passed: 0, failed: 1, seconds: smokeSeconds });
}

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const notRun = results.filter((r) => r.notRun !== undefined);
console.log('\nsuite                 passed  failed  seconds');
for (const r of results) {
  const counts =
    r.notRun !== undefined ? '   not run    ' : `${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}`;
  console.log(`${r.name.padEnd(20)}  ${counts}  ${r.seconds.toFixed(1).padStart(7)}`);
}
for (const r of notRun) console.log(`not run: ${r.name}: ${r.notRun}`);
console.log(`${passed} passed, ${failed} failed${notRun.length > 0 ? `, ${notRun.length} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);

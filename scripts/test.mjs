// `npm test`: everything a change can break, in one run, with one closing line.
//   typecheck, import rules between rooms, build, Electron security check,
//   vitest (unit + end-to-end in Chromium).
// Each check counts as one test; vitest's tests count one by one.
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
run('build', 'npm', ['run', '--silent', 'build']);
run('electron security', 'npm', ['run', '--silent', 'check:electron']);

const report = path.join('test-results', 'vitest.json');
fs.rmSync(report, { force: true });
fs.mkdirSync('test-results', { recursive: true });
const started = Date.now();
console.log('\n=== vitest (unit, e2e)');
const vitest = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });
if (fs.existsSync(report)) {
  const json = JSON.parse(fs.readFileSync(report, 'utf8'));
  // A file that fails to load counts as a failure even though it ran no test.
  const brokenFiles = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  results.push({ name: 'vitest', passed: json.numPassedTests, failed: json.numFailedTests + brokenFiles, seconds: (Date.now() - started) / 1000 });
} else {
  results.push({ name: 'vitest (no report)', passed: 0, failed: 1, seconds: (Date.now() - started) / 1000 });
}
if (vitest.status !== 0 && results.at(-1).failed === 0) results.at(-1).failed = 1;

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\nsuite                 passed  failed  seconds');
for (const r of results) console.log(`${r.name.padEnd(20)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds.toFixed(1).padStart(7)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

// Static Electron security check (`npm run check:electron`).
//
// Runs @doyensec/electronegativity over
//   1. electron/            the TypeScript sources of the main process and preload
//   2. dist-electron/       the bundles Electron actually runs (main.cjs, preload.cjs)
// (BrowserWindow option checks match `new BrowserWindow(...)` by name, so
// they bite on the sources; in the bundle the call reads
// `new import_electron.BrowserWindow(...)`. The bundle scan covers the
// call/event checks, including bundled third-party code.)
// It prints one compact table of findings and fails (exit 1) when a HIGH finding
// is not justified, when a file could not be parsed (it would be unchecked),
// or when a source silences the tool with an `eng-disable` comment.
//
// Justifying a finding (keep it honest: fix real issues instead):
//   - in source, on the flagged line or up to three lines above it:
//       // electronegativity-justified: CHECK_ID reason why this is safe
//     Findings in dist-electron/ are mapped back to their source through the
//     bundle's source map, so the same comment covers both.
//   - findings without a source line (global checks, third-party code inside
//     the bundle): the ALLOWLIST below, each entry with its reason.
//
// Offline: electronegativity fetches translations and Electron's release list
// over the network. Both are disabled here: the release check is excluded,
// and its HTTP client is replaced by one that answers "not found" at once.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire, SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const rel = (file) => path.relative(root, file).split(path.sep).join('/');

const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
const JUSTIFIED = /electronegativity-justified:\s*([A-Z0-9_]+)\s+(\S.*)$/;
const LOOKBACK_LINES = 3;

/**
 * Findings that have no source line of ours. Each needs a reason that holds
 * today; `check` is the finding id, `where` a substring of its location
 * ('N/A' for global findings, or a node_modules path inside the bundle).
 */
const ALLOWLIST = [
  {
    check: 'CSP_GLOBAL_CHECK',
    where: 'N/A',
    reason:
      'CSP is sent as a response header on every app:// response (protocol.handle in electron/main.ts, policy in electron/security.ts); the tool only recognises <meta> tags and onHeadersReceived.',
  },
];

// ------------------------------------------------------------------ offline

// Replace electronegativity's HTTP client (got) before loading it: every
// request resolves as "404 Not Found" without touching the network.
const engDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const engRequire = createRequire(path.join(engDir, 'dist', 'runner.js'));
const gotPath = engRequire.resolve('got');
const offline = () => Promise.resolve({ statusCode: 404, body: '', headers: {} });
offline.head = offline;
offline.get = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

const run = engRequire('./runner.js');
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

// ------------------------------------------------------------------ targets

const bundles = ['main.cjs', 'preload.cjs'].map((name) => path.join(root, 'dist-electron', name));
const missing = bundles.filter((file) => !fs.existsSync(file));
if (missing.length > 0) {
  console.error(
    `check-electron-security: ${missing.map(rel).join(', ')} missing. Run \`npm run build:electron\` first.`,
  );
  process.exit(1);
}

// electronegativity only reads .js/.ts files: hand it the bundles as .js.
const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'omni-eng-'));
const bundleCopies = new Map();
for (const file of bundles) {
  const copy = path.join(bundleDir, path.basename(file).replace(/\.cjs$/, '.js'));
  fs.copyFileSync(file, copy);
  bundleCopies.set(copy, file);
}

const targets = [
  { name: 'electron/', input: path.join(root, 'electron'), fileOf: (file) => file },
  { name: 'dist-electron/', input: bundleDir, fileOf: (file) => bundleCopies.get(file) ?? file },
];

// A known-bad window: if the tool stops reporting it (an update, the offline
// stub, a parser change), a clean result would mean nothing, so fail.
const canaryDir = fs.mkdtempSync(path.join(os.tmpdir(), 'omni-eng-canary-'));
fs.writeFileSync(
  path.join(canaryDir, 'canary.js'),
  "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
);
/** check id -> severity the canary must be reported with. */
const CANARY_EXPECTS = {
  CONTEXT_ISOLATION_JS_CHECK: 'HIGH',
  LIMIT_NAVIGATION_GLOBAL_CHECK: 'HIGH',
  SANDBOX_JS_CHECK: 'MEDIUM',
  PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK: 'MEDIUM',
};

// ------------------------------------------------------------------ helpers

const lineCache = new Map();
function linesOf(file) {
  if (!lineCache.has(file)) lineCache.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : []);
  return lineCache.get(file);
}

const mapCache = new Map();
/** Maps a bundle line (1-based) back to { file, line } in the original source. */
function originalPosition(bundle, line, column) {
  if (!mapCache.has(bundle)) {
    const mapFile = `${bundle}.map`;
    mapCache.set(bundle, fs.existsSync(mapFile) ? new SourceMap(JSON.parse(fs.readFileSync(mapFile, 'utf8'))) : null);
  }
  const map = mapCache.get(bundle);
  if (!map) return null;
  const entry = map.findEntry(line - 1, Math.max(0, column));
  if (!entry || !entry.originalSource) return null;
  const source = entry.originalSource.startsWith('file://')
    ? fileURLToPath(entry.originalSource)
    : path.resolve(path.dirname(bundle), entry.originalSource);
  return { file: source, line: entry.originalLine + 1 };
}

function justificationAt(file, line, id) {
  const lines = linesOf(file);
  for (let i = line - 1; i >= Math.max(0, line - 1 - LOOKBACK_LINES); i--) {
    const match = JUSTIFIED.exec(lines[i] ?? '');
    if (match && match[1] === id) return { reason: match[2].trim(), at: `${rel(file)}:${i + 1}` };
  }
  return null;
}

function sourceFiles(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|js|cjs|mjs)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

// ------------------------------------------------------------------ run

const findings = [];
const problems = [];
const usedJustifications = new Set();

const scan = (input) =>
  run(
    {
      input,
      output: undefined,
      isSarif: false,
      customScan: [],
      // Needs Electron's release list from the network; versions are kept
      // current through package.json instead.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      severitySet: undefined,
      confidenceSet: undefined,
      isRelative: false,
      isVerbose: false,
      electronUpgrade: undefined,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );

try {
  const canary = await scan(canaryDir);
  const seen = new Set(canary.issues.map((i) => `${i.id} ${i.severity?.name}`));
  const notSeen = Object.entries(CANARY_EXPECTS)
    .map(([id, severity]) => `${id} ${severity}`)
    .filter((expected) => !seen.has(expected));
  if (notSeen.length > 0)
    problems.push(
      `self-test: electronegativity no longer reports ${notSeen.join(', ')} on a known-bad window; its results cannot be trusted.`,
    );
} catch (err) {
  problems.push(`self-test: electronegativity failed: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  fs.rmSync(canaryDir, { recursive: true, force: true });
}

for (const target of targets) {
  let result;
  try {
    result = await scan(target.input);
  } catch (err) {
    problems.push(`${target.name}: electronegativity failed: ${err instanceof Error ? err.message : String(err)}`);
    continue;
  }

  for (const error of result.errors) {
    if (!error.tolerable)
      problems.push(`${target.name}: could not parse ${rel(target.fileOf(error.file))}: ${error.message}`);
  }

  for (const issue of result.issues) {
    const severity = issue.severity?.name ?? 'INFORMATIONAL';
    const confidence = issue.confidence?.name ?? '';
    const line = issue.location?.line ?? 0;
    const column = issue.location?.column ?? 0;
    let where = 'N/A';
    let origin = null;
    if (issue.file && issue.file !== 'N/A') {
      const file = target.fileOf(issue.file);
      where = `${rel(file)}:${line}`;
      origin = bundleCopies.has(issue.file) ? originalPosition(file, line, column) : { file, line };
      if (origin && origin.file !== file) where += ` (${rel(origin.file)}:${origin.line})`;
    }

    let justified = null;
    if (origin && line > 0) {
      justified = justificationAt(origin.file, origin.line, issue.id);
      if (justified) usedJustifications.add(justified.at);
    }
    if (!justified) {
      const entry = ALLOWLIST.find((allowed) => allowed.check === issue.id && where.includes(allowed.where));
      if (entry) justified = { reason: entry.reason, at: 'allowlist' };
    }

    findings.push({
      target: target.name,
      id: issue.id,
      severity,
      confidence,
      where,
      review: Boolean(issue.manualReview),
      justified,
      description: String(issue.description ?? '').replace(/\s+/g, ' '),
    });
  }
}

fs.rmSync(bundleDir, { recursive: true, force: true });

// Inline `eng-disable` comments make electronegativity drop findings
// silently; here every exception must be visible and explained.
for (const file of sourceFiles(path.join(root, 'electron'))) {
  linesOf(file).forEach((text, i) => {
    if (/eng-disable/.test(text))
      problems.push(
        `${rel(file)}:${i + 1}: 'eng-disable' hides findings; use 'electronegativity-justified: CHECK_ID reason' instead.`,
      );
  });
}

// Justification comments that no longer match a finding are stale.
const stale = [];
for (const file of sourceFiles(path.join(root, 'electron'))) {
  linesOf(file).forEach((text, i) => {
    const at = `${rel(file)}:${i + 1}`;
    if (JUSTIFIED.test(text) && !usedJustifications.has(at)) stale.push(at);
  });
}

// ------------------------------------------------------------------ report

const order = (f) => SEVERITIES.indexOf(f.severity);
findings.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id) || a.where.localeCompare(b.where));

const rows = findings.map((f) => [
  f.severity,
  f.confidence,
  f.id,
  f.target,
  f.where,
  f.justified
    ? `justified (${f.justified.at}): ${f.justified.reason}`
    : f.severity === 'HIGH'
      ? 'OPEN'
      : f.review
        ? 'review'
        : '',
]);
const header = ['severity', 'confidence', 'check', 'scan', 'location', 'status'];
if (rows.length > 0) {
  const widths = header.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const fmt = (r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ');
  console.log(fmt(header));
  console.log(fmt(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(fmt(r));
  console.log('');
} else {
  console.log('No findings.');
}

for (const at of stale) console.log(`note: ${at}: justification matches no finding (stale?)`);
for (const problem of problems) console.error(`error: ${problem}`);

const count = (severity) => findings.filter((f) => f.severity === severity).length;
const openHigh = findings.filter((f) => f.severity === 'HIGH' && !f.justified);
const justifiedCount = findings.filter((f) => f.justified).length;
const info = count('INFORMATIONAL');
console.log(
  `Electron ${electronVersion}; ${justifiedCount} justified, ${openHigh.length} unjustified high${info > 0 ? `, ${info} informational` : ''}.`,
);
console.log(`electronegativity: ${count('HIGH')} high, ${count('MEDIUM')} medium, ${count('LOW')} low`);

process.exit(openHigh.length > 0 || problems.length > 0 ? 1 : 0);

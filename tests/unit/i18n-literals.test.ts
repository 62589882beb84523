// Every string the guide sees lives in the catalogue (shared/i18n/). This test parses every source file in
// shared/, electron/ and renderer/ outside shared/i18n/ with the TypeScript compiler and fails on a string,
// template or JSX literal that reads as Norwegian. Comments are never looked at: they are not literals.
//
// A literal reads as Norwegian when
//   - a string or template part holds æ, ø, å or « » (Norwegian quotes), or a whole word from
//     NORWEGIAN_WORDS (common bokmål words that are not English words a technical string would hold);
//   - JSX text holds a word (two letters or more): text between tags is always UI, so it goes through t().
//     Key caps inside <kbd> are key names (Ctrl+Z, PageUp) and HTML entities (&nbsp;) are not words;
//   - a text attribute (aria-label, title, placeholder, alt, label), or a literal rendered as a JSX child
//     ({'Tekst'}, {ok ? 'Ja' : 'Nei'}), holds a word.
// Import and export paths are skipped. True exceptions go in ALLOWED, each with its reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { nb } from '../../shared/i18n/nb';

const ROOT = join(__dirname, '..', '..');
const SCANNED = ['shared', 'electron', 'renderer'];
const CATALOGUE = join('shared', 'i18n') + sep;

// Common bokmål words, none of which is an English word a technical string would contain.
const NORWEGIAN_WORDS = [
  'og',
  'ikke',
  'skal',
  'til',
  'med',
  'av',
  'som',
  'eller',
  'ingen',
  'ble',
  'fra',
  'har',
  'kan',
  'det',
  'er',
  'jeg',
  'vi',
  'du',
  'ny',
  'nytt',
  'lagre',
  'avbryt',
  'slett',
  'velg',
  'endre',
  'lukk',
  'kommune',
  'kommuner',
  'enhet',
  'enheter',
  'trinn',
  'fil',
  'filen',
  'ukjent',
  'ugyldig',
  'feil',
];
const WORD = new RegExp(`(^|[^\\p{L}])(${NORWEGIAN_WORDS.join('|')})(?=$|[^\\p{L}])`, 'iu');
const NORWEGIAN_LETTERS = /[æøåÆØÅ«»]/;
const A_WORD = /\p{L}{2,}/u;
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']);

/**
 * Literals that read as Norwegian but are not UI text. An entry exempts every literal inside the named
 * declaration (a const, function or property) of the file. Keep the list short: an entry claims that the
 * guide never sees the text, or that it is data the app must keep reading in bokmål whatever the UI language.
 */
const ALLOWED: { file: string; within: string; reason: string }[] = [
  {
    file: 'shared/analysis/types.ts',
    within: 'ROLE_WORDS',
    reason: 'the role vocabulary of answer files: the importer reads these words and the «Svar» sheet writes them',
  },
  {
    file: 'shared/analysis/importer.ts',
    within: 'DONT_KNOW_TEXT',
    reason: 'a cell text the importer accepts as "don\'t know" (files are written in bokmål)',
  },
  {
    file: 'shared/analysis/importer.ts',
    within: 'DONT_KNOW_WORDS',
    reason: 'cell texts the importer accepts as "don\'t know / not relevant"',
  },
  {
    file: 'shared/analysis/importer.ts',
    within: 'UNIT_HEADER',
    reason: 'the «Enhet» column header the importer reads',
  },
  {
    file: 'shared/analysis/importer.ts',
    within: 'METADATA_HEADERS',
    reason: 'column headers of Microsoft/Google Forms exports in bokmål that the importer must recognise and skip',
  },
  {
    file: 'shared/analysis/importer.ts',
    within: 'ROLE_SYNONYMS',
    reason: 'role words staff write in answer files, matched by the importer',
  },
  {
    file: 'renderer/app/router.ts',
    within: 'parseRoute',
    reason: "the words of the app's addresses (#/kommune/…): a stable scheme, not shown as text",
  },
  { file: 'renderer/app/router.ts', within: 'href', reason: "the words of the app's addresses, as in parseRoute" },
  {
    file: 'renderer/features/status-analysis/sets/setEditing.ts',
    within: 'LETTERS',
    reason: 'the alphabet statement codes are made from (A–Z, Æ, Ø, Å)',
  },
  {
    file: 'electron/workbook/migrations/005-content-revisions-and-sfo-units.ts',
    within: 'migration',
    reason: 'an SQL comment in a shipped migration, which is never edited',
  },
];

export interface Finding {
  file: string;
  line: number;
  text: string;
  /** Names of the declarations the literal sits in, innermost first. */
  within: string[];
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

const readsAsNorwegian = (text: string) => NORWEGIAN_LETTERS.test(text) || WORD.test(text);

function isModulePath(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword) ||
    (ts.isLiteralTypeNode(parent) && ts.isImportTypeNode(parent.parent))
  );
}

function isTextAttribute(node: ts.Node): boolean {
  return ts.isJsxAttribute(node.parent) && TEXT_ATTRIBUTES.has(node.parent.name.getText());
}

/** A literal that is itself a child of a JSX element: {'text'}, {cond ? 'a' : 'b'}, {x ?? 'text'}. */
function renderedInJsx(node: ts.Node): boolean {
  const LOGICAL = [
    ts.SyntaxKind.AmpersandAmpersandToken,
    ts.SyntaxKind.BarBarToken,
    ts.SyntaxKind.QuestionQuestionToken,
  ];
  let n: ts.Node = node;
  for (;;) {
    const p = n.parent;
    if (ts.isParenthesizedExpression(p)) n = p;
    else if (ts.isConditionalExpression(p) && p.condition !== n) n = p;
    else if (ts.isBinaryExpression(p) && p.right === n && LOGICAL.includes(p.operatorToken.kind)) n = p;
    else break;
  }
  const p = n.parent;
  return ts.isJsxExpression(p) && (ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent));
}

function insideKbd(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isJsxElement(parent) && parent.openingElement.tagName.getText() === 'kbd';
}

function declarationsAround(node: ts.Node): string[] {
  const names: string[] = [];
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (
      (ts.isVariableDeclaration(n) ||
        ts.isFunctionDeclaration(n) ||
        ts.isPropertyAssignment(n) ||
        ts.isMethodDeclaration(n) ||
        ts.isClassDeclaration(n)) &&
      n.name &&
      ts.isIdentifier(n.name)
    )
      names.push(n.name.text);
  }
  return names;
}

/** Every literal in one file that reads as Norwegian. */
export function norwegianLiterals(file: string, source: string): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string): void => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push({ file, line, text: text.trim(), within: declarationsAround(node) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (isModulePath(node)) return;
      const shown = isTextAttribute(node) || renderedInJsx(node);
      if (readsAsNorwegian(node.text) || (shown && A_WORD.test(node.text))) report(node, node.text);
    } else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (readsAsNorwegian(node.text)) report(node, node.text);
    } else if (ts.isJsxText(node)) {
      if (!insideKbd(node) && A_WORD.test(node.text.replace(/&#?\w+;/g, ' '))) report(node, node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const posix = (file: string) => file.split(sep).join('/');
const allowed = (f: Finding) => ALLOWED.some((a) => a.file === posix(f.file) && f.within.includes(a.within));

function scan(): Finding[] {
  const files = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)));
  return files
    .map((path) => relative(ROOT, path))
    .filter((file) => !file.startsWith(CATALOGUE))
    .flatMap((file) => norwegianLiterals(file, readFileSync(join(ROOT, file), 'utf8')))
    .filter((f) => !allowed(f));
}

describe('user-facing strings live in the catalogue', () => {
  it('finds a Norwegian literal when there is one (the rule can fail)', () => {
    const code = [
      '// Lagre og avbryt: a comment is not a literal',
      "const a = 'Lagre';",
      'const b = `Slett ${n} enheter`;',
      "const c = 'Brødsmuler';",
      'const d = <p>Trykk her <kbd>Ctrl+Z</kbd> x&nbsp;</p>;',
      'const e = <nav aria-label="Sti" className="crumbs" />;',
      'const h = <p className="lead">{ok ? \'Klar\' : null}</p>;',
      "const i = <div>{mode === 'merge' && <p />}</div>;",
      "const f = 'Koden «' + code + '»';",
      "import x from './og';",
      "const g = t('common.save', { x: 'nb-NO', y: 'Error: not found' });",
    ].join('\n');
    const texts = norwegianLiterals('probe.tsx', code).map((f) => f.text);
    expect(texts).toEqual(['Lagre', 'Slett', 'enheter', 'Brødsmuler', 'Trykk her', 'Sti', 'Klar', 'Koden «', '»']);
  });

  it('has no Norwegian string literal in shared/, electron/ or renderer/ outside shared/i18n/', () => {
    const found = scan().map((f) => `${posix(f.file)}:${f.line}  ${JSON.stringify(f.text)}`);
    expect(found).toEqual([]);
  }, 30_000); // parses every source file: a few seconds on a busy machine

  it('gives every counted noun both forms, so tc() never falls back to a key', () => {
    const keys = Object.keys(nb);
    const one = keys.filter((k) => k.endsWith('.one')).map((k) => k.slice(0, -'.one'.length));
    const other = keys.filter((k) => k.endsWith('.other')).map((k) => k.slice(0, -'.other'.length));
    expect(one.filter((k) => !other.includes(k))).toEqual([]);
    for (const base of one) expect(nb[`${base}.one` as keyof typeof nb], base).toContain('{count}');
  });

  it('keeps every allow-list entry in use', () => {
    for (const entry of ALLOWED) {
      const file = join(ROOT, ...entry.file.split('/'));
      const hits = norwegianLiterals(entry.file, readFileSync(file, 'utf8')).filter((f) =>
        f.within.includes(entry.within),
      );
      expect(hits.length, `${entry.file}: ${entry.within}`).toBeGreaterThan(0);
    }
  });
});

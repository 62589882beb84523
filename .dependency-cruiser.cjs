// The rooms of docs/architecture.md, enforced: shared/ is pure, electron/ has no React,
// renderer/ has no Node and no electron/.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ may import nothing with side effects: no node:*, no electron, no React, no DOM rooms.',
      severity: 'error',
      from: { path: '^shared/' },
      to: {
        pathNot: '^(shared/|node_modules/zod/)',
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: '^shared/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-without-react-or-renderer',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^(renderer/|node_modules/(react|react-dom|@tanstack|recharts)/)' },
    },
    {
      name: 'renderer-without-node-or-electron',
      severity: 'error',
      from: { path: '^renderer/' },
      to: {
        path: '^(electron/|node_modules/(electron|better-sqlite3)/)',
      },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-imports-from-tests',
      severity: 'error',
      from: { pathNot: '^tests/' },
      to: { path: '^tests/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist|^dist-electron|\\.css$|\\.woff2?$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.electron.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};

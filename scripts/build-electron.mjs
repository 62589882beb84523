// Bundles the main process, the preload and the loopback server with esbuild.
// better-sqlite3 and electron stay external (native / provided at runtime).
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', format: 'cjs' }),
  // Sandboxed preloads must be a single CommonJS file.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs' }),
  build({
    ...common,
    entryPoints: ['electron/web/start.ts'],
    outfile: 'dist-electron/web.mjs',
    format: 'esm',
    banner: {
      js: "import { createRequire as __omniRequire } from 'node:module'; const require = __omniRequire(import.meta.url);",
    },
  }),
]);

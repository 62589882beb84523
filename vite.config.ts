import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security';

// boot.ts is its own entry, put before the main bundle in index.html: it runs
// while the main bundle is fetched and parsed and sends the start page's reads.
function bootFirst(): Plugin {
  return {
    name: 'omni-boot-first',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const boot = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'boot');
        if (!boot) return html;
        // Before the main bundle (module scripts run in document order).
        return html.replace(
          '<title>',
          `<script type="module" crossorigin src="./${boot.fileName}"></script>\n    <title>`,
        );
      },
    },
  };
}

// The in-document Content-Security-Policy, written from the one policy both transports send as a header
// (electron/security.ts; `frame-ancestors` is ignored in a <meta>, so it is left out). It goes last in
// <head>: the header governs everything, the <meta> is a second layer for what the page loads later.
// Above the scripts it made Chromium's preload scanner wait for the parser, so the scripts, styles and
// fonts were requested ~50 ms later (measured in the bench's start-up row).
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'omni-csp-meta',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace('</head>', `  <meta http-equiv="Content-Security-Policy" content="${policy}" />\n  </head>`),
    },
  };
}

// The faces every page draws with (latin subsets): preloaded from index.html so
// they arrive with the script instead of after the first layout, which would
// lay the page out a second time.
const FIRST_FONTS = /^(atkinson-hyperlegible|inter)-latin-(400|700)-normal-.*\.woff2$/;
function preloadFonts(): Plugin {
  return {
    name: 'omni-preload-fonts',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {}).filter((f) => FIRST_FONTS.test(f.split('/').pop() ?? ''));
        return files.map((f) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${f}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// The renderer: built into dist/renderer, served by app:// in Electron and by
// the loopback server in start:web. Everything is bundled; nothing is fetched.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), bootFirst(), preloadFonts(), cspMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    assetsInlineLimit: 0,
    sourcemap: false,
    rollupOptions: { input: { index: 'renderer/index.html', boot: 'renderer/boot.ts' } },
  },
});

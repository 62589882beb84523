import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer: built into dist/renderer, served by app:// in Electron and by
// the loopback server in start:web. Everything is bundled; nothing is fetched.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    assetsInlineLimit: 0,
    sourcemap: false,
  },
});

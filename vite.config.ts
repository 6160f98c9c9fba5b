import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Browser pages served by the API process, built into dist/web: each entry's page lands in
 * dist/web/<entry>/index.html and every asset (scripts, styles, fonts) in dist/web/assets/, which
 * src/api/routes/explorer.ts serves at /assets/. A second page is one more line in `input` (and a
 * route that sends its index.html). No inline script is emitted, so `script-src 'self'` holds.
 */
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  root: src(''),
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Fonts stay files (the browser fetches only the subsets a page uses), never data: URLs.
    assetsInlineLimit: 0,
    // Cytoscape alone is ~450 kB minified; one chunk for a single page is what we want.
    chunkSizeWarningLimit: 1500,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { explorer: src('explorer/index.html') },
    },
  },
});

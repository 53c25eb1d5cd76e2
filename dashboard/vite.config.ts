import { defineConfig } from 'vite';

// A static app: `dist/` can be served by any web server; it talks to a node's RPC directly.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are resolved from this file, so the config works whatever the current directory is.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

// The API server listens here in development (`parcours dev`); proxying keeps the session
// cookie same-origin, exactly as in production where one process serves both.
const apiProxy = { '/api': { target: 'http://127.0.0.1:4280' } };

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  build: { outDir, emptyOutDir: true },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});

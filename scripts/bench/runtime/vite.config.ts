import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the runtime bench's two pages into .bench/runtime/: bare.html
 * (tfjs on the page) and client.html (the real RuntimeClient and worker).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    outDir: resolve(import.meta.dirname, '../../../.bench/runtime'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
    rollupOptions: {
      input: {
        bare: resolve(import.meta.dirname, 'bare.html'),
        client: resolve(import.meta.dirname, 'client.html'),
      },
    },
  },
});

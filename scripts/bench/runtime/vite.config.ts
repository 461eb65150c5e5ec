import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Builds the runtime bench's pages into .bench/runtime/: bare.html (tfjs on
 * the page), client.html (the real RuntimeClient and worker) and
 * dispatches.html (GPU dispatches per training step, gpu-dispatches.ts).
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
        dispatches: resolve(import.meta.dirname, 'dispatches.html'),
      },
    },
  },
});

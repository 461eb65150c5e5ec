import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { lessonsPlugin } from './src/lessons/pipeline/vite-plugin';

/**
 * `base: './'` makes every asset URL relative, so the same dist/ works at a
 * host's root or under any sub-path (e.g. https://example.org/courses/lab/)
 * with no server configuration; routes live in the URL hash.
 */
export default defineConfig({
  base: './',
  plugins: [react(), lessonsPlugin(import.meta.dirname)],
  worker: { format: 'es' },
  optimizeDeps: {
    include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-webgpu'],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 8000,
  },
});

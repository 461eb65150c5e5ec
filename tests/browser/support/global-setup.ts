/**
 * Before any browser test: checks that there is a build to test, and names
 * the run (support/deploy-b.ts shares one extra build per run). After the
 * last: removes that extra build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeBuildB } from './deploy-b';
import { TEST_DIST } from './build';

export default function setup(project: TestProject): () => void {
  if (!existsSync(join(TEST_DIST, 'index.html'))) {
    throw new Error('No production build in dist/: run "npm run build" first (npm test does).');
  }
  project.provide('testRunId', `${process.pid}-${Date.now()}`);
  return removeBuildB;
}

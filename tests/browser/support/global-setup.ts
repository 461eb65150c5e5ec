/** Checks, before any browser test, that there is a build to test. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './static-server';

export default function setup(): void {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error('No production build in dist/: run "npm run build" first (npm test does).');
  }
}

/**
 * Build B: the one extra production build the browser tests need, made once
 * per test run and shared (each build costs a minute or more on two cores):
 *  - hosting.test.ts deploys it over an open page of the main build (A):
 *    the same lessons with one more paragraph each (so every lesson chunk
 *    gets a new hashed name) and another build id;
 *  - content-fixture.test.ts reads the lesson an instructor would add,
 *    given through LML_EXTRA_CONTENT from tests/fixtures/lessons.
 * The first file that asks builds it; later files of the same run find the
 * run's stamp in it and reuse it. Files run in parallel processes, so the
 * build is guarded by a lock folder (mkdir is atomic): a file that finds the
 * lock taken waits for the stamp. global-setup.ts removes both at the end.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { contentRoots } from '../../../src/lessons/pipeline/load';
import { courseManifestPath } from '../../../src/lessons/pipeline/manifest';
import { buildInto, PROJECT_ROOT } from './build';

/** A sentence only build B's lessons have. */
export const B_MARKER = 'This paragraph exists only in deployment B.';
export const B_DIST = join(PROJECT_ROOT, 'dist-deploy-b');
export const B_CONTENT = join(PROJECT_ROOT, 'dist-deploy-b-content');
export const FIXTURE_LESSONS = join(PROJECT_ROOT, 'tests', 'fixtures', 'lessons');
/** Keeps any extra content folders already configured, and adds the fixtures. */
export const EXTRA_CONTENT = [process.env['LML_EXTRA_CONTENT'], FIXTURE_LESSONS].filter(Boolean).join(':');

const STAMP = join(B_DIST, '.lml-test-run');
const LOCK = `${B_DIST}.lock`;
/** Longer than a build of B takes on a loaded two-core machine. */
const LOCK_WAIT_MS = 300_000;

const builtThisRun = (run: string) => existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run;

/**
 * Takes the lock folder `lock` for `run`; false when a file of this run holds
 * it. A lock a killed run left behind (another run's id) is taken over.
 */
export function tryLock(lock: string, run: string): boolean {
  const owner = join(lock, 'run');
  try {
    mkdirSync(lock);
    writeFileSync(owner, run);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // The owner file is written just after the folder: missing means a holder is starting.
    const holder = existsSync(owner) ? readFileSync(owner, 'utf8') : run;
    if (holder === run) return false;
    rmSync(lock, { recursive: true, force: true });
    return tryLock(lock, run);
  }
}

/** Build B's folder, built now unless this run already built it (or another file is building it). */
export async function deployBuildB(): Promise<string> {
  const run = inject('testRunId');
  const deadline = Date.now() + LOCK_WAIT_MS;
  while (!builtThisRun(run)) {
    if (tryLock(LOCK, run)) {
      try {
        if (!builtThisRun(run)) await buildB(run);
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    } else {
      if (Date.now() > deadline) throw new Error(`build B: still locked by another test file after ${LOCK_WAIT_MS / 1000} s (${LOCK})`);
      await new Promise((wake) => setTimeout(wake, 250));
    }
  }
  return B_DIST;
}

async function buildB(run: string): Promise<void> {
  // The copy sits at the same depth as content/lessons so lessons' `facts.ts` imports still resolve.
  const source = contentRoots(PROJECT_ROOT)[0] ?? join(PROJECT_ROOT, 'content', 'lessons');
  rmSync(B_CONTENT, { recursive: true, force: true });
  mkdirSync(B_CONTENT, { recursive: true });
  const lessonsCopy = join(B_CONTENT, 'lessons');
  cpSync(source, lessonsCopy, { recursive: true });
  if (existsSync(courseManifestPath(source))) cpSync(courseManifestPath(source), courseManifestPath(lessonsCopy));
  for (const slug of readdirSync(lessonsCopy)) {
    const index = join(lessonsCopy, slug, 'index.md');
    if (existsSync(index)) writeFileSync(index, readFileSync(index, 'utf8') + `\n\n${B_MARKER}\n`);
  }
  await buildInto(B_DIST, { LML_CONTENT_DIR: lessonsCopy, LML_EXTRA_CONTENT: EXTRA_CONTENT, LML_BUILD_ID: 'deploy-b' });
  writeFileSync(STAMP, run);
}

/** Removes build B, its content copy and its lock (global teardown). */
export function removeBuildB(): void {
  rmSync(LOCK, { recursive: true, force: true });
  rmSync(B_CONTENT, { recursive: true, force: true });
  rmSync(B_DIST, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** Distinguishes this test run's build B from one a killed run left behind. */
    testRunId: string;
  }
}

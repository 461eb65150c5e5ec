/**
 * The lock that keeps two browser test files (running in parallel) from
 * building build B into the same folder at once (tests/browser/support/deploy-b.ts).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tryLock } from '../../browser/support/deploy-b';

let dir = '';
const lockIn = () => {
  dir = mkdtempSync(join(tmpdir(), 'lml-lock-'));
  return join(dir, 'dist-deploy-b.lock');
};
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('build B lock', () => {
  it('goes to the first file that asks, and names its run', () => {
    const lock = lockIn();
    expect(tryLock(lock, 'run-1')).toBe(true);
    expect(readFileSync(join(lock, 'run'), 'utf8')).toBe('run-1');
  });

  it('is refused to a second file of the same run while held', () => {
    const lock = lockIn();
    expect(tryLock(lock, 'run-1')).toBe(true);
    expect(tryLock(lock, 'run-1')).toBe(false);
    expect(readFileSync(join(lock, 'run'), 'utf8')).toBe('run-1');
  });

  it('is taken over from a run that was killed while holding it', () => {
    const lock = lockIn();
    expect(tryLock(lock, 'killed-run')).toBe(true);
    expect(tryLock(lock, 'run-2')).toBe(true);
    expect(readFileSync(join(lock, 'run'), 'utf8')).toBe('run-2');
  });

  it('can be taken again once released', () => {
    const lock = lockIn();
    expect(tryLock(lock, 'run-1')).toBe(true);
    rmSync(lock, { recursive: true });
    expect(existsSync(lock)).toBe(false);
    expect(tryLock(lock, 'run-1')).toBe(true);
  });
});

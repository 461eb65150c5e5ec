/**
 * The builds the browser tests use: the build under test (TEST_DIST), the
 * project folder, and running a command or an extra production build there.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

/**
 * The build the browser tests serve: dist/ (what `npm test` builds), or the
 * folder named in LML_TEST_DIST (relative to the project root), so an
 * engineer can test a private build (dist-<name>/) while others use dist/.
 */
export const TEST_DIST = resolve(PROJECT_ROOT, process.env['LML_TEST_DIST'] ?? 'dist');

/** Runs a command in the project folder; resolves with its exit code and output. */
export function runCommand(
  command: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? 1, output }));
  });
}

/** A production build into `outDir` (~20-40 s here); throws with the build's output if it fails. */
export async function buildInto(outDir: string, env: Readonly<Record<string, string>> = {}): Promise<void> {
  const { code, output } = await runCommand('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir'], {
    VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true',
    ...env,
  });
  if (code !== 0) throw new Error(`vite build --outDir ${outDir} failed:\n${output.slice(-3000)}`);
}

/** Debian's Chromium started with a DevTools port, for Lighthouse to drive. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BASE_FLAGS, CHROMIUM_PATH } from '../../tests/browser/support/chromium';

/** tests/browser/support/chromium.ts's base flags, plus new headless mode for Lighthouse. */
const CHROME_FLAGS = [
  '--headless=new',
  ...BASE_FLAGS,
  '--remote-debugging-port=0',
  '--user-data-dir=' + join(process.env['TMPDIR'] ?? '/tmp', `lml-audit-${process.pid}`),
];

export interface RunningChrome {
  readonly port: number;
  stop(): void;
}

/** Starts Chromium; resolves with its DevTools port once it listens. */
export function startChrome(): Promise<RunningChrome> {
  return new Promise((done, fail) => {
    const child: ChildProcess = spawn(CHROMIUM_PATH, [...CHROME_FLAGS, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) {
        done({
          port: Number(match[1]),
          stop: () => {
            child.removeAllListeners('exit');
            child.kill();
          },
        });
      }
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}) before DevTools was ready:\n${stderr}`)));
  });
}

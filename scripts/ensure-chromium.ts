/**
 * Makes sure Debian's Chromium is there for the browser tests and benches.
 * Playwright cannot download a browser here, so we drive the system one.
 * As root with apt-get it installs the `chromium` package; otherwise it says
 * exactly what to run. Set CHROMIUM_PATH to use another Chromium build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (existsSync(path)) {
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env['CHROMIUM_PATH']) {
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get)…');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium']);
  if (existsSync(path)) process.exit(0);
}

console.error(
  [
    `No Chromium at ${path}. The browser tests drive a system Chromium through playwright-core.`,
    'Install one, then run the tests again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  Elsewhere:      install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
  ].join('\n'),
);
process.exit(1);

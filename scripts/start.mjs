// `npm start`: build, then open Strata's desktop window on the example plan (or on the files
// given after `npm start --`). The Electron binary is looked for without triggering a download,
// fetched once if missing, and if that fails we say so and point at `npm run web`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');
const EXAMPLE = join(root, 'examples', '02-esxi-ha-cluster.strata');
const FETCH_TIMEOUT_MS = 60_000;

const NO_ELECTRON = `
The Electron binary could not be downloaded on this machine, so the desktop window cannot open here.
Use Strata in a browser instead:

    npm run web

(On a machine with internet access, \`npx install-electron\` fetches the binary and \`npm start\` works.)
`;

function run(label, command, args) {
  console.log(`\n▸ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`\n${label} failed.`);
    process.exit(result.status ?? 1);
  }
}

/** The Electron executable if it is installed, found the way `electron/index.js` does, minus its download. */
export function findElectron() {
  try {
    const relative = readFileSync(join(electronPackage, 'path.txt'), 'utf8').trim();
    const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(electronPackage, 'dist');
    const executable = join(distFolder, relative);
    return relative && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

function fetchElectronOnce() {
  const installer = join(electronPackage, 'install.js');
  if (!existsSync(installer)) return;
  console.log(
    `\n▸ Fetching the Electron binary (once; giving up after ${FETCH_TIMEOUT_MS / 1000} s)`,
  );
  const result = spawnSync(process.execPath, [installer], {
    cwd: electronPackage,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: FETCH_TIMEOUT_MS,
  });
  if (result.error?.code === 'ETIMEDOUT') console.log('  The download timed out.');
  else if (result.status !== 0) {
    const firstLine = (result.stderr || result.stdout || '').trim().split('\n')[0];
    console.log(`  The download failed${firstLine ? `: ${firstLine}` : '.'}`);
  }
}

function main() {
  run('Bundling the main process, preload and command line', process.execPath, [
    join(root, 'scripts', 'build-node.mjs'),
  ]);
  run('Building the renderer', 'npx', ['vite', 'build', '--logLevel', 'warn']);

  let electron = findElectron();
  if (!electron) {
    fetchElectronOnce();
    electron = findElectron();
  }
  if (!electron) {
    console.error(NO_ELECTRON);
    process.exit(1);
  }

  const files = process.argv.slice(2);
  const toOpen = files.length > 0 ? files : existsSync(EXAMPLE) ? [EXAMPLE] : [];
  // Chromium refuses to start as root without this switch (containers, CI); say why it is there.
  const switches = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  if (switches.length > 0) console.log('Running as root: Chromium needs --no-sandbox here.');

  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  console.log(
    `\n▸ Opening Strata${toOpen.length ? ` on ${toOpen.map((f) => f.replace(`${root}/`, '')).join(', ')}` : ''}`,
  );
  const child = spawn(electron, [...switches, root, ...toOpen], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

// `npm run cli` calls this before each command: it rebuilds dist/ with `nest build` only when a source
// file, folder or build setting changed since the last build, so a CLI call costs no compile when
// nothing changed. The stamp is the newest modification time of the build's inputs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const inputs = ['src', 'package.json', 'nest-cli.json', 'tsconfig.build.json', '.swcrc'];
const stampFile = join(root, 'dist', '.build-stamp');

function newest(path) {
  const stat = statSync(path);
  let latest = stat.mtimeMs;
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const stamp = String(Math.max(...inputs.map((input) => newest(join(root, input)))));
const built = existsSync(stampFile) && existsSync(join(root, 'dist', 'cli.js')) ? readFileSync(stampFile, 'utf8') : '';
if (built !== stamp) {
  execFileSync(process.execPath, [join(root, 'node_modules', '@nestjs', 'cli', 'bin', 'nest.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(stampFile, stamp);
}

/**
 * `npm run bench`: runs every benchmark in bench/ one after the other, each in
 * its own process so that one's memory does not weigh on the next. Each prints
 * JSON lines with its figures and the baseline it measured in the same run.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const benches = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .filter((file) => only === undefined || file.includes(only))
  .sort();

let failures = 0;
for (const file of benches) {
  process.stderr.write(`== ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${file}`], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failures++;
}
process.exitCode = failures > 0 ? 1 : 0;

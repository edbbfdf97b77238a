import { writeSync } from 'node:fs';
import { ExportLog } from '../../../../electron/services/export-log';

/**
 * A child process of export-log-processes.test.ts: another app on the same
 * data folder, adding entries to its export log as fast as it can from a
 * moment both apps are given.
 *
 * `node writer.mjs <dataDir> <keyFile> <name> <count> <start time (ms since 1970)>`
 * adds `<count>` entries, each for a draft of its own (`<name>-<i>`), and prints `done`.
 */
const [dataDir, keyFile, name, count, startAt] = process.argv.slice(2);
const log = new ExportLog(dataDir, { keyFile });
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
for (let i = 0; i < Number(count); i++) {
  await log.add(`${name}-${i}`, { kind: 'pdf', path: `/tmp/${name}-${i}.pdf`, size: 1, sha256: '0'.repeat(64) });
}
writeSync(1, 'done\n');
setInterval(() => undefined, 60_000);

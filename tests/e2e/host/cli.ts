import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startHost } from './server';

/**
 * `npm run dev:browser -- [--data DIR] [--exports DIR] [--port N]`: the built
 * renderer in any browser on 127.0.0.1, with real storage in DIR.
 */
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '.samverka-dev/data' },
    exports: { type: 'string', default: '.samverka-dev/exports' },
    port: { type: 'string', default: '5317' },
  },
});
const dataDir = path.resolve(values.data);
const exportDir = path.resolve(values.exports);
mkdirSync(exportDir, { recursive: true });
// As the app does: the data folder's lock, so a second host (or the app) on the same folder opens it read-only.
const host = await startHost({ dataDir, exportDir, port: Number(values.port), folderLock: {} });
console.log(`Samverka i webbläsaren: ${host.url}\nDatamapp: ${dataDir}\nExporter hamnar i: ${exportDir}\nAvsluta med Ctrl+C.`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

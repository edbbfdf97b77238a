import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_KEY_FILE, ExportLog } from '../../../../electron/services/export-log';
import { tempDir } from '../../../support/fixtures';
import { bundleChild, startChild } from '../crash/child-process';

/**
 * Two apps on one data folder (a network drive two colleagues open, or a
 * second window of another version) adding to exporter.json at the same
 * time: real child processes (export-log-writer.ts), each with its own
 * queue. Every entry either wrote is in the file afterwards.
 */

const APPS = 2;
const ENTRIES = 40;

let writer: { script: string; compileCache: string };

beforeAll(async () => {
  writer = await bundleChild(path.join(import.meta.dirname, 'export-log-writer.ts'), tempDir('samverka-export-log-build-'));
});

describe('the export log written by two apps at once', () => {
  it(`loses none of ${APPS * ENTRIES} entries`, { timeout: 60_000 }, async () => {
    const dataDir = tempDir('samverka-exportlogg-');
    // One installation's key, so that both apps' entries are listed (another installation's would not be).
    const keyFile = path.join(tempDir(), EXPORT_KEY_FILE);
    const startAt = String(Date.now() + 1500);
    const names = Array.from({ length: APPS }, (_, i) => `app${i + 1}`);
    await Promise.all(
      names.map((name) => {
        const child = startChild(writer.script, [dataDir, keyFile, name, String(ENTRIES), startAt], writer.compileCache, (line) => {
          if (line === 'done') child.kill();
        });
        return child.ended;
      }),
    );

    const log = new ExportLog(dataDir, { keyFile });
    const missing: string[] = [];
    for (const name of names) {
      for (let i = 0; i < ENTRIES; i++) {
        if ((await log.recent(`${name}-${i}`)).length !== 1) missing.push(`${name}-${i}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

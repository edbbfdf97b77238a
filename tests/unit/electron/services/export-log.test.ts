import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { EXPORT_KEY_FILE, EXPORT_LOG_FILE, ExportLog, makeKey } from '../../../../electron/services/export-log';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { caller } from '../../../support/caller';
import { testHandlers, testShell } from '../../../support/test-shell';

/**
 * "Senaste exporter" uses only what the app wrote: an entry planted in (or
 * changed in) exporter.json is never listed, and its path is never touched,
 * not even looked at (a network path would be connected to); a listed file
 * is opened or shown only while it holds the bytes the app wrote there.
 *
 * Every path the file system functions are called with is recorded, to
 * show which were touched.
 */

const touched = vi.hoisted(() => new Set<string>());
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const record =
    <A extends unknown[], R>(f: (...args: A) => R) =>
    (...args: A): R => {
      if (typeof args[0] === 'string') touched.add(args[0]);
      return f(...args);
    };
  return { ...actual, stat: record(actual.stat), lstat: record(actual.lstat), open: record(actual.open), readFile: record(actual.readFile), access: record(actual.access) };
});
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    createReadStream: (file: string, ...rest: unknown[]) => {
      touched.add(file);
      return (actual.createReadStream as (...args: unknown[]) => unknown)(file, ...rest);
    },
  };
});

const PROMISE_ID = exampleDraft().id;

beforeEach(() => touched.clear());

async function services(dataDir = tempDir()) {
  const store = await DraftStore.open(dataDir);
  const exportDir = tempDir();
  const opened: string[] = [];
  const shell = testShell();
  const asked: (string | null | undefined)[] = [];
  const handlers = testHandlers(store, {
    ...shell,
    chooseSavePath: async (name, _type, folder) => {
      asked.push(folder);
      return path.join(exportDir, name);
    },
    openPath: async (file) => void opened.push(file),
    log: () => undefined,
  });
  if (!store.summary(PROMISE_ID)) await store.save(exampleDraft());
  const call = caller(handlers);
  const logFile = path.join(dataDir, EXPORT_LOG_FILE);
  const readLog = () => JSON.parse(readFileSync(logFile, 'utf8'));
  const writeLog = (content: unknown) => writeFileSync(logFile, JSON.stringify(content));
  return { dataDir, exportDir, call, opened, revealed: shell.revealed, asked, readLog, writeLog };
}

describe('the key that seals the entries', () => {
  it('is never replaced once made: an app that found no key while another was making it uses the one made first', async () => {
    // Two apps start at once and both find no key file; the first makes it and seals entries with it.
    // The second gets to make its key only afterwards: replacing the first would leave every entry the first app sealed unlisted.
    const keyFile = path.join(tempDir(), EXPORT_KEY_FILE);
    const first = await makeKey(keyFile);
    const second = await makeKey(keyFile);
    expect(second.equals(first)).toBe(true);
    expect(readFileSync(keyFile).equals(first)).toBe(true);
  });

  it('is made anew when the file holds no key (damaged), so what the app writes is listed again after a restart', async () => {
    const keyFile = path.join(tempDir(), EXPORT_KEY_FILE);
    writeFileSync(keyFile, 'trasig');
    const dataDir = tempDir('samverka-exportlogg-');
    await new ExportLog(dataDir, { keyFile }).add('utkast-1', { kind: 'pdf', path: '/tmp/utkast-1.pdf', size: 1, sha256: '0'.repeat(64) });
    expect(readFileSync(keyFile)).toHaveLength(32);
    // The app started again: the key read from the file (reached through another path, so not this process's memory).
    const again = path.join(tempDir(), 'igen');
    symlinkSync(path.dirname(keyFile), again);
    const listed = await new ExportLog(dataDir, { keyFile: path.join(again, EXPORT_KEY_FILE) }).recent('utkast-1');
    expect(listed.map((entry) => entry.fileName)).toEqual(['utkast-1.pdf']);
  });
});

describe('entries the app did not write', () => {
  it('lists no planted entry, opens none, and never touches its path', async () => {
    const { call, opened, revealed, readLog, writeLog, exportDir } = await services();
    await call('exportDocx', PROMISE_ID, { withPromises: false });
    const log = readLog();
    const [real] = log.entries;
    const script = path.join(exportDir, 'rensa.cmd');
    writeFileSync(script, '@echo off\r\nformat c:\r\n');
    const unc = '\\\\angripare.example\\delad\\rapport.docx';
    const planted = [
      // A script under a harmless name, with no record of what was written.
      { id: '20260101T000000000Z-aaaaaa', draftId: PROMISE_ID, kind: 'docx', path: script, fileName: 'rapport.docx', at: '2026-01-01T00:00:00.000Z' },
      // The real entry's record and seal over another path.
      { ...real, id: '20260101T000000000Z-bbbbbb', path: script, fileName: 'rensa.cmd' },
      // A network path, with a seal made up.
      { ...real, id: '20260101T000000000Z-cccccc', path: unc, fileName: 'rapport.docx', seal: 'f'.repeat(64) },
    ];
    writeLog({ ...log, entries: [...planted, ...log.entries] });
    touched.clear();

    const listed = await call('listRecentExports', PROMISE_ID);
    expect(listed.map((entry) => entry.id)).toEqual([real.id]);
    for (const entry of planted) {
      await expect(call('openRecentExport', PROMISE_ID, entry.id, 'open')).rejects.toThrow('Filen finns inte bland utkastets senaste exporter.');
      await expect(call('openRecentExport', PROMISE_ID, entry.id, 'reveal')).rejects.toThrow('Filen finns inte bland utkastets senaste exporter.');
    }
    expect([...opened, ...revealed]).toEqual([]);
    expect([...touched].filter((file) => file === script || file === unc)).toEqual([]);
  });

  it('offers no planted last folder to the save dialog, and never looks at it', async () => {
    const { call, asked, readLog, writeLog } = await services();
    await call('exportDocx', PROMISE_ID, { withPromises: false });
    const unc = '\\\\angripare.example\\delad';
    writeLog({ ...readLog(), lastFolder: unc });
    touched.clear();
    await call('exportDocx', PROMISE_ID, { withPromises: false });
    expect(asked).toEqual([null, null]);
    expect(touched.has(unc)).toBe(false);
  });

  it('lists no entry sealed by another installation of the app (another key)', async () => {
    const dataDir = tempDir();
    const written = { kind: 'pdf' as const, path: '/tmp/samverka-annan.pdf', size: 10, sha256: '0'.repeat(64) };
    await new ExportLog(dataDir, { keyFile: path.join(tempDir(), EXPORT_KEY_FILE) }).add(PROMISE_ID, written);
    expect(await new ExportLog(dataDir, { keyFile: path.join(tempDir(), EXPORT_KEY_FILE) }).recent(PROMISE_ID)).toEqual([]);
    // The same installation (its key in its own folder) lists it, across restarts.
    const keyFile = path.join(tempDir(), EXPORT_KEY_FILE);
    await new ExportLog(dataDir, { keyFile }).add(PROMISE_ID, { ...written, path: '/tmp/samverka-egen.pdf' });
    expect((await new ExportLog(dataDir, { keyFile }).recent(PROMISE_ID)).map((entry) => entry.fileName)).toEqual(['samverka-egen.pdf']);
  });

  it('keeps the key outside the data folder', async () => {
    const { dataDir, call } = await services();
    await call('exportDocx', PROMISE_ID, { withPromises: false });
    expect(readFileSync(path.join(`${dataDir}-sakerhetskopior`, EXPORT_KEY_FILE))).toHaveLength(32);
    expect(JSON.stringify(readFileSync(path.join(dataDir, EXPORT_LOG_FILE), 'utf8'))).not.toContain('nyckel');
  });
});

describe('a listed file that is no longer what the app wrote', () => {
  it('is neither opened nor shown when its bytes changed, and says so in Swedish', async () => {
    const { call, opened, revealed } = await services();
    const result = (await call('exportDocx', PROMISE_ID, { withPromises: false }))!;
    const [entry] = await call('listRecentExports', PROMISE_ID);
    const bytes = readFileSync(result.path);
    bytes[bytes.length - 1] ^= 1;
    writeFileSync(result.path, bytes);
    const message = `Filen ”${result.fileName}” har ändrats eller bytts ut sedan Samverka sparade den och öppnas därför inte härifrån.`;
    await expect(call('openRecentExport', PROMISE_ID, entry.id, 'open')).rejects.toThrow(message);
    await expect(call('openRecentExport', PROMISE_ID, entry.id, 'reveal')).rejects.toThrow(message);
    expect([...opened, ...revealed]).toEqual([]);
  });

  it('is not opened when something else stands in its place: a link, or a folder', async () => {
    const { call, opened, exportDir } = await services();
    const result = (await call('exportDocx', PROMISE_ID, { withPromises: false }))!;
    const [entry] = await call('listRecentExports', PROMISE_ID);
    const copy = path.join(exportDir, 'kopia.docx');
    writeFileSync(copy, readFileSync(result.path));
    rmSync(result.path);
    symlinkSync(copy, result.path);
    await expect(call('openRecentExport', PROMISE_ID, entry.id, 'open')).rejects.toThrow('har ändrats eller bytts ut');
    rmSync(result.path);
    mkdirSync(result.path);
    await expect(call('openRecentExport', PROMISE_ID, entry.id, 'open')).rejects.toThrow('har ändrats eller bytts ut');
    expect(opened).toEqual([]);
  });

  it('is opened again once it is exported anew', async () => {
    const { call, opened } = await services();
    const result = (await call('exportDocx', PROMISE_ID, { withPromises: false }))!;
    writeFileSync(result.path, 'något annat');
    await call('exportDocx', PROMISE_ID, { withPromises: false });
    const [entry] = await call('listRecentExports', PROMISE_ID);
    expect(await call('openRecentExport', PROMISE_ID, entry.id, 'open')).toBeNull();
    expect(opened).toEqual([result.path]);
  });
});

describe('listing', () => {
  it('touches none of the listed files', async () => {
    const { call, exportDir } = await services();
    await call('exportDocx', PROMISE_ID, { withPromises: false });
    await call('shareDraft', PROMISE_ID);
    touched.clear();
    const listed = await call('listRecentExports', PROMISE_ID);
    expect(listed).toHaveLength(2);
    expect([...touched].filter((file) => file.startsWith(exportDir))).toEqual([]);
    // Opening one reads it (which is how the recording is known to work).
    await call('openRecentExport', PROMISE_ID, listed[0].id, 'open');
    expect([...touched].filter((file) => file.startsWith(exportDir))).toEqual([listed[0].path]);
  });
});

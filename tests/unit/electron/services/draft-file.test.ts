import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readDraftFile } from '../../../../electron/services/draft-file';
import { DraftStore } from '../../../../electron/services/draft-store';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * The reader on the file system: it reads regular files only (a FIFO named
 * like a draft once blocked it for ever), and it refuses bytes that are not
 * UTF-8 rather than reading them as U+FFFD, which the next save would have
 * written over the original bytes.
 */

const ID = exampleDraft().id;
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);

/** FIFOs made by a test; a reader still blocked on one is released by opening it for writing. */
const fifos: string[] = [];
afterEach(() => {
  for (const fifo of fifos.splice(0)) {
    if (!existsSync(fifo)) continue;
    try {
      closeSync(openSync(fifo, 'r+'));
    } catch {
      // Gone or never opened: nothing waits on it.
    }
    rmSync(fifo, { force: true });
  }
});

function mkfifo(file: string): string {
  execFileSync('mkfifo', [file]);
  fifos.push(file);
  return file;
}

describe.skipIf(process.platform === 'win32')('a draft path that is no regular file', () => {
  it('a FIFO is refused at once, in Swedish', async () => {
    const fifo = mkfifo(path.join(tempDir(), `${ID}.json`));
    const result = await within(readDraftFile(fifo), 2000);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-file', message: expect.stringMatching(/^Filen är ingen vanlig fil/) } });
  });

  it('a FIFO or a folder named like a draft does not stop the library from opening; each is listed and left in place', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir);
    await store.save(exampleDraft());
    await store.flush();
    const fifo = mkfifo(path.join(dir, 'drafts', '11111111-2222-4333-8444-555555555555.json'));
    const folder = path.join(dir, 'drafts', '22222222-3333-4444-8555-666666666666.json');
    mkdirSync(folder);

    const reopened = await within(DraftStore.open(dir), 2000);

    expect(reopened.list().map((summary) => summary.id)).toEqual([ID]);
    expect(reopened.unreadable()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fileName: path.basename(fifo), movedTo: null, reason: expect.stringMatching(/ingen vanlig fil/) }),
        expect.objectContaining({ fileName: path.basename(folder), movedTo: null, reason: expect.stringMatching(/ingen vanlig fil/) }),
      ]),
    );
    expect(existsSync(fifo) && existsSync(folder)).toBe(true);
  });
});

describe('a draft file that is not UTF-8', () => {
  /** The example with "ö" in its title written as Windows-1252 (one byte, 0xF6), on line 6. */
  function latin1File(dir: string): string {
    const file = path.join(dir, `${ID}.json`);
    const text = JSON.stringify(exampleDraft(), null, 2).replace('"title": "Medborgarlöfte', '"title": "Medborgarl\u0000fte');
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(0)] = 0xf6;
    writeFileSync(file, bytes);
    return file;
  }

  it('is refused with a Swedish message saying where and what to do; the file is untouched', async () => {
    const file = latin1File(tempDir());
    const before = readFileSync(file);

    const result = await readDraftFile(file);

    expect(result).toMatchObject({ ok: false, error: { code: 'not-utf8' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/^Filen är inte sparad som UTF-8/);
      expect(result.error.message).toMatch(/rad 6/);
    }
    expect(readFileSync(file)).toEqual(before);
  });

  it('is set aside by the store with its bytes, never read as U+FFFD and written back', async () => {
    const dir = tempDir();
    await DraftStore.open(dir);
    const file = latin1File(path.join(dir, 'drafts'));
    const before = readFileSync(file);

    const store = await DraftStore.open(dir);

    expect(store.list()).toEqual([]);
    const [entry] = store.unreadable();
    expect(entry.reason).toMatch(/^Filen är inte sparad som UTF-8/);
    expect(readFileSync(entry.movedTo!)).toEqual(before);
  });

  it('reads a file with a byte-order mark and any valid UTF-8', async () => {
    const file = path.join(tempDir(), `${ID}.json`);
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ ...exampleDraft(), title: 'Trygghet 🏠 för alla – åäö' }))]));
    expect(await readDraftFile(file)).toMatchObject({ ok: true, draft: { title: 'Trygghet 🏠 för alla – åäö' } });
  });
});

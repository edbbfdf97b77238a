import { cpSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it, vi } from 'vitest';
import { DurableJsonFile, LowFile, UnreadableFileError, draftFile } from '../../../../electron/services/durable-json-file';
import { FORMAT_VERSION } from '../../../../shared/draft/limits';
import { ROOT, exampleDraft, tempDir } from '../../../support/fixtures';

const textFile = (file: string) => new DurableJsonFile<string>(file, (text) => ({ ok: true, value: JSON.parse(text) }));

describe('DurableJsonFile (the lowdb adapter)', () => {
  it('reads null for a missing file, then what it wrote, indented', async () => {
    const file = path.join(tempDir(), 'x.json');
    const adapter = textFile(file);
    expect(await adapter.read()).toBeNull();
    await adapter.write('hej');
    expect(await adapter.read()).toBe('hej');
    expect(readFileSync(file, 'utf8')).toBe('"hej"');
  });

  it('writes one after another in the order asked, ending with the last', async () => {
    const dir = tempDir();
    const adapter = textFile(path.join(dir, 'x.json'));
    await Promise.all(Array.from({ length: 30 }, (_, i) => adapter.write(`version ${i}`)));
    expect(await adapter.read()).toBe('version 29');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('refuses a file over its limit by its size, with the draft reader\'s Swedish message', async () => {
    const file = path.join(tempDir(), 'x.json');
    writeFileSync(file, '"');
    truncateSync(file, 6 * 1024 * 1024);
    const error = await draftFile(file).read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/^Filen är för stor \(6 MB\)/) });
  });

  it('reads a draft with every check of the file format, migrating an older version in memory', async () => {
    const file = path.join(tempDir(), 'v0.json');
    cpSync(path.join(ROOT, 'tests/fixtures/drafts/v0.json'), file);
    const draft = await draftFile(file).read();
    expect(draft).toMatchObject({ formatVersion: FORMAT_VERSION, parties: [{ role: 'kommun' }, { role: 'polis' }] });
    writeFileSync(file, JSON.stringify({ ...exampleDraft(), status: 'okänd' }));
    await expect(draftFile(file).read()).rejects.toThrow(/Status: ogiltigt värde "okänd"/);
  });
});

describe('LowFile (lowdb\'s Low over the durable adapter)', () => {
  it('reads and writes through lowdb\'s Low, each call with a Low of its own', async () => {
    const reads = vi.spyOn(Low.prototype, 'read');
    const writes = vi.spyOn(Low.prototype, 'write');
    const file = new LowFile(textFile(path.join(tempDir(), 'x.json')));
    await file.write('hej');
    expect(await file.read()).toEqual({ ok: true, value: 'hej' });
    expect(writes).toHaveBeenCalledTimes(1);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads.mock.contexts[0]).not.toBe(writes.mock.contexts[0]);
    vi.restoreAllMocks();
  });

  it('says a missing file is not found, with the file\'s name, and never answers with data an earlier call had', async () => {
    const filename = path.join(tempDir(), 'x.json');
    const file = new LowFile(textFile(filename));
    expect(await file.read()).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('x.json') } });
    await file.write('hej');
    rmSync(filename);
    expect(await file.read()).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('gives the adapter\'s reason for a file that cannot be read, without throwing', async () => {
    const filename = path.join(tempDir(), 'x.json');
    writeFileSync(filename, JSON.stringify({ ...exampleDraft(), status: 'okänd' }));
    const result = await new LowFile(draftFile(filename)).read();
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/Status: ogiltigt värde "okänd"/) } });
  });

  it('refuses to write what the reader would refuse, writing nothing', async () => {
    const dir = tempDir();
    const file = new LowFile(draftFile(path.join(dir, 'x.json')));
    await expect(file.write({ ...exampleDraft(), title: 'x'.repeat(6 * 1024 * 1024) })).rejects.toMatchObject({ code: 'too-large' });
    expect(readdirSync(dir)).toEqual([]);
  });
});

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAtomicTempFile, syncFolder, writeFileAtomic } from '../../../../electron/services/atomic-file';
import { tempDir } from '../../../support/fixtures';

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'gammalt');
    await writeFileAtomic(file, 'nytt');
    expect(readFileSync(file, 'utf8')).toBe('nytt');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('names its temporary files so they are recognised, and nothing else', () => {
    expect(isAtomicTempFile('.index.json.0123456789ab.tmp')).toBe(true);
    expect(isAtomicTempFile('index.json')).toBe(false);
    expect(isAtomicTempFile('.index.json.tmp')).toBe(false);
  });

  it('flushes a folder, and reports a folder that does not exist', async () => {
    const dir = tempDir();
    await expect(syncFolder(dir)).resolves.toBeUndefined();
    await expect(syncFolder(path.join(dir, 'saknas'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

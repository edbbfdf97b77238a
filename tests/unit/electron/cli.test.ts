import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILE, ROOT, exampleDraft, tempDir } from '../../support/fixtures';

const run = promisify(execFile);

/** Runs the command line as a user does (`npm run cli -- …` runs exactly this). */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['electron/cli.ts', ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function draftFile(content: string): string {
  const file = path.join(tempDir(), 'utkast.samverka.json');
  writeFileSync(file, content);
  return file;
}

describe('npm run cli -- check', () => {
  it('exits 0 for the ready example', async () => {
    const { code, stdout } = await cli('check', EXAMPLE_FILE);
    expect(stdout).toContain('Klart för underskrift: inga fel.');
    expect(code).toBe(0);
  });

  it('exits 1 and lists what is missing when the draft is not ready', async () => {
    const draft = exampleDraft();
    draft.statement = '';
    draft.activities[0].partyIds = [];
    const { code, stdout } = await cli('check', draftFile(JSON.stringify(draft)));
    expect(code).toBe(1);
    expect(stdout).toContain('Inte klart för underskrift: 2 fel.');
    expect(stdout).toContain('Fel: Löftesmening saknas.');
    expect(stdout).toContain('Fel: Aktivitet 1 saknar ansvarig part.');
  });

  const dangling = () => {
    const draft = exampleDraft();
    draft.activities[3].partyIds = ['polis', 'kommun2'];
    return JSON.stringify(draft);
  };

  it.each([
    ['a wrong format', () => JSON.stringify({ ...exampleDraft(), format: 'word' }), 'Filen är inte ett Samverka-utkast: fältet ”format” är "word", väntat ”samverka”.'],
    ['a newer formatVersion', () => JSON.stringify({ ...exampleDraft(), formatVersion: 3 }), 'nyare version av Samverka (formatversion 3)'],
    ['a dangling partyIds entry', dangling, 'Aktivitet 4, part: parten ”kommun2” finns inte bland parterna'],
    ['malformed JSON', () => JSON.stringify(exampleDraft()).slice(0, -20), 'Filen är inte giltig JSON och kan inte läsas'],
    ['a __proto__ key', () => JSON.stringify(exampleDraft()).replace('{"format"', '{"__proto__":{"x":1},"format"'), 'Filen innehåller fältnamnet ”__proto__”'],
  ])('exits 2 for %s with its own message and leaves the file untouched', async (_label, content, message) => {
    const file = draftFile(content());
    const before = sha(file);
    const { code, stderr } = await cli('check', file);
    expect(stderr).toContain(message);
    expect(code).toBe(2);
    expect(sha(file)).toBe(before);
  });

  it('reads a draft of an older format version, migrated in memory, leaving the file as it was', async () => {
    const file = draftFile(readFileSync(path.join(ROOT, 'tests/fixtures/drafts/v0.json'), 'utf8'));
    const before = sha(file);
    const { code, stdout } = await cli('check', file);
    expect(stdout).toContain('Klart för underskrift');
    expect(code).toBe(0);
    expect(sha(file)).toBe(before);
  });

  it('exits 2 for a file that does not exist', async () => {
    const { code, stderr } = await cli('check', path.join(tempDir(), 'saknas.json'));
    expect(code).toBe(2);
    expect(stderr).toContain('Filen finns inte');
  });
});

describe('npm run cli -- export', () => {
  it('writes a .docx and leaves the draft untouched', async () => {
    const out = path.join(tempDir(), 'medborgarlofte.docx');
    const before = sha(EXAMPLE_FILE);
    const { code, stdout } = await cli('export', EXAMPLE_FILE, '-o', out);
    expect(code).toBe(0);
    expect(stdout).toContain(`Exporterade ${out}`);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(sha(EXAMPLE_FILE)).toBe(before);
  });

  it('names the file as SKR advises when no -o is given', async () => {
    const file = draftFile(JSON.stringify(exampleDraft()));
    expect((await cli('export', file)).code).toBe(0);
    expect(existsSync(path.join(path.dirname(file), 'medborgarlofte-for-soderhamn-2020-2021.docx'))).toBe(true);
  });

  it('refuses an invalid draft with exit 2 and writes nothing', async () => {
    const out = path.join(tempDir(), 'x.docx');
    const { code } = await cli('export', draftFile('{}'), '-o', out);
    expect(code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('prints usage for an unknown command', async () => {
    const { code, stderr } = await cli('print');
    expect(code).toBe(64);
    expect(stderr).toContain('Okänt kommando ”print”');
  });
});

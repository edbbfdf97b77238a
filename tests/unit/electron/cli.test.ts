import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync, existsSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../electron/services/draft-store';
import type { Draft } from '../../../shared/draft/schema';
import { caller } from '../../support/caller';
import { readDocxPart } from '../../support/docx-tools';
import { EXAMPLE_FILE, ROOT, exampleDraft, tempDir } from '../../support/fixtures';
import { testHandlers } from '../../support/test-shell';

const run = promisify(execFile);

type Result = { code: number; stdout: string; stderr: string };

/** Runs a program to its end; a non-zero exit is a result, not a failure. */
async function exec(file: string, args: string[], { cwd = ROOT, shell = false } = {}): Promise<Result> {
  try {
    const { stdout, stderr } = await run(file, args, { cwd, shell });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * Runs the command line as a user does: `npm run cli -- …` runs exactly this
 * (package.json), the bundle built by `npm test` before the tests start.
 */
const cli = (...args: string[]) => exec(process.execPath, [path.join(ROOT, 'scripts/cli.mjs'), ...args]);

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
    expect(stdout).toContain('Fel: Aktivitet 1 (”arbeta förebyggande med närvaro, främst…”) saknar ansvarig part.');
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
    expect(existsSync(path.join(path.dirname(file), 'medborgarlofte-soderhamn-2020-2021.docx'))).toBe(true);
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

/** A large medborgarlöfte as the export meets it: the example with 60 activities spread over its parties. */
function sixtyActivities(): Draft {
  const base = exampleDraft();
  const promisers = [['polis'], ['kommun'], ['polis', 'kommun']];
  return {
    ...base,
    activities: Array.from({ length: 60 }, (_, i) => {
      const model = base.activities[i % base.activities.length];
      return { ...model, id: `b${i + 1}`, partyIds: promisers[i % promisers.length], text: `${model.text} (del ${i + 1})`, quantity: 1 + (i % 5) };
    }),
  };
}

describe('npm run cli -- export, as the app exports', () => {
  it('writes a word/document.xml byte-identical to the one "Exportera till Word" writes for the same draft', async () => {
    const store = await DraftStore.open(tempDir());
    await store.save(sixtyActivities());
    const draft = await store.get(sixtyActivities().id);
    const appFolder = tempDir();
    const call = caller(testHandlers(store, { chooseSavePath: async (name) => path.join(appFolder, name) }));
    const appExport = (await call('exportDocx', draft.id, { withPromises: false }))!;

    const file = draftFile(JSON.stringify(draft));
    const out = path.join(tempDir(), 'cli.docx');
    // Through npm itself, once: the package.json line is part of what a user runs.
    const windows = process.platform === 'win32';
    const { code } = await exec(windows ? 'npm.cmd' : 'npm', ['run', '--silent', 'cli', '--', 'export', file, '-o', out], { shell: windows });
    expect(code).toBe(0);
    const documentXml = (docx: string) => readDocxPart(readFileSync(docx), 'word/document.xml');
    expect(documentXml(out)).toContain('(del 60)');
    // The part's bytes as UTF-8 text: equal text is equal bytes (and a difference shows as a diff).
    expect(documentXml(out)).toBe(documentXml(appExport.path));
  });
});

describe('the command line\'s bundle', () => {
  /**
   * A copy of what the bundle is built from (electron/, shared/, the two
   * scripts, with the real node_modules linked in), so that a source can be
   * edited without touching the working tree; its bundle is built by the
   * first run, as a fresh checkout's is.
   */
  const root = tempDir('samverka-cli-');
  const bundle = path.join(root, 'dist/cli/cli.cjs');
  const check = () => exec(process.execPath, [path.join(root, 'scripts/cli.mjs'), 'check', EXAMPLE_FILE], { cwd: root });
  let built = 0;

  beforeAll(async () => {
    for (const entry of ['electron', 'shared', 'scripts/cli.mjs', 'scripts/cli-bundle.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
    }
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
    expect(existsSync(bundle)).toBe(false);
    expect(await check()).toMatchObject({ code: 0, stdout: expect.stringContaining('Klart för underskrift: inga fel.') });
    built = statSync(bundle).mtimeMs;
  });

  it('is built when missing and reused while its sources are as they were', async () => {
    expect(built).toBeGreaterThan(0);
    expect((await check()).code).toBe(0);
    expect(statSync(bundle).mtimeMs).toBe(built);
  });

  it('leaves V8\'s code cache of a run beside it, keeps it while it fits and replaces one V8 refuses', async () => {
    const cache = path.join(root, 'dist/cli/cli.code-cache');
    const written = statSync(cache).mtimeMs;
    expect((await check()).code).toBe(0);
    expect(statSync(cache).mtimeMs).toBe(written);
    // Garbage where the cache was (a cache of another build or Node): refused by V8, the run is the same, a good one is written.
    writeFileSync(cache, Buffer.alloc(4096, 7));
    expect(await check()).toMatchObject({ code: 0, stdout: expect.stringContaining('Klart för underskrift: inga fel.') });
    expect(readFileSync(cache).equals(Buffer.alloc(4096, 7))).toBe(false);
  });

  it('is rebuilt when a source it is built from is edited', async () => {
    // A Swedish text changed in shared/, as an editor saves it.
    const texts = path.join(root, 'shared/i18n/cli.ts');
    writeFileSync(texts, readFileSync(texts, 'utf8').replace('Klart för underskrift: inga fel.', 'Klart för underskrift (ombyggd): inga fel.'));
    expect((await check()).stdout).toContain('Klart för underskrift (ombyggd): inga fel.');
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
  });

  it('is rebuilt when only a source\'s time changed, even to an older one (as a checkout or a restore may set it)', async () => {
    const before = statSync(bundle).mtimeMs;
    const service = path.join(root, 'electron/services/draft-file.ts');
    utimesSync(service, new Date('2020-01-01'), new Date('2020-01-01'));
    expect((await check()).code).toBe(0);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(before);
  });
});

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readDraftFile } from '../../../electron/services/draft-file';
import type { Draft } from '../../../shared/draft/schema';
import { ROOT, tempDir } from '../../support/fixtures';

const run = promisify(execFile);

/** `npm run cli -- …` as a user runs it (scripts/cli.mjs, the bundle built when stale); a non-zero exit is a result. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'scripts/cli.mjs'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const EXAMPLES = path.join(ROOT, 'resources/examples');
const example = (name: string): Draft => JSON.parse(readFileSync(path.join(EXAMPLES, name), 'utf8'));
const LJUSDAL = 'medborgarlofte-ljusdal-2022-2024.samverka.json';
const EXEMPELVIK = 'samverkansoverenskommelse-exempelvik-2023-2026.samverka.json';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The base and two sides written as files in a new folder, with the path of the merge's output. */
function files(base: Draft, edit: { ours: (d: Draft) => void; theirs: (d: Draft) => void }) {
  const dir = tempDir();
  const write = (name: string, draft: Draft | string) => {
    const file = path.join(dir, name);
    writeFileSync(file, typeof draft === 'string' ? draft : JSON.stringify(draft));
    return file;
  };
  const ours = structuredClone(base);
  const theirs = structuredClone(base);
  edit.ours(ours);
  edit.theirs(theirs);
  return { dir, write, base: write('base.json', base), ours: write('vår.json', ours), theirs: write('deras.json', theirs), out: path.join(dir, 'ut.json') };
}

const mergeArgs = (f: { base: string; ours: string; theirs: string; out: string }) => ['merge', '--base', f.base, '--ours', f.ours, '--theirs', f.theirs, '-o', f.out];

describe('npm run cli -- merge', () => {
  it('exits 0 and writes both sides\' changes when nothing overlaps, leaving the inputs as they were', async () => {
    const f = files(example(LJUSDAL), {
      ours: (d) => (d.statement = 'Kommunen och polisen lovar att öka tryggheten i Ljusdal.'),
      theirs: (d) => d.activities.push({ id: 'p9', partyIds: ['polis'], focusAreaId: null, text: 'besöka skolorna varje termin' }),
    });
    const before = [f.base, f.ours, f.theirs].map(sha);
    const { code, stdout } = await cli(...mergeArgs(f));
    expect(stdout).toContain('Sammanfogat: 1 ändring togs in.');
    expect(stdout).toContain('  Aktivitet tillagd (Polisen): besöka skolorna varje termin');
    expect(stdout).toContain(`Skrev ${f.out}`);
    expect(code).toBe(0);
    const merged = await readDraftFile(f.out);
    expect(merged.ok && [merged.draft.statement, merged.draft.activities.at(-1)?.id]).toEqual(['Kommunen och polisen lovar att öka tryggheten i Ljusdal.', 'p9']);
    expect(merged.ok && 'conflicts' in merged.draft).toBe(false);
    expect([f.base, f.ours, f.theirs].map(sha)).toEqual(before);
  });

  it('exits 1, lists each conflict in Swedish and writes both values of each', async () => {
    const f = files(example(EXEMPELVIK), {
      ours: (d) => {
        d.activities[0].text = 'låta fältsekreterarna vara ute varje fredag';
        d.originals = 3;
      },
      theirs: (d) => {
        d.activities[0].text = 'låta fältsekreterarna vara ute varje lördag';
        d.originals = 4;
      },
    });
    const who = example(EXEMPELVIK).activities[0].partyIds;
    expect(who).toEqual(['kommun']);
    const { code, stdout } = await cli(...mergeArgs(f));
    expect(stdout).toContain('2 konflikter: båda värdena finns kvar i utkastet');
    expect(stdout).toContain('  Åtagande ”låta fältsekreterarna vara ute varje…” (Kommunen): ändrat av båda');
    expect(stdout).toContain('  Antal original: ändrat av båda');
    expect(code).toBe(1);
    const merged = await readDraftFile(f.out);
    expect(merged.ok && merged.draft.conflicts).toEqual([
      {
        path: ['activities', { id: example(EXEMPELVIK).activities[0].id }, 'text'],
        base: example(EXEMPELVIK).activities[0].text,
        ours: 'låta fältsekreterarna vara ute varje fredag',
        theirs: 'låta fältsekreterarna vara ute varje lördag',
      },
      { path: ['originals'], base: 2, ours: 3, theirs: 4 },
    ]);
    expect(merged.ok && merged.draft.activities[0].text).toBe('låta fältsekreterarna vara ute varje fredag');
  });

  it('exits 1 without merging into a signed draft the other side changed: a new revision is needed', async () => {
    const base = example(LJUSDAL);
    const f = files(base, { ours: (d) => (d.status = 'undertecknad'), theirs: (d) => (d.statement = 'Ändrad efteråt.') });
    const { code, stdout } = await cli(...mergeArgs(f));
    expect(stdout).toContain('Gör ändringarna i en ny revision.');
    expect(code).toBe(1);
    const merged = await readDraftFile(f.out);
    expect(merged.ok && merged.draft).toEqual({ ...base, status: 'undertecknad' });
  });

  it.each([
    ['is no draft', '{}', 'Kan inte läsa'],
    ['is no JSON', '{"format": "samverka"', 'inte giltig JSON'],
  ])('exits 2 and writes nothing when an input %s', async (_label, content, message) => {
    const f = files(example(LJUSDAL), { ours: () => undefined, theirs: () => undefined });
    const theirs = f.write('deras.json', content);
    const { code, stderr } = await cli(...mergeArgs({ ...f, theirs }));
    expect(stderr).toContain(message);
    expect(code).toBe(2);
    expect(existsSync(f.out)).toBe(false);
  });

  it('exits 2 and writes nothing when an input is missing', async () => {
    const f = files(example(LJUSDAL), { ours: () => undefined, theirs: () => undefined });
    const { code, stderr } = await cli(...mergeArgs({ ...f, base: path.join(f.dir, 'saknas.json') }));
    expect(stderr).toContain('Filen finns inte');
    expect(code).toBe(2);
    expect(existsSync(f.out)).toBe(false);
  });

  it('asks for all four files, and refuses to write over an input', async () => {
    const f = files(example(LJUSDAL), { ours: () => undefined, theirs: () => undefined });
    const missing = await cli('merge', '--base', f.base, '--ours', f.ours, '-o', f.out);
    expect([missing.code, missing.stderr]).toEqual([64, expect.stringContaining('Ange --base, --ours, --theirs och -o.')]);
    const over = await cli(...mergeArgs({ ...f, out: f.ours }));
    expect([over.code, over.stderr]).toEqual([64, expect.stringContaining('Utfilen får inte vara samma fil som utkastet.')]);
  });
});

describe('npm run cli -- diff', () => {
  it('exits 0 and says so when two files say the same', async () => {
    const f = files(example(EXEMPELVIK), { ours: (d) => (d.updatedAt = '2030-01-01T00:00:00.000Z'), theirs: () => undefined });
    const { code, stdout } = await cli('diff', f.base, f.ours);
    expect([code, stdout.trim()]).toEqual([0, 'Inga ändringar.']);
  });

  it('exits 1 and lists each change in Swedish with its new value, one per line', async () => {
    const f = files(example(LJUSDAL), {
      ours: (d) => {
        d.statement = 'Vi lovar mer.';
        d.activities.push({ id: 'p9', partyIds: ['polis'], focusAreaId: null, text: 'besöka skolorna' });
        d.signatories[1].name = 'Anna Svensson';
      },
      theirs: () => undefined,
    });
    const { code, stdout } = await cli('diff', f.base, f.ours);
    expect(stdout.trim().split('\n')).toEqual(['Löftesmening ändrad: Vi lovar mer.', 'Aktivitet tillagd (Polisen): besöka skolorna', 'Undertecknare bytt (Polisen): Anna Svensson']);
    expect(code).toBe(1);
  });

  it('exits 2 on an input that is not a draft', async () => {
    const f = files(example(LJUSDAL), { ours: () => undefined, theirs: () => undefined });
    const { code, stderr } = await cli('diff', f.base, f.write('x.json', '[]'));
    expect(stderr).toContain('Kan inte läsa');
    expect(code).toBe(2);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicy, policyFilePath, policyFolders, readPolicy, type PolicyReading } from '../../../electron/policy';
import { newDraft } from '../../../shared/draft/new-draft';
import { draftSchema } from '../../../shared/draft/schema';

const ID = '6f1e2d3c-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
const NOW = new Date('2026-03-01T10:00:00Z');

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'samverka-policy-'));
  file = path.join(dir, 'policy.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (content: unknown) => writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
const read = (platform: NodeJS.Platform = 'linux') => readPolicy(file, { platform });

/** The policy of the README's example (on a Linux test machine, so the folders are POSIX paths). */
const EXAMPLE = {
  dataFolder: '/srv/samverka/bibliotek',
  backupFolder: '/srv/samverka-backup',
  municipality: 'Söderhamns kommun',
  newDrafts: {
    parties: [
      { role: 'kommun', signatories: [{ name: 'Anna Andersson', title: 'Kommunstyrelsens ordförande' }] },
      { role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hudiksvall', signatories: [{ title: 'Lokalpolisområdeschef' }] },
      { role: 'annan', name: 'Söderhamns Stadsfastigheter AB' },
    ],
  },
  updateChecks: false,
};

/** A reading that used nothing of the file: the defaults, and what was wrong. */
function expectDefaults(reading: PolicyReading, ...messages: RegExp[]) {
  expect(reading.policy).toEqual(DEFAULT_POLICY);
  expect(reading.problems).toHaveLength(messages.length);
  messages.forEach((message, i) => expect(reading.problems[i]).toMatch(message));
}

describe('where the policy file is', () => {
  it('is machine-wide on each system', () => {
    expect(policyFilePath({ platform: 'win32', env: { ProgramData: 'C:\\ProgramData' }, packaged: true })).toBe('C:\\ProgramData\\Samverka\\policy.json');
    expect(policyFilePath({ platform: 'win32', env: { PROGRAMDATA: 'D:\\PD' }, packaged: true })).toBe('D:\\PD\\Samverka\\policy.json');
    expect(policyFilePath({ platform: 'win32', env: {}, packaged: true })).toBe('C:\\ProgramData\\Samverka\\policy.json');
    expect(policyFilePath({ platform: 'linux', env: {}, packaged: true })).toBe('/etc/samverka/policy.json');
    expect(policyFilePath({ platform: 'darwin', env: {}, packaged: true })).toBe('/Library/Application Support/Samverka/policy.json');
  });

  it('is SAMVERKA_POLICY under forge start, never in a packaged app', () => {
    expect(policyFilePath({ platform: 'linux', env: { SAMVERKA_POLICY: '/tmp/p.json' }, packaged: false })).toBe('/tmp/p.json');
    expect(policyFilePath({ platform: 'linux', env: { SAMVERKA_POLICY: '/tmp/p.json' }, packaged: true })).toBe('/etc/samverka/policy.json');
  });
});

describe('no policy file', () => {
  it('is the defaults, with nothing to say', async () => {
    const reading = await read();
    expect(reading).toEqual({ policy: DEFAULT_POLICY, problems: [], path: file, found: false });
    expect(policyFolders(reading.policy, '/home/anna/.config/Samverka')).toEqual({
      dataDir: '/home/anna/.config/Samverka/bibliotek',
      backupDir: '/home/anna/.config/Samverka/sakerhetskopior',
    });
    expect(newDraft({ id: ID, kind: 'medborgarlofte', now: NOW, defaults: reading.policy.newDrafts })).toEqual(
      newDraft({ id: ID, kind: 'medborgarlofte', now: NOW }),
    );
  });
});

describe('a valid policy', () => {
  it('sets the data and backup folders', async () => {
    write(EXAMPLE);
    const reading = await read();
    expect(reading.problems).toEqual([]);
    expect(reading.found).toBe(true);
    expect(reading.policy).toMatchObject({ dataFolder: '/srv/samverka/bibliotek', backupFolder: '/srv/samverka-backup', updateChecks: false });
    expect(policyFolders(reading.policy, '/home/anna/.config/Samverka')).toEqual({ dataDir: '/srv/samverka/bibliotek', backupDir: '/srv/samverka-backup' });
  });

  it('gives new drafts its municipality, parties and signatories', async () => {
    write(EXAMPLE);
    const { policy } = await read();
    for (const kind of ['medborgarlofte', 'samverkansoverenskommelse'] as const) {
      const draft = newDraft({ id: ID, kind, now: NOW, defaults: policy.newDrafts });
      expect(draftSchema.safeParse(draft).success).toBe(true);
      expect(draft.parties).toEqual([
        { id: 'kommun', role: 'kommun', name: 'Söderhamns kommun', diarienummer: '' },
        { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hudiksvall', diarienummer: '' },
        { id: 'part-3', role: 'annan', name: 'Söderhamns Stadsfastigheter AB', diarienummer: '' },
      ]);
      expect(draft.signatories).toEqual([
        { partyId: 'kommun', name: 'Anna Andersson', title: 'Kommunstyrelsens ordförande', place: '', date: null },
        { partyId: 'polis', name: '', title: 'Lokalpolisområdeschef', place: '', date: null },
      ]);
      expect(draft.originals).toBe(3);
    }
  });

  it('with only the municipality names the kommun of the usual two parties', async () => {
    write({ municipality: '  Ljusdals kommun ' });
    const { policy, problems } = await read();
    expect(problems).toEqual([]);
    expect(policy.municipality).toBe('Ljusdals kommun');
    const draft = newDraft({ id: ID, kind: 'medborgarlofte', now: NOW, defaults: policy.newDrafts });
    expect(draft.parties.map((p) => [p.id, p.name])).toEqual([
      ['kommun', 'Ljusdals kommun'],
      ['polis', ''],
    ]);
    expect(draft.originals).toBe(2);
  });

  it('takes Windows folders with a drive letter or a server, written with either slash', () => {
    const { policy, problems } = parsePolicy({ dataFolder: '\\\\fs01.kommun.se\\samverka\\bibliotek', backupFolder: 'H:/Samverka/kopior' }, 'win32');
    expect(problems).toEqual([]);
    expect(policy.dataFolder).toBe('\\\\fs01.kommun.se\\samverka\\bibliotek');
    expect(policy.backupFolder).toBe('H:\\Samverka\\kopior');
  });

  it('reads a file saved with a byte-order mark (Notepad)', async () => {
    write(`\uFEFF${JSON.stringify({ updateChecks: false })}`);
    const reading = await read();
    expect(reading.problems).toEqual([]);
    expect(reading.policy.updateChecks).toBe(false);
  });
});

describe('an invalid policy', () => {
  it('that is not JSON is the defaults, and says where it breaks', async () => {
    write('{\n  "dataFolder": "/srv/samverka",\n  "updateChecks": false,\n}\n');
    expectDefaults(await read(), /^Policyfilen .*policy\.json är inte giltig JSON \(rad 4, kolumn 1: .*\)\. Samverka startar med sina vanliga inställningar\.$/);
  });

  it('that holds no object is the defaults', async () => {
    write('["/srv/samverka"]');
    expectDefaults(await read(), /ska innehålla ett JSON-objekt/);
  });

  it('keeps the default of each setting that is wrong, uses the rest, and says why in Swedish', async () => {
    write({
      dataFolder: 'samverka\\bibliotek',
      backupFolder: '/srv/samverka-backup',
      municipality: 42,
      newDrafts: { parties: [{ role: 'kommun', name: 'Söderhamns kommun' }, { role: 'polisen', signatories: [{ titel: 'Chef' }] }] },
      updateChecks: 'nej',
      datafolder: '/srv/x',
    });
    const { policy, problems } = await read();
    expect(policy).toEqual({ ...DEFAULT_POLICY, backupFolder: '/srv/samverka-backup' });
    expect(problems).toEqual([
      'Policyfilen har inställningen ”datafolder”, som Samverka inte känner till och inte använder. Kontrollera stavningen (stora och små bokstäver räknas); ' +
        'inställningarna heter ”dataFolder”, ”backupFolder”, ”municipality”, ”newDrafts”, ”updateChecks”.',
      'Inställningen ”dataFolder” i policyfilen används inte: den ska vara en fullständig sökväg, till exempel /srv/samverka. Samverka använder i stället sin vanliga datamapp på den här datorn.',
      'Inställningen ”municipality” i policyfilen används inte: den ska vara en text inom citattecken. Samverka använder i stället inget förinställt kommunnamn.',
      'Inställningen ”newDrafts” i policyfilen används inte: newDrafts.parties[1].role: den ska vara "kommun", "polis" eller "annan"; ' +
        'newDrafts.parties[1].signatories[0]: fältet ”titel” finns inte (kontrollera stavningen). Samverka använder i stället de vanliga parterna (kommun och polis) i nya utkast.',
      'Inställningen ”updateChecks” i policyfilen används inte: den ska vara true eller false, utan citattecken. Samverka använder i stället sin vanliga inställning för uppdateringar.',
    ]);
    expect(newDraft({ id: ID, kind: 'medborgarlofte', now: NOW, defaults: policy.newDrafts }).parties.map((p) => p.name)).toEqual(['', '']);
  });

  it('refuses Windows folders that do not name a drive or a server', () => {
    for (const folder of ['\\Samverka', 'C:Samverka', 'Samverka', '~/Samverka', '']) {
      const { policy, problems } = parsePolicy({ dataFolder: folder }, 'win32');
      expect(policy.dataFolder, folder).toBeNull();
      expect(problems, folder).toHaveLength(1);
    }
    expect(parsePolicy({ dataFolder: 'C:\\Samverka' }, 'win32').problems[0]).toBeUndefined();
    expect(parsePolicy({ dataFolder: 'C:Samverka' }, 'win32').problems[0]).toContain('enhetsbokstav eller servernamn, till exempel C:\\Samverka eller \\\\server\\delad\\Samverka');
  });

  it('never keeps the backups inside the data folder, or the other way round', () => {
    const inside = parsePolicy({ dataFolder: 'C:\\Samverka', backupFolder: 'c:\\samverka\\Kopior' }, 'win32');
    expect(inside.policy).toMatchObject({ dataFolder: 'C:\\Samverka', backupFolder: null });
    expect(inside.problems).toEqual([expect.stringContaining('säkerhetskopiorna och datamappen får inte ligga i varandra')]);
    expect(parsePolicy({ dataFolder: '/srv/a/data', backupFolder: '/srv/a' }, 'linux').policy.backupFolder).toBeNull();
    expect(parsePolicy({ dataFolder: '/srv/a', backupFolder: '/srv/ab' }, 'linux').policy.backupFolder).toBe('/srv/ab');
  });

  it('needs two to eight parties, and short names', () => {
    const one = parsePolicy({ newDrafts: { parties: [{ role: 'kommun' }] } });
    expect(one.problems[0]).toContain('newDrafts.parties: den ska ha minst 2 poster');
    const long = parsePolicy({ municipality: 'x'.repeat(301) });
    expect(long.problems[0]).toContain('den får vara högst 300 tecken');
    const control = parsePolicy({ municipality: 'Söderhamns\u0000kommun' });
    expect(control.problems[0]).toContain('osynliga styrtecken');
  });

  it('that is huge is refused by its size, before it is read', async () => {
    write('{}');
    truncateSync(file, 2 ** 30);
    expectDefaults(await read(), /^Policyfilen .* är större än 64 kB och har inte lästs/);
  });

  it.skipIf(process.platform === 'win32')('that is a FIFO is refused without waiting for a writer', async () => {
    execFileSync('mkfifo', [file]);
    expectDefaults(await read(), /^Policyfilen .* kunde inte användas\. Filen är ingen vanlig fil utan en namngiven pipe \(FIFO\)/);
  });

  it.skipIf(process.platform === 'win32')('that is a device is refused by its type', async () => {
    expectDefaults(await readPolicy('/dev/zero'), /ingen vanlig fil utan en enhetsfil/);
  });

  it('that is a folder is refused', async () => {
    mkdirSync(file);
    expectDefaults(await read(), /ingen vanlig fil utan en mapp/);
  });

  it('that is not UTF-8 says how to save it', async () => {
    writeFileSync(file, Buffer.from('{"municipality": "S\xf6derhamns kommun"}', 'latin1'));
    expectDefaults(await read(), /inte sparad som UTF-8/);
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('that cannot be read for want of permission is the defaults', async () => {
    write(EXAMPLE);
    execFileSync('chmod', ['000', file]);
    expectDefaults(await read(), /kunde inte användas\. Filen kunde inte läsas: behörighet saknas\./);
  });

  it('that takes too long to read is the defaults, and start-up goes on', async () => {
    const reading = await readPolicy(file, { platform: 'linux', timeoutMs: 50, readText: () => new Promise(() => {}) });
    expectDefaults(reading, /^Policyfilen .* gick inte att läsa på en sekund\. Samverka startar med sina vanliga inställningar\.$/);
  });

  it('never throws, whatever goes wrong', async () => {
    const reading = await readPolicy(file, { platform: 'linux', readText: () => Promise.reject(new Error('EIO: i/o error')) });
    expectDefaults(reading, /kunde inte läsas: EIO: i\/o error\./);
  });
});

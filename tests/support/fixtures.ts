import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { draftSchema, type Draft } from '../../shared/draft/schema';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The bundled example: Söderhamn's medborgarlöfte 2020–2021. */
export const EXAMPLE_FILE = path.join(ROOT, 'resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json');

/** A fresh copy of the example draft as parsed JSON. */
export const exampleDraft = (): Draft => JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));

/** The folders {@link tempDir} made in this test file, removed after it by {@link removeTempDirs}. */
const madeDirs: string[] = [];

/** A new empty folder on the real disk, under the system's temp folder; removed once the test file has run. */
export function tempDir(label = 'samverka-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), label));
  madeDirs.push(dir);
  return dir;
}

/**
 * Removes the folders {@link tempDir} made, and what the app keeps beside
 * one (its backups and locks, `<folder>-…`): run after each test file
 * (tests/support/remove-temp-dirs.ts), so a test run leaves no folders behind.
 */
export function removeTempDirs(): void {
  const made = madeDirs.splice(0);
  if (made.length === 0) return;
  const names = new Set(made.map((dir) => path.basename(dir)));
  // Listed once: the temp folder may hold many thousands of entries.
  for (const name of readdirSync(os.tmpdir())) {
    const own = names.has(name) || [...names].some((made) => name.startsWith(`${made}-`));
    if (own) rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Every file under `dir` (but those `skip` names) with its bytes as base64, by relative path: to show that nothing changed. */
export function folderBytes(dir: string, skip: (name: string) => boolean = () => false): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!skip(entry.name)) files[path.relative(dir, full)] = readFileSync(full).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** The example as a samverkansöverenskommelse of two municipalities, the police and a housing company. */
export function fourPartyAgreement(): Draft {
  const base = draftSchema.parse(exampleDraft());
  return draftSchema.parse({
    ...base,
    kind: 'samverkansoverenskommelse',
    title: 'Samverkansöverenskommelse mellan Söderhamns kommun, Ljusdals kommun, AB Söderhamnshem och Polismyndigheten 2024–2027',
    period: { start: '2024-01-01', end: '2027-12-31' },
    parties: [
      ...base.parties,
      { id: 'ljusdal', role: 'kommun', name: 'Ljusdals kommun', diarienummer: 'KS 2023/451' },
      { id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' },
    ],
    activities: [
      ...base.activities,
      { id: 'b1', partyIds: ['ljusdal'], text: 'anordna nattvandringar', quantity: 10, unit: 'nattvandringar', frequency: 'per år' },
      { id: 'b2', partyIds: ['bolag', 'polis'], text: 'genomföra trygghetsvandringar i bostadsområdet', quantity: 2, frequency: 'per år' },
    ],
    signatories: [
      ...base.signatories,
      { partyId: 'ljusdal', name: 'Marit Holmstrand', title: 'Kommunstyrelsens ordförande', place: 'Ljusdal', date: '2024-02-12' },
      { partyId: 'bolag', name: 'Per Persson', title: 'VD' },
    ],
    originals: 4,
  });
}

/** Words to write long Swedish prose from; every sentence of {@link longProse} is also numbered, so a lost or repeated one shows. */
const PROSE_WORDS = [
  'trygghet', 'centrum', 'kommunen', 'polisen', 'samverkan', 'ungdomar', 'kvällstid', 'föreningar', 'bostadsområdet', 'skolan',
  'fritidsgården', 'nattvandrare', 'medborgardialogen', 'lägesbilden', 'insatserna', 'uppföljningen', 'närvaron', 'skadegörelse',
  'invånarna', 'näringsidkarna', 'belysningen', 'parken', 'stationen', 'helgerna', 'sommaren', 'trafiken', 'och', 'i', 'med', 'för',
  'som', 'att', 'har', 'under', 'mellan', 'tillsammans', 'upplevd', 'otrygghet', 'anmälningar', 'ökat', 'minskat', 'samtal',
];

/**
 * Deterministic Swedish-looking prose of about `chars` characters, in
 * numbered sentences ("Mening 12: …"), as one paragraph, or with `lineLength`
 * broken into lines of about that many characters, as a text pasted from an
 * email has them; another `seed` gives other words.
 */
export function longProse(chars: number, { lineLength, seed: start = 7 }: { lineLength?: [min: number, max: number]; seed?: number } = {}): string {
  let seed = start;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const sentences: string[] = [];
  let length = 0;
  for (let n = 1; length < chars; n++) {
    const words = Array.from({ length: 8 + (next() % 10) }, () => PROSE_WORDS[next() % PROSE_WORDS.length]);
    const sentence = `Mening ${n}: ${words.join(' ')}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  const text = sentences.join(' ');
  if (!lineLength) return text;
  const [min, max] = lineLength;
  const lines: string[] = [];
  let line = '';
  let width = min;
  for (const word of text.split(' ')) {
    if (!line) width = min + (next() % (max - min + 1));
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
      width = min + (next() % (max - min + 1));
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** The example with a background of one paragraph of about `chars` characters (9,000 by default). */
export function longParagraphDraft(chars = 9_000): Draft {
  return { ...exampleDraft(), title: 'Medborgarlöfte med ett långt stycke', background: longProse(chars) };
}

/** The example with a background of about `chars` characters (6,000 by default) pasted from an email: lines of 60–90 characters, single line breaks. */
export function pastedBackgroundDraft(chars = 6_000): Draft {
  return { ...exampleDraft(), title: 'Medborgarlöfte med inklistrad bakgrund', background: longProse(chars, { lineLength: [60, 90] }) };
}

/**
 * The four-party agreement with four parties more (eight in all), running
 * "tills vidare" from its start with a yearly revision: the running header
 * names them all, the footer's period ends in "tills vidare".
 */
export function eightPartyAgreement(): Draft {
  const base = fourPartyAgreement();
  const more = [
    { id: 'bollnas', role: 'kommun', name: 'Bollnäs kommun', diarienummer: 'KS 2023/77' },
    { id: 'ovanaker', role: 'kommun', name: 'Ovanåkers kommun', diarienummer: 'KS 2023/118' },
    { id: 'nordanstig', role: 'kommun', name: 'Nordanstigs kommun', diarienummer: 'KS 2023/230' },
    { id: 'raddning', role: 'annan', name: 'Räddningstjänsten Hälsingland' },
  ] as const;
  return draftSchema.parse({
    ...base,
    title: 'Samverkansöverenskommelse om trygghet i Hälsingland mellan åtta parter',
    period: { start: '2024-01-01', end: null, revisionMonths: 12 },
    parties: [...base.parties, ...more],
    signatories: [...base.signatories, ...more.map((party) => ({ partyId: party.id, name: `Företrädare för ${party.name}`, title: 'Ordförande' }))],
  });
}

/**
 * The example with every kind of text piece long enough to run over a page:
 * a löftesmening of two long paragraphs (its tinted box), two focus areas
 * whose problem, causes and goal are long (printed as paragraphs kept
 * together), and an activity of many lines.
 */
export function longPiecesDraft(): Draft {
  const base = draftSchema.parse(exampleDraft());
  const area = (id: string, title: string, chars: number, seed: number) => ({
    id,
    title,
    problem: longProse(chars, { seed }),
    causes: longProse(chars / 2, { lineLength: [50, 80], seed: seed + 1 }),
    goal: longProse(chars / 3, { seed: seed + 2 }),
    indicator: 'Andelen som känner sig trygga i centrum.',
  });
  return draftSchema.parse({
    ...base,
    title: 'Medborgarlöfte med långa stycken',
    statement: `${longProse(2_200, { seed: 11 })}\n\n${longProse(1_400, { seed: 12 })}`,
    focusAreas: [area('f1', 'Trygghet i centrum', 2_400, 21), area('f2', 'Ungdomar och narkotika', 1_800, 31)],
    activities: base.activities.map((activity, i) =>
      i === 1 ? { ...activity, text: longProse(3_200, { lineLength: [70, 120], seed: 41 }), focusAreaId: 'f2' } : activity,
    ),
  });
}

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DraftStore } from '../../electron/services/draft-store';
import { libraryFolder } from '../../electron/services/draft-file-names';
import { FORMAT, FORMAT_VERSION } from '../../shared/draft/limits';
import type { Activity, Draft, DraftKind, DraftStatus, FollowUpStatus } from '../../shared/draft/schema';
import { draftFileText } from '../../shared/draft/write-draft';
import { readTarget } from '../../shared/draft/activity-target';
import { tempDir } from '../support/fixtures';

/**
 * The drafts `npm run bench:ui` measures, generated (deterministic, Swedish
 * enough for the layout to wrap as real text does) and written to data
 * folders on disk through the project's own writer and store, before a host
 * is started on them.
 */

/** A small deterministic generator, so every run measures the same drafts. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    // The low bits of this generator repeat quickly; the high ones do not.
    return state >>> 12;
  };
  return { next, pick: <T>(list: readonly T[]): T => list[next() % list.length] };
}

const TOWNS = ['Söderhamn', 'Ljusdal', 'Hudiksvall', 'Bollnäs', 'Ovanåker', 'Nordanstig', 'Gävle', 'Sandviken', 'Hofors', 'Ockelbo', 'Tierp', 'Östhammar', 'Älvkarleby', 'Sundsvall', 'Timrå', 'Härnösand', 'Kramfors', 'Sollefteå', 'Örnsköldsvik', 'Östersund'];
const PLACES = ['i centrum', 'vid resecentrum', 'i Norra parken', 'på torget', 'vid fritidsgården', 'i bostadsområdet Granen', 'längs Strandpromenaden', 'vid skolorna', 'i stadsdelen Öster', 'runt idrottsplatsen'];
const VERBS = ['genomföra', 'anordna', 'säkerställa', 'utveckla', 'följa upp', 'kartlägga', 'samordna', 'stärka', 'öka', 'förebygga'];
const OBJECTS = [
  ['trygghetsvandringar', 'där ungas perspektiv särskilt tillvaratas'],
  ['riktade insatser mot narkotika', 'bland unga under helgerna'],
  ['fotpatrullering', 'kvällstid fredag och lördag'],
  ['medborgardialoger', 'tillsammans med föreningslivet'],
  ['utbildningar för personalen', 'om tidiga tecken på kriminalitet'],
  ['möten med näringsidkarna', 'om skadegörelse och belysning'],
  ['nattvandringar', 'med föräldrar och frivilliga'],
  ['lägesbilder', 'som delas i styrgruppen varje månad'],
  ['samtal med skolornas elevhälsa', 'om otrygga platser'],
  ['uppföljningar av anmälningar', 'om ordningsstörningar'],
];
const FREQUENCIES = ['per år', 'per månad', 'per termin', 'per vecka', 'per kvartal'];
/** Two to twelve, in words as a sentence has them. */
const NUMBER_WORDS = ['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];
const FOLLOW_UPS: FollowUpStatus[] = ['ej-paborjad', 'pagar', 'genomford', 'ej-genomford'];
const FOCUS_TITLES = ['Trygghet i centrum', 'Ungdomar och narkotika', 'Skadegörelse och nedskräpning', 'Trafik och buskörning', 'Våld i nära relationer', 'Trygga skolvägar'];

/** A promise's sentence as typed, with the measurable target read from it as the editor reads it. */
function activityOf(id: string, partyIds: string[], focusAreaId: string, rng: ReturnType<typeof random>): Activity {
  const [object, tail] = rng.pick(OBJECTS);
  const place = rng.pick(PLACES);
  const text =
    rng.next() % 3 !== 0
      ? `${rng.pick(VERBS)} minst ${rng.pick(NUMBER_WORDS)} ${object} ${rng.pick(FREQUENCIES)} ${place} ${tail}`
      : `${rng.pick(VERBS)} ${object} ${rng.pick(FREQUENCIES)} ${place} ${tail}`;
  return {
    id,
    partyIds,
    focusAreaId,
    text,
    ...readTarget(text),
    responsible: rng.pick(['kommunpolisen', 'trygghetssamordnaren', 'fritidsförvaltningen', 'lokalpolisområdet']),
    followUp: { status: rng.pick(FOLLOW_UPS), outcome: null, comment: '' },
  };
}

/** A GUID of the library's form, unique per `n` within a `family` of drafts. */
const draftId = (family: number, n: number) => `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${family.toString(16).padStart(12, '0')}`;

/** The police's activities are every third one, from the first. */
const PROMISERS = [['polis'], ['kommun'], ['polis', 'kommun']];

/**
 * The activity the benchmark types in: a police activity in the middle of the
 * draft, with a text no other activity has (so the preview shows it once).
 * `position` is its number under "Polisen lovar att", as the editor labels it.
 */
export function measuredActivity(activities: number): { index: number; lead: string; position: number; text: string } {
  const index = Math.floor(activities / 2 / PROMISERS.length) * PROMISERS.length;
  return {
    index,
    lead: 'Polisen lovar att',
    position: index / PROMISERS.length + 1,
    text: 'följa upp hur tryggheten kring stationen utvecklas och redovisa det för styrgruppen varje kvartal',
  };
}

/**
 * A medborgarlöfte of `activities` activities spread over the police, the
 * municipality and both together, under four focus areas, with a
 * löftesmening and background of a few sentences.
 */
export function largePromise(activities: number, family = 1): Draft {
  const rng = random(activities * 7919 + family);
  const town = rng.pick(TOWNS);
  const focusAreas = FOCUS_TITLES.slice(0, 4).map((title, i) => ({ id: `f${i + 1}`, title, problem: '', causes: '', goal: '', indicator: '' }));
  const measured = measuredActivity(activities);
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    kind: 'medborgarlofte',
    id: draftId(family, activities),
    title: `Medborgarlöfte för ${town} 2027 (${activities} aktiviteter)`,
    status: 'utkast',
    period: { start: '2027-01-01', end: '2027-12-31' },
    parties: [
      { id: 'kommun', role: 'kommun', name: `${town}s kommun`, diarienummer: 'KS 2026/412' },
      { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hälsingland', diarienummer: 'A123.456/2026' },
    ],
    statement: `Polis och kommun lovar att under 2027 tillsammans förbättra den upplevda tryggheten i ${town}s centrum för kommunens besökare och invånare.`,
    background:
      `Under 2025–2026 har polisen och ${town}s kommun genomfört flera medborgardialoger. Invånarna beskriver otrygghet kvällstid kring resecentrum och parken.\n\n` +
      'Lägesbilden visar att anmälningarna om skadegörelse har ökat, och att unga rör sig i centrum sent under helgerna.',
    geographicFocus: `${town}s centrum`,
    basis: [{ type: 'medborgardialog', description: 'Medborgardialoger 2025–2026, fysiska och digitala', date: null, respondents: null }],
    focusAreas,
    activities: Array.from({ length: activities }, (_, i) => {
      const activity = activityOf(`a${i + 1}`, PROMISERS[i % PROMISERS.length], focusAreas[i % focusAreas.length].id, rng);
      return i === measured.index ? { ...activity, text: measured.text, ...readTarget(measured.text) } : activity;
    }),
    followUpPlan: 'Löftena följs upp två gånger per år i styrgruppen för samverkan mellan polis och kommun.',
    communication: 'Löftet publiceras på kommunens och polisens webbplatser och presenteras vid medborgardialoger.',
    signatories: [
      { partyId: 'kommun', name: 'Sven-Erik Lindestam', title: 'Kommunstyrelsens ordförande', place: town, date: null },
      { partyId: 'polis', name: 'Anna Berglund', title: 'Lokalpolisområdeschef', place: 'Hudiksvall', date: null },
    ],
    originals: 2,
    relatedIds: [],
    createdAt: '2026-10-01T08:00:00.000Z',
    updatedAt: '2026-10-01T08:00:00.000Z',
  };
}

const STATUSES: DraftStatus[] = ['utkast', 'utkast', 'klar', 'undertecknad'];
const KINDS: DraftKind[] = ['medborgarlofte', 'medborgarlofte', 'medborgarlofte', 'samverkansoverenskommelse'];

/** One draft of a library: a town's löfte or agreement for some year, of 3–12 activities, in some state. */
function libraryDraft(n: number, family: number): Draft {
  const rng = random(n * 31 + family);
  const town = TOWNS[n % TOWNS.length];
  const year = 2015 + (rng.next() % 14);
  const kind = rng.pick(KINDS);
  const years = kind === 'medborgarlofte' ? 1 : 4;
  const base = largePromise(3 + (rng.next() % 10), family);
  const updated = new Date(Date.UTC(2026, 0, 1) - n * 3_600_000 - (rng.next() % 3_600_000)).toISOString();
  return {
    ...base,
    kind,
    id: draftId(family, n),
    title: `${kind === 'medborgarlofte' ? 'Medborgarlöfte' : 'Samverkansöverenskommelse'} för ${town} ${year}–${year + years - 1} (${n + 1})`,
    status: rng.pick(STATUSES),
    period: { start: `${year}-01-01`, end: `${year + years - 1}-12-31` },
    createdAt: updated,
    updatedAt: updated,
  };
}

/** The file text of a draft as the store writes it; a draft the reader would refuse stops the benchmark. */
function fileText(draft: Draft): string {
  const result = draftFileText(draft);
  if (!result.ok) throw new Error(`bench draft ${draft.id} is not valid: ${result.message}`);
  return result.text;
}

/** How many draft files are written at once. */
const WRITE_BATCH = 200;

/**
 * A data folder with `drafts`, written as draft files directly (the store
 * would fsync each) in parallel batches; then the store opens it once,
 * which reads them all and writes index.json as the app would.
 */
export async function seedDataFolder(drafts: (n: number) => Draft, count: number, label: string): Promise<string> {
  const dataDir = tempDir(`samverka-bench-ui-${label}-`);
  const draftsDir = libraryFolder(dataDir, 'drafts');
  await mkdir(draftsDir, { recursive: true });
  for (let start = 0; start < count; start += WRITE_BATCH) {
    const batch = Array.from({ length: Math.min(WRITE_BATCH, count - start) }, (_, i) => drafts(start + i));
    await Promise.all(batch.map((draft) => writeFile(path.join(draftsDir, `${draft.id}.json`), fileText(draft))));
  }
  const store = await DraftStore.open(dataDir);
  if (store.list().length !== count) throw new Error(`the store lists ${store.list().length} drafts in ${dataDir}, not ${count}`);
  await store.flush();
  return dataDir;
}

/** A library of `count` drafts of all kinds and states (the start page's case). */
export const seedLibrary = (count: number, family: number) => seedDataFolder((n) => libraryDraft(n, family), count, `library-${count}`);

/** A data folder holding one promise of `activities` activities (the editor's case); its id. */
export async function seedPromise(activities: number): Promise<{ dataDir: string; draftId: string }> {
  const draft = largePromise(activities);
  return { dataDir: await seedDataFolder(() => draft, 1, `promise-${activities}`), draftId: draft.id };
}

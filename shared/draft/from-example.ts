import { z } from 'zod';
import { addDays, addYears, isoDateOf, parseIsoDate } from '../calendar';
import { EXAMPLE_CHOICE_MESSAGE } from '../i18n/start';
import { municipalityPartyName, policeAreaName, policePartyName } from './party-names';
import type { Draft } from './schema';
import { titleForPeriod } from './status';

/**
 * "Starta från exempel": a bundled example made into the user's own draft,
 * with the municipality, lokalpolisområde and first year the user gave.
 */

/** Whom an example is written for (resources/examples/exempel.json). */
export interface ExampleOrigin {
  /** Its municipality's place name ("Ljusdal"); "" when it does not say. */
  municipality: string;
  /** Its lokalpolisområde's name ("Hälsingland"); "" when it does not say. */
  policeArea: string;
}

const originSchema = z.looseObject({
  municipality: z.string().max(200),
  policeArea: z.string().max(200),
  /** Where the example's text comes from, for the form to say. */
  source: z.string().max(2000).optional(),
});

/** What the examples' folder says about them, by id. */
export type ExampleOrigins = ReadonlyMap<string, ExampleOrigin & { source?: string }>;

/**
 * The examples' own descriptions (resources/examples/exempel.json): whom
 * each is written for and where its text comes from, by the example's id.
 * Read loosely: an entry that does not parse is left out, and an example
 * without one still starts a draft, with only its parties' names replaced.
 */
export function exampleOriginsOf(json: unknown): ExampleOrigins {
  const entries = z.looseObject({ examples: z.record(z.string(), z.unknown()) }).safeParse(json);
  const origins = new Map<string, ExampleOrigin & { source?: string }>();
  for (const [id, entry] of Object.entries(entries.success ? entries.data.examples : {})) {
    const origin = originSchema.safeParse(entry);
    if (origin.success) origins.set(id, { municipality: origin.data.municipality, policeArea: origin.data.policeArea, source: origin.data.source });
  }
  return origins;
}

/** The origin of an example that does not say. */
export const UNKNOWN_ORIGIN: ExampleOrigin = { municipality: '', policeArea: '' };

/** What the user says about the new draft. */
export interface ExampleChoices {
  /** The municipality's place name ("Töreboda"). */
  municipality: string;
  /** The lokalpolisområde ("Skaraborg", or "lokalpolisområde Skaraborg"). */
  policeArea: string;
  /** The year the period starts. */
  startYear: number;
}

/** The years a first year may be: any a document written today could start in. */
export const START_YEARS = { min: 2000, max: 2099 } as const;

/** The words that make a municipality's name a party's name, which the form asks the user to leave out. */
const PARTY_WORD = /\s(kommun|stad)$/iu;

const clean = (text: string) => text.trim().replace(/\s+/gu, ' ');

/** What is wrong with the form's answers, per field, in Swedish; an empty object when they can be used. */
export function exampleChoiceProblems(input: { municipality: string; policeArea: string; startYear: string }): Partial<
  Record<'municipality' | 'policeArea' | 'startYear', string>
> {
  const problems: Partial<Record<'municipality' | 'policeArea' | 'startYear', string>> = {};
  const municipality = clean(input.municipality);
  if (!municipality) problems.municipality = EXAMPLE_CHOICE_MESSAGE.municipalityMissing;
  else if (PARTY_WORD.test(municipality)) problems.municipality = EXAMPLE_CHOICE_MESSAGE.municipalityWithWord;
  if (!policeAreaName(input.policeArea)) problems.policeArea = EXAMPLE_CHOICE_MESSAGE.policeAreaMissing;
  const year = input.startYear.trim();
  if (!/^\d{4}$/u.test(year)) problems.startYear = EXAMPLE_CHOICE_MESSAGE.startYearInvalid;
  else if (Number(year) < START_YEARS.min || Number(year) > START_YEARS.max) {
    problems.startYear = EXAMPLE_CHOICE_MESSAGE.startYearOutOfRange(START_YEARS.min, START_YEARS.max);
  }
  return problems;
}

type Period = Draft['period'];

/**
 * The example's period moved to start in `startYear`, as long as it was:
 * 2022-01-01–2024-12-31 from 2027 is 2027-01-01–2029-12-31. The end moves
 * with the day after it, so a period that ends the day before 1 March ends
 * on 29 February in a leap year. Open-ended stays open-ended; without a start
 * the period starts on 1 January of the year and keeps its end.
 */
export function examplePeriod(period: Period, startYear: number): Period {
  const start = period.start ? parseIsoDate(period.start) : null;
  if (!start) return { ...period, start: `${startYear}-01-01` };
  const years = startYear - start.getUTCFullYear();
  const end = period.end ? parseIsoDate(period.end) : null;
  const dayAfterEnd = end && addYears(isoDateOf(addDays(end, 1)), years);
  return {
    ...period,
    start: addYears(period.start!, years),
    end: dayAfterEnd ? isoDateOf(addDays(parseIsoDate(dayAfterEnd)!, -1)) : period.end,
  };
}

/** `text` with each whole-word occurrence of a key of `names` replaced by its value, longest key first, in one pass. */
function replaceNames(text: string, names: ReadonlyMap<string, string>): string {
  const keys = [...names.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const escaped = keys.map((key) => key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (found) => names.get(found) ?? found);
}

/**
 * The user's draft from an example (`origin` says whom it is written for):
 *
 * - parties: the first municipality is `<Kommun> kommun` (party-names.ts),
 *   the police party the user's lokalpolisområde (where its name states the
 *   example's area, only that is replaced; otherwise
 *   "Polismyndigheten, lokalpolisområde X"); every party's diarienummer and
 *   logo are the example's and are left out;
 * - title: the example's party names, municipality and lokalpolisområde
 *   replaced where it writes them exactly, as whole words, and its years
 *   moved with the period (`titleForPeriod`) where it states them;
 * - period: the example's length from `startYear` (`examplePeriod`);
 * - signatories: one row per example signatory, with its title (a function,
 *   "Kommunstyrelsens ordförande") but no name and no date, so the readiness
 *   check asks for the names; the place of signing is the user's
 *   municipality where the example signs in its own, else left empty;
 * - the geografiskt fokus (the example's town centre, printed in the title
 *   block) left empty for the user's own;
 * - status utkast, no links, every activity's follow-up as new.
 *
 * The texts (löftesmening, bakgrund, underlag, aktiviteter with their
 * targets …) are left as
 * the example wrote them, even where they name its municipality: they state
 * the example's facts ("420 svarande", "sedan 2016"), which with another
 * name would read as the user's. The form says they are to be rewritten.
 */
export function draftFromExample(example: Draft, origin: ExampleOrigin, choices: ExampleChoices): Draft {
  const place = clean(choices.municipality);
  const area = policeAreaName(choices.policeArea);
  const oldPlace = clean(origin.municipality);
  const oldArea = policeAreaName(origin.policeArea);
  const period = examplePeriod(example.period, choices.startYear);
  const municipalityIndex = example.parties.findIndex((party) => party.role === 'kommun');
  const names = new Map<string, string>();
  const parties = example.parties.map(({ logo: _examplesLogo, ...party }, i) => {
    let name = party.name;
    if (i === municipalityIndex) name = municipalityPartyName(place);
    else if (party.role === 'polis') name = oldArea && party.name.includes(oldArea) ? replaceNames(party.name, new Map([[oldArea, area]])) : policePartyName(area);
    if (name !== party.name) names.set(party.name.trim(), name);
    return { ...party, name, diarienummer: '' };
  });
  if (oldPlace) names.set(oldPlace, place);
  if (oldArea) names.set(oldArea, area);
  return {
    ...example,
    title: titleForPeriod(replaceNames(example.title, names), example.period, period),
    status: 'utkast',
    period,
    parties,
    activities: example.activities.map(({ review: _review, ...activity }) => ({ ...activity, followUp: { status: 'ej-paborjad', outcome: null, comment: '' } })),
    signatories: example.signatories.map((signatory) => ({
      ...signatory,
      name: '',
      date: null,
      place: oldPlace && clean(signatory.place ?? '') === oldPlace ? place : '',
    })),
    // A place in the title block, easily missed: the example's ("Ljusdals tätort") would stand as the user's.
    geographicFocus: '',
    relatedIds: [],
  };
}

import { describeField } from '../i18n/terms';
import { READINESS_MESSAGE as M } from '../i18n/readiness';
import { groupActivities, locateActivity, type ActivityGroup } from './activity-groups';
import type { Activity, Draft, DraftKind } from './schema';

/** One thing the readiness check found, pointing at the field to fix. */
export interface Finding {
  severity: 'error' | 'warning';
  /**
   * Path of the field in the draft, e.g. `["activities", 2, "text"]`. One
   * path names what is missing rather than a field: `["parties", i,
   * "signatories"]`, a party without a signatory, for the control that adds
   * one (the editor falls back to the party, `["parties", i]`).
   */
  field: (string | number)[];
  message: string;
}

/** Beyond this an activity stops reading as one promise. */
export const MAX_ACTIVITY_CHARS = 400;

/**
 * The longest period, in years, before a warning: a medborgarlöfte runs one
 * to three years; a samverkansöverenskommelse often one mandatperiod of four.
 */
export const MAX_PERIOD_YEARS: Record<DraftKind, number> = { medborgarlofte: 3, samverkansoverenskommelse: 4 };

/**
 * "Klar för underskrift": what keeps a draft from being signed. Errors block
 * the status "klar"; warnings are advice. Used by the editor, `cli check` and
 * before export.
 *
 * Findings come in the order of the editor's sections (title and period,
 * parties, löftesmening, activities, signatories), then the checks of all
 * text. Each points at the field to fix. Activities are named by their
 * group and their number in it, signatories by their party and their number
 * there, as the editor and the document show them.
 *
 * @param draft a draft that satisfies the schema, or one being edited
 * @returns the findings; empty when there is nothing to say
 */
export function checkReadiness(draft: Draft): Finding[] {
  const findings: Finding[] = [];
  const error = (field: Finding['field'], message: string) => findings.push({ severity: 'error', field, message });
  const warning = (field: Finding['field'], message: string) => findings.push({ severity: 'warning', field, message });
  const groups = groupActivities(draft);
  const names = activityNames(groups);

  if (!draft.title.trim()) error(['title'], M.missingTitle());
  const { start, end } = draft.period;
  if (!start) error(['period', 'start'], M.missingPeriodStart());
  if (!end && draft.kind === 'medborgarlofte') error(['period', 'end'], M.missingPeriodEnd());
  const longest = start && end ? addYears(start, MAX_PERIOD_YEARS[draft.kind]) : null;
  if (end && longest && end >= longest) warning(['period', 'end'], M.longPeriod(draft.kind));

  if (draft.parties.length < 2) error(['parties'], M.tooFewParties(draft.parties.length));
  draft.parties.forEach((party, i) => {
    if (!party.name.trim()) error(['parties', i, 'name'], M.partyWithoutName(i + 1));
  });

  if (!draft.statement.trim()) error(['statement'], M.missingStatement());
  const vagueStatement = findVaguePhrase(draft.statement);
  if (vagueStatement) warning(['statement'], M.vagueStatement(vagueStatement));

  if (draft.activities.length === 0) error(['activities'], M.noActivities(draft.kind));
  draft.activities.forEach((activity, i) => {
    // groupActivities places every activity, those without a known party in a group of their own.
    const name = names.get(i)!;
    const text = activity.text.trim();
    if (!text) error(['activities', i, 'text'], M.activityWithoutText(name.subject));
    if (name.orphanNumber !== null) error(['activities', i, 'partyIds'], M.activityWithoutParty(name.orphanNumber));
    if (!text) return;
    if (!isMeasurable(activity)) warning(['activities', i], M.notMeasurable(name.subject));
    const vague = findVaguePhrase(text);
    if (vague) warning(['activities', i, 'text'], M.vagueActivity(name.subject, vague));
    const length = [...text].length;
    if (length > MAX_ACTIVITY_CHARS) warning(['activities', i, 'text'], M.longActivity(name.subject, length, MAX_ACTIVITY_CHARS));
  });

  const roleOf = (partyId: string) => draft.parties.find((p) => p.id === partyId)?.role;
  const partyName = (partyId: string) => {
    const index = draft.parties.findIndex((p) => p.id === partyId);
    return index < 0 ? partyId : draft.parties[index].name.trim() || M.unnamedParty(index + 1);
  };
  draft.parties.forEach((party, i) => {
    if (!draft.signatories.some((s) => s.partyId === party.id)) error(['parties', i, 'signatories'], M.partyWithoutSignatory(partyName(party.id)));
  });
  draft.signatories.forEach((signatory, i) => {
    // The editor numbers signatories within their party: "Undertecknare för Söderhamns kommun", "Undertecknare 1".
    const n = draft.signatories.slice(0, i + 1).filter((s) => s.partyId === signatory.partyId).length;
    if (!signatory.name.trim()) error(['signatories', i, 'name'], M.signatoryWithoutName(n, partyName(signatory.partyId)));
    if (!signatory.title.trim()) error(['signatories', i, 'title'], M.signatoryWithoutTitle(n, partyName(signatory.partyId), roleOf(signatory.partyId)));
  });

  for (const [path, text] of textFields(draft)) {
    const where = () => describePlace(path, names);
    if (containsPersonnummer(text)) error(path, M.personnummer(where()));
    for (const { meant, phrase } of findMisnamedCouncils(text)) {
      warning(path, meant === 'agency' ? M.agencyWrittenAsLocal(where(), phrase) : M.localWrittenAsAgency(where(), phrase));
    }
  }
  return findings;
}

/** True when no finding is an error. */
export const isReady = (findings: readonly Finding[]) => findings.every((f) => f.severity !== 'error');

interface ActivityName {
  /** "Polisen lovar att, aktivitet 2", to start a message. */
  subject: string;
  /** "aktivitet 2 under ”Polisen lovar att”", inside a sentence. */
  place: string;
  /** The number in the group of activities without a party, or null when the activity has one. */
  orphanNumber: number | null;
}

/** Each activity's name by its index in the draft, through the same grouping as the editor and the document. */
function activityNames(groups: readonly ActivityGroup[]): Map<number, ActivityName> {
  const names = new Map<number, ActivityName>();
  for (const group of groups) {
    for (const { index } of group.items) {
      const { position } = locateActivity(groups, index)!;
      names.set(
        index,
        group.kind === 'orphan'
          ? { subject: M.orphanActivity(position), place: M.orphanActivityPlace(position), orphanNumber: position }
          : { subject: M.activity(group.lead, position), place: M.activityPlace(group.lead, position), orphanNumber: null },
      );
    }
  }
  return names;
}

/** A field named in Swedish, its activity by group and number: "aktivitet 1 under ”Kommunen lovar att”, plats". */
function describePlace(path: readonly (string | number)[], names: ReadonlyMap<number, ActivityName>): string {
  const [list, index, ...rest] = path;
  const name = list === 'activities' && typeof index === 'number' ? names.get(index) : undefined;
  if (!name) return describeField(path);
  // An activity's text is the activity itself; other fields are named after it.
  return rest.length === 0 || (rest.length === 1 && rest[0] === 'text') ? name.place : `${name.place}, ${describeField(rest)}`;
}

/**
 * The same day `years` later, as an ISO date; 29 February becomes 1 March
 * when the year has none. Null for anything but an ISO date, which a draft
 * half-way through editing may hold.
 */
function addYears(isoDate: string, years: number): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return null;
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
  date.setUTCFullYear(year + years, month - 1, day);
  return date.toISOString().slice(0, 10);
}

// Letters and digits of any script: JavaScript's \b knows only ASCII, so "för" would end inside "förebyggande".
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/** Words that make an activity countable or dated even without a digit: numbers, months, recurrences. */
const MEASURE_WORDS = new RegExp(
  `${NOT_AFTER_WORD}(?:${[
    'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'femton', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra', 'tusen',
    'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
    'dagligen', 'veckovis', 'månadsvis', 'kvartalsvis', 'årligen', 'varje', 'varannan', 'vartannat',
    'gång(?:er)?\\s+(?:i|per|om)\\s+\\p{L}+',
    'per\\s+(?:dag|vecka|månad|kvartal|termin|läsår|år)',
  ].join('|')})${NOT_BEFORE_WORD}`,
  'iu',
);

/**
 * Whether an activity can be followed up: a quantity, a frequency, a minimum
 * duration, or a number or date in its text ("minst 4 trygghetsvandringar",
 * "en gång i månaden", "senast i maj").
 */
function isMeasurable(activity: Activity): boolean {
  if (activity.quantity != null && activity.quantity > 0) return true;
  if (activity.frequency?.trim() || activity.minDuration?.trim()) return true;
  return /\p{N}/u.test(activity.text) || MEASURE_WORDS.test(activity.text);
}

/** Adverbs that may stand between the verb and its preposition: "arbeta aktivt för". */
const VAGUE_ADVERBS = '(?:\\s+(?:aktivt|tillsammans|gemensamt|vidare|fortsatt|fortsättningsvis|särskilt|långsiktigt|systematiskt|intensivt|kontinuerligt|ständigt))?';

/** "arbeta för", "verka för", "sträva efter" in any tense. */
const VAGUE_PHRASE = new RegExp(
  `${NOT_AFTER_WORD}(?:(?:arbet|verk)(?:a|ar|ade|at)${VAGUE_ADVERBS}\\s+för|sträv(?:a|ar|ade|at)${VAGUE_ADVERBS}\\s+efter)${NOT_BEFORE_WORD}`,
  'giu',
);

/**
 * What follows "arbetar för" when it says whom someone works for
 * ("fältsekreterare som arbetar för kommunen"): a name or an organisation.
 * Case-sensitive, since under the i flag \p{Lu} matches every letter.
 */
const EMPLOYER = /^\s+(?:\p{Lu}|(?:kommunen|kommunerna|polisen|polismyndigheten|bolaget|föreningen|förvaltningen|regionen|länsstyrelsen)(?![\p{L}\p{N}]))/u;

/** The first vague phrase in a text, white space tidied, or null. */
function findVaguePhrase(text: string): string | null {
  for (const match of text.matchAll(VAGUE_PHRASE)) {
    if (!EMPLOYER.test(text.slice(match.index + match[0].length))) return match[0].replace(/\s+/gu, ' ');
  }
  return null;
}

// "BRÅ" and "Brå" are matched with their case: the case is what tells the two councils apart.
const NOT_LOCAL = '(?![\\p{L}\\p{N}])(?!\\s+i\\s+\\p{Lu})';
const MEANS_AGENCY = new RegExp(
  [
    // The agency's full name with the local abbreviation; not "lokala/kommunens brottsförebyggande rådet (BRÅ)".
    '(?<!(?:[Ll]okala|[Kk]ommunens|[Kk]ommunala)\\s+)Brottsförebyggande rådet\\s*(?:\\(\\s*BRÅ\\s*\\)|,\\s*BRÅ(?![\\p{L}\\p{N}]))',
    'BRÅ\\s*\\(\\s*Brottsförebyggande rådet\\s*\\)',
    // What only the agency publishes: reports, the national safety survey, the official crime statistics.
    '(?<![\\p{L}\\p{N}])BRÅ(?::s\\s+|-)(?:[Rr]apport|NTU|[Nn]ationella trygghetsundersökning|[Kk]riminalstatistik)',
    '(?<![\\p{L}\\p{N}])(?:[Rr]apport(?:en|er|erna)?|[Kk]riminalstatistik(?:en)?)\\s+från\\s+BRÅ' + NOT_LOCAL,
    // "enligt BRÅ", but not "enligt BRÅ:s styrgrupp" or "enligt BRÅ i Tanum".
    '(?<![\\p{L}\\p{N}])[Ee]nligt\\s+BRÅ(?![:-])' + NOT_LOCAL,
  ].join('|'),
  'u',
);
const MEANS_LOCAL = new RegExp(
  ['(?<![\\p{L}\\p{N}])(?:[Ll]okala|[Ll]okalt|[Kk]ommunens|[Kk]ommunala|[Kk]ommunalt)\\s+Brå(?![\\p{L}\\p{N}])', '(?<![\\p{L}\\p{N}])Brå\\s+i\\s+\\p{Lu}\\p{Ll}+'].join('|'),
  'u',
);

/**
 * "BRÅ" where the national agency Brottsförebyggande rådet is clearly meant,
 * and "Brå" where the municipality's own council is (domain.md: "Brå" means
 * only the agency). Only phrasings that say which council it is count, so
 * a bare "BRÅ" or "Brå" is never flagged.
 */
function findMisnamedCouncils(text: string): { meant: 'agency' | 'local'; phrase: string }[] {
  const found: { meant: 'agency' | 'local'; phrase: string }[] = [];
  const agency = MEANS_AGENCY.exec(text);
  if (agency) found.push({ meant: 'agency', phrase: agency[0].replace(/\s+/gu, ' ') });
  const local = MEANS_LOCAL.exec(text);
  if (local) found.push({ meant: 'local', phrase: local[0].replace(/\s+/gu, ' ') });
  return found;
}

/** Keys whose strings are not text a person wrote: ids, enum values, time stamps. */
const NOT_TEXT = new Set(['id', 'partyId', 'partyIds', 'focusAreaId', 'relatedIds', 'format', 'kind', 'status', 'type', 'role', 'date', 'start', 'end', 'createdAt', 'updatedAt']);

/** Every string in the draft with its path, for checks that look at all text. */
function* textFields(value: unknown, path: (string | number)[] = []): Generator<[(string | number)[], string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* textFields(value[i], [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_TEXT.has(key)) yield* textFields(item, [...path, key]);
    }
  }
}

const PERSONNUMMER = /(?<!\d)(?:19|20)?(\d{6})[-+ ]?(\d{4})(?!\d)/g;

/**
 * Finds a Swedish personnummer (or samordningsnummer): ten digits, optionally
 * with century and separator, a plausible date and a valid Luhn check digit,
 * so that diarienummer and phone numbers rarely match.
 */
export function containsPersonnummer(text: string): boolean {
  for (const match of text.matchAll(PERSONNUMMER)) {
    const digits = match[1] + match[2];
    const month = Number(digits.slice(2, 4));
    const day = Number(digits.slice(4, 6)) % 60; // samordningsnummer add 60 to the day
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31 && luhnValid(digits)) return true;
  }
  return false;
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

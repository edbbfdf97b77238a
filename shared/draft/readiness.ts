import { addYears } from '../calendar';
import { describeField } from '../i18n/terms';
import { READINESS_MESSAGE as M } from '../i18n/readiness';
import { firstWords } from '../i18n/sentence';
import { SECTION_TEXT } from '../i18n/editor';
import { commentPlace, conflictLine } from './changes';
import { authorName } from '../i18n/comments';
import { indexPath } from './draft-items';
import { groupActivities, sameGrouping, type ActivityGroup } from './activity-groups';
import { targetMismatches } from './activity-target';
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
 * Findings come in the order of the editor's sections for the draft's kind
 * (see {@link RULES}), then the checks of all text. Each points at the field
 * to fix. Activities are named by their group and their number in it,
 * signatories by their party and their number there, focus areas by their
 * number and title, as the editor and the document show them.
 *
 * @param draft a draft that satisfies the schema, or one being edited
 * @returns the findings; empty when there is nothing to say
 */
export function checkReadiness(draft: Draft): Finding[] {
  return runChecks(draft, activityPlaces(groupActivities(draft)), checkActivity);
}

/** One activity's findings, at its index and place, under the draft's rules. */
type ActivityCheck = (activity: Activity, index: number, place: ActivityPlace, rules: KindRules) => ActivityFindings;

/** The steps of the draft's kind, each activity checked by `activityCheck` at its place in `places`. */
function runChecks(draft: Draft, places: ReadonlyMap<number, ActivityPlace>, activityCheck: ActivityCheck): Finding[] {
  const findings: Finding[] = [];
  const rules = RULES[draft.kind];
  const check: Check = {
    draft,
    rules,
    places,
    // groupActivities places every activity, those without a known party in a group of their own.
    activity: (index) => activityCheck(draft.activities[index], index, places.get(index)!, rules),
    add: (found) => {
      for (const finding of found) findings.push(finding);
    },
    error: (field, message) => findings.push({ severity: 'error', field, message }),
    warning: (field, message) => findings.push({ severity: 'warning', field, message }),
  };
  for (const step of rules.steps) step(check);
  return findings;
}

/** A readiness check that remembers what it found before (see {@link createReadinessCheck}). */
export interface ReadinessCheck {
  /** The findings of {@link checkReadiness} for `draft`. */
  check(draft: Draft): Finding[];
  /**
   * Where each activity of `draft` is shown, as {@link activityPlaces} finds
   * it: its group (kept from an earlier draft that groups alike, so without
   * its items) and its number there.
   */
  places(draft: Draft): ReadonlyMap<number, { group: Omit<ActivityGroup, 'items'>; position: number }>;
}

/**
 * {@link checkReadiness} for a draft being edited, whose every change makes a
 * new object of what it changes and keeps the rest (never a change in place):
 * the grouping is kept while {@link sameGrouping} holds, and each activity's
 * findings while the activity is the same object at the same place. A
 * keystroke in one activity of hundreds then checks that one again, and a
 * keystroke elsewhere none of them.
 */
export function createReadinessCheck(): ReadinessCheck {
  const kept = new WeakMap<Activity, KeptFindings>();
  let grouping: { draft: Draft; places: ReadonlyMap<number, ActivityPlace> } | null = null;
  const places = (draft: Draft) => {
    if (grouping?.draft !== draft) {
      grouping = { draft, places: grouping && sameGrouping(grouping.draft, draft) ? grouping.places : activityPlaces(groupActivities(draft)) };
    }
    return grouping.places;
  };
  const activityCheck: ActivityCheck = (activity, index, place, rules) => {
    const last = kept.get(activity);
    if (last && last.index === index && last.rules === rules && samePlace(last.place, place)) return last;
    const found: KeptFindings = { ...checkActivity(activity, index, place, rules), index, place, rules };
    kept.set(activity, found);
    return found;
  };
  return { check: (draft) => runChecks(draft, places(draft), activityCheck), places };
}

/** What each check gets: the draft, its kind's rules, each activity's own findings, and where to report. */
interface Check {
  draft: Draft;
  rules: KindRules;
  /** Where each activity is shown, by its index: its group and its number there. */
  places: ReadonlyMap<number, ActivityPlace>;
  /** The findings of the activity at this index alone (see {@link activityFindings}). */
  activity: (index: number) => ActivityFindings;
  /** Reports findings made before. */
  add: (findings: readonly Finding[]) => void;
  error: (field: Finding['field'], message: string) => void;
  warning: (field: Finding['field'], message: string) => void;
}

/** One check: a part of one section of the editor, or the checks of all text. */
type Step = (check: Check) => void;

/** Where the two kinds differ. */
interface KindRules {
  /** The kind, whose words the findings use ("aktivitet", "åtagande"). */
  kind: DraftKind;
  /** The checks, in the order of the kind's editor sections. */
  steps: readonly Step[];
  /** A löfte has a fixed period; an agreement may run "tills vidare" if it says how often it is revised. */
  endRequired: boolean;
  /** A löfte's activities must each be measurable; an agreement's measurable goals are in its focus areas. */
  measurableActivities: boolean;
}

/**
 * The rules of each kind. A medborgarlöfte: title and period, parties,
 * löftesmening, activities, signatories. A samverkansöverenskommelse, in the
 * order of its editor: title, period and parties (a municipality or more,
 * one police party, each with its diarienummer); syfte och övergripande mål;
 * the gemensam lägesbild and its sources; the focus areas with what Brå asks
 * of them (problem, troliga orsaker, a measurable goal, an indicator); the
 * organisation; the åtaganden; documentation and follow-up; bilagor;
 * signatories.
 */
const RULES: Record<DraftKind, KindRules> = {
  medborgarlofte: {
    kind: 'medborgarlofte',
    steps: [checkConflicts, checkTitle, checkPeriod, checkPartyCount, checkPartyNames, checkStatement, checkActivities, checkReview, checkSignatories, checkAllText, checkComments],
    endRequired: true,
    measurableActivities: true,
  },
  samverkansoverenskommelse: {
    kind: 'samverkansoverenskommelse',
    steps: [
      checkConflicts,
      checkTitle,
      checkPeriod,
      checkPartyRoles,
      checkPartyNames,
      checkDiarienummer,
      checkStatement,
      checkSituation,
      checkFocusAreas,
      checkOrganisation,
      checkActivities,
      checkReview,
      checkDocumentationAndFollowUp,
      checkAttachments,
      checkSignatories,
      checkAllText,
      checkComments,
    ],
    endRequired: false,
    measurableActivities: false,
  },
};

/** True for text that is missing or only white space. */
const blank = (text: string | undefined) => !text?.trim();

/** Each conflict a merge left open (shared/draft/merge.ts): both values are kept until the user chooses one. */
function checkConflicts({ draft, error }: Check): void {
  for (const conflict of draft.conflicts ?? []) error(indexPath(draft, conflict.path), M.openConflict(conflictLine(conflict, draft)));
}

/**
 * Each open comment (one not marked "Löst"), at the place it is about: advice,
 * since comments are never printed, but a question left open before signing
 * is easily one the other party is still waiting for an answer to.
 */
function checkComments({ draft, warning }: Check): void {
  for (const comment of draft.comments ?? []) {
    if (comment.resolved) continue;
    warning(indexPath(draft, comment.target), M.openComment(commentPlace(comment.target, draft), authorName(comment.author), firstWords(comment.text)));
  }
}

function checkTitle({ draft, error }: Check): void {
  if (blank(draft.title)) error(['title'], M.missingTitle());
}

/** Start and end; an open end ("tills vidare") needs a revision interval where the kind allows it at all. */
function checkPeriod({ draft, rules, error, warning }: Check): void {
  const { start, end, revisionMonths } = draft.period;
  if (!start) error(['period', 'start'], M.missingPeriodStart());
  if (!end && rules.endRequired) error(['period', 'end'], M.missingPeriodEnd());
  if (!end && !rules.endRequired && revisionMonths == null) error(['period', 'revisionMonths'], M.missingRevision());
  // The file format refuses a reversed period; the editor keeps storing the last valid one meanwhile.
  if (start && end && end < start) error(['period', 'end'], M.endBeforeStart());
  const longest = start && end ? addYears(start, MAX_PERIOD_YEARS[draft.kind]) : null;
  if (end && longest && end >= longest) warning(['period', 'end'], M.longPeriod(draft.kind));
}

/** A löfte: any two parties or more. */
function checkPartyCount({ draft, error }: Check): void {
  if (draft.parties.length < 2) error(['parties'], M.tooFewParties(draft.parties.length));
}

/** Most agreements have one to three municipalities. */
const MAX_MUNICIPALITIES = 3;

/** An agreement: one municipality or more (three at most, as advice) and exactly one police party, the lokalpolisområde. */
function checkPartyRoles({ draft, error, warning }: Check): void {
  const municipalities = draft.parties.filter((p) => p.role === 'kommun').length;
  const police = draft.parties.flatMap((party, i) => (party.role === 'polis' ? [i] : []));
  if (municipalities === 0) error(['parties'], M.noMunicipality());
  if (police.length === 0) error(['parties'], M.noPolice());
  for (const i of police.slice(1)) error(['parties', i, 'role'], M.extraPolice(partyName(draft, draft.parties[i].id)));
  if (municipalities > MAX_MUNICIPALITIES) warning(['parties'], M.manyMunicipalities(municipalities));
}

function checkPartyNames({ draft, error }: Check): void {
  draft.parties.forEach((party, i) => {
    if (blank(party.name)) error(['parties', i, 'name'], M.partyWithoutName(i + 1));
  });
}

/** The agreement's title block prints every party's diarienummer. */
function checkDiarienummer({ draft, warning }: Check): void {
  draft.parties.forEach((party, i) => {
    if (blank(party.diarienummer)) warning(['parties', i, 'diarienummer'], M.partyWithoutDiarienummer(partyName(draft, party.id)));
  });
}

/** The löftesmening, or the agreement's syfte och övergripande mål. */
function checkStatement({ draft, error, warning }: Check): void {
  if (blank(draft.statement)) error(['statement'], M.missingStatement(draft.kind));
  const vague = findVaguePhrase(draft.statement);
  if (vague) warning(['statement'], M.vagueStatement(draft.kind, vague));
}

/** The gemensam lägesbild: its summary and its sources (the `basis`). */
function checkSituation({ draft, warning }: Check): void {
  if (blank(draft.situation)) warning(['situation'], M.missingSituation());
  if (draft.basis.length === 0) warning(['basis'], M.noSituationSources());
}

/** Brå's required content: the problems in focus, their probable causes, and measurable goals that can be followed up. */
function checkFocusAreas({ draft, error, warning }: Check): void {
  if (draft.focusAreas.length === 0) error(['focusAreas'], M.noFocusAreas());
  draft.focusAreas.forEach((area, i) => {
    const name = M.focusArea(i + 1, area.title.trim());
    if (blank(area.title)) error(['focusAreas', i, 'title'], M.focusAreaWithoutTitle(i + 1));
    if (blank(area.problem)) error(['focusAreas', i, 'problem'], M.focusAreaWithoutProblem(name));
    if (blank(area.causes)) error(['focusAreas', i, 'causes'], M.focusAreaWithoutCauses(name));
    const goal = area.goal?.trim() ?? '';
    if (!goal) error(['focusAreas', i, 'goal'], M.focusAreaWithoutGoal(name));
    else if (!isMeasurableText(goal)) warning(['focusAreas', i, 'goal'], M.goalNotMeasurable(name));
    const vague = findVaguePhrase(goal);
    if (vague) warning(['focusAreas', i, 'goal'], M.vagueGoal(name, vague));
    if (blank(area.indicator)) warning(['focusAreas', i, 'indicator'], M.focusAreaWithoutIndicator(name));
  });
}

/** Who does the work: at least one group with its members. */
function checkOrganisation({ draft, warning }: Check): void {
  if (!(draft.groups ?? []).some((group) => !blank(group.members))) warning(['groups'], M.noGroups());
}

/** The löfte's activities, the agreement's åtaganden: each with text and a party, specific and short. */
function checkActivities({ draft, activity, add, error }: Check): void {
  if (draft.activities.length === 0) error(['activities'], M.noActivities(draft.kind));
  draft.activities.forEach((_, i) => add(activity(i).own));
}

/** The findings of one activity: its own checks (see `checkActivities`) and those of its text (see `checkAllText`). */
interface ActivityFindings {
  own: readonly Finding[];
  text: readonly Finding[];
}

/** An activity's findings, with what they were found for: besides the activity itself, its index, its place and the rules. */
interface KeptFindings extends ActivityFindings {
  index: number;
  place: ActivityPlace;
  rules: KindRules;
}

/** The same place as far as an activity's findings can tell: its group's kind and lead-in, and its number there. */
const samePlace = (a: ActivityPlace, b: ActivityPlace) => a.position === b.position && a.group.kind === b.group.kind && a.group.lead === b.group.lead;

/** One activity's checks, at index `i`, named after its `place`. */
function checkActivity(activity: Activity, i: number, place: ActivityPlace, rules: KindRules): ActivityFindings {
  const name = activityName(activity, place, rules.kind);
  const words = SECTION_TEXT.activities;
  const own: Finding[] = [];
  const error = (field: Finding['field'], message: string) => own.push({ severity: 'error', field, message });
  const warning = (field: Finding['field'], message: string) => own.push({ severity: 'warning', field, message });
  const text = activity.text.trim();
  if (!text) error(['activities', i, 'text'], M.activityWithoutText(name.subject));
  if (place.group.kind === 'orphan') {
    error(['activities', i, 'partyIds'], M.activityWithoutParty(rules.kind, place.position, firstWords(activity.text), words.assignParty[rules.kind]));
  }
  if (text) {
    if (rules.measurableActivities && !isMeasurable(activity)) warning(['activities', i], M.notMeasurable(name.subject, words.details));
    const mismatches = targetMismatches(activity);
    if (mismatches.length > 0) {
      const parts = mismatches.map((m) => (m.inText === null ? M.targetMissing(m.field, m.stated) : M.targetDiffers(m.inText, m.stated)));
      warning(['activities', i, mismatches[0].field], M.targetNotInText(name.subject, parts));
    }
    const vague = findVaguePhrase(text);
    if (vague) warning(['activities', i, 'text'], M.vagueActivity(name.subject, vague));
    const length = [...text].length;
    if (length > MAX_ACTIVITY_CHARS) warning(['activities', i, 'text'], M.longActivity(rules.kind, name.subject, length, MAX_ACTIVITY_CHARS));
  }
  return { own, text: checkTexts(textFields(activity, ['activities', i]), rules.kind, name) };
}

/**
 * "Starta nästa period" marks the activities that were genomförda last
 * period for review (`review`): done once, a promise may need a new target
 * or may no longer be needed. One warning for all of them, at the first, until
 * each is marked as looked at.
 */
function checkReview({ draft, rules, places, warning }: Check): void {
  const marked = draft.activities.flatMap((activity, i) => (activity.review ? [i] : []));
  if (marked.length === 0) return;
  const first = activityName(draft.activities[marked[0]], places.get(marked[0])!, rules.kind);
  warning(['activities', marked[0]], M.activitiesToReview(rules.kind, marked.length, first.subject));
}

/** Brå's required content: how the work is documented and how it is followed up. */
function checkDocumentationAndFollowUp({ draft, error }: Check): void {
  if (blank(draft.documentation)) error(['documentation'], M.missingDocumentation());
  if (blank(draft.followUpPlan)) error(['followUpPlan'], M.missingFollowUpPlan());
}

/** The document lists its bilagor by title: "Bilaga 2 Åtgärdsplan 2024". */
function checkAttachments({ draft, warning }: Check): void {
  (draft.attachments ?? []).forEach((attachment, i) => {
    if (blank(attachment.title)) warning(['attachments', i, 'title'], M.attachmentWithoutTitle(i + 1));
  });
}

/** A signatory for every party, each with a name and a title. */
function checkSignatories({ draft, error }: Check): void {
  // The originals clause says "i två likalydande exemplar, varav parterna tagit var sitt": with more parties signing
  // than copies, the signed page would say something untrue. One copy ("i ett exemplar") makes no such claim.
  if (draft.originals != null && draft.originals >= 2 && draft.originals < draft.parties.length) {
    error(['originals'], M.fewerOriginalsThanParties(draft.originals, draft.parties.length));
  }
  const roleOf = (partyId: string) => draft.parties.find((p) => p.id === partyId)?.role;
  draft.parties.forEach((party, i) => {
    if (!draft.signatories.some((s) => s.partyId === party.id)) error(['parties', i, 'signatories'], M.partyWithoutSignatory(partyName(draft, party.id)));
  });
  // The editor numbers signatories within their party: "Undertecknare för Söderhamns kommun", "Undertecknare 1".
  const numbered = new Map<string, number>();
  draft.signatories.forEach((signatory, i) => {
    const n = (numbered.get(signatory.partyId) ?? 0) + 1;
    numbered.set(signatory.partyId, n);
    const party = partyName(draft, signatory.partyId);
    if (blank(signatory.name)) error(['signatories', i, 'name'], M.signatoryWithoutName(n, party));
    if (blank(signatory.title)) error(['signatories', i, 'title'], M.signatoryWithoutTitle(n, party, roleOf(signatory.partyId)));
  });
}

/** Every text in the draft: no personnummer, and Brå and BRÅ not mixed up. In the draft's order, each activity's texts from its own findings. */
function checkAllText({ draft, activity, add }: Check): void {
  for (const [key, value] of Object.entries(draft)) {
    if (NOT_TEXT.has(key)) continue;
    if (key === 'activities' && Array.isArray(value)) value.forEach((_, i) => add(activity(i).text));
    else add(checkTexts(textFields(value, [key]), draft.kind, null));
  }
}

/** The findings of these texts (see `checkAllText`); `name` is the activity's they are in, if any. */
function checkTexts(texts: Iterable<[(string | number)[], string]>, kind: DraftKind, name: ActivityName | null): Finding[] {
  const found: Finding[] = [];
  for (const [path, text] of texts) {
    const where = () => describePlace(path, kind, name);
    if (containsPersonnummer(text)) found.push({ severity: 'error', field: path, message: M.personnummer(where()) });
    for (const { meant, phrase } of findMisnamedCouncils(text)) {
      const message = meant === 'agency' ? M.agencyWrittenAsLocal(where(), phrase) : M.localWrittenAsAgency(where(), phrase);
      found.push({ severity: 'warning', field: path, message });
    }
  }
  return found;
}

/** A party's name for a message: its name, "Part 2" while it has none, or its id when it is gone. */
function partyName(draft: Draft, partyId: string): string {
  const index = draft.parties.findIndex((p) => p.id === partyId);
  return index < 0 ? partyId : draft.parties[index].name.trim() || M.unnamedParty(index + 1);
}

/** True when no finding is an error. */
export const isReady = (findings: readonly Finding[]) => findings.every((f) => f.severity !== 'error');

interface ActivityName {
  /** "Kommunens aktivitet 2 (”utbilda personalen…”)", to start a message: who promises it, its number there and its first words. */
  subject: string;
  /** "aktivitet 2 under ”Polisen lovar att”", inside a sentence. */
  place: string;
}

/** Where an activity is shown: its group and its number there (from 1). */
export interface ActivityPlace {
  group: ActivityGroup;
  position: number;
}

/**
 * Where each activity is shown, by its index in the draft: its group and its
 * number there. Built once from the groups, so that finding the place of each
 * of many findings is a lookup rather than a search through every group.
 */
export function activityPlaces(groups: readonly ActivityGroup[]): Map<number, ActivityPlace> {
  const places = new Map<number, ActivityPlace>();
  for (const group of groups) group.items.forEach(({ index }, i) => places.set(index, { group, position: i + 1 }));
  return places;
}

/** An activity's name at its place, through the same grouping as the editor and the document, in the words of `kind`. */
function activityName(activity: Activity, { group, position }: Pick<ActivityPlace, 'group' | 'position'>, kind: DraftKind): ActivityName {
  const words = firstWords(activity.text);
  return group.kind === 'orphan'
    ? { subject: M.orphanActivity(kind, position, words), place: M.orphanActivityPlace(kind, position) }
    : { subject: M.activity(kind, owners(group.lead), group.kind === 'joint', position, words), place: M.activityPlace(kind, group.lead, position) };
}

/**
 * Who promises, in the genitive, from a group's lead-in: "Polisen lovar att"
 * → "Polisens", "Polisen och kommunen åtar sig gemensamt att" → "Polisens och
 * kommunens", "Bostads AB lovar att" → "Bostads AB:s".
 */
function owners(lead: string): string {
  const who = lead.replace(/\s+(?:lovar|åtar sig)(?:\s+gemensamt)?\s+att$/u, '');
  return who
    .split(/(\s+och\s+|,\s+)/u)
    .map((part, i) => (i % 2 === 1 || /[sxz]$/u.test(part) ? part : /[\p{Lu}\p{N}]$/u.test(part) ? `${part}:s` : `${part}s`))
    .join('');
}

/**
 * A field named in Swedish inside a sentence, in the words of `kind`: "fältet
 * ”namn” i part 2"; in an activity (`name`, for a path in one) by its group and
 * number: "aktivitet 1 under ”Kommunen lovar att”" for its text, "fältet
 * ”plats” i aktivitet 1 under ”Kommunen lovar att”" for another field.
 */
function describePlace(path: readonly (string | number)[], kind: DraftKind, name: ActivityName | null): string {
  if (name) {
    const [, , ...rest] = path;
    // An activity's text is the activity itself; other fields are named after it.
    return rest.length === 0 || (rest.length === 1 && rest[0] === 'text') ? name.place : M.fieldPlace(describeField(rest, kind), name.place);
  }
  const field = path[path.length - 1];
  if (typeof field !== 'string') return describeField(path, kind);
  const within = path.slice(0, -1);
  return M.fieldPlace(describeField([field], kind), within.length > 0 ? describeField(within, kind) : null);
}

// Letters and digits of any script: JavaScript's \b knows only ASCII, so "för" would end inside "förebyggande".
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}])';

/**
 * Words that make an activity or a goal countable or dated even without a
 * digit: numbers and shares, months, recurrences.
 */
const MEASURE_WORDS = new RegExp(
  `${NOT_AFTER_WORD}(?:${[
    'noll', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'femton', 'tjugo', 'trettio', 'fyrtio', 'femtio', 'hundra', 'tusen',
    'procent(?:enheter)?', 'hälften', '(?:tredje|fjärde)del(?:en|ar)?', 'halver\\p{L}*', 'fördubbl\\p{L}*',
    'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
    'dagligen', 'veckovis', 'månadsvis', 'kvartalsvis', 'årligen', 'varje', 'varannan', 'vartannat',
    'gång(?:er)?\\s+(?:i|per|om)\\s+\\p{L}+',
    'per\\s+(?:dag|vecka|månad|kvartal|termin|läsår|år)',
  ].join('|')})${NOT_BEFORE_WORD}`,
  'iu',
);

/**
 * Whether an activity can be followed up: a quantity, a frequency, a minimum
 * duration, or a measurable text.
 */
function isMeasurable(activity: Activity): boolean {
  if (activity.quantity != null && activity.quantity > 0) return true;
  if (activity.frequency?.trim() || activity.minDuration?.trim()) return true;
  return isMeasurableText(activity.text);
}

/**
 * Whether a text says how much or when: a number or a date ("minst 4
 * trygghetsvandringar", "öka med 15 procent till 2027"), a number or a share
 * in words ("halveras", "minska till hälften"), a month or a recurrence ("en
 * gång i månaden", "senast i maj").
 */
function isMeasurableText(text: string): boolean {
  return /\p{N}/u.test(text) || MEASURE_WORDS.test(text);
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
const NOT_TEXT = new Set(['comments', 'id', 'partyId', 'partyIds', 'focusAreaId', 'relatedIds', 'format', 'kind', 'status', 'type', 'role', 'date', 'start', 'end', 'createdAt', 'updatedAt']);

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

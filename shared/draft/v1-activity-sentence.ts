import { DOCUMENT_TEXT, countWord, formatCount } from '../i18n/document';

/**
 * The fields of a format-version-1 activity that its printed sentence was made
 * of, as the migration finds them in a parsed file (any may be missing).
 */
export interface V1Activity {
  text?: string;
  quantity?: number | null;
  unit?: string;
  frequency?: string;
  minDuration?: string;
  place?: string;
}

/**
 * Format version 1 only, frozen: kept so the migration to version 2
 * (shared/draft/migrations.ts) can give each activity the text it printed.
 * Version 2 prints an activity's text as typed; do not change this function,
 * or migrated drafts stop printing what they printed before.
 *
 * How one activity read in a version-1 document: its text completed with its
 * measurable parts, as the continuation of a lead-in such as "Polisen lovar
 * att". Text "genomföra riktade insatser mot narkotikabrott bland unga",
 * quantity 2, unit "insatser", frequency "per år", minDuration "vardera minst
 * två dagar", place "Söderhamns centrum" reads "genomföra minst 2 riktade
 * insatser mot narkotikabrott bland unga per år, vardera minst två dagar, i
 * Söderhamns centrum".
 *
 * The structured fields are only added where the text does not already say
 * them, so a coordinator who writes "två trygghetsvandringar per år" into the
 * text and also fills in the fields does not get "2 två". Empty fields leave
 * no trace. Pure and deterministic: the editor's preview and the Word document
 * show the same words.
 *
 * @param activity the activity to phrase
 * @returns the sentence, starting in lower case and without a final full stop;
 *   "" when the activity has neither text nor any other field set
 */
export function v1ActivitySentence(activity: V1Activity): string {
  const { main, trailer, trailerComma } = splitTrailingClause(normalizeText(activity.text));
  const quantity = activity.quantity != null && Number.isFinite(activity.quantity) && activity.quantity > 0 ? activity.quantity : null;
  const unit = normalizeField(activity.unit);
  const frequency = normalizeField(activity.frequency);
  const duration = normalizeField(activity.minDuration);
  const place = normalizeField(activity.place);
  const said = main + (trailer ? ` ${trailer}` : '');

  let core = main;
  // A count that could not be worked into the text is set off after it: ", minst 4 tillfällen".
  let appositive = '';
  const unitAt = unit ? findWord(main, unit) : -1;
  const counted =
    quantity !== null &&
    (unitAt >= 0 ? countsNoun(main, unitAt) : mentionsNumber(withoutPhrases(said, [duration, frequency, place]), quantity));
  if (quantity !== null && !counted) {
    const atLeast = DOCUMENT_TEXT.activity.atLeast(formatCount(quantity));
    if (!main) {
      core = unit ? `${atLeast} ${unit}` : DOCUMENT_TEXT.activity.times(quantity, formatCount(quantity));
    } else if (unitAt >= 0) {
      const at = nounPhraseStart(main, unitAt);
      core = `${main.slice(0, at)}${atLeast} ${main.slice(at)}`;
    } else if (!unit) {
      core = `${main} ${DOCUMENT_TEXT.activity.times(quantity, formatCount(quantity))}`;
    } else {
      appositive = `${atLeast} ${unit}`;
    }
  } else if (!main && unit && !mentionsPhrase(said, unit)) {
    core = unit;
  }

  const frequencyText = frequency && !mentionsPhrase(said, frequency) ? frequency : '';
  const durationText = duration && !mentionsPhrase(said, duration) ? withEach(duration, quantity) : '';
  const placeText = place && !mentionsPhrase(said, place) ? withPreposition(place) : '';

  // Parts of the sentence in print order; `setOff` parts are preceded by a comma, and closed by one when more follows.
  const parts: { text: string; setOff: boolean }[] = [{ text: core, setOff: false }];
  if (appositive) {
    // The place belongs to the activity, so it stays with the text; the count and what qualifies it follow.
    parts.push({ text: placeText, setOff: false });
    parts.push({ text: joinWords(appositive, frequencyText), setOff: true });
    parts.push({ text: durationText, setOff: true });
  } else {
    parts.push({ text: frequencyText, setOff: false });
    parts.push({ text: durationText, setOff: true });
    parts.push({ text: placeText, setOff: false });
  }
  parts.push({ text: trailer, setOff: trailerComma });

  let sentence = '';
  let openComma = false;
  for (const part of parts) {
    if (!part.text) continue;
    if (!sentence) {
      sentence = part.text;
    } else if (part.setOff || openComma) {
      sentence += `, ${part.text}`;
    } else {
      sentence += ` ${part.text}`;
    }
    // A set-off part that is followed by more text needs its closing comma.
    openComma = part.setOff;
  }
  return tidy(sentence);
}

const PREPOSITIONS = new Set([
  'i', 'på', 'vid', 'inom', 'runt', 'kring', 'omkring', 'längs', 'utanför', 'innanför', 'mellan', 'över', 'under',
  'genom', 'till', 'från', 'hos', 'mot', 'nära', 'bland', 'invid', 'intill', 'framför', 'bakom', 'utmed', 'ute', 'inne',
]);

/** Words that mean the duration is already phrased per occasion, so "vardera" would say it twice. */
const PER_OCCASION = /^(vardera|var och en|varje|per|under|om|med|som|i|på)(?= |$)|(^| )(vardera|per tillfälle|per gång|varje)(?= |$)/iu;

/** Plural adjectives and participles that stand before a counted noun: "minst 2 riktade insatser". */
const ADJECTIVES = new Set([
  'nya', 'fler', 'flera', 'olika', 'stora', 'små', 'större', 'mindre', 'gemensamma', 'öppna', 'särskilda', 'fasta',
  'regelbundna', 'digitala', 'fysiska', 'lokala', 'sociala', 'tematiska', 'extra', 'egna', 'hela', 'långa', 'korta',
]);
const ADJECTIVE_ENDING = /(ad|ade|ande|ende|ig|iga|liga|isk|iska|ella|ala)$/u;
const NUMBER_WORDS = ['noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/**
 * Text is plain text typed in a form: collapse its white space, drop a final
 * full stop (the sentence continues after it) and start in lower case, since it
 * completes "… lovar att". An initial capital followed by a capital (SSPF, EST)
 * is an abbreviation and is kept.
 */
function normalizeText(text: unknown): string {
  let result = normalizeField(text).replace(/[\s.;:,]+$/u, '');
  if (/^\p{Lu}\p{Ll}/u.test(result)) result = result.charAt(0).toLowerCase() + result.slice(1);
  return result;
}

function normalizeField(text: unknown): string {
  return (typeof text === 'string' ? text : '').replace(/[ \t\r\n]+/gu, ' ').trim().replace(/^[,;]+\s*|\s*[,;]+$/gu, '');
}

/**
 * A relative clause at the end of the text ("… där särskilt ungas perspektiv
 * tillvaratas") describes the activity itself; how often and where must come
 * before it, or the sentence says the perspective is taken "per år".
 */
function splitTrailingClause(text: string): { main: string; trailer: string; trailerComma: boolean } {
  const match = /,?\s+(?=(där|vilka|vilket|varvid)\s)/u.exec(text);
  if (!match || match.index === 0) return { main: text, trailer: '', trailerComma: false };
  return {
    main: text.slice(0, match.index),
    trailer: text.slice(match.index + match[0].length),
    // The writer's comma marks a non-restrictive clause; keep it.
    trailerComma: match[0].startsWith(','),
  };
}

/** The index of `word` as a whole word in `text` (case-insensitive), or -1. */
function findWord(text: string, word: string): number {
  // A hyphen joins words in Swedish compounds ("SSPF-möten"), so it does not end one.
  const match = new RegExp(`(^|[^\\p{L}\\p{N}-])(${escapeRegExp(word)})(?=$|[^\\p{L}\\p{N}-])`, 'iu').exec(text);
  return match ? match.index + match[1].length : -1;
}

function mentionsPhrase(text: string, phrase: string): boolean {
  return findWord(text, phrase) >= 0;
}

/** Whether the text already states the count, in digits or in words ("2", "två"). */
function mentionsNumber(text: string, quantity: number): boolean {
  return numberWords(quantity).some((word) => mentionsPhrase(text, word));
}

/**
 * Whether the counted noun at `unitAt` already has a count before it: "två
 * riktade insatser", "minst 2 insatser". Any number counts, not only the
 * quantity: a second one would read "3 minst 2 insatser", and a text that
 * disagrees with its quantity is for the writer to settle.
 */
function countsNoun(text: string, unitAt: number): boolean {
  const before = /(\S+)\s+$/u.exec(text.slice(0, nounPhraseStart(text, unitAt)));
  if (!before) return false;
  const word = before[1].toLowerCase();
  return /^\d[\d\u00a0 ,.]*$/u.test(word) || NUMBER_WORDS.includes(word) || word === 'ett';
}

function numberWords(quantity: number): string[] {
  const words = [formatCount(quantity), String(quantity)];
  if (Number.isInteger(quantity) && quantity < NUMBER_WORDS.length) words.push(NUMBER_WORDS[quantity], countWord(quantity));
  return words;
}

/** The text without the phrases of other fields, whose numbers ("minst två dagar") are not the count. */
function withoutPhrases(text: string, phrases: string[]): string {
  return phrases.filter(Boolean).reduce((rest, phrase) => rest.split(phrase).join(' '), text);
}

/**
 * Where the counted noun phrase starts, walking back from the unit over the
 * adjectives before it, so the count goes before "riktade insatser" rather
 * than between them. Stops at the verb or anything else it does not know as
 * an adjective.
 */
function nounPhraseStart(text: string, unitAt: number): number {
  let start = unitAt;
  for (;;) {
    const before = /(\p{L}[\p{L}-]*)\s+$/u.exec(text.slice(0, start));
    if (!before) return start;
    const word = before[1].toLowerCase();
    if (word === 'och' || word === 'eller') {
      const previous = /(\p{L}[\p{L}-]*)\s+$/u.exec(text.slice(0, before.index));
      if (!previous || !isAdjective(previous[1].toLowerCase())) return start;
      start = previous.index;
      continue;
    }
    if (!isAdjective(word)) return start;
    start = before.index;
  }
}

function isAdjective(word: string): boolean {
  // Infinitives end in -a as plural adjectives do, so only endings that no common verb has are trusted.
  return ADJECTIVES.has(word) || (word.length > 4 && ADJECTIVE_ENDING.test(word));
}

/** A duration of several occasions applies to each: "vardera minst två dagar". */
function withEach(duration: string, quantity: number | null): string {
  if (quantity === null || quantity <= 1 || PER_OCCASION.test(duration)) return duration;
  return `${DOCUMENT_TEXT.activity.each} ${duration}`;
}

function withPreposition(place: string): string {
  const first = place.split(' ')[0].toLowerCase();
  return PREPOSITIONS.has(first) ? place : `${DOCUMENT_TEXT.activity.placePreposition} ${place}`;
}

function joinWords(...words: string[]): string {
  return words.filter(Boolean).join(' ');
}

/** Guards the joins: no doubled spaces or commas, no comma before the end or at the start. */
function tidy(sentence: string): string {
  // Only ordinary white space: a no-break space inside a number ("12 000") must stay.
  return sentence
    .replace(/[ \t\r\n]+/gu, ' ')
    .replace(/ +,/gu, ',')
    .replace(/,(\s*,)+/gu, ',')
    .replace(/^[ ,]+|[ ,]+$/gu, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

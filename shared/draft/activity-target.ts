import { countWord, formatCount } from '../i18n/document';

/**
 * An activity's measurable target, read from or written into the sentence the
 * document prints (format version 2 prints `text` word for word; the details
 * are what follow-up compares against).
 *
 * Three uses share one reading of Swedish activity sentences:
 * - {@link readTarget} fills the details from what the writer types,
 * - {@link suggestSentence} proposes a sentence from details filled in first,
 * - {@link targetMismatches} tells the readiness check where the details state
 *   a count, unit or frequency the text does not say.
 *
 * Everything here is pure and runs on every keystroke: the text is split into
 * words once and read in one pass that looks at most a few words around each,
 * and runs of punctuation are trimmed by hand rather than by anchored regular
 * expressions that would retry over every character of a long run. Reading
 * prefers saying nothing to saying something wrong: a number that may be a
 * year, a date, a week, a time of day, an age, a range or a share is never
 * taken for a count.
 *
 * Decisions on phrasings that could be read more than one way:
 * - The unit is the counted noun phrase as written, without the count and
 *   without "stycken": "två stycken riktade insatser" has the unit "riktade
 *   insatser"; "minst 1 trygghetsvandringar" keeps "trygghetsvandringar".
 * - "gång"/"gånger" is a unit like any other: "i genomsnitt en gång i månaden"
 *   reads quantity 1, unit "gång", frequency "per månad".
 * - Frequencies of calendar periods are normalised to "per …": "/år", "om
 *   året", "årligen" and "varje år" read "per år"; "i månaden" reads "per
 *   månad". "varannan vecka", "var tredje månad" and school holidays or seasons
 *   ("under sommarlovet") are kept as phrased.
 * - A count of places is not a place: "på två skolor" gives no place (nor a
 *   count, since a count after a preposition is not the activity's own unless
 *   it says "minst" or counts occasions, "vid tre tillfällen"). A place is a
 *   named location ("i Söderhamns centrum", "på Stortorget") or a known kind
 *   of place ("i centrum", "på fritidsgården"); common words typed with a
 *   capital are lowered ("i Centrala Gislaved" reads "centrala Gislaved").
 * - When a text names several places, the first with a proper name wins:
 *   "i centrum i Söderhamns centrum" reads "Söderhamns centrum".
 * - "en"/"ett" is an article, not a count, unless "minst" or the like stands
 *   before it, or "gång" or a frequency follows: "låta en fältsekreterare
 *   arbeta" states no count, "en gång per termin" and "en trygghetsvandring
 *   per år" do.
 * - A duration ("minst två dagar") is read without "vardera"/"omfattande"; a
 *   suggestion puts "vardera" back when the quantity is more than one.
 */

/** What a sentence states as the activity's target; "" or null where it states nothing. */
export interface ActivityTarget {
  /** How many, as a number: "två" and "2" both read 2. */
  quantity: number | null;
  /** The counted noun phrase as written: "riktade insatser", "gång". */
  unit: string;
  /** How often, normalised for calendar periods: "per år", "varannan vecka", "under sommarlovet". */
  frequency: string;
  /** How long each occasion lasts at least: "minst två dagar". */
  minDuration: string;
  /** Where, without "i"/"på" when the place takes that preposition anyway: "Söderhamns centrum", "vid resecentrum". */
  place: string;
}

/** The target details as the activity keeps them; every field may be missing or empty. */
export interface TargetDetails {
  quantity?: number | null;
  unit?: string;
  frequency?: string;
  minDuration?: string;
  place?: string;
}

/** A part of the target that the readiness check compares with the text. */
export type TargetField = 'quantity' | 'unit' | 'frequency';

/** A count, unit or frequency the details state that the text leaves out or says differently. */
export interface TargetMismatch {
  field: TargetField;
  /** What the details say, for the message: "4", "trygghetsvandringar", "per år". */
  stated: string;
  /** What the text says instead, in its own words ("tre", "/månad"), or null when it says nothing of the kind. */
  inText: string | null;
}

/**
 * Reads the target a sentence states, as the user types it: "Under 2020 och
 * 2021 genomföra två stycken riktade insatser/år, vardera omfattande minst två
 * dagar, i Söderhamn" reads quantity 2, unit "riktade insatser", frequency "per
 * år", minDuration "minst två dagar", place "Söderhamn". Fields the sentence
 * does not state clearly stay empty. Never throws.
 *
 * @param text an activity's text, any length
 * @returns the details the text states
 */
export function readTarget(text: string): ActivityTarget {
  const reading = readText(text);
  const count = statedCount(reading, '');
  const frequency = (count && frequencyAt(reading.tokens, count.to + 1)) || reading.frequencies[0];
  const duration = reading.counts.find((c) => c.duration);
  const place = reading.places.find((p) => p.proper) ?? reading.places[0];
  return {
    quantity: count ? count.value : null,
    unit: count ? count.unit : '',
    frequency: frequency ? frequency.text : '',
    minDuration: duration ? slice(reading, duration.from, duration.to) : '',
    place: place ? place.value : '',
  };
}

/**
 * A suggested sentence from details filled in first, optionally completing a
 * short text already typed: text "genomföra trygghetsvandringar", quantity 4
 * and frequency "per år" suggest "genomföra minst fyra trygghetsvandringar per
 * år". Counts are floors ("minst"), written in words up to twelve and in
 * digits above ("minst 50 trafikkontroller"). The counted noun agrees with the
 * count: quantity 1 with unit "trygghetsvandringar" gives "minst en
 * trygghetsvandring", with "utbildningstillfällen" "minst ett
 * utbildningstillfälle" (a unit whose adjectives cannot be put in the singular
 * is counted "minst en gång" instead). A duration of several occasions applies
 * to each ("vardera minst två dagar"); a place gets "på" or "i" as it needs
 * ("på Stortorget", "i Söderhamns centrum") and is lower-cased only where a
 * common word was capitalised ("Centrala Gislaved" → "centrala Gislaved").
 *
 * What the text already says is never repeated: a text with a count, a
 * frequency, a duration or the place keeps its own (a less specific place, "i
 * centrum" for "Söderhamns centrum", is replaced). Only additions and the
 * agreement of the counted noun change the writer's words.
 *
 * @param details the target details and the text typed so far
 * @returns the sentence, in lower case at the start (it continues "… lovar
 *   att") and without a final full stop; "" when neither a text nor any detail
 *   is set
 */
export function suggestSentence(details: TargetDetails & { text?: string }): string {
  const whole = sentenceText(details?.text);
  const quantity = validQuantity(details?.quantity);
  const unit = cleanField(details?.unit);
  const frequency = frequencyField(details?.frequency);
  const duration = durationField(details?.minDuration);
  const place = placeField(details?.place);
  if (!whole && quantity === null && !unit && !frequency && !duration && !place) return '';

  // Additions belong to the first sentence; any further sentences follow unchanged.
  const { text, rest } = splitSentences(whole);
  const reading = readText(text);
  const { tokens } = reading;
  const { mainEnd, trailer, trailerComma } = splitTrailingClause(text);
  const main = trimEnd(text.slice(0, mainEnd), ' ,');
  const mainTokens = tokens.filter((t) => t.end <= main.length).length;

  const edits: Edit[] = [];
  /** Where in `main` the frequency goes when it follows the counted noun; -1 when there is none. */
  let afterNoun = -1;
  let appended = '';
  let appositive = '';
  let counted = false;

  const unitHead = headWord(unit);
  const timesUnit = TIMES.has(unitHead);
  const stated = statedCount(reading, unit);
  const unitAt = unit && !timesUnit ? findNoun(tokens, unitHead, mainTokens) : -1;
  if (stated) {
    counted = true;
    if (stated.to < mainTokens) afterNoun = tokens[stated.to].end;
  } else if (quantity !== null) {
    counted = true;
    const objectAt = unitAt >= 0 ? unitAt : !unit ? objectNoun(tokens, mainTokens) : -1;
    const insertion = objectAt >= 0 ? countIntoText(tokens, objectAt, quantity) : null;
    if (insertion) {
      edits.push(...insertion);
      afterNoun = tokens[objectAt].end;
    } else {
      // "minst fyra gånger" says how often the text's activity happens, so it follows the text directly.
      // So does "vid minst tre tillfällen".
      const named = unit && !timesUnit && objectAt < 0;
      const phrase = named ? countPhrase(quantity, unit) : timesPhrase(quantity);
      if (!main || !named || verbOnly(tokens, mainTokens)) appended = phrase;
      else if (/^tillfällen?$/u.test(unitHead)) appended = `vid ${phrase}`;
      else appositive = phrase;
    }
  } else if (unitAt >= 0) {
    afterNoun = tokens[unitAt].end;
  } else if (unit && !main) {
    appended = unit;
  }

  if (frequency && reading.frequencies.length === 0) {
    const said = counted ? frequency : frequency.replace(/^per (?=\p{L})/u, 'varje ');
    if (appended) appended += ` ${said}`;
    else if (appositive) appositive += ` ${said}`;
    else if (afterNoun >= 0) edits.push({ from: afterNoun, to: afterNoun, text: ` ${said}` });
    else appended = said;
  }

  const hasDuration = reading.counts.some((c) => c.duration) || mentions(text, duration);
  const durationText =
    duration && !hasDuration ? (quantity !== null && quantity > 1 && !PER_OCCASION.test(duration) ? `${EACH} ${duration}` : duration) : '';

  let placeText = '';
  if (place && !placeSaid(reading, place)) {
    const replaced = replacePlaces(reading, place, mainTokens);
    if (replaced.length > 0) edits.push(...replaced);
    else placeText = placePhrase(place);
  }

  let core = applyEdits(main, edits);
  if (appended) core = core ? `${core} ${appended}` : appended;
  const parts: { text: string; setOff: boolean }[] = [{ text: core, setOff: false }];
  if (appositive) {
    // The place belongs to the activity the text names, so it stays with the text; the count and how long follow.
    parts.push({ text: placeText, setOff: false }, { text: appositive, setOff: true }, { text: durationText, setOff: true });
  } else {
    parts.push({ text: durationText, setOff: true }, { text: placeText, setOff: false });
  }
  parts.push({ text: trailer, setOff: trailerComma });

  let sentence = '';
  let openComma = false;
  for (const part of parts) {
    if (!part.text) continue;
    if (!sentence) sentence = part.text;
    else sentence += part.setOff || openComma ? `, ${part.text}` : ` ${part.text}`;
    // A set-off part followed by more text needs its closing comma.
    openComma = part.setOff;
  }
  if (rest) sentence = sentence ? `${sentence}. ${rest}` : rest;
  return lowerInitial(tidy(sentence));
}

/**
 * What the details state as a target that the text does not say: the count,
 * the unit or the frequency missing from the text or different there, for the
 * readiness check's warning. Inflection and spelling variants are the same
 * target: unit "trygghetsvandring" matches "trygghetsvandringar", "per år"
 * matches "/år", "om året", "årligen" and "varje år", quantity 4 matches
 * "fyra" and "4", and a count "två gånger" satisfies quantity 2 whatever the
 * unit. Duration and place are not compared. Empty details give no
 * mismatches. Never throws.
 *
 * @param activity the activity's text and target details
 * @returns the mismatches, quantity before unit before frequency; empty when
 *   the text says everything the details state
 */
export function targetMismatches(activity: TargetDetails & { text: string }): TargetMismatch[] {
  // The readiness check and the editor ask for every activity on every keystroke; an activity the keystroke did not
  // change is the same object with the same fields, so its answer is kept (and checked, in case it was changed in place).
  const cached = activity !== null && typeof activity === 'object' ? mismatchCache.get(activity) : undefined;
  if (cached && cached.text === activity.text && cached.quantity === activity.quantity && cached.unit === activity.unit && cached.frequency === activity.frequency) {
    return cached.mismatches;
  }
  const mismatches = findMismatches(activity);
  if (activity !== null && typeof activity === 'object') {
    mismatchCache.set(activity, { text: activity.text, quantity: activity.quantity, unit: activity.unit, frequency: activity.frequency, mismatches });
  }
  return mismatches;
}

/** The last answer of {@link targetMismatches} for each activity object, with the fields it was worked out from. */
const mismatchCache = new WeakMap<object, { text: string; quantity: TargetDetails['quantity']; unit: string | undefined; frequency: string | undefined; mismatches: TargetMismatch[] }>();

function findMismatches(activity: TargetDetails & { text: string }): TargetMismatch[] {
  const mismatches: TargetMismatch[] = [];
  const quantity = validQuantity(activity?.quantity);
  const unit = cleanField(activity?.unit);
  const frequency = cleanField(activity?.frequency);
  if (quantity === null && !unit && !frequency) return mismatches;

  const reading = readText(activity?.text);
  const count = statedCount(reading, unit);
  if (quantity !== null && (!count || count.value !== quantity)) {
    mismatches.push({ field: 'quantity', stated: formatCount(quantity), inText: count ? count.written : null });
  }
  if (unit) {
    const head = headWord(unit);
    const said = reading.tokens.some((t) => t.kind === 'word' && sameNoun(t.lower, head));
    if (!said) mismatches.push({ field: 'unit', stated: unit, inText: count && count.unit ? count.unit : null });
  }
  if (frequency) {
    const key = readText(frequency).frequencies[0]?.key;
    const said = key ? reading.frequencies.some((f) => f.key === key) : mentions(reading.text, frequency);
    if (!said) {
      const first = reading.frequencies[0];
      mismatches.push({ field: 'frequency', stated: frequency, inText: first ? slice(reading, first.from, first.to) : null });
    }
  }
  return mismatches;
}

// ---------------------------------------------------------------------------
// Words. Lower case; the reader compares lower-cased words.

/** Words that make a count a floor or an estimate: "minst 4", "cirka 10". */
const QUANTIFIERS = new Set([
  'minst', 'högst', 'max', 'maximalt', 'cirka', 'ca', 'omkring', 'ungefär', 'drygt', 'åtminstone', 'totalt', 'sammanlagt',
  'sammantaget', 'minimum',
]);

const SMALL_NUMBERS = [
  'noll', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv', 'tretton', 'fjorton', 'femton',
  'sexton', 'sjutton', 'arton', 'nitton',
];
const TENS: readonly [string, number][] = [
  ['tjugo', 20], ['trettio', 30], ['fyrtio', 40], ['femtio', 50], ['sextio', 60], ['sjuttio', 70], ['åttio', 80], ['nittio', 90],
];

/** Words before a number that make it a label, not a count: "vecka 32", "kl. 18", "den 3 mars". */
const LABELS = new Set([
  'vecka', 'veckan', 'v', 'kl', 'klockan', 'år', 'året', 'nr', 'nummer', 'sida', 'sidan', 'kapitel', 'steg', 'fas', 'etapp',
  'version', 'punkt', 'bilaga', 'paragraf', 'den', 'dnr', 'ks', 'lag', 'grupp', 'rum', 'sal', 'buss', 'linje', 'väg', 'riksväg',
  'länsväg', 'plan', 'våning', 'område', 'zon', 'årskurs', 'åk', 'klass', 'mål', 'delmål', 'åtgärd', 'aktivitet',
]);

/** Words after a number that make it something other than a count of occasions: an age, a share, money. */
const NOT_COUNTED = new Set([
  'år', 'års', 'åring', 'åringar', 'åriga', 'årig', 'årsåldern', 'procent', 'procentenheter', 'kr', 'kronor', 'sek', 'tkr', 'mkr',
  'miljoner', 'miljarder', 'talet', 'par', 'del', 'rad', 'antal', 'mängd', 'viss', 'visst', 'annan', 'annat', 'sådan', 'sådant',
]);

const MONTHS = new Set([
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec',
]);
const WEEKDAYS = new Set(['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag']);

/** Prepositions, kept by a place that starts with one ("vid resecentrum"). */
const PREPOSITIONS = new Set([
  'i', 'på', 'vid', 'inom', 'runt', 'kring', 'omkring', 'längs', 'utanför', 'innanför', 'mellan', 'över', 'under', 'genom', 'till',
  'från', 'hos', 'mot', 'nära', 'bland', 'invid', 'intill', 'framför', 'bakom', 'utmed', 'med', 'för', 'av', 'om', 'efter', 'före',
  'utan', 'åt',
]);

/** Words that cannot be the counted noun. */
const NOT_NOUNS = new Set([
  ...PREPOSITIONS, 'och', 'eller', 'samt', 'men', 'som', 'att', 'där', 'när', 'då', 'så', 'per', 'à', 'de', 'dem', 'den', 'det',
  'dessa', 'denna', 'detta', 'alla', 'vi', 'ni', 'man', 'är', 'ska', 'skall', 'kan', 'har', 'blir', 'vara', 'bli', 'inte', 'också',
  'även', 'minst', 'högst', 'ca', 'cirka', 'varje', 'var', 'vardera', 'st', 'stycken',
]);

const STYCKEN = new Set(['stycken', 'styck', 'st']);
/** Nouns that count the occasions an activity is held on: "vid tre tillfällen", "under två kvällar". */
const OCCASIONS = new Set(['tillfälle', 'tillfällen', 'gång', 'gånger', 'kväll', 'kvällar', 'helg', 'helger', 'natt', 'nätter']);
const TIMES = new Set(['gång', 'gånger', 'ggr', 'gg']);
const PARTITIVE_DETERMINERS = new Set(['de', 'dessa', 'alla', 'våra', 'era', 'sina', 'deras', 'dess']);

/** Nouns of a length of time: a count of them may be how long each occasion lasts. */
const LENGTHS = new Set([
  'sekund', 'sekunder', 'minut', 'minuter', 'min', 'timme', 'timmar', 'tim', 'h', 'dag', 'dagar', 'heldag', 'heldagar', 'halvdag',
  'halvdagar', 'arbetsdag', 'arbetsdagar', 'dygn', 'vecka', 'veckor', 'månad', 'månader',
]);
/** Words before a length that make it the duration of each occasion: "vardera omfattande minst två dagar". */
const DURATION_MARKERS = new Set(['vardera', 'omfattande', 'à', 'varar', 'pågår', 'pågående', 'omfattar']);
/** Words before a length that make it a duration unless a frequency follows ("i minst 15 minuter"). */
const WEAK_DURATION_MARKERS = new Set(['om', 'under', 'i', 'på']);
/** Words after a length that make it a duration: "minst två timmar per tillfälle". */
const PER_OCCASION_WORDS = new Set(['tillfälle', 'tillfället', 'gång', 'gången', 'insats', 'pass', 'träff']);

/** Words that mean the duration is already phrased per occasion, so "vardera" would say it twice. */
const PER_OCCASION = /^(vardera|var och en|varje|per|under|om|med|som|i|på)(?= |$)|(^| )(vardera|per tillfälle|per gång|varje)(?= |$)/iu;
const EACH = 'vardera';
const AT_LEAST = 'minst';
const TIMES_START = `${AT_LEAST} en gång`;

/** Calendar periods, in any form, by the word "per" takes: "året" → "år". */
const PERIODS: Record<string, string> = {
  år: 'år', året: 'år', kalenderår: 'kalenderår', månad: 'månad', månaden: 'månad', vecka: 'vecka', veckan: 'vecka',
  dag: 'dag', dagen: 'dag', dygn: 'dygn', dygnet: 'dygn', termin: 'termin', terminen: 'termin', kvartal: 'kvartal',
  kvartalet: 'kvartal', halvår: 'halvår', halvåret: 'halvår', läsår: 'läsår', läsåret: 'läsår', skolår: 'skolår',
  skolåret: 'skolår', helg: 'helg', helgen: 'helg',
};
/** Abbreviations of periods after a slash: "insatser/mån", "2 ggr/v". */
const SLASH_PERIODS: Record<string, string> = { ...PERIODS, mån: 'månad', v: 'vecka', vecka: 'vecka' };
/** "i månaden", "om året": the definite forms that say "per". */
const DEFINITE_PERIODS = new Set(['året', 'månaden', 'veckan', 'dagen', 'dygnet', 'terminen', 'kvartalet', 'halvåret', 'läsåret', 'helgen']);
const PERIOD_ADVERBS: Record<string, string> = {
  årligen: 'år', årsvis: 'år', månatligen: 'månad', månadsvis: 'månad', veckovis: 'vecka', veckovist: 'vecka', dagligen: 'dag',
  kvartalsvis: 'kvartal', terminsvis: 'termin', halvårsvis: 'halvår',
};
/** School holidays and seasons, by their indefinite form: "under sommarlovet", "varje sommar". */
const SEASONS: Record<string, string> = {
  sommarlov: 'sommarlov', sommarlovet: 'sommarlov', jullov: 'jullov', jullovet: 'jullov', sportlov: 'sportlov',
  sportlovet: 'sportlov', höstlov: 'höstlov', höstlovet: 'höstlov', påsklov: 'påsklov', påsklovet: 'påsklov', lov: 'lov',
  lovet: 'lov', loven: 'lov', skollov: 'lov', skolloven: 'lov', sommar: 'sommar', sommaren: 'sommar', höst: 'höst',
  hösten: 'höst', vår: 'vår', våren: 'vår', vinter: 'vinter', vintern: 'vinter', sommarhalvåret: 'sommarhalvår',
  vinterhalvåret: 'vinterhalvår',
};
const ORDINALS: Record<string, number> = { andra: 2, tredje: 3, fjärde: 4, femte: 5, sjätte: 6, sjunde: 7, åttonde: 8 };

/** Prepositions a place is read after. */
const PLACE_PREPOSITIONS = new Set(['i', 'på', 'vid', 'runt', 'kring', 'omkring', 'längs', 'utanför', 'inom', 'invid', 'intill', 'utmed']);
/** Words that qualify a place: "centrala Gislaved", "hela Söderhamn". */
const PLACE_MODIFIERS = new Set(['centrala', 'hela', 'norra', 'södra', 'östra', 'västra', 'inre', 'yttre', 'gamla', 'nedre', 'övre', 'lilla', 'stora']);
/** Kinds of place, common nouns that name where an activity happens. */
const PLACE_NOUNS = new Set([
  'centrum', 'city', 'stadskärnan', 'stadskärna', 'tätort', 'tätorten', 'tätorter', 'tätorterna', 'torget', 'torg', 'stationen',
  'resecentrum', 'resecentret', 'skola', 'skolan', 'skolor', 'skolorna', 'skolgården', 'skolgårdar', 'skolgårdarna', 'fritidsgård',
  'fritidsgården', 'fritidsgårdar', 'fritidsgårdarna', 'parken', 'hamnen', 'stranden', 'biblioteket', 'gallerian', 'centralen',
  'köpcentrum', 'köpcentret', 'simhallen', 'sporthallen', 'ishallen', 'idrottsplatsen', 'badplatsen', 'bostadsområdet',
  'bostadsområden', 'bostadsområdena', 'stadsdelen', 'stadsdelar', 'stadsdelarna', 'kvarteret', 'kvarteren', 'landsbygden',
  'ytterområdena', 'gymnasiet', 'gymnasieskolan', 'högstadiet', 'högstadieskolan', 'högstadieskolor', 'mellanstadiet',
  'busstationen', 'järnvägsstationen', 'förorten', 'förorterna', 'kommun', 'stad', 'staden', 'området', 'platsen',
]);
/** Endings of compound place names and nouns: "Stortorget", "Storgatan", "Järnvägsparken". */
const PLACE_ENDINGS = [
  'centrum', 'torget', 'torg', 'gatan', 'vägen', 'platsen', 'gården', 'gårdar', 'gårdarna', 'området', 'områden', 'parken', 'hamnen',
  'stationen', 'skolan', 'skolor', 'skolorna', 'hallen', 'kvarteret', 'tätort', 'tätorten', 'stråket', 'stranden', 'allén',
];
/** Common nouns that are no place on their own, only after a name: "Ljusdals kommun", not "i kommun". */
const GENERIC_PLACES = new Set(['kommun', 'stad', 'staden', 'området', 'platsen']);
/** Names after "på" that are not places. */
const NOT_PLACES = new Set(['facebook', 'instagram', 'tiktok', 'snapchat', 'youtube', 'twitter', 'linkedin', 'webben', 'nätet', 'internet']);
/** Place words lower-cased when typed with a capital: they are no part of a proper name. */
const LOWER_PLACE_WORDS = new Set(['centrala', 'hela', 'inre', 'yttre', ...PLACE_NOUNS]);
/** Places that take "på": institutions, squares, streets. Matched against the end of the place's main word. */
const ON_ENDINGS = [
  'skola', 'skolan', 'skolor', 'skolorna', 'torg', 'torget', 'torgen', 'gatan', 'vägen', 'station', 'stationen', 'centralen',
  'resecentrum', 'resecentret', 'gård', 'gården', 'gårdar', 'gårdarna', 'biblioteket', 'sjukhuset', 'stranden', 'badet', 'platsen',
  'hallen', 'gymnasiet', 'högstadiet', 'mellanstadiet', 'lågstadiet', 'campus', 'universitetet', 'arenan', 'stadion', 'allén',
  'fältet', 'mässan',
];
/** Shops and chains, which take "på": "på Ica". */
const ON_NAMES = new Set(['ica', 'coop', 'willys', 'lidl', 'hemköp', 'systembolaget', 'apoteket', 'max', "mcdonald's", 'konsum']);

/** Plural adjectives and participles that stand before a counted noun: "minst 2 riktade insatser". */
const ADJECTIVES = new Set([
  'nya', 'fler', 'flera', 'olika', 'stora', 'små', 'större', 'mindre', 'gemensamma', 'öppna', 'särskilda', 'fasta', 'regelbundna',
  'digitala', 'fysiska', 'lokala', 'sociala', 'tematiska', 'extra', 'egna', 'hela', 'långa', 'korta', 'yngre', 'äldre',
  // Singular forms, after "en"/"ett": "en gemensam aktivitet".
  'ny', 'nytt', 'stor', 'stort', 'gemensam', 'gemensamt', 'öppen', 'öppet', 'särskild', 'särskilt', 'egen', 'eget', 'lång', 'långt',
]);
const ADJECTIVE_ENDING = /(ad|ade|ande|ende|ig|iga|liga|isk|iska|ella|ala)$/u;
/** Nouns with an adjective's ending. */
const NOT_ADJECTIVES = new Set(['månad', 'betala', 'skala', 'boende', 'deltagande']);

/** The singular of adjectives outside the regular endings, common then neuter. */
const SINGULAR_ADJECTIVES: Record<string, [string, string]> = {
  nya: ['ny', 'nytt'], stora: ['stor', 'stort'], små: ['liten', 'litet'], särskilda: ['särskild', 'särskilt'],
  gemensamma: ['gemensam', 'gemensamt'], öppna: ['öppen', 'öppet'], egna: ['egen', 'eget'], hela: ['hel', 'helt'],
  långa: ['lång', 'långt'], korta: ['kort', 'kort'], fasta: ['fast', 'fast'], regelbundna: ['regelbunden', 'regelbundet'],
  extra: ['extra', 'extra'], större: ['större', 'större'], mindre: ['mindre', 'mindre'], olika: ['annan', 'annat'],
  yngre: ['yngre', 'yngre'], äldre: ['äldre', 'äldre'],
};
/** Plurals that the rules below get wrong, by their ending. */
const IRREGULAR_PLURALS: readonly [string, string][] = [
  ['gånger', 'gång'], ['timmar', 'timme'], ['seminarier', 'seminarium'], ['kriterier', 'kriterium'], ['män', 'man'],
  ['möten', 'möte'], ['nätter', 'natt'],
];
/** Singulars that look plural. */
const SINGULAR_LOOKALIKES = ['meter', 'liter', 'teater', 'semester', 'vinter', 'sommar', 'fler'];
/** Neuter nouns, by their ending: "ett utbildningstillfälle", "ett pass". */
const NEUTER_ENDINGS = [
  'tillfälle', 'möte', 'område', 'ställe', 'ärende', 'pass', 'samtal', 'besök', 'event', 'evenemang', 'arrangemang', 'seminarium',
  'program', 'projekt', 'utskick', 'inlägg', 'föredrag', 'forum', 'nätverk', 'exemplar', 'dygn', 'år', 'torg', 'läger', 'kvarter',
  'centrum', 'uppdrag', 'barn', 'råd', 'lov', 'meddelande', 'besked', 'initiativ', 'tema', 'underlag', 'material', 'kalas', 'café',
  'mingel', 'spel', 'lopp', 'jippo', 'tal', 'nattvandringspass', 'hus',
];

// ---------------------------------------------------------------------------
// Reading.

interface Token {
  kind: 'word' | 'number' | 'mark';
  text: string;
  lower: string;
  start: number;
  end: number;
  /** A number token's value; NaN for the others. */
  value: number;
  /** Whether the token starts the text, a line or a sentence (its capital says nothing). */
  sentenceStart: boolean;
}

/** A number with what it counts, or a length of time when `duration`. */
interface Count {
  value: number;
  /** The number as the text writes it: "tre", "3", "12 000". */
  written: string;
  /** First token of the phrase (the quantifier, when there is one). */
  from: number;
  /** Last token of the phrase (the counted noun, or the number). */
  to: number;
  /** The counted noun phrase as written; "" when the number counts nothing named. */
  unit: string;
  /** The counted noun, lower case; "" when there is none. */
  head: string;
  /** Preceded by "minst" or the like. */
  qualified: boolean;
  /** "en"/"ett", which may be an article. */
  article: boolean;
  /** Inside a prepositional phrase: "på två skolor". */
  afterPreposition: boolean;
  /** A frequency follows the counted noun directly. */
  frequencyAfter: boolean;
  duration: boolean;
}

interface Frequency {
  /** For comparing: "1:år" for "per år", "2:vecka" for "varannan vecka", "sommarlov" for "under sommarlovet". */
  key: string;
  /** As a details field says it: "per år". */
  text: string;
  from: number;
  to: number;
}

interface PlacePhrase {
  /** The preposition's token. */
  from: number;
  to: number;
  /** As a details field says it: "Söderhamns centrum", "vid resecentrum". */
  value: string;
  /** The place's words, normalised, without the preposition. */
  name: string;
  proper: boolean;
}

interface Reading {
  text: string;
  tokens: Token[];
  counts: Count[];
  frequencies: Frequency[];
  places: PlacePhrase[];
}

// Numbers (with thousands set off by a space and a decimal comma), words (with inner hyphens, colons and apostrophes: "SSPF-möten", "ABF:s"), or one mark.
const TOKEN = /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?)|([\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:[-:'’][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index ?? 0;
    const previous = tokens[tokens.length - 1];
    const sentenceStart =
      !previous || /[\n\r]/u.test(text.slice(previousEnd, start)) || (previous.kind === 'mark' && /^[.!?•:;]$/u.test(previous.text));
    const kind = match[1] ? 'number' : match[2] ? 'word' : 'mark';
    tokens.push({
      kind,
      text: match[0],
      lower: match[0].toLowerCase(),
      start,
      end: start + match[0].length,
      value: kind === 'number' ? Number(match[0].replace(/[ \u00a0\u202f]/gu, '').replace(',', '.')) : NaN,
      sentenceStart,
    });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

function readText(input: unknown): Reading {
  const text = typeof input === 'string' ? input : '';
  const tokens = tokenize(text);
  const counts: Count[] = [];
  const frequencies: Frequency[] = [];
  const places: PlacePhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const count = countAt(tokens, i);
    if (count) counts.push(count);
    const frequency = frequencyAt(tokens, i);
    if (frequency) frequencies.push(frequency);
  }
  for (let i = 0; i < tokens.length; i++) {
    let place = placeAt(tokens, text, i);
    if (!place) continue;
    // "på biblioteket i Ljusdal" is one place; "i centrum i Söderhamns centrum" says one place twice, and stays two.
    const next = wordAt(tokens, place.to + 1) === 'i' ? placeAt(tokens, text, place.to + 1) : null;
    if (next && !overlaps(place.name, next.name)) place = joinPlaces(tokens, place, next);
    places.push(place);
    i = place.to;
  }
  return { text, tokens, counts, frequencies, places };
}

const wordAt = (tokens: readonly Token[], i: number): string => (tokens[i]?.kind === 'word' ? tokens[i].lower : '');
const markAt = (tokens: readonly Token[], i: number): string => (tokens[i]?.kind === 'mark' ? tokens[i].text : '');
const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
const slice = (reading: Reading, from: number, to: number) => reading.text.slice(reading.tokens[from].start, reading.tokens[to].end);

function numberWordValue(word: string): number | null {
  if (word === 'ett') return 1;
  const small = SMALL_NUMBERS.indexOf(word);
  if (small >= 0) return small;
  for (const [tens, value] of TENS) {
    if (!word.startsWith(tens)) continue;
    const rest = word.slice(tens.length);
    if (!rest) return value;
    const unit = rest === 'ett' ? 1 : SMALL_NUMBERS.indexOf(rest);
    return unit >= 1 && unit <= 9 ? value + unit : null;
  }
  if (word === 'hundra' || word === 'etthundra') return 100;
  if (word === 'tusen' || word === 'ettusen') return 1000;
  return null;
}

/** The value of a number or number word at `i`, or null. */
function numberAt(tokens: readonly Token[], i: number): number | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.kind === 'number') return token.value;
  if (token.kind === 'word') return numberWordValue(token.lower);
  return null;
}

function isAdjective(word: string): boolean {
  // Infinitives end in -a as plural adjectives do, so only endings that no common verb has are trusted.
  return ADJECTIVES.has(word) || (word.length > 4 && ADJECTIVE_ENDING.test(word) && !NOT_ADJECTIVES.has(word));
}

/** The count that starts with the number at `i`, with its quantifier and noun phrase; null when the number is no count. */
function countAt(tokens: readonly Token[], i: number): Count | null {
  const value = numberAt(tokens, i);
  if (value === null || !Number.isFinite(value) || value <= 0) return null;
  const token = tokens[i];
  const article = token.lower === 'en' || token.lower === 'ett';

  let from = i;
  let qualified = false;
  const before = wordAt(tokens, i - 1);
  if (QUANTIFIERS.has(before)) {
    from = i - 1;
    qualified = true;
  } else if (markAt(tokens, i - 1) === '.' && wordAt(tokens, i - 2) === 'ca') {
    from = i - 2;
    qualified = true;
  } else if ((before === 'genomsnitt' || before === 'snitt') && wordAt(tokens, i - 2) === 'i') {
    from = i - 2;
    qualified = true;
  } else if (before === 'till' && wordAt(tokens, i - 2) === 'upp') {
    from = i - 2;
    qualified = true;
  }

  const label = LABELS.has(before) || ['§', '#'].includes(markAt(tokens, i - 1)) || (markAt(tokens, i - 1) === '.' && LABELS.has(wordAt(tokens, i - 2)));
  if (!qualified && label) return null;
  // Ranges are no target: "2–3 insatser", "två till tre".
  const dashBefore = /^[-–—]$/u.test(markAt(tokens, i - 1));
  if ((dashBefore || before === 'till' || before === 'eller') && numberAt(tokens, i - 2) !== null) return null;
  if ((/^[-–—]$/u.test(markAt(tokens, i + 1)) || wordAt(tokens, i + 1) === 'till' || wordAt(tokens, i + 1) === 'eller') && numberAt(tokens, i + 2) !== null) {
    return null;
  }
  if (token.kind === 'number' && !isCountNumber(tokens, i, qualified)) return null;
  const following = wordAt(tokens, i + 1);
  if (MONTHS.has(following) || NOT_COUNTED.has(following)) return null;

  // The counted noun phrase: "stycken", a partitive "av kommunens", adjectives, then the noun.
  let j = i + 1;
  if (STYCKEN.has(wordAt(tokens, j))) {
    j++;
    if (markAt(tokens, j) === '.' && adjacent(tokens[j - 1], tokens[j])) j++;
  }
  if (wordAt(tokens, j) === 'av') {
    j++;
    if (PARTITIVE_DETERMINERS.has(wordAt(tokens, j))) j++;
    const genitive = wordAt(tokens, j);
    if (genitive.length > 3 && genitive.endsWith('s') && !NOT_NOUNS.has(genitive) && tokens[j + 1]?.kind === 'word') j++;
  }
  const phraseFrom = j;
  let k = j;
  let lastAdjective = -1;
  while (k < j + 6) {
    const word = wordAt(tokens, k);
    if (word && isAdjective(word) && numberWordValue(word) === null) {
      lastAdjective = k++;
      continue;
    }
    if ((word === 'och' || word === 'eller') && lastAdjective === k - 1 && isAdjective(wordAt(tokens, k + 1))) {
      k++;
      continue;
    }
    break;
  }
  let headAt = -1;
  const candidate = wordAt(tokens, k);
  if (candidate && !NOT_NOUNS.has(candidate) && numberWordValue(candidate) === null) headAt = k;
  else if (lastAdjective >= 0) headAt = lastAdjective;
  const head = headAt >= 0 ? tokens[headAt].lower : '';
  if (head && (NOT_COUNTED.has(head) || MONTHS.has(head))) return null;
  if (article && !head) return null;

  const to = headAt >= 0 ? headAt : i;
  const frequencyAfter = frequencyAt(tokens, to + 1) !== null;
  let duration = false;
  if (LENGTHS.has(head)) {
    const marker = wordAt(tokens, from - 1);
    const strong = DURATION_MARKERS.has(marker) || (marker === 'en' && wordAt(tokens, from - 2) === 'och' && wordAt(tokens, from - 3) === 'var');
    const weak = WEAK_DURATION_MARKERS.has(marker) || markAt(tokens, from - 1) === ',';
    const perOccasion =
      (wordAt(tokens, to + 1) === 'per' && PER_OCCASION_WORDS.has(wordAt(tokens, to + 2))) ||
      ['vardera', 'långa', 'lång'].includes(wordAt(tokens, to + 1));
    duration = strong || perOccasion || (weak && !frequencyAfter);
  }
  const prepositionAt = wordAt(tokens, from - 1);
  return {
    value,
    written: token.text,
    from,
    to,
    unit: headAt >= 0 ? textBetween(tokens, phraseFrom, headAt) : '',
    head,
    qualified,
    article,
    // "vid tre tillfällen" counts the activity's own occasions, whatever the preposition.
    afterPreposition: PREPOSITIONS.has(prepositionAt) && !OCCASIONS.has(head),
    frequencyAfter,
    duration,
  };
}

/**
 * Whether digits can be a count: not a year ("2020"), a date or time
 * ("2020-01-01", "1/3", "18.00"), an ordinal ("1:a"), a share ("10 %"), a
 * code ("08") or part of a word ("4G", "4-åringar").
 */
function isCountNumber(tokens: readonly Token[], i: number, qualified: boolean): boolean {
  const token = tokens[i];
  if (/^\d{4}$/u.test(token.text) && token.value >= 1900 && token.value <= 2100 && !qualified) return false;
  if (/^0\d/u.test(token.text)) return false;
  const next = tokens[i + 1];
  if (next?.kind === 'mark' && next.text === '%') return false;
  if (adjacent(token, next)) {
    if (next.kind === 'word' && !STYCKEN.has(next.lower)) return false;
    if (next.kind === 'mark') {
      const after = tokens[i + 2];
      if (/^[-–—]$/u.test(next.text)) return false;
      if (/^[/.:]$/u.test(next.text) && adjacent(next, after) && (after.kind === 'number' || next.text !== '/')) return false;
    }
  }
  const previous = tokens[i - 1];
  if (adjacent(previous, token)) {
    if (previous.kind !== 'mark') return false;
    if (/^[-–—/.:]$/u.test(previous.text) && tokens[i - 2]?.kind === 'number' && adjacent(tokens[i - 2], previous)) return false;
  }
  return true;
}

/** The words from token `from` to token `to` as written, on one line. */
function textBetween(tokens: readonly Token[], from: number, to: number): string {
  let text = '';
  for (let i = from; i <= to; i++) {
    text += (i > from && !adjacent(tokens[i - 1], tokens[i]) ? ' ' : '') + tokens[i].text;
  }
  return text;
}

/** The frequency that starts at token `i`: "per år", "/år", "i månaden", "varannan vecka", "under sommarlovet". */
function frequencyAt(tokens: readonly Token[], i: number): Frequency | null {
  const token = tokens[i];
  if (!token) return null;
  const next = wordAt(tokens, i + 1);
  const per = (period: string, to: number): Frequency => ({ key: `1:${period}`, text: `per ${period}`, from: i, to });
  if (token.kind === 'mark') {
    if (token.text === '/' && SLASH_PERIODS[next] && adjacent(token, tokens[i + 1])) return per(SLASH_PERIODS[next], i + 1);
    return null;
  }
  if (token.kind !== 'word') return null;
  switch (token.lower) {
    case 'per':
      if (PERIODS[next]) return per(PERIODS[next], i + 1);
      if (SEASONS[next]) return { key: SEASONS[next], text: `per ${next}`, from: i, to: i + 1 };
      return null;
    case 'varje':
    case 'var': {
      if (PERIODS[next]) return per(PERIODS[next], i + 1);
      if (SEASONS[next]) return { key: SEASONS[next], text: `varje ${next}`, from: i, to: i + 1 };
      const period = PERIODS[wordAt(tokens, i + 2)];
      if (token.lower === 'var' && ORDINALS[next] && period) {
        return { key: `${ORDINALS[next]}:${period}`, text: `var ${next} ${period}`, from: i, to: i + 2 };
      }
      return null;
    }
    case 'varannan':
    case 'vartannat':
      return PERIODS[next] ? { key: `2:${PERIODS[next]}`, text: `${token.lower} ${PERIODS[next]}`, from: i, to: i + 1 } : null;
    case 'i':
      return DEFINITE_PERIODS.has(next) && next !== 'året' && next !== 'dagen' ? per(PERIODS[next], i + 1) : null;
    case 'om':
      return DEFINITE_PERIODS.has(next) ? per(PERIODS[next], i + 1) : null;
    case 'under':
      return SEASONS[next] && next !== 'lov' ? { key: SEASONS[next], text: `under ${next}`, from: i, to: i + 1 } : null;
    default:
      return PERIOD_ADVERBS[token.lower] ? per(PERIOD_ADVERBS[token.lower], i) : null;
  }
}

function isProperWord(token: Token): boolean {
  return (
    token.kind === 'word' &&
    /^\p{Lu}/u.test(token.text) &&
    !/^\p{Lu}\p{Lu}/u.test(token.text) &&
    !token.sentenceStart &&
    !MONTHS.has(token.lower) &&
    !WEEKDAYS.has(token.lower) &&
    !NOT_PLACES.has(token.lower)
  );
}

function isPlaceNoun(word: string): boolean {
  return PLACE_NOUNS.has(word) || PLACE_ENDINGS.some((ending) => word.length > ending.length + 2 && word.endsWith(ending));
}

/** The place named after a preposition at `i`: "i Söderhamns centrum", "på Stortorget", "vid resecentrum". */
function placeAt(tokens: readonly Token[], text: string, i: number): PlacePhrase | null {
  const preposition = wordAt(tokens, i);
  if (!PLACE_PREPOSITIONS.has(preposition)) return null;
  let end = i;
  let proper = false;
  let named = false;
  for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
    const token = tokens[k];
    if (token.kind !== 'word' || NOT_PLACES.has(token.lower)) break;
    if (isProperWord(token)) proper = true;
    else if (!PLACE_MODIFIERS.has(token.lower) && !isPlaceNoun(token.lower)) break;
    end = k;
    if (isProperWord(token) || isPlaceNoun(token.lower)) named = true;
  }
  // A trailing modifier names nothing: "i hela" is not a place.
  while (end > i && PLACE_MODIFIERS.has(tokens[end].lower) && !isProperWord(tokens[end])) end--;
  if (end === i || !named) return null;
  const words = tokens.slice(i + 1, end + 1);
  if (!proper && words.length === 1 && GENERIC_PLACES.has(words[0].lower)) return null;
  // A name in the genitive before a word that is no place is not the place: "i Polisens regi".
  const last = tokens[end];
  const after = tokens[end + 1];
  if (isProperWord(last) && last.lower.endsWith('s') && after?.kind === 'word' && !NOT_NOUNS.has(after.lower) && adjacentWords(text, last, after)) {
    return null;
  }
  const name = normalisePlace(textBetween(tokens, i + 1, end));
  return { from: i, to: end, value: placeValue(preposition, name), name, proper };
}

/** A place as the details keep it: without "i"/"på" when it takes that preposition anyway ("Söderhamns centrum"), else with its own ("vid resecentrum"). */
function placeValue(preposition: string, name: string): string {
  return (preposition === 'i' || preposition === 'på') && placePreposition(name) === preposition ? name : `${preposition} ${name}`;
}

/** Whether two places share a word other than a modifier: "centrum" and "Söderhamns centrum". */
function overlaps(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().split(' ').filter((word) => !PLACE_MODIFIERS.has(word)));
  return b
    .toLowerCase()
    .split(' ')
    .some((word) => words.has(word));
}

/** A place and the town or area that locates it: "biblioteket" and "i Ljusdal". */
function joinPlaces(tokens: readonly Token[], first: PlacePhrase, second: PlacePhrase): PlacePhrase {
  const preposition = tokens[first.from].lower;
  const name = normalisePlace(textBetween(tokens, first.from + 1, second.to));
  return { from: first.from, to: second.to, value: placeValue(preposition, name), name, proper: first.proper || second.proper };
}

/** Whether only a space separates two tokens. */
function adjacentWords(text: string, a: Token, b: Token): boolean {
  return /^[ \u00a0]+$/u.test(text.slice(a.end, b.start));
}

/**
 * The count the text states for the details' unit: the count of that unit
 * (even "en trygghetsvandring"), else the text's main count. A count after a
 * preposition ("på två skolor") is the activity's only with "minst" or the
 * like; "en"/"ett" is an article unless a quantifier, "gång" or a frequency
 * makes it a count.
 */
function statedCount(reading: Reading, unit: string): Count | undefined {
  const counts = reading.counts.filter((c) => !c.duration);
  if (unit) {
    const head = headWord(unit);
    const match = counts.find((c) => c.head && sameNoun(c.head, head));
    if (match) return match;
  }
  let best: Count | undefined;
  let bestScore = -1;
  for (const count of counts) {
    if (count.afterPreposition && !count.qualified) continue;
    if (count.article && !count.qualified && !TIMES.has(count.head) && !count.frequencyAfter) continue;
    const score = (count.qualified ? 2 : 0) + (count.afterPreposition ? 0 : 1);
    if (score > bestScore) {
      best = count;
      bestScore = score;
    }
  }
  return best;
}

// ---------------------------------------------------------------------------
// Comparing.

/**
 * A noun's form for comparing inflections: its singular, without the
 * definite plural's ending: "trygghetsvandringar" and "trygghetsvandring",
 * "möten" and "möte", "insatserna" and "insats" compare equal.
 */
function nounKey(word: string): string {
  const indefinite = word.length > 6 ? word.replace(/(ar|er|or)na$/u, '$1').replace(/ena$/u, 'en') : word;
  return singularNoun(indefinite).toLowerCase();
}

/** Whether a word in the text is the details' noun, inflected or as the last part of a compound ("trafikkontroller" for "kontroller"). */
function sameNoun(word: string, head: string): boolean {
  if (!word || !head) return false;
  const a = nounKey(word);
  const b = nounKey(head);
  return a === b || (b.length >= 4 && a.endsWith(b));
}

function headWord(unit: string): string {
  const words = unit.toLowerCase().split(/\s+/u).filter(Boolean);
  return words[words.length - 1] ?? '';
}

/** Whether `phrase` occurs in `text` as whole words, whatever the case and spacing. */
function mentions(text: string, phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s\u00a0]+/u).filter(Boolean);
  if (words.length === 0) return false;
  const haystack = ` ${text.toLowerCase().replace(/[\s\u00a0]+/gu, ' ')} `.replace(/[,.;:!?()”"]/gu, ' ');
  return haystack.includes(` ${words.join(' ')} `);
}

// ---------------------------------------------------------------------------
// Writing.

interface Edit {
  from: number;
  to: number;
  text: string;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  let result = text;
  let applied = text.length;
  for (const edit of [...edits].sort((a, b) => b.from - a.from || b.to - a.to)) {
    // An edit that reaches into text already changed would garble it; the earlier one stands.
    if (edit.to > applied) continue;
    result = result.slice(0, edit.from) + edit.text + result.slice(edit.to);
    applied = edit.from;
  }
  return result;
}

function validQuantity(quantity: unknown): number | null {
  return typeof quantity === 'number' && Number.isFinite(quantity) && quantity > 0 ? quantity : null;
}

function cleanField(text: unknown): string {
  if (typeof text !== 'string') return '';
  return trimEnd(trimStart(text.replace(/[\s\u00a0]+/gu, ' '), ' ,;.'), ' ,;.');
}

/** A frequency as a sentence says it: "/år" → "per år", and in lower case. */
function frequencyField(text: unknown): string {
  const field = lowerInitial(cleanField(text));
  return field.startsWith('/') ? `per ${field.slice(1).trim()}`.trim() : field;
}

/** A duration without its "vardera", which the sentence puts back where it belongs. */
function durationField(text: unknown): string {
  return lowerInitial(cleanField(text).replace(/^(vardera|var och en)\s+(omfattande\s+)?/iu, ''));
}

function placeField(text: unknown): string {
  const field = cleanField(text);
  const first = field.split(' ')[0].toLowerCase();
  if (PREPOSITIONS.has(first)) return `${first} ${normalisePlace(field.slice(first.length).trim())}`;
  return normalisePlace(field);
}

function withoutPreposition(place: string): string {
  const first = place.split(' ')[0];
  return PREPOSITIONS.has(first) ? place.slice(first.length).trim() : place;
}

/** A place's common words in lower case, its names as typed: "Centrala Gislaved" → "centrala Gislaved". */
function normalisePlace(place: string): string {
  return place
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => (LOWER_PLACE_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word))
    .join(' ');
}

/** "på" for institutions, squares, streets and shops; "i" for towns, areas and centres. */
function placePreposition(place: string): 'i' | 'på' {
  const words = place.toLowerCase().split(' ');
  if (words.some((word) => ON_NAMES.has(word))) return 'på';
  // The place's main word is the last before any "i …" that locates it: "biblioteket i Ljusdal".
  const inner = words.indexOf('i');
  const main = inner > 0 ? words[inner - 1] : words[words.length - 1];
  return ON_ENDINGS.some((ending) => main.endsWith(ending)) ? 'på' : 'i';
}

function placePhrase(place: string): string {
  const first = place.split(' ')[0];
  return PREPOSITIONS.has(first) ? place : `${placePreposition(place)} ${place}`;
}

/**
 * Whether the text already names the place, or a more specific one within it:
 * "i Söderhamns centrum" says "Söderhamn".
 */
function placeSaid(reading: Reading, place: string): boolean {
  const name = withoutPreposition(place);
  if (mentions(reading.text, name)) return true;
  const words = name.toLowerCase().split(' ');
  return reading.places.some((phrase) => {
    const said = phrase.name.toLowerCase().split(' ');
    return words.every((word) => said.includes(word) || said.includes(`${word}s`));
  });
}

/**
 * Edits that put the details' place where the text names a less specific one:
 * "i centrum" becomes "i Söderhamns centrum". Empty when the text names no
 * place the details' place contains.
 */
function replacePlaces(reading: Reading, place: string, mainTokens: number): Edit[] {
  const name = withoutPreposition(place).toLowerCase().split(' ');
  const edits: Edit[] = [];
  for (const phrase of reading.places) {
    if (phrase.to >= mainTokens) continue;
    const words = phrase.name.toLowerCase().split(' ').filter((word) => !PLACE_MODIFIERS.has(word));
    if (words.length === 0 || !words.every((word) => name.includes(word))) continue;
    const from = reading.tokens[phrase.from].start;
    const to = reading.tokens[phrase.to].end;
    // The first becomes the details' place; any other becomes nothing, so the place is not said twice.
    edits.push({ from, to, text: edits.length === 0 ? placePhrase(place) : '' });
  }
  return edits;
}

/** "minst en gång", "minst fyra gånger". */
function timesPhrase(quantity: number): string {
  return quantity === 1 ? TIMES_START : `${AT_LEAST} ${countWord(quantity)} gånger`;
}

/** "minst fyra trygghetsvandringar", "minst ett utbildningstillfälle". */
function countPhrase(quantity: number, unit: string): string {
  if (TIMES.has(headWord(unit))) return timesPhrase(quantity);
  const words = unit.split(' ');
  const phrase = agree(words, quantity);
  if (!phrase) return `${unit} ${TIMES_START}`;
  return `${AT_LEAST} ${numberFor(quantity, phrase[phrase.length - 1])} ${phrase.join(' ')}`;
}

/** The count in words up to twelve, "en" or "ett" as the noun's gender needs. */
function numberFor(quantity: number, noun: string): string {
  if (quantity !== 1) return countWord(quantity);
  return isNeuter(singularNoun(noun)) ? 'ett' : 'en';
}

/**
 * The noun phrase's words made to agree with the count: singular for one,
 * plural for more. Null when an adjective has no singular the rules know.
 */
function agree(words: readonly string[], quantity: number): string[] | null {
  const head = words[words.length - 1];
  if (quantity === 1) {
    const noun = singularNoun(head);
    const neuter = isNeuter(noun);
    const adjectives = words.slice(0, -1).map((word) => singularAdjective(word, neuter));
    if (adjectives.some((word) => word === null)) return null;
    return [...(adjectives as string[]), noun];
  }
  return [...words.slice(0, -1), pluralNoun(head)];
}

/** Keeps the case of a word's first letter when replacing it. */
function sameCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

function singularNoun(word: string): string {
  const lower = word.toLowerCase();
  for (const [plural, singular] of IRREGULAR_PLURALS) {
    if (lower.endsWith(plural)) return sameCase(word, lower.slice(0, -plural.length) + singular);
  }
  if (SINGULAR_LOOKALIKES.some((ending) => lower.endsWith(ending))) return word;
  if (/(are|ande|ende)$/u.test(lower)) return word;
  if (lower.length > 4 && lower.endsWith('or')) return `${word.slice(0, -2)}a`;
  if (lower.length > 4 && (lower.endsWith('ar') || lower.endsWith('er'))) return word.slice(0, -2);
  if (lower.length > 4 && lower.endsWith('en') && isNeuter(lower.slice(0, -1))) return word.slice(0, -1);
  return word;
}

function pluralNoun(word: string): string {
  const lower = word.toLowerCase();
  if (singularNoun(word) !== word || /(are|ande|ende)$/u.test(lower)) return word;
  if (lower.endsWith('gång')) return `${word}er`;
  if (lower.endsWith('timme')) return `${word.slice(0, -1)}ar`;
  if (/(ning|ing|dag|kväll|träff|ungdom|natt)$/u.test(lower)) return lower.endsWith('natt') ? `${word.slice(0, -4)}nätter` : `${word}ar`;
  if (/(het|tion|sion|itet|kontroll|patrull|insats|polis|person|kurs|dialog|plats|vakt|helg|månad|minut|kampanj)$/u.test(lower)) {
    return `${word}er`;
  }
  if (lower.endsWith('a') && !isNeuter(lower)) return `${word.slice(0, -1)}or`;
  if (lower.endsWith('e') && isNeuter(lower)) return `${word}n`;
  return word;
}

function isNeuter(noun: string): boolean {
  const lower = noun.toLowerCase();
  return NEUTER_ENDINGS.some((ending) => lower.endsWith(ending)) || /(ande|ende|um)$/u.test(lower);
}

function singularAdjective(word: string, neuter: boolean): string | null {
  const lower = word.toLowerCase();
  if (lower === 'och' || lower === 'eller') return word;
  const known = SINGULAR_ADJECTIVES[lower] ?? Object.values(SINGULAR_ADJECTIVES).find((forms) => forms.includes(lower));
  if (known) return neuter ? known[1] : known[0];
  if (/(ande|ende)$/u.test(lower)) return word;
  if (lower.endsWith('ade')) return word.slice(0, -1).replace(/d$/u, neuter ? 't' : 'd');
  if (lower.endsWith('ad')) return neuter ? `${word.slice(0, -1)}t` : word;
  if (/(iga|ska|ala|ella)$/u.test(lower)) return word.slice(0, -1) + (neuter ? 't' : '');
  if (/(ig|sk|al|ell)$/u.test(lower)) return word + (neuter ? 't' : '');
  return null;
}

/** The index of the first word in the first `limit` tokens that is the noun `head`, inflected or compounded; -1 if none. */
function findNoun(tokens: readonly Token[], head: string, limit: number): number {
  for (let i = 0; i < limit; i++) {
    if (tokens[i].kind === 'word' && sameNoun(tokens[i].lower, head)) return i;
  }
  return -1;
}

const PARTICLES = new Set(['in', 'ut', 'upp', 'fram', 'igång', 'bort', 'ihop']);

/**
 * The text's object when it is a plural noun right after the verb, possibly
 * after adjectives: "genomföra trygghetsvandringar", "starta nya
 * grannsamverkansområden". A count with no unit goes before it.
 */
function objectNoun(tokens: readonly Token[], limit: number): number {
  if (!wordAt(tokens, 0)) return -1;
  let i = 1;
  while (i < limit) {
    const word = wordAt(tokens, i);
    if ((word === 'och' || word === 'samt') && wordAt(tokens, i + 1).endsWith('a')) i += 2;
    else if (PARTICLES.has(word)) i++;
    else break;
  }
  while (i < limit && isAdjective(wordAt(tokens, i))) i++;
  const word = wordAt(tokens, i);
  if (i >= limit || !word || NOT_NOUNS.has(word) || /^\p{Lu}/u.test(tokens[i].text)) return -1;
  const plural = word.length > 4 && /(ar|er|or|en)$/u.test(word) && singularNoun(word) !== word;
  return plural ? i : -1;
}

/** Whether the text is only a verb, "genomföra", "planera och genomföra", "bjuda in": the count follows it directly. */
function verbOnly(tokens: readonly Token[], limit: number): boolean {
  if (limit === 0 || limit > 4) return false;
  for (let i = 0; i < limit; i++) {
    const word = wordAt(tokens, i);
    if (!word) return false;
    if (i > 0 && (word === 'och' || word === 'samt' || PARTICLES.has(word))) continue;
    if (!word.endsWith('a') && !['gå', 'nå', 'se', 'ta', 'få', 'ha', 'bli', 'stå', 'slå', 'dra'].includes(word)) return false;
  }
  return true;
}

/**
 * Edits that count the noun phrase ending at `headAt`: "minst fyra " before
 * its adjectives, the noun and adjectives made to agree ("minst en
 * trygghetsvandring"), or "minst sex av " before a genitive that determines it
 * ("minst sex av kommunens aktiviteter"). Null when the phrase cannot agree
 * with the count.
 */
function countIntoText(tokens: readonly Token[], headAt: number, quantity: number): Edit[] | null {
  let start = headAt;
  for (;;) {
    const word = wordAt(tokens, start - 1);
    if (word && isAdjective(word) && start - 1 > 0) {
      start--;
      continue;
    }
    if ((word === 'och' || word === 'eller') && isAdjective(wordAt(tokens, start - 2)) && start - 2 > 0) {
      start -= 2;
      continue;
    }
    break;
  }
  const determiner = wordAt(tokens, start - 1);
  const genitive =
    start - 1 > 0 &&
    determiner.length > 3 &&
    !NOT_NOUNS.has(determiner) &&
    (/(ens|ets|nas)$/u.test(determiner) || (determiner.endsWith('s') && isProperWord(tokens[start - 1])));
  if (genitive || PARTITIVE_DETERMINERS.has(determiner)) {
    const at = tokens[start - 1].start;
    const number = numberFor(quantity, tokens[headAt].text);
    return [{ from: at, to: at, text: `${AT_LEAST} ${number} av ` }];
  }
  const words = tokens.slice(start, headAt + 1).map((t) => t.text);
  const agreed = agree(words, quantity);
  if (!agreed) return null;
  const edits: Edit[] = [];
  const at = tokens[start].start;
  edits.push({ from: at, to: at, text: `${AT_LEAST} ${numberFor(quantity, agreed[agreed.length - 1])} ` });
  for (let i = start; i <= headAt; i++) {
    const replacement = agreed[i - start];
    if (replacement !== tokens[i].text) edits.push({ from: tokens[i].start, to: tokens[i].end, text: replacement });
  }
  return edits;
}

/** Text typed in a form, as the sentence continues it: white space collapsed, no final full stop, lower case at the start. */
function sentenceText(text: unknown): string {
  return lowerInitial(trimEnd(cleanField(text), ' .;:,'));
}

/** An initial capital followed by a small letter is lowered; "SSPF", an abbreviation, is kept. */
function lowerInitial(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** The first sentence, which additions complete, and the rest of the text. */
function splitSentences(text: string): { text: string; rest: string } {
  const match = /(?<=[\p{L}\p{N}]{3}|\))[.!?]\s+(?=\p{Lu})/u.exec(text);
  if (!match) return { text, rest: '' };
  return { text: text.slice(0, match.index), rest: text.slice(match.index + match[0].length) };
}

/**
 * A relative clause at the end of the text ("… där särskilt ungas perspektiv
 * tillvaratas") describes the activity itself; how often and where must come
 * before it, or the sentence says the perspective is taken "per år".
 */
function splitTrailingClause(text: string): { mainEnd: number; trailer: string; trailerComma: boolean } {
  const match = /,?\s+(?=(där|vilka|vilket|varvid)\s)/u.exec(text);
  if (!match || match.index === 0) return { mainEnd: text.length, trailer: '', trailerComma: false };
  return { mainEnd: match.index, trailer: text.slice(match.index + match[0].length), trailerComma: match[0].startsWith(',') };
}

/** Guards the joins: no doubled spaces or commas, no comma before the end or at the start. */
function tidy(sentence: string): string {
  // Only ordinary white space: a no-break space inside a number ("12 000") must stay.
  const joined = sentence.replace(/[ \t\r\n]+/gu, ' ').replace(/ ,/gu, ',').replace(/,(?: ?,)+/gu, ',');
  return trimEnd(trimStart(joined, ' ,'), ' ,');
}

// Trimming by hand: an anchored regular expression such as /[,.]+$/ retries from every character of a long run.
function trimStart(text: string, characters: string): string {
  let start = 0;
  while (start < text.length && characters.includes(text[start])) start++;
  return text.slice(start);
}

function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

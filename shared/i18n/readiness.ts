import type { DraftKind, PartyRole } from '../draft/vocabulary';
import { REVIEW_TEXT } from './follow-up';
import { ACTIVITY_WORD, capitalized } from './terms';

/** "ett medborgarlöfte", "en samverkansöverenskommelse": the kind as the subject of a sentence. */
const A_KIND: Record<DraftKind, string> = {
  medborgarlofte: 'ett medborgarlöfte',
  samverkansoverenskommelse: 'en samverkansöverenskommelse',
};

/** The statement of each kind as the subject of a sentence: "Löftesmeningen säger …". */
const THE_STATEMENT: Record<DraftKind, string> = {
  medborgarlofte: 'Löftesmeningen',
  samverkansoverenskommelse: 'Syftet och det övergripande målet',
};

/** The usual signatory of each role (domain.md), as an example of a title. */
const TITLE_EXAMPLE: Record<PartyRole, string> = {
  kommun: 'Kommunstyrelsens ordförande',
  polis: 'Lokalpolisområdeschef',
  annan: 'Verkställande direktör',
};

/**
 * Findings of the readiness check ("Klar för underskrift"). Each says what is
 * wrong and, where it is not obvious, what to do about it, in what the editor
 * lets the user do. Activities are named in the words of the draft's kind
 * (an agreement's are åtaganden, see `ACTIVITY_WORD`) and numbered as the
 * editor and the document number them, within the group that prints under
 * one lead-in: "Kommunens aktivitet 2 (”utbilda personalen…”)".
 */
export const READINESS_MESSAGE = {
  /** An open conflict of a merge, as shared/draft/changes.ts names it: "Aktivitet ”…” (Kommunen): ändrad av båda". */
  openConflict: (conflict: string) => `${conflict}. Välj vilken version som ska gälla.`,
  /** An open comment, named by its place (shared/draft/changes.ts), its author and first words. */
  openComment: (place: string, who: string, text: string) => `Öppen kommentar om ${place} från ${who}: ”${text}”. Svara eller markera den som löst.`,
  missingTitle: () => 'Titel saknas.',
  missingPeriodStart: () => 'Periodens startdatum saknas.',
  endBeforeStart: () => 'Slutdatumet ligger före startdatumet. Rätta något av datumen; till dess sparas den senaste giltiga perioden.',
  missingPeriodEnd: () => 'Periodens slutdatum saknas; ett medborgarlöfte gäller en bestämd period.',
  longPeriod: (kind: DraftKind) =>
    ({
      medborgarlofte:
        'Perioden är längre än tre år. Ett medborgarlöfte gäller oftast ett år, ibland två eller tre; ett längre löfte är svårt att följa upp och hålla aktuellt.',
      samverkansoverenskommelse:
        'Perioden är längre än fyra år, en mandatperiod. Överväg en kortare period eller skriv när överenskommelsen ska revideras.',
    } satisfies Record<DraftKind, string>)[kind],
  /** An agreement "tills vidare" without a revision interval. */
  missingRevision: () =>
    'Överenskommelsen saknar slutdatum och gäller tills vidare: ange hur ofta den revideras, eller ett slutdatum.',
  missingStatement: (kind: DraftKind) =>
    ({
      medborgarlofte: 'Löftesmening saknas. Skriv en mening som sammanfattar vad parterna lovar.',
      samverkansoverenskommelse: 'Syfte och övergripande mål saknas. Skriv vad samverkan ska leda till.',
    } satisfies Record<DraftKind, string>)[kind],
  tooFewParties: (count: number) =>
    `Ett medborgarlöfte behöver minst två parter, oftast kommunen och lokalpolisområdet. Nu finns ${count === 0 ? 'ingen' : count}.`,
  noMunicipality: () => 'Överenskommelsen har ingen kommun som part. Lägg till kommunen med rollen Kommun.',
  noPolice: () => 'Överenskommelsen har ingen polispart. Lägg till lokalpolisområdet med rollen Polis.',
  /** `party`: the name of a police party after the first. */
  extraPolice: (party: string) =>
    `${party} är en andra polispart. En samverkansöverenskommelse har en polispart, lokalpolisområdet: ändra rollen eller ta bort parten.`,
  manyMunicipalities: (count: number) =>
    `Överenskommelsen har ${count} kommuner. Oftast är det en kommun, ibland två eller tre; överväg att dela upp den.`,
  partyWithoutName: (n: number) => `Part ${n} saknar namn.`,
  partyWithoutDiarienummer: (party: string) =>
    `${party} saknar diarienummer. Överenskommelsens titelsida visar varje parts diarienummer; fyll i det när ärendet är registrerat.`,
  missingSituation: () =>
    'Gemensam lägesbild saknas. Sammanfatta lägesbilden som överenskommelsen bygger på; hela lägesbilden kan bifogas som bilaga.',
  noSituationSources: () =>
    'Lägesbildens källor saknas. Ange vad den bygger på, till exempel brottsstatistik, trygghetsmätningar och medborgardialoger.',
  noFocusAreas: () =>
    'Inga fokusområden: överenskommelsen ska beskriva de problem som står i fokus. Lägg till minst ett fokusområde.',
  focusAreaWithoutTitle: (n: number) => `Fokusområde ${n} saknar rubrik. Skriv vilket problem det gäller, till exempel ”Narkotika bland unga”.`,
  focusAreaWithoutProblem: (area: string) => `${area}: problemet är inte beskrivet. Beskriv problemet som står i fokus, gärna med siffror ur lägesbilden.`,
  focusAreaWithoutCauses: (area: string) => `${area} saknar troliga orsaker. Skriv vad som enligt lägesbilden ligger bakom problemet.`,
  focusAreaWithoutGoal: (area: string) => `${area} saknar mål. Skriv ett avgränsat, mätbart mål: vad ska ändras, hur mycket och till när.`,
  focusAreaWithoutIndicator: (area: string) =>
    `${area} saknar indikator. Ange vad som mäts för att följa upp målet, till exempel en fråga i trygghetsmätningen.`,
  goalNotMeasurable: (area: string) =>
    `${area}: målet går inte att mäta. Skriv hur mycket något ska öka eller minska, till vilken nivå eller till när.`,
  vagueGoal: (area: string, phrase: string) =>
    `${area}: målet säger ”${phrase}”, och det går inte att följa upp. Skriv vad som ska uppnås, hur mycket och till när.`,
  noGroups: () =>
    'Organisationen saknar grupper med medlemmar. Beskriv styrgrupp, beredningsgrupp eller lokalt BRÅ och arbetsgrupper, med medlemmar efter funktion.',
  missingDocumentation: () => 'Dokumentation saknas. Beskriv hur parterna dokumenterar arbetet, till exempel protokoll och rapporter.',
  missingFollowUpPlan: () =>
    'Uppföljning och revidering saknas. Beskriv vad som följs upp, när, av vem och till vem det rapporteras.',
  attachmentWithoutTitle: (n: number) => `Bilaga ${n} saknar titel. Skriv bilagans titel eller ta bort den.`,
  fewerOriginalsThanParties: (originals: number, parties: number) =>
    `Antal original är ${originals}, men ${parties} parter skriver under. Texten säger att parterna tagit var sitt exemplar; ange minst ${parties}.`,
  /** `party`: the party's name, or "Part 2" while it has none. */
  partyWithoutSignatory: (party: string) => `${party} har ingen undertecknare. Lägg till den som skriver under för parten.`,
  signatoryWithoutName: (n: number, party: string) => `Undertecknare ${n} (för ${party}) saknar namn.`,
  signatoryWithoutTitle: (n: number, party: string, role: PartyRole | undefined) =>
    `Undertecknare ${n} (för ${party}) saknar titel${role ? `, till exempel ”${TITLE_EXAMPLE[role]}”` : ''}.`,
  noActivities: (kind: DraftKind) =>
    ({
      medborgarlofte: `Inga aktiviteter: ${A_KIND[kind]} behöver minst en aktivitet.`,
      samverkansoverenskommelse: `Inga åtaganden: ${A_KIND[kind]} behöver minst ett åtagande. Skriv vad varje part åtar sig att göra.`,
    } satisfies Record<DraftKind, string>)[kind],
  /** Activities marked for review by "Starta nästa period"; `first` names the first of them, where the finding leads. */
  activitiesToReview: (kind: DraftKind, count: number, first: string) => {
    const w = ACTIVITY_WORD[kind];
    return count === 1
      ? `${first} genomfördes förra perioden. Se över ${w.it}: behövs ${w.it} igen, och med samma mål? Välj sedan ”${REVIEW_TEXT.done(kind)}”.`
      : `${count} ${w.many} genomfördes förra perioden, först ${first}. Se över dem: behövs de igen, och med samma mål? Välj sedan ”${REVIEW_TEXT.done(kind)}” vid var och en.`;
  },
  activityWithoutText: (activity: string) => `${activity} saknar text. Skriv vad som ska göras.`,
  /**
   * Only activities in the group "Aktiviteter där ansvarig part inte är
   * angiven" lack a party, so their number within that group (and their
   * first words) say which one; `question` is the label of the field to choose it in.
   */
  activityWithoutParty: (kind: DraftKind, n: number, words: string, question: string) =>
    `${capitalized(ACTIVITY_WORD[kind].one)} ${n}${quotedWords(words)} saknar ansvarig part. Välj en part under ”${question}”, eller ta bort ${ACTIVITY_WORD[kind].the}.`,
  /**
   * The details state a target the printed text does not say: `activity` is
   * "Kommunens aktivitet 2 (”utbilda personalen…”)", each part "antalet ”4”
   * saknas i texten" or "texten säger ”tre” där målet säger ”4”".
   */
  targetNotInText: (activity: string, parts: readonly string[]) =>
    `${activity}: ${parts.join('; ')}. Det som skrivs ut är texten – skriv in målet i den, eller ändra målet.`,
  targetMissing: (field: 'quantity' | 'unit' | 'frequency', stated: string) => `${TARGET_PART[field]} ”${stated}” saknas i texten`,
  targetDiffers: (inText: string, stated: string) => `texten säger ”${inText}” där målet säger ”${stated}”`,
  /**
   * A löfte's activity that states no amount, frequency or time. What the
   * user can do: say it in the text (which is what is printed), or fill in
   * the target under `details` ("Mål och detaljer"), where the finding leads.
   */
  notMeasurable: (activity: string, details: string) =>
    `${activity} går inte att följa upp: det står inte hur mycket, hur ofta eller till när. ` +
    `Skriv det i texten, till exempel ”minst 4 trygghetsvandringar per år” eller ”senast i juni”, eller ange antal och frekvens under ”${details}”.`,
  vagueActivity: (activity: string, phrase: string) =>
    `${activity} säger ”${phrase}”, och det går inte att följa upp. Skriv vad som ska göras, hur mycket och när.`,
  vagueStatement: (kind: DraftKind, phrase: string) =>
    `${THE_STATEMENT[kind]} säger ”${phrase}”, och det går inte att följa upp. Skriv vad parterna ska åstadkomma.`,
  longActivity: (kind: DraftKind, activity: string, length: number, max: number) =>
    `${activity} har ${length} tecken. ${capitalized(ACTIVITY_WORD[kind].a)} ${ACTIVITY_WORD[kind].one} läses bäst med högst ${max} tecken; skriv motiveringen i bakgrunden.`,
  personnummer: (where: string) =>
    `Det som ser ut som ett personnummer står i ${where}. Personuppgifter hör inte hemma i dokumentet; ta bort det.`,
  agencyWrittenAsLocal: (where: string, phrase: string) =>
    `”${phrase}” i ${where}: den nationella myndigheten Brottsförebyggande rådet förkortas ”Brå”. ”BRÅ” är kommunens lokala brottsförebyggande råd.`,
  localWrittenAsAgency: (where: string, phrase: string) =>
    `”${phrase}” i ${where}: ”Brå” är den nationella myndigheten Brottsförebyggande rådet. Kommunens lokala brottsförebyggande råd förkortas ”BRÅ”.`,

  /**
   * An activity as the subject of a message: "Kommunens aktivitet 2
   * (”utbilda personalen i…”)", "Polisens och kommunens gemensamma åtagande 1":
   * who promises it (in the genitive), its number in their group and its first words, if any.
   */
  activity: (kind: DraftKind, owners: string, joint: boolean, n: number, words: string) =>
    `${owners}${joint ? ' gemensamma' : ''} ${ACTIVITY_WORD[kind].one} ${n}${quotedWords(words)}`,
  /** An activity whose parties are all gone, as the subject of a message: "Aktivitet 2 utan ansvarig part (”…”)". */
  orphanActivity: (kind: DraftKind, n: number, words: string) => `${capitalized(ACTIVITY_WORD[kind].one)} ${n} utan ansvarig part${quotedWords(words)}`,
  /** An activity inside a sentence ("står i aktivitet 2 under ”Polisen lovar att”"). */
  activityPlace: (kind: DraftKind, lead: string, n: number) => `${ACTIVITY_WORD[kind].one} ${n} under ”${lead}”`,
  orphanActivityPlace: (kind: DraftKind, n: number) => `${ACTIVITY_WORD[kind].one} ${n} utan ansvarig part`,
  /** A field of a draft inside a sentence: "fältet ”plats” i aktivitet 2 under ”Polisen lovar att”", "fältet ”titel”". */
  fieldPlace: (field: string, within: string | null) => `fältet ”${field}”${within ? ` i ${within}` : ''}`,
  /** A focus area as the subject of a message: "Fokusområde 2 (”Trygghet i centrum”)", its number alone while it has no title. */
  focusArea: (n: number, title: string) => (title ? `Fokusområde ${n} (”${title}”)` : `Fokusområde ${n}`),
  /** The name of a party without one: its number in the list of parties. */
  unnamedParty: (n: number) => `Part ${n}`,
} as const;

/** An activity's first words after its name: ' (”utbilda personalen…”)', or nothing while it has no text. */
const quotedWords = (words: string) => (words ? ` (”${words}”)` : '');

/** The parts of a target the readiness check compares with the text, as a message names them. */
const TARGET_PART = { quantity: 'antalet', unit: 'enheten', frequency: 'frekvensen' } as const;

/** "1 fel", "3 fel"; "1 varning", "2 varningar": the findings counted, as the panel, the navigation and the export say them. */
export const errorsWord = (n: number) => `${n} fel`;
export const warningsWord = (n: number) => (n === 1 ? '1 varning' : `${n} varningar`);

/** The editor's "Klar för underskrift?" panel, which lists the findings. */
export const READINESS_TEXT = {
  heading: 'Klar för underskrift?',
  ready: 'Inga fel hittades. Utkastet kan skrivas under.',
  readyWithWarnings: 'Inga fel hittades. Utkastet kan skrivas under, men se över varningarna.',
  summary: (errors: number, warnings: number) => {
    const parts = [];
    if (errors > 0) parts.push(errorsWord(errors));
    if (warnings > 0) parts.push(warningsWord(warnings));
    return parts.join(' och ');
  },
  errorsHeading: (n: number) => `Fel (${n})`,
  warningsHeading: (n: number) => `Varningar (${n})`,
  hint: 'Välj en rad för att gå till fältet.',
} as const;

/**
 * The answer to "Klar för underskrift?" at the top of the editor, always in
 * view: yes or no, the findings counted, and the way to their list.
 */
export const READINESS_SUMMARY_TEXT = {
  question: READINESS_TEXT.heading,
  answer: (errors: number, warnings: number) => {
    if (errors > 0) return `Nej: ${READINESS_TEXT.summary(errors, warnings)}`;
    if (warnings > 0) return `Ja, men se över ${warningsWord(warnings)}`;
    return 'Ja, inga fel';
  },
  /** The button to the full list in the side column. */
  show: 'Visa listan',
} as const;

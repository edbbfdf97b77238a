import type { Basis, DraftKind, DraftStatus, PartyRole } from '../draft/schema';
import { errorsWord, warningsWord } from './readiness';
import { ACTIVITY_WORD, capitalized } from './terms';
import { firstWords, inSentence } from './sentence';

/**
 * The editor (renderer/editor): its frame and navigation, undo and redo, the
 * sections and their fields, the save status, the status panel and the
 * Node side's refusals of a status change, the links between an agreement
 * and its medborgarlöften, and "Ta bort utkastet". The side panels of other
 * features take their words from those features' modules (exports.ts,
 * sharing.ts, email.ts, versions.ts, follow-up.ts, preview.ts, readiness.ts).
 * The words follow the glossary in domain.md; labels of the domain's enums
 * (kinds, statuses, roles) live in terms.ts and are reused, not repeated here.
 */

export const EDITOR_TEXT = {
  back: 'Alla dokument',
  loading: 'Öppnar utkastet…',
  loadFailed: (message: string) => `Utkastet kunde inte öppnas: ${inSentence(message)}.`,
  untitled: '(utan titel)',
  sideLabel: 'Spara, kontrollera och exportera',
  shortcutHint: 'Allt sparas automatiskt. Ctrl+S sparar direkt.',
  navLabel: 'Avsnitt',
  navFindings: (errors: number, warnings: number) =>
    [errors > 0 ? errorsWord(errors) : '', warnings > 0 ? warningsWord(warnings) : ''].filter(Boolean).join(' och '),
  navHint: 'Piltangenterna flyttar mellan avsnitten.',
} as const;

/** The editor-wide undo and redo, and the notice after a removal. */
export const UNDO_TEXT = {
  toolbarLabel: 'Ångra och gör om',
  undo: 'Ångra',
  redo: 'Gör om',
  undoShortcut: 'Ctrl+Z när markören inte står i ett textfält',
  redoShortcut: 'Ctrl+Skift+Z när markören inte står i ett textfält',
  removed: {
    activity: { medborgarlofte: 'Aktiviteten togs bort.', samverkansoverenskommelse: 'Åtagandet togs bort.' } satisfies Record<DraftKind, string>,
    party: 'Parten togs bort.',
    /** An agreement's underlag are the sources of its lägesbild. */
    basis: { medborgarlofte: 'Underlaget togs bort.', samverkansoverenskommelse: 'Källan togs bort.' } satisfies Record<DraftKind, string>,
    focusArea: 'Fokusområdet togs bort.',
    signatory: 'Undertecknaren togs bort.',
    group: 'Gruppen togs bort.',
    attachment: 'Bilagan togs bort.',
  },
  /** The visible word on the notice's button; its accessible name says what it undoes. */
  restore: 'Ångra',
  restoreLabel: 'Ångra borttagningen',
  dismiss: 'Stäng meddelandet',
} as const;

/** The editor's sections and their fields. */
export const SECTION_TEXT = {
  /** The visible word on every remove button; its accessible name says what goes ("Ta bort underlag 2"). */
  remove: 'Ta bort',
  /** A remove button's name with the first words of what it removes: "Ta bort fokusområde 2, ”Trygghet i centrum”"; the label alone while that is empty. */
  named: (label: string, text: string) => (text.trim() ? `${label}, ”${firstWords(text)}”` : label),
  /** The names of the sections, as the navigation and their headings show them. */
  names: {
    basics: 'Grunduppgifter',
    basis: { medborgarlofte: 'Underlag', samverkansoverenskommelse: 'Gemensam lägesbild' } satisfies Record<DraftKind, string>,
    focusAreas: 'Fokusområden',
    statement: { medborgarlofte: 'Löftet', samverkansoverenskommelse: 'Bakgrund och syfte' } satisfies Record<DraftKind, string>,
    organisation: 'Organisation',
    activities: { medborgarlofte: 'Aktiviteter', samverkansoverenskommelse: 'Ansvar och åtaganden' } satisfies Record<DraftKind, string>,
    followUp: {
      medborgarlofte: 'Uppföljning och kommunikation',
      samverkansoverenskommelse: 'Dokumentation, uppföljning och kommunikation',
    } satisfies Record<DraftKind, string>,
    attachments: 'Bilagor',
    signatures: 'Underskrifter',
  },
  basics: {
    intro: 'Vad dokumentet heter, vilken period det gäller och vilka parter som står bakom det.',
    title: 'Titel',
    titleHint: {
      medborgarlofte: 'Till exempel ”Medborgarlöfte för Söderhamn 2025”.',
      samverkansoverenskommelse: 'Till exempel ”Samverkansöverenskommelse mellan Tanums kommun och Polismyndigheten 2024–2027”.',
    } satisfies Record<DraftKind, string>,
    periodLegend: { medborgarlofte: 'Period', samverkansoverenskommelse: 'Giltighetstid' } satisfies Record<DraftKind, string>,
    start: 'Startdatum',
    end: 'Slutdatum',
    periodHint: {
      medborgarlofte: 'Ett medborgarlöfte gäller oftast ett år, ibland två eller tre.',
      samverkansoverenskommelse:
        'Oftast en mandatperiod, fyra år. En överenskommelse som gäller tills vidare ses över med jämna mellanrum; ange hur ofta.',
    } satisfies Record<DraftKind, string>,
    openEnded: 'Gäller tills vidare',
    revision: 'Revideras',
    revisionHint: 'Hur ofta parterna ser över och reviderar överenskommelsen.',
    revisionNotStated: 'Inte angivet',
    agreement: 'Samverkansöverenskommelse',
    agreementHint: 'Den överenskommelse som löftet hör till. Där räknas löftet upp bland bilagorna.',
    noAgreement: 'Ingen',
    openAgreement: 'Öppna samverkansöverenskommelsen',
    endBeforeStart: 'Slutdatumet ligger före startdatumet. Till dess det är rättat sparas den senaste giltiga perioden; allt annat du skriver sparas som vanligt.',
    geographicFocus: 'Geografiskt fokus',
    geographicFocusHint: 'Valfritt. Ett område som löftet gäller särskilt, till exempel ”Söderhamns centrum” eller ”Östra bostadsområdet”.',
  },
  parties: {
    heading: 'Parter',
    intro: {
      medborgarlofte: 'Kommunen och lokalpolisområdet, och ibland fler parter som till exempel ett bostadsbolag. Minst två, högst åtta.',
      samverkansoverenskommelse:
        'En, två eller tre kommuner och lokalpolisområdet. Ange varje parts diarienummer; alla skrivs ut under titeln. En ny part läggs till som kommun.',
    } satisfies Record<DraftKind, string>,
    legend: (n: number) => `Part ${n}`,
    role: 'Roll',
    name: 'Namn',
    diarienummer: 'Diarienummer',
    add: 'Lägg till part',
    remove: 'Ta bort part',
    removeLabel: (n: number) => `Ta bort part ${n}`,
    maxReached: (max: number) => `Högst ${max} parter.`,
    policePrefix: 'Polismyndigheten, lokalpolisområde ',
    municipalitySuffix: ' kommun',
  },
  basis: {
    intro: {
      medborgarlofte:
        'Det som löftet bygger på: medborgardialoger, medarbetardialoger, trygghetsmätningar, brottsstatistik, polisens underrättelser och lägesbilden. Datum och antal svarande är valfria.',
      samverkansoverenskommelse:
        'Vad parterna tillsammans vet om brottsligheten och tryggheten: en sammanfattning här, och det den bygger på. Hela lägesbilden kan läggas som bilaga.',
    } satisfies Record<DraftKind, string>,
    situation: 'Sammanfattning av lägesbilden',
    situationHint: 'De viktigaste slutsatserna, till exempel vilka brott som ökar och var och när många känner sig otrygga.',
    sourcesHeading: 'Källor',
    sourcesIntro:
      'Det som lägesbilden bygger på: brottsstatistik, trygghetsmätningar, medborgar- och medarbetardialoger och polisens underrättelser. Datum och antal svarande är valfria.',
    legend: { medborgarlofte: (n: number) => `Underlag ${n}`, samverkansoverenskommelse: (n: number) => `Källa ${n}` } satisfies Record<
      DraftKind,
      (n: number) => string
    >,
    type: { medborgarlofte: 'Typ av underlag', samverkansoverenskommelse: 'Typ av källa' } satisfies Record<DraftKind, string>,
    types: {
      medborgardialog: 'Medborgardialog',
      medarbetardialog: 'Medarbetardialog',
      enkat: 'Enkät/trygghetsmätning',
      brottsstatistik: 'Brottsstatistik',
      underrattelser: 'Polisens underrättelser',
      lagesbild: 'Lägesbild',
      annat: 'Annat',
    } satisfies Record<Basis['type'], string>,
    description: 'Beskrivning',
    descriptionHint: 'Vad som gjordes och med vilka, till exempel ”Medborgardialoger i Ljusdal och Järvsö hösten 2021”.',
    date: 'Datum',
    respondents: 'Antal svarande',
    add: { medborgarlofte: 'Lägg till underlag', samverkansoverenskommelse: 'Lägg till källa' } satisfies Record<DraftKind, string>,
    removeLabel: {
      medborgarlofte: (n: number) => `Ta bort underlag ${n}`,
      samverkansoverenskommelse: (n: number) => `Ta bort källa ${n}`,
    } satisfies Record<DraftKind, (n: number) => string>,
    empty: { medborgarlofte: 'Inget underlag ännu.', samverkansoverenskommelse: 'Inga källor ännu.' } satisfies Record<DraftKind, string>,
  },
  focusAreas: {
    intro: {
      medborgarlofte:
        'Valfritt. Prioriterade problem som löftet tar sig an, till exempel narkotika bland unga eller trafiksäkerhet. Aktiviteter kan kopplas till ett fokusområde.',
      samverkansoverenskommelse:
        'De prioriterade problemen, var och ett med problemet, dess troliga orsaker (orsaksanalysen), ett avgränsat och mätbart mål och en indikator. Åtaganden kan kopplas till ett fokusområde.',
    } satisfies Record<DraftKind, string>,
    legend: (n: number) => `Fokusområde ${n}`,
    title: 'Rubrik',
    titleHint: 'Till exempel ”Trygghet i centrum”.',
    more: 'Problem, orsaker, mål och indikator',
    moreOptional: '(valfritt)',
    problem: 'Problem',
    causes: 'Troliga orsaker',
    goal: 'Mål',
    goalHint: 'Avgränsat och mätbart.',
    indicator: 'Indikator',
    indicatorHint: 'Hur ni ser att målet nås, till exempel en fråga i trygghetsmätningen.',
    add: 'Lägg till fokusområde',
    removeLabel: (n: number) => `Ta bort fokusområde ${n}`,
    empty: 'Inga fokusområden.',
    untitled: (n: number) => `Fokusområde ${n}`,
  },
  statement: {
    label: {
      medborgarlofte: 'Löftesmening',
      samverkansoverenskommelse: 'Syfte och övergripande mål',
    } satisfies Record<DraftKind, string>,
    hint: {
      medborgarlofte:
        'En mening som sammanfattar löftet, till exempel ”Polis och kommun lovar att tillsammans öka tryggheten i Söderhamns centrum, särskilt på kvällar och helger.”',
      samverkansoverenskommelse: 'Vad samverkan ska åstadkomma, i några meningar.',
    } satisfies Record<DraftKind, string>,
    background: { medborgarlofte: 'Bakgrund', samverkansoverenskommelse: 'Parter och bakgrund' } satisfies Record<DraftKind, string>,
    backgroundHint: {
      medborgarlofte: 'Varför just detta löfte: vad dialogerna och lägesbilden visade. Skilj stycken åt med en tom rad.',
      samverkansoverenskommelse:
        'Vilka parterna är och varför de samverkar: tidigare överenskommelser och medborgarlöften, lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete. Skilj stycken åt med en tom rad.',
    } satisfies Record<DraftKind, string>,
  },
  organisation: {
    intro:
      'Hur samverkan leds och bedrivs: styrgruppen, beredningsgruppen eller det lokala brottsförebyggande rådet, och arbetsgrupperna.',
    text: 'Beskrivning',
    textHint: 'Valfritt. Några meningar om hur grupperna hänger ihop, till exempel vem som leder arbetet och vem som bereder frågorna.',
    groupsHeading: 'Grupper',
    legend: (n: number) => `Grupp ${n}`,
    type: 'Typ av grupp',
    name: 'Namn',
    nameHint: 'Valfritt, till exempel ”BRÅ i Tanum” eller ”Arbetsgrupp Centrum”. Utan namn skrivs typen ut.',
    members: 'Medlemmar',
    membersHint: 'Funktioner, inte personer: till exempel ”kommundirektören och lokalpolisområdeschefen”.',
    meetings: 'Mötesrytm',
    meetingsHint: 'Till exempel ”fyra gånger per år”.',
    add: 'Lägg till grupp',
    removeLabel: (n: number) => `Ta bort grupp ${n}`,
    empty: 'Inga grupper ännu.',
  },
  activities: {
    intro: {
      medborgarlofte:
        'Grupperade per part så som de skrivs ut. Skriv det som ska göras, gärna mätbart: ”genomföra minst 4 trygghetsvandringar”, inte ”verka för”.',
      samverkansoverenskommelse: 'Vad varje part åtar sig, grupperat så som det skrivs ut.',
    } satisfies Record<DraftKind, string>,
    /** The activities are named in the words of the draft's kind (`ACTIVITY_WORD`): an agreement's are åtaganden. */
    item: (kind: DraftKind, n: number) => `${capitalized(ACTIVITY_WORD[kind].one)} ${n}`,
    add: (kind: DraftKind) => `Lägg till ${ACTIVITY_WORD[kind].one}`,
    remove: 'Ta bort',
    removeLabel: (kind: DraftKind, n: number) => `Ta bort ${ACTIVITY_WORD[kind].one} ${n}`,
    /** Said politely after a move, by the buttons or Alt+arrows. */
    moved: (kind: DraftKind, from: number, to: number) => `${capitalized(ACTIVITY_WORD[kind].one)} ${from} flyttad till plats ${to}`,
    moveUp: 'Flytta upp',
    moveDown: 'Flytta ner',
    moveHint: (kind: DraftKind) => `Alt+pil upp eller ner i texten flyttar ${ACTIVITY_WORD[kind].the}.`,
    emptyGroup: (kind: DraftKind) => `Inga ${ACTIVITY_WORD[kind].many} ännu.`,
    maxReached: (kind: DraftKind, max: number) => `Högst ${max} ${ACTIVITY_WORD[kind].many}.`,
    assignParty: { medborgarlofte: 'Vem lovar aktiviteten?', samverkansoverenskommelse: 'Vilken part har åtagandet?' } satisfies Record<DraftKind, string>,
    assignPlaceholder: 'Välj…',
    orphanIntro: {
      medborgarlofte: 'Parten som de här aktiviteterna hörde till har tagits bort. Välj vem som lovar dem, eller ta bort dem.',
      samverkansoverenskommelse: 'Parten som de här åtagandena hörde till har tagits bort. Välj vilken part som har dem, eller ta bort dem.',
    } satisfies Record<DraftKind, string>,
    preview: (kind: DraftKind) => `Så skrivs ${ACTIVITY_WORD[kind].it} ut:`,
    previewEmpty: 'Skriv vad som ska göras, så visas meningen här.',
    /** Before the target the details state: "Mål: 4 trygghetsvandringar per år". */
    target: 'Mål:',
    /** Before a sentence made from the details, which the user may take into the text. */
    suggestion: 'Förslag till text:',
    useSuggestion: 'Använd förslaget',
    details: 'Mål och detaljer',
    detailsEmpty: 'antal, frekvens, plats, ansvarig',
    quantity: 'Antal',
    unit: 'Enhet',
    unitExample: 't.ex. trygghetsvandringar',
    frequency: 'Frekvens',
    frequencyExample: 't.ex. per år',
    frequencySuggestions: ['per år', 'per halvår', 'per termin', 'per kvartal', 'per månad', 'per vecka'],
    minDuration: 'Minsta omfattning',
    minDurationExample: 't.ex. minst två dagar',
    place: 'Plats',
    placeExample: 't.ex. Söderhamns centrum',
    responsible: 'Ansvarig funktion',
    responsibleHint: 'En funktion, till exempel kommunpolisen, inte en person.',
    focusArea: 'Fokusområde',
    noFocusArea: 'Inget fokusområde',
  },
  followUp: {
    intro: {
      medborgarlofte: 'Hur löftet följs upp och hur invånarna får veta vad som lovats och vad som blev gjort.',
      samverkansoverenskommelse: 'Hur arbetet dokumenteras och följs upp, när överenskommelsen revideras och hur parterna berättar om den.',
    } satisfies Record<DraftKind, string>,
    documentation: 'Dokumentation',
    documentationHint: 'Hur arbetet dokumenteras: vad som antecknas, av vem och var det sparas, till exempel protokoll från styrgruppens möten.',
    plan: {
      medborgarlofte: 'Uppföljning',
      samverkansoverenskommelse: 'Uppföljning och revidering',
    } satisfies Record<DraftKind, string>,
    planHint: {
      medborgarlofte: 'Vad som följs upp, när, av vem och till vem det rapporteras, till exempel ”två gånger per år i styrgruppen”.',
      samverkansoverenskommelse:
        'Vad som följs upp, när, av vem och till vem det rapporteras, och när överenskommelsen revideras, till exempel ”styrgruppen följer upp två gånger per år och rapporterar till kommunstyrelsen”.',
    } satisfies Record<DraftKind, string>,
    communication: 'Kommunikation',
    communicationHint: {
      medborgarlofte: 'Hur invånarna får veta om löftet och hur det gick, till exempel på webbplatserna och vid medborgardialoger.',
      samverkansoverenskommelse: 'Hur parterna berättar om samverkan och dess resultat, till exempel enligt kommunikationsplanen.',
    } satisfies Record<DraftKind, string>,
  },
  attachments: {
    intro:
      'Dokument som hör till överenskommelsen, till exempel lägesbilden, åtgärdsplanen, tidsplanen, kommunikationsplanen och uppföljningsplanen. De räknas upp i slutet av dokumentet, följda av medborgarlöftena.',
    label: (n: number) => `Bilaga ${n}`,
    example: 't.ex. Lägesbild 2024',
    add: 'Lägg till bilaga',
    removeLabel: (n: number) => `Ta bort bilaga ${n}`,
    empty: 'Inga bilagor ännu.',
    promisesHeading: 'Medborgarlöften',
    promisesIntro:
      'Medborgarlöften som hör till överenskommelsen räknas upp som bilagor efter de andra. Ett nytt medborgarlöfte får överenskommelsens parter, period, fokusområden och undertecknare.',
    promiseEntry: (n: number, title: string) => `Bilaga ${n} – ${title}`,
    noPromises: 'Inga medborgarlöften hör till överenskommelsen ännu.',
    unlink: 'Ta bort kopplingen',
    unlinkLabel: (title: string) => `Ta bort kopplingen till ${title}`,
    linkExisting: 'Koppla befintligt medborgarlöfte',
    choosePromise: 'Välj ett medborgarlöfte…',
    inOtherAgreement: (title: string, agreement: string) => `${title} (hör nu till ${agreement})`,
    link: 'Koppla',
    noCandidates: 'Det finns inga andra medborgarlöften att koppla.',
    newPromise: 'Nytt medborgarlöfte',
    creating: 'Skapar…',
    createFailed: (message: string) => `Medborgarlöftet kunde inte skapas: ${inSentence(message)}.`,
    notSaved: 'Medborgarlöftet skapades inte: de senaste ändringarna i överenskommelsen är inte sparade. Försök spara igen först.',
  },
  signatures: {
    intro: 'Vem som skriver under för varje part. Ort och datum kan lämnas tomma och fyllas i för hand vid undertecknandet.',
    partyLegend: (party: string) => `Undertecknare för ${party}`,
    legend: (n: number) => `Undertecknare ${n}`,
    name: 'Namn',
    title: 'Titel',
    titleHint: 'Välj ett förslag eller skriv en egen titel.',
    place: 'Ort',
    date: 'Datum',
    add: 'Lägg till undertecknare',
    /** Each party's first signatory is number 1: the party tells them apart. */
    removeLabel: (n: number, party: string) => `Ta bort undertecknare ${n} för ${party}`,
    none: 'Ingen undertecknare ännu.',
    originals: 'Antal original',
    originalsHint: 'Hur många likalydande exemplar som skrivs under (1–10). Lämna tomt om dokumentet inte ska ange det.',
    originalsInvalid: 'Ange ett heltal från 1 till 10, eller lämna fältet tomt.',
    titlePresets: {
      polis: ['Lokalpolisområdeschef', 't.f. Lokalpolisområdeschef', 'bitr. Lokalpolisområdeschef', 'Kommunpolis'],
      kommun: [
        'Kommunstyrelsens ordförande',
        't.f. Kommunstyrelsens ordförande',
        'Kommunstyrelsens vice ordförande',
        'Kommunalråd',
        'Kommundirektör',
        't.f. Kommundirektör',
        'bitr. Kommundirektör',
        'Kommunchef',
        't.f. Kommunchef',
      ],
      annan: ['Verkställande direktör', 'Ordförande'],
    } satisfies Record<PartyRole, string[]>,
  },
  number: {
    invalid: 'Ange ett tal som är noll eller större.',
    invalidInteger: 'Ange ett heltal som är noll eller större.',
  },
} as const;

export const SAVE_TEXT = {
  label: 'Sparstatus',
  saving: 'Sparar…',
  saved: (time: string) => (time ? `Sparat ${time}` : 'Sparat'),
  pending: 'Ändringar sparas strax…',
  /** Says what failed, why, and that the text is still in the window (in memory), unsaved. */
  failed: (message: string) =>
    `${inSentence(message) ? `Utkastet kunde inte sparas: ${inSentence(message)}.` : 'Utkastet kunde inte sparas.'} ` +
    'Texten finns kvar i fönstret men är inte sparad på datorn; försök igen.',
  retry: 'Försök igen',
  /** Under the save status of a signed draft: why nothing is saved, and how to change it. */
  locked: 'Undertecknat och låst. Ändringar görs i en ny revision.',
  /** After closing the window waited for a save that failed. */
  closeRefused: 'Fönstret stängdes inte, så att texten inte går förlorad.',
  closeWithoutSaving: 'Stäng utan att spara',
} as const;

export const STATUS_TEXT = {
  heading: 'Status',
  /** Before the status itself: "Status: Klar för underskrift". */
  currentLabel: 'Status:',
  explain: {
    utkast: 'Utkastet kan ändras fritt. När inga fel återstår kan det markeras som klart för underskrift.',
    klar: 'Klart att skriva under. Det går fortfarande att ändra; uppstår ett fel blir det ett utkast igen.',
    undertecknad: 'Dokumentet är undertecknat och låst. Ändringar görs i en ny revision.',
  } satisfies Record<DraftStatus, string>,
  markReady: 'Markera som klar för underskrift',
  notReady: 'Rätta felen i panelen först.',
  /** While the data folder can only be read (the banner above the page says why). */
  readOnly: 'Statusen kan ändras när datamappen kan ändras igen.',
  markSigned: 'Markera som undertecknad',
  confirmQuestion: 'Har alla parter skrivit under? Efter det kan dokumentet inte ändras; ändringar görs i en ny revision.',
  confirmSigned: 'Ja, den är undertecknad',
  cancel: 'Avbryt',
  backToDraft: 'Tillbaka till utkast',
  reverted: 'Ändringen gav ett fel, så dokumentet är inte längre klart för underskrift. Det är ett utkast igen.',
  failed: (message: string) => `Statusen kunde inte ändras: ${inSentence(message)}.`,
  failedPlain: 'Statusen kunde inte ändras.',
  lockedHeading: 'Undertecknad – kan inte ändras',
  lockedText: 'Det här är den undertecknade versionen. Den är låst och sparas som den skrevs under.',
  startRevision: 'Starta ny revision',
  revisionReadOnly: 'En ny revision kan startas när datamappen kan ändras igen.',
  /** Under "Starta ny revision": how a revision differs from the next period. */
  revisionHint: 'En ny revision är en ändrad version av samma dokument för samma period; när den undertecknas ersätter den det här.',
  /** Where the next period is started instead. */
  nextPeriodElsewhere: 'Nästa års dokument startas i stället med ”Starta nästa period” under Uppföljning.',
  revisionQuestion:
    'Ett nytt utkast skapas som en kopia av det här, med samma titel och period och utan underskriftsdatum. Det här dokumentet ändras inte.',
  revisionConfirm: 'Ja, starta ny revision',
  revisionRunning: 'Skapar revisionen…',
  revisionFailed: (message: string) => `Den nya revisionen kunde inte skapas: ${inSentence(message)}.`,
  /** Above the form of a new revision ("Starta ny revision"): what it revises, and what happens when it is signed. */
  revisionNoteLabel: 'Ny revision',
  untitled: '(utan titel)',
  revisionNote: (title: string, signed: boolean) =>
    signed
      ? `Det här är en ny revision av ”${title}”, som är undertecknat. När revisionen undertecknas ersätter den det dokumentet; till dess gäller det undertecknade.`
      : `Det här är en ny revision av ”${title}”.`,
  revisionOpen: (signed: boolean) => (signed ? 'Öppna det undertecknade dokumentet' : 'Öppna det tidigare utkastet'),
  revisionNotSaved: 'Dokumentet öppnas när det du skrivit är sparat. Försök spara igen först.',
  /** In the list of drafts, under a new revision's title. */
  revisionListNote: (signed: boolean) => (signed ? 'Ny revision av det undertecknade' : 'Ny revision'),
} as const;

/** Why a status change or an edit is refused. */
export const STATUS_MESSAGE = {
  locked: 'Utkastet är undertecknat och kan inte ändras. Starta en ny revision för att göra ändringar.',
  signOnlyReady: 'Bara ett utkast som är klart för underskrift kan markeras som undertecknat.',
  notReady: 'Utkastet har fel som måste rättas innan det kan markeras som klart för underskrift.',
} as const;

/** The links between an agreement and its medborgarlöften, as both editors show them. */
export const LINK_TEXT = {
  untitled: '(utan titel)',
  loading: 'Hämtar kopplingarna…',
  loadFailed: (message: string) => `Kopplingarna kunde inte hämtas: ${inSentence(message)}.`,
  failed: (message: string) => `Kopplingen kunde inte ändras: ${inSentence(message)}.`,
} as const;

/** Why a link between a medborgarlöfte and a samverkansöverenskommelse is refused. */
export const LINK_MESSAGE = {
  promiseNotFound: 'Medborgarlöftet finns inte längre i biblioteket.',
  agreementNotFound: 'Samverkansöverenskommelsen finns inte längre i biblioteket.',
  notPromise: 'Bara ett medborgarlöfte kan höra till en samverkansöverenskommelse.',
  notAgreement: 'Ett medborgarlöfte kan bara höra till en samverkansöverenskommelse, inte till ett annat medborgarlöfte.',
  notAgreementSource: 'Ett nytt medborgarlöfte kan bara skapas från en samverkansöverenskommelse.',
} as const;

/** "Ta bort utkastet" in the editor's side column. */
export const DELETE_TEXT = {
  button: 'Ta bort utkastet',
  question:
    'Utkastet försvinner från listan, och kopplingar till det tas bort från andra utkast. Filen flyttas till mappen ”borttagna” i Samverkas datamapp, så den finns kvar där.',
  confirm: 'Ja, ta bort',
  cancel: 'Avbryt',
  running: 'Tar bort…',
  failed: (message: string) => `Utkastet kunde inte tas bort: ${inSentence(message)}.`,
} as const;

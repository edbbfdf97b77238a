import type { DraftKind } from '../draft/schema';

/**
 * Every Swedish text the window shows, grouped by where it appears. The words
 * follow the glossary in domain.md; labels of the domain's enums (kinds,
 * statuses, roles) live in terms.ts and are reused, not repeated here.
 */

/** Drops one trailing full stop, so a message can be embedded in a sentence. */
const sentence = (message: string) => message.trim().replace(/\.+$/, '');

export const APP_TEXT = {
  name: 'Samverka',
  tagline: 'Medborgarlöften och samverkansöverenskommelser',
  documentTitle: (page?: string) => (page ? `${page} – Samverka` : 'Samverka'),
  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Adressen leder inte till någon sida i Samverka.',
  backToStart: 'Till alla utkast',
  unexpected: (detail: string) => `Något gick fel: ${detail}`,
} as const;

export const START_TEXT = {
  heading: 'Alla utkast',
  intro: 'Här finns dina medborgarlöften och samverkansöverenskommelser. Allt sparas på den här datorn och fungerar utan nätverk.',
  newPromise: 'Nytt medborgarlöfte',
  creating: 'Skapar…',
  loading: 'Hämtar utkasten…',
  untitled: '(utan titel)',
  tableCaption: 'Utkast, senast ändrat först',
  columns: {
    title: 'Titel',
    kind: 'Dokument',
    period: 'Period',
    status: 'Status',
    updatedAt: 'Senast ändrad',
  },
  noPeriod: '–',
  emptyHeading: 'Inga utkast ännu',
  emptyText:
    'Börja med att skapa ett nytt medborgarlöfte. Du fyller i titel, period, parter, löftesmening och aktiviteter; ' +
    'allt sparas automatiskt medan du skriver. När utkastet är klart exporterar du det till Word inför undertecknandet.',
  loadFailed: (message: string) => `Utkasten kunde inte hämtas: ${sentence(message)}.`,
  createFailed: (message: string) => `Utkastet kunde inte skapas: ${sentence(message)}.`,
  retry: 'Försök igen',
} as const;

export const EDITOR_TEXT = {
  back: 'Alla utkast',
  loading: 'Öppnar utkastet…',
  loadFailed: (message: string) => `Utkastet kunde inte öppnas: ${sentence(message)}.`,
  untitled: '(utan titel)',
  sideLabel: 'Spara, kontrollera och exportera',
  shortcutHint: 'Allt sparas automatiskt. Ctrl+S sparar direkt.',
} as const;

/** The editor's sections and their fields. */
export const SECTION_TEXT = {
  basics: {
    heading: 'Titel och period',
    title: 'Titel',
    titleHint: {
      medborgarlofte: 'Till exempel ”Medborgarlöfte för Söderhamn 2025”.',
      samverkansoverenskommelse: 'Till exempel ”Samverkansöverenskommelse mellan Tanums kommun och Polismyndigheten 2024–2027”.',
    } satisfies Record<DraftKind, string>,
    periodLegend: 'Period',
    start: 'Startdatum',
    end: 'Slutdatum',
    periodHint: {
      medborgarlofte: 'Ett medborgarlöfte gäller oftast ett år, ibland två eller tre.',
      samverkansoverenskommelse: 'Lämna slutdatumet tomt om överenskommelsen gäller tills vidare.',
    } satisfies Record<DraftKind, string>,
    endBeforeStart: 'Slutdatumet ligger före startdatumet. Utkastet kan inte sparas förrän det är rättat.',
  },
  parties: {
    heading: 'Parter',
    intro: 'Kommunen och lokalpolisområdet, och ibland fler parter som till exempel ett bostadsbolag. Minst två, högst åtta.',
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
  statement: {
    /** Not the field's own label: a region named like its field would confuse "find by label". */
    heading: {
      medborgarlofte: 'Löftet',
      samverkansoverenskommelse: 'Syfte',
    } satisfies Record<DraftKind, string>,
    label: {
      medborgarlofte: 'Löftesmening',
      samverkansoverenskommelse: 'Syfte och övergripande mål',
    } satisfies Record<DraftKind, string>,
    hint: {
      medborgarlofte:
        'En mening som sammanfattar löftet, till exempel ”Polis och kommun lovar att tillsammans arbeta för att förbättra den upplevda tryggheten i Söderhamns centrum.”',
      samverkansoverenskommelse: 'Vad samverkan ska åstadkomma, i några meningar.',
    } satisfies Record<DraftKind, string>,
  },
  activities: {
    heading: {
      medborgarlofte: 'Aktiviteter',
      samverkansoverenskommelse: 'Ansvar och åtaganden',
    } satisfies Record<DraftKind, string>,
    intro: {
      medborgarlofte:
        'Grupperade per part så som de skrivs ut. Skriv det som ska göras, gärna mätbart: ”genomföra minst 4 trygghetsvandringar”, inte ”verka för”.',
      samverkansoverenskommelse: 'Vad varje part åtar sig, grupperat så som det skrivs ut.',
    } satisfies Record<DraftKind, string>,
    item: (n: number) => `Aktivitet ${n}`,
    add: 'Lägg till aktivitet',
    remove: 'Ta bort',
    emptyGroup: 'Inga aktiviteter ännu.',
    maxReached: (max: number) => `Högst ${max} aktiviteter.`,
    orphanIntro: 'Parten som de här aktiviteterna hörde till har tagits bort. Välj vem som lovar dem, eller ta bort dem.',
    assignParty: 'Vem lovar aktiviteten?',
    assignPlaceholder: 'Välj…',
  },
} as const;

/**
 * Headings of the activity groups, as the document prints them. Names come
 * from the parties; the verb depends on the kind of document.
 */
export const SAVE_TEXT = {
  saving: 'Sparar…',
  saved: (time: string) => (time ? `Sparat ${time}` : 'Sparat'),
  pending: 'Ändringar sparas strax…',
  failed: (message: string) => `Kunde inte spara: ${sentence(message)}. Texten finns kvar här; försök igen.`,
  retry: 'Försök igen',
} as const;

export const EXPORT_TEXT = {
  button: 'Exportera till Word',
  running: 'Exporterar…',
  done: (fileName: string) => `Exporterad: ${fileName}`,
  cancelled: 'Exporten avbröts; ingen fil skrevs.',
  failed: (message: string) => `Kunde inte exportera: ${sentence(message)}.`,
  notSaved: 'Kunde inte exportera: de senaste ändringarna är inte sparade. Försök spara igen först.',
  hint: 'Exporten använder det sparade utkastet. Den sparar först det du just skrivit.',
} as const;

export const READINESS_TEXT = {
  heading: 'Klar för underskrift?',
  ready: 'Inga fel hittades. Utkastet kan skrivas under.',
  summary: (errors: number, warnings: number) => {
    const parts = [];
    if (errors > 0) parts.push(`${errors} fel`);
    if (warnings > 0) parts.push(warnings === 1 ? '1 varning' : `${warnings} varningar`);
    return parts.join(' och ');
  },
  errorsHeading: (n: number) => `Fel (${n})`,
  warningsHeading: (n: number) => `Varningar (${n})`,
  hint: 'Välj en rad för att gå till fältet.',
  activityPlace: (group: string, n: number) => `${group}, aktivitet ${n}`,
} as const;

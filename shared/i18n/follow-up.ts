import type { DraftKind, FollowUpStatus } from '../draft/schema';

/** The follow-up statuses as the app and the report name them. */
export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, string> = {
  'ej-paborjad': 'Ej påbörjad',
  pagar: 'Pågår',
  genomford: 'Genomförd',
  'delvis-genomford': 'Delvis genomförd',
  'ej-genomford': 'Ej genomförd',
  installd: 'Inställd',
};

/** Why follow-up or "Starta nästa period" is refused; each says what to do. */
export const FOLLOW_UP_MESSAGE = {
  notReady: () =>
    'Uppföljningen börjar när utkastet är klart för underskrift. Markera utkastet som klart, eller följ upp det undertecknade dokumentet.',
  activityNotFound: () => 'Aktiviteten finns inte längre i utkastet. Ladda om sidan och försök igen.',
  exportFailed: (detail: string) => `Uppföljningen kunde inte exporteras: ${detail}. Utkastet är oförändrat.`,
} as const;

/** "medborgarlöfte", "samverkansöverenskommelse": the kind after "Uppföljning av". */
const KIND_WORD: Record<DraftKind, string> = {
  medborgarlofte: 'medborgarlöfte',
  samverkansoverenskommelse: 'samverkansöverenskommelse',
};

/** The follow-up report (.docx) and CSV: every word they print. */
export const FOLLOW_UP_REPORT_TEXT = {
  /**
   * "Uppföljning av medborgarlöfte för Söderhamn 2020–2021, 21 november 2026":
   * a title that already starts with the kind ("Medborgarlöfte för …") is not
   * given it twice.
   */
  title: (kind: DraftKind, title: string, date: string) => {
    const word = KIND_WORD[kind];
    const named = title.toLowerCase().startsWith(word) ? `${word}${title.slice(word.length)}` : `${word} ${title}`;
    return `Uppföljning av ${named}, ${date}`;
  },
  subject: (kind: DraftKind) => `Uppföljning av ${KIND_WORD[kind]}`,
  keywords: ['uppföljning', 'medborgarlöfte', 'samverkan', 'brottsförebyggande', 'trygghet'],
  description: (title: string, period: string) => `Uppföljning av ${title}${period ? `. Period: ${period}` : ''}.`,
  periodLabel: 'Period',
  partiesLabel: 'Parter',
  statusLabel: 'Status',
  summaryHeading: 'Sammanfattning',
  /** "2 av 4 aktiviteter är genomförda." */
  total: (done: number, total: number) =>
    total === 1 ? `${done} av 1 aktivitet är genomförd.` : `${done} av ${total} aktiviteter är genomförda.`,
  /** "Polismyndigheten: 1 av 3 genomförda". */
  party: (name: string, done: number, total: number) => `${name}: ${done} av ${total} genomförda`,
  jointNote: 'En gemensam aktivitet räknas för var och en av parterna.',
  noActivities: 'Utkastet har inga aktiviteter att följa upp.',
  chartHeading: 'Aktiviteter per status',
  /** The chart's text alternative: every number it shows. */
  chartDescription: (counts: string) => `Stapeldiagram över antal aktiviteter per status: ${counts}.`,
  chartCount: (count: number, total: number) => `${count} (${total === 0 ? 0 : Math.round((count / total) * 100)} %)`,
  activitiesHeading: 'Aktiviteter',
  /** The columns of the report's tables. */
  columns: { activity: 'Aktivitet', status: 'Status', outcome: 'Utfall', comment: 'Kommentar', updated: 'Senast uppdaterad' },
  /** "5 av 6 trygghetsvandringar", "5 av 6", "12 insatser", "12". */
  outcome: (outcome: string, quantity: string | null, unit: string) =>
    [quantity === null ? outcome : `${outcome} av ${quantity}`, unit].filter(Boolean).join(' '),
  /** The CSV's header row. */
  csvColumns: ['Parter', 'Ansvarig', 'Fokusområde', 'Aktivitet', 'Mål (antal)', 'Enhet', 'Status', 'Utfall', 'Kommentar', 'Senast uppdaterad'],
  /** The words the suggested file names start with, already as a–z: `uppfoljning-medborgarlofte-…-2026-11-21.docx`. */
  fileNamePrefix: 'uppfoljning',
} as const;

import type { DraftStatus } from '../draft/schema';
import type { VersionReason } from '../ipc/vocabulary';
import { inSentence } from './sentence';

/** A draft's kept versions: the editor's link, the "Versioner" page (renderer/versions), and the Node side's messages. */

/** The draft's kept versions: the editor's link and the "Versioner" page. */
export const VERSIONS_TEXT = {
  /** The link in the editor's side column. */
  link: 'Versioner',
  linkNotSaved: 'Versionerna öppnas när det du skrivit är sparat. Försök spara igen först.',
  back: 'Tillbaka till utkastet',
  eyebrow: 'Versioner',
  heading: (title: string) => `Versioner av ${title}`,
  untitled: '(utan titel)',
  intro:
    'Samverka sparar en version när du har skrivit en stund, och varje gång utkastet exporteras, delas eller byter status. ' +
    'De senaste versionerna, och alla som exporterats, delats eller undertecknats, behålls alltid. Välj en version för att se den, jämföra den med en annan eller återställa den.',
  loading: 'Hämtar versionerna…',
  loadFailed: (message: string) => `Versionerna kunde inte hämtas: ${inSentence(message)}.`,
  retry: 'Försök igen',
  empty: 'Inga tidigare versioner ännu. En version sparas när du har skrivit en stund, och när utkastet exporteras, delas eller byter status.',
  listHeading: 'Sparade versioner',
  listCount: (n: number) => (n === 1 ? '1 version, senaste först' : `${n} versioner, senaste först`),
  /** The mark of a version that pruning never drops. */
  kept: 'behålls alltid',
  keptHint: 'Exporterade, delade och undertecknade versioner tas aldrig bort.',
  choose: 'Välj en version i listan för att se den.',
  versionHeading: (time: string) => `Versionen från ${time}`,
  reasonLabel: 'Orsak',
  titleLabel: 'Titel',
  statusLabel: 'Status',
  readOnly: 'Så här såg utkastet ut då. Versionen kan inte ändras här; återställ den för att arbeta vidare med den.',
  versionLoading: 'Hämtar versionen…',
  versionFailed: (message: string) => `Versionen kunde inte visas: ${inSentence(message)}.`,
  restore: 'Återställ den här versionen',
  /** Asked before a restore; a restored draft is always an utkast, which is said when that changes its status or the version's. */
  restoreQuestion: (current: DraftStatus, version: DraftStatus) =>
    'Utkastet får innehållet från den här versionen. Det du har nu sparas först som en egen version, så du kan gå tillbaka till det härifrån.' +
    (current !== 'utkast'
      ? ' Dokumentet är klart för underskrift nu men blir ett utkast igen; markera det som klart på nytt när du har gått igenom det.'
      : version !== 'utkast'
        ? ' Versionen återställs som ett utkast, inte som klar för underskrift.'
        : ''),
  restoreConfirm: 'Ja, återställ',
  cancel: 'Avbryt',
  restoring: 'Återställer…',
  restoreFailed: (message: string) => `Versionen kunde inte återställas: ${inSentence(message)}.`,
  signed:
    'Utkastet är undertecknat och kan inte ändras, så ingen version kan återställas. Starta en ny revision i redigeraren för att arbeta vidare.',
  /** In the editor after a restore. */
  restored: (time: string, madeUtkast: boolean) =>
    `Versionen från ${time} är återställd.` +
    (madeUtkast ? ' Dokumentet är ett utkast igen: markera det som klart för underskrift när du har gått igenom det.' : '') +
    ' Texten du hade innan finns kvar bland versionerna.',
  dismiss: 'Stäng meddelandet',
  /** "Jämför": the shown version beside another one or the text as it is now. */
  compareLabel: 'Jämför den här versionen med',
  current: 'Nuvarande text',
  /** A version as the compare list offers it: "2 dec. 2026 12:40 – Exporterad till Word". */
  compareOption: (time: string, reason: string) => `${time} – ${reason}`,
  compare: 'Jämför',
  compareHint: 'Ändringarna visas från den äldre till den nyare, avsnitt för avsnitt.',
  /** "Ändringar från versionen från 2 dec. 2026 12:40 till nuvarande text". */
  comparisonHeading: (from: string, to: string) => `Ändringar från ${from} till ${to}`,
  comparisonVersion: (time: string) => `versionen från ${time}`,
  comparisonCurrent: 'nuvarande text',
  comparisonCount: (n: number) => (n === 0 ? 'Texterna är likadana: inga ändringar.' : n === 1 ? '1 ändring.' : `${n} ändringar.`),
  comparisonLoading: 'Hämtar versionerna som ska jämföras…',
  comparisonFailed: (message: string) => `Versionerna kunde inte jämföras: ${inSentence(message)}.`,
  backToVersion: 'Tillbaka till versionen',
} as const;

/** Why a version was kept, as "Versioner" lists it. */
export const VERSION_REASON_LABEL: Record<VersionReason, string> = {
  redigering: 'Sparad under redigering',
  export: 'Exporterad till Word',
  status: 'Status ändrad',
  delad: 'Delad som fil',
  'fore-aterstallning': 'Före återställning',
  aterstalld: 'Återställd från en äldre version',
  'ersatt-vid-import': 'Ersatt vid import',
  importerad: 'Importerad',
  pdf: 'Exporterad som PDF',
  utskriven: 'Utskriven',
  'e-post': 'Skickad som e-post',
  uppfoljning: 'Uppföljning exporterad',
  granskning: 'Granskningsversion exporterad',
  'fore-mottagning': 'Före mottagna ändringar',
  mottagen: 'Ändringar mottagna',
};

/** Messages of a draft's kept versions (electron/services/history.ts); each says what failed and what to do. */
export const VERSIONS_MESSAGE = {
  versionNotFound: () => 'Versionen finns inte längre i historiken. Uppdatera listan över versioner och välj en annan.',
  versionUnreadable: (detail: string) => `Versionen kunde inte läsas och kan inte visas eller återställas. ${detail}`,
  restoreSigned: () =>
    'Utkastet är undertecknat och kan inte ändras, inte heller till en äldre version. ' +
    'Starta en ny revision för att göra ändringar; de äldre versionerna går fortfarande att visa.',
} as const;

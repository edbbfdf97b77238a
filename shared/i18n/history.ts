import type { VersionReason } from '../ipc/contract';

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
};

/** Messages of the draft history; each says what failed and what to do. */
export const HISTORY_MESSAGE = {
  versionNotFound: () => 'Versionen finns inte längre i historiken. Uppdatera listan över versioner och välj en annan.',
  versionUnreadable: (detail: string) => `Versionen kunde inte läsas och kan inte visas eller återställas. ${detail}`,
  restoreSigned: () =>
    'Utkastet är undertecknat och kan inte ändras, inte heller till en äldre version. ' +
    'Starta en ny revision för att göra ändringar; de äldre versionerna går fortfarande att visa.',
} as const;

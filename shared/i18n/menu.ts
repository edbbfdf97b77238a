/**
 * The application menu in Swedish (electron/menu.ts builds it), and the
 * commands of it that the window carries out: the main process only passes
 * them on, since what "Exportera" or "Ångra" means depends on the page.
 */
import type { DraftKind } from '../draft/vocabulary';

/** The menu's commands that reach the page (through the `waitForMenuCommand` channel). */
export const MENU_COMMANDS = ['new-promise', 'new-agreement', 'import', 'export-docx', 'export-review-docx', 'export-pdf', 'print', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The command that makes a new draft of each kind: a kind added one day gets its menu item here. */
export const NEW_DRAFT_COMMAND: Record<DraftKind, MenuCommand> = {
  medborgarlofte: 'new-promise',
  samverkansoverenskommelse: 'new-agreement',
};

/** The menus, in the order of Swedish Windows programs. */
export const MENU_LABEL = {
  file: 'Arkiv',
  edit: 'Redigera',
  view: 'Visa',
  window: 'Fönster',
  help: 'Hjälp',
} as const;

/** The items of the menus; the page's commands by their command. */
export const MENU_ITEM_LABEL = {
  'new-promise': 'Nytt medborgarlöfte',
  'new-agreement': 'Ny samverkansöverenskommelse',
  import: 'Importera utkast…',
  'export-docx': 'Exportera som Word…',
  'export-review-docx': 'Exportera granskningsversion…',
  'export-pdf': 'Exportera som PDF…',
  print: 'Skriv ut…',
  undo: 'Ångra',
  redo: 'Gör om',
  cut: 'Klipp ut',
  copy: 'Kopiera',
  paste: 'Klistra in',
  selectAll: 'Markera allt',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  resetZoom: 'Återställ zoom',
  fullScreen: 'Helskärm',
  reload: 'Läs in sidan igen',
  forceReload: 'Läs in sidan igen utan cache',
  devTools: 'Utvecklarverktyg',
  minimize: 'Minimera',
  zoomWindow: 'Zooma fönstret',
  front: 'Lägg alla fönster överst',
  close: 'Stäng fönstret',
  about: 'Om Samverka',
  hide: 'Göm Samverka',
  hideOthers: 'Göm övriga',
  unhide: 'Visa alla',
  quit: 'Avsluta',
  quitMac: 'Avsluta Samverka',
} as const satisfies Record<MenuCommand, string> & Record<string, string>;

/** "Om Samverka": what IT and support ask first (the version, where the data is, whose settings apply). */
export const ABOUT_TEXT = {
  title: 'Om Samverka',
  message: (version: string) => `Samverka ${version}`,
  description: 'Medborgarlöften och samverkansöverenskommelser mellan kommun och polis.',
  dataFolder: (folder: string) => `Datamapp: ${folder}`,
  backupFolder: (folder: string) => `Säkerhetskopior: ${folder}`,
  policy: (file: string) => `Inställningar från IT: ${file}`,
  noPolicy: (file: string) => `Inställningar från IT: inga (ingen policyfil i ${file})`,
  startupNotices: (count: number) =>
    count === 1 ? 'Policyfilen har 1 fel; det visas i fönstret.' : `Policyfilen har ${count} fel; de visas i fönstret.`,
  municipality: (name: string) => `Kommun: ${name}`,
  versions: (electron: string, chrome: string) => `Electron ${electron}, Chromium ${chrome}`,
  ok: 'OK',
  openDataFolder: 'Öppna datamappen',
} as const;

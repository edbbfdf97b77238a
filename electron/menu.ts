import type { BrowserWindow, Menu, MenuItemConstructorOptions, MessageBoxOptions, dialog, shell } from 'electron';
import { DRAFT_KINDS, type DraftKind } from '../shared/draft/vocabulary';
import { ABOUT_TEXT, MENU_ITEM_LABEL, MENU_LABEL, NEW_DRAFT_COMMAND, type MenuCommand } from '../shared/i18n/menu';
import type { PolicyReading } from './policy';

type MenuRole = NonNullable<MenuItemConstructorOptions['role']>;

/** The keys that make a new draft of each kind, in the order of the Arkiv menu. */
const NEW_DRAFT_KEYS: Record<DraftKind, string> = {
  medborgarlofte: 'CmdOrCtrl+N',
  samverkansoverenskommelse: 'CmdOrCtrl+Shift+N',
};

/**
 * The application menu, in Swedish. {@link menuTemplate} is a pure function
 * of what it needs (tested in Node, where there is no Electron);
 * {@link installApplicationMenu} hands it to Electron's own `Menu`, which
 * main.ts passes in, so this module never loads Electron itself.
 *
 * What only the page can do (a new draft, import, export, print, undo) is a
 * {@link MenuCommand}: the menu queues it in {@link MenuCommands} and the page
 * takes it through the contract's `waitForMenuCommand` channel, like any other
 * call it makes. The page gets no new privilege and no raw IPC event, and the
 * e2e host, which has no menu, answers the channel with null.
 */

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload, force reload and DevTools: only under `forge start` or with SAMVERKA_DEVTOOLS=1 ({@link developerToolsAllowed}). */
  developerTools: boolean;
  /** Passes a command on to the page ({@link MenuCommands.send}). */
  send: (command: MenuCommand) => void;
  /** Shows "Om Samverka" ({@link showAbout}). */
  about: () => void;
}

/**
 * Whether the developer's items belong in the menu: the same rule as the
 * window's `devTools` (electron/window.ts), so a packaged app has neither
 * unless someone starts it with SAMVERKA_DEVTOOLS=1.
 */
export function developerToolsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  const devServer = typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL !== '';
  return env.SAMVERKA_DEVTOOLS === '1' || devServer;
}

/**
 * The menus Arkiv, Redigera, Visa, Fönster and Hjälp (and on macOS the
 * app's own menu before them), with mnemonics (Alt+A opens Arkiv) on Windows
 * and Linux.
 */
export function menuTemplate({ platform, developerTools, send, about }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const menu = (label: string, submenu: MenuItemConstructorOptions[], extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    label: mac ? label : `&${label}`,
    submenu,
    ...extra,
  });
  const command = (name: MenuCommand, accelerator?: string, extra: MenuItemConstructorOptions = {}): MenuItemConstructorOptions => ({
    id: name,
    label: MENU_ITEM_LABEL[name],
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
    ...extra,
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  // An item Electron carries out itself, by its role: labelled, like a command, by the label of its name.
  const role = (name: Extract<MenuRole, keyof typeof MENU_ITEM_LABEL>): MenuItemConstructorOptions => ({ role: name, label: MENU_ITEM_LABEL[name] });
  // The page already answers Ctrl+Z and Ctrl+Y itself (the editor's undo outside a text field, the browser's inside one):
  // the menu shows the keys but leaves them to the page, so one press never undoes twice. A click is sent as a command.
  const pageKeys: MenuItemConstructorOptions = { registerAccelerator: false };
  const aboutItem: MenuItemConstructorOptions = { id: 'about', label: MENU_ITEM_LABEL.about, click: () => about() };

  const file: MenuItemConstructorOptions[] = [
    ...DRAFT_KINDS.map((kind) => command(NEW_DRAFT_COMMAND[kind], NEW_DRAFT_KEYS[kind])),
    separator,
    command('import', 'CmdOrCtrl+O'),
    command('export-docx'),
    command('export-review-docx'),
    command('export-pdf'),
    separator,
    command('print', 'CmdOrCtrl+P'),
    ...(mac ? [] : [separator, role('quit')]),
  ];
  const edit: MenuItemConstructorOptions[] = [
    command('undo', 'CmdOrCtrl+Z', pageKeys),
    command('redo', platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z', pageKeys),
    separator,
    role('cut'),
    role('copy'),
    role('paste'),
    separator,
    role('selectAll'),
  ];
  const developer: MenuItemConstructorOptions[] = [
    separator,
    role('reload'),
    role('forceReload'),
    { role: 'toggleDevTools', label: MENU_ITEM_LABEL.devTools },
  ];
  const view: MenuItemConstructorOptions[] = [
    role('zoomIn'),
    role('zoomOut'),
    role('resetZoom'),
    separator,
    { role: 'togglefullscreen', label: MENU_ITEM_LABEL.fullScreen },
    ...(developerTools ? developer : []),
  ];
  const window: MenuItemConstructorOptions[] = mac
    ? [role('minimize'), { role: 'zoom', label: MENU_ITEM_LABEL.zoomWindow }, separator, role('front')]
    : [role('minimize'), role('close')];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Samverka',
    submenu: [
      aboutItem,
      separator,
      role('hide'),
      role('hideOthers'),
      role('unhide'),
      separator,
      { role: 'quit', label: MENU_ITEM_LABEL.quitMac },
    ],
  };
  return [
    ...(mac ? [appMenu] : []),
    menu(MENU_LABEL.file, file),
    menu(MENU_LABEL.edit, edit),
    menu(MENU_LABEL.view, view),
    // macOS lists the open windows under the menu with the window role, and puts its search field in the help role's.
    menu(MENU_LABEL.window, window, mac ? { role: 'window' } : {}),
    menu(MENU_LABEL.help, [aboutItem], mac ? { role: 'help' } : {}),
  ];
}

/** Builds the menu and makes it the application's; `electron` is Electron's own module (main.ts passes it). */
export function installApplicationMenu(electron: { Menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'> }, options: MenuOptions): void {
  electron.Menu.setApplicationMenu(electron.Menu.buildFromTemplate(menuTemplate(options)));
}

/** How many commands wait for a page that is not listening (still loading): a few clicks, never an unbounded queue. */
const QUEUED_COMMANDS = 8;

/**
 * The menu's commands on their way to the page. The page asks for the next
 * one (`waitForMenuCommand`) and asks again when it has carried it out; a
 * command given while no request waits is kept for the next request.
 *
 * A command goes to every request waiting for it, not just the first: a
 * request from a page that has since been reloaded (or a React effect that
 * was torn down) is still waiting, and Electron drops its answer, so only
 * the page that lives carries the command out, once.
 */
export class MenuCommands {
  private waiting: ((command: MenuCommand) => void)[] = [];
  private queued: MenuCommand[] = [];

  /** Passes a command on: to the waiting requests, or to the next one. */
  send(command: MenuCommand): void {
    const waiting = this.waiting;
    if (waiting.length === 0) {
      this.queued = [...this.queued, command].slice(-QUEUED_COMMANDS);
      return;
    }
    this.waiting = [];
    for (const resolve of waiting) resolve(command);
  }

  /** The next command: one kept for it, or the next one sent. */
  next(): Promise<MenuCommand> {
    const [first, ...rest] = this.queued;
    if (first) {
      this.queued = rest;
      return Promise.resolve(first);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

/** What "Om Samverka" shows. */
export interface AboutInfo {
  version: string;
  /** `process.versions`' electron and chrome, when known. */
  electron?: string;
  chrome?: string;
  dataDir: string;
  backupDir: string;
  policy: Pick<PolicyReading, 'path' | 'found' | 'problems'> & { policy: Pick<PolicyReading['policy'], 'municipality'> };
}

/** The dialog of "Om Samverka": the version, the folders in use and where IT's settings come from. */
export function aboutBox(info: AboutInfo): MessageBoxOptions {
  const { policy } = info;
  const detail = [
    ABOUT_TEXT.description,
    '',
    ABOUT_TEXT.dataFolder(info.dataDir),
    ABOUT_TEXT.backupFolder(info.backupDir),
    policy.found ? ABOUT_TEXT.policy(policy.path) : ABOUT_TEXT.noPolicy(policy.path),
    ...(policy.policy.municipality ? [ABOUT_TEXT.municipality(policy.policy.municipality)] : []),
    ...(policy.problems.length > 0 ? [ABOUT_TEXT.startupNotices(policy.problems.length)] : []),
    ...(info.electron && info.chrome ? ['', ABOUT_TEXT.versions(info.electron, info.chrome)] : []),
  ];
  return {
    type: 'info',
    title: ABOUT_TEXT.title,
    message: ABOUT_TEXT.message(info.version),
    detail: detail.join('\n'),
    buttons: [ABOUT_TEXT.ok, ABOUT_TEXT.openDataFolder],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** Shows "Om Samverka" over `window`; "Öppna datamappen" opens the data folder in the file manager. */
export async function showAbout(
  electron: { dialog: Pick<typeof dialog, 'showMessageBox'>; shell: Pick<typeof shell, 'openPath'> },
  window: BrowserWindow | null,
  info: AboutInfo,
): Promise<void> {
  const options = aboutBox(info);
  const { response } = window ? await electron.dialog.showMessageBox(window, options) : await electron.dialog.showMessageBox(options);
  if (response === 1) await electron.shell.openPath(info.dataDir);
}

import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutBox, developerToolsAllowed, installApplicationMenu, MenuCommands, menuTemplate, showAbout, type MenuOptions } from '../../../electron/menu';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/i18n/menu';

const options = (overrides: Partial<MenuOptions> = {}): MenuOptions => ({
  platform: 'win32',
  developerTools: developerToolsAllowed({}),
  send: () => {},
  about: () => {},
  ...overrides,
});

const submenu = (item: MenuItemConstructorOptions) => item.submenu as MenuItemConstructorOptions[];
/** Every item of a template, menus and their items, depth first. */
const allItems = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
/** A label as shown: without the mnemonic's ampersand. */
const shown = (item: MenuItemConstructorOptions) => item.label?.replace('&', '');
const itemLabels = (menu: MenuItemConstructorOptions) => submenu(menu).filter((item) => item.type !== 'separator').map(shown);
const DEVELOPER_ROLES = ['reload', 'forceReload', 'toggleDevTools'];

describe('the application menu', () => {
  it('has Arkiv, Redigera, Visa, Fönster and Hjälp, with mnemonics on Windows', () => {
    const template = menuTemplate(options());
    expect(template.map((menu) => menu.label)).toEqual(['&Arkiv', '&Redigera', '&Visa', '&Fönster', '&Hjälp']);
  });

  it('has the items in Swedish', () => {
    const [file, edit, view, window, help] = menuTemplate(options());
    expect(itemLabels(file)).toEqual([
      'Nytt medborgarlöfte',
      'Ny samverkansöverenskommelse',
      'Importera utkast…',
      'Exportera som Word…',
      'Exportera granskningsversion…',
      'Exportera som PDF…',
      'Skriv ut…',
      'Avsluta',
    ]);
    expect(itemLabels(edit)).toEqual(['Ångra', 'Gör om', 'Klipp ut', 'Kopiera', 'Klistra in', 'Markera allt']);
    expect(itemLabels(view)).toEqual(['Zooma in', 'Zooma ut', 'Återställ zoom', 'Helskärm']);
    expect(itemLabels(window)).toEqual(['Minimera', 'Stäng fönstret']);
    expect(itemLabels(help)).toEqual(['Om Samverka']);
    expect(submenu(edit).filter((item) => item.role).map((item) => item.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    expect(submenu(view).filter((item) => item.role).map((item) => item.role)).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
  });

  it('has no reload, force reload or DevTools in a packaged app', () => {
    expect(developerToolsAllowed({})).toBe(false);
    expect(developerToolsAllowed({ SAMVERKA_DEVTOOLS: '0' })).toBe(false);
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const roles = allItems(menuTemplate(options({ platform }))).map((item) => item.role);
      for (const role of DEVELOPER_ROLES) expect(roles).not.toContain(role);
    }
  });

  it('has them with SAMVERKA_DEVTOOLS=1, under Visa', () => {
    expect(developerToolsAllowed({ SAMVERKA_DEVTOOLS: '1' })).toBe(true);
    const view = menuTemplate(options({ developerTools: developerToolsAllowed({ SAMVERKA_DEVTOOLS: '1' }) }))[2];
    expect(submenu(view).map((item) => item.role).filter((role) => role && DEVELOPER_ROLES.includes(role))).toEqual(DEVELOPER_ROLES);
    expect(itemLabels(view).slice(-3)).toEqual(['Läs in sidan igen', 'Läs in sidan igen utan cache', 'Utvecklarverktyg']);
  });

  it('sends each of the page\'s commands from its item, and shows "Om Samverka" from Hjälp', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const about = vi.fn();
    const items = allItems(menuTemplate(options({ send, about })));
    for (const command of MENU_COMMANDS) {
      const item = items.find((candidate) => candidate.id === command);
      expect(item, command).toBeDefined();
      item!.click!({} as never, undefined, {} as never);
    }
    expect(send.mock.calls.map(([command]) => command)).toEqual([...MENU_COMMANDS]);
    items.find((item) => item.id === 'about')!.click!({} as never, undefined, {} as never);
    expect(about).toHaveBeenCalledOnce();
  });

  it('gives the usual keys, and leaves Ctrl+Z and Ctrl+Y to the page so one press never undoes twice', () => {
    const items = allItems(menuTemplate(options()));
    const byId = (id: string) => items.find((item) => item.id === id)!;
    expect(byId('new-promise').accelerator).toBe('CmdOrCtrl+N');
    expect(byId('new-agreement').accelerator).toBe('CmdOrCtrl+Shift+N');
    expect(byId('import').accelerator).toBe('CmdOrCtrl+O');
    expect(byId('print').accelerator).toBe('CmdOrCtrl+P');
    expect(byId('undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(byId('redo')).toMatchObject({ accelerator: 'Ctrl+Y', registerAccelerator: false });
    expect(allItems(menuTemplate(options({ platform: 'linux' }))).find((item) => item.id === 'redo')!.accelerator).toBe('CmdOrCtrl+Shift+Z');
  });

  it('on macOS puts the app menu first and Avsluta in it, without mnemonics', () => {
    const template = menuTemplate(options({ platform: 'darwin' }));
    expect(template.map((menu) => menu.label)).toEqual(['Samverka', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    expect(submenu(template[0]).map((item) => item.role ?? item.id).filter(Boolean)).toEqual(['about', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(submenu(template[1]).some((item) => item.role === 'quit')).toBe(false);
    expect(template[4].role).toBe('window');
    expect(template[5].role).toBe('help');
  });

  it('is installed through the Menu it is given', () => {
    const built = { built: true };
    const Menu = { buildFromTemplate: vi.fn((_template: MenuItemConstructorOptions[]) => built), setApplicationMenu: vi.fn() };
    installApplicationMenu({ Menu: Menu as never }, options());
    expect(Menu.buildFromTemplate.mock.calls[0][0]).toEqual(menuTemplate(options()).map(() => expect.anything()));
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(built);
  });
});

describe('MenuCommands', () => {
  it('answers a waiting request with the next command', async () => {
    const commands = new MenuCommands();
    const next = commands.next();
    commands.send('print');
    await expect(next).resolves.toBe('print');
  });

  it('keeps a command sent while nobody waits for the next request, in order', async () => {
    const commands = new MenuCommands();
    commands.send('new-promise');
    commands.send('import');
    await expect(commands.next()).resolves.toBe('new-promise');
    await expect(commands.next()).resolves.toBe('import');
  });

  it('gives a command to every waiting request, so a reloaded page\'s stale request cannot take it', async () => {
    const commands = new MenuCommands();
    const stale = commands.next();
    const live = commands.next();
    commands.send('undo');
    await expect(Promise.all([stale, live])).resolves.toEqual(['undo', 'undo']);
    // Given once: the next request waits for the next command.
    const after = commands.next();
    commands.send('redo');
    await expect(after).resolves.toBe('redo');
  });

  it('keeps only the last few commands for a page that is not listening', async () => {
    const commands = new MenuCommands();
    for (let i = 0; i < 20; i++) commands.send(i % 2 === 0 ? 'undo' : 'redo');
    const kept: MenuCommand[] = [];
    for (let i = 0; i < 8; i++) kept.push(await commands.next());
    expect(kept).toHaveLength(8);
    let answered = false;
    void commands.next().then(() => (answered = true));
    await Promise.resolve();
    expect(answered).toBe(false);
  });
});

describe('Om Samverka', () => {
  const info = {
    version: '0.1.0',
    electron: '45.5.0',
    chrome: '142.0.0.0',
    dataDir: '\\\\fs01\\samverka\\bibliotek',
    backupDir: 'C:\\Users\\anna\\AppData\\Roaming\\Samverka\\sakerhetskopior',
    policy: { path: 'C:\\ProgramData\\Samverka\\policy.json', found: true, problems: ['fel'], policy: { municipality: 'Söderhamns kommun' } },
  };

  it('shows the version, the data folder, the backups and where the settings come from', () => {
    expect(aboutBox(info)).toEqual({
      type: 'info',
      title: 'Om Samverka',
      message: 'Samverka 0.1.0',
      detail: [
        'Medborgarlöften och samverkansöverenskommelser mellan kommun och polis.',
        '',
        'Datamapp: \\\\fs01\\samverka\\bibliotek',
        'Säkerhetskopior: C:\\Users\\anna\\AppData\\Roaming\\Samverka\\sakerhetskopior',
        'Inställningar från IT: C:\\ProgramData\\Samverka\\policy.json',
        'Kommun: Söderhamns kommun',
        'Policyfilen har 1 fel; det visas i fönstret.',
        '',
        'Electron 45.5.0, Chromium 142.0.0.0',
      ].join('\n'),
      buttons: ['OK', 'Öppna datamappen'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
  });

  it('says when there is no policy file, and leaves out the municipality and problems it would have named', () => {
    const box = aboutBox({ ...info, policy: { ...info.policy, found: false, problems: [], policy: { municipality: null } } });
    // The block between the description and the versions: folders and settings.
    const [, settings] = box.detail!.split('\n\n');
    expect(settings.split('\n')).toEqual([
      'Datamapp: \\\\fs01\\samverka\\bibliotek',
      'Säkerhetskopior: C:\\Users\\anna\\AppData\\Roaming\\Samverka\\sakerhetskopior',
      'Inställningar från IT: inga (ingen policyfil i C:\\ProgramData\\Samverka\\policy.json)',
    ]);
  });

  it('opens the data folder when asked to', async () => {
    const shell = { openPath: vi.fn(async () => '') };
    await showAbout({ dialog: { showMessageBox: vi.fn(async () => ({ response: 1, checkboxChecked: false })) } as never, shell }, null, info);
    expect(shell.openPath).toHaveBeenCalledWith(info.dataDir);
    shell.openPath.mockClear();
    await showAbout({ dialog: { showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })) } as never, shell }, null, info);
    expect(shell.openPath).not.toHaveBeenCalled();
  });
});

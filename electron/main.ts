import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import path from 'node:path';
import { developerToolsAllowed, installApplicationMenu, MenuCommands, showAbout } from './menu';
import { policyFilePath, policyFolders, readPolicy } from './policy';
import { recoverDataFolder, startBackupSchedule, type DataFolderRecovery } from './services/backups';
import { DraftStore } from './services/draft-store';
import { createLibraryHandlers, unavailableHandlers } from './services/handlers';
import type { FileType, HandlerDeps } from './services/service-deps';
import { Library } from './services/library';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, rendererDir } from './window';
import { createDocumentWindows } from './document-window';
import { DIALOG_TEXT } from '../shared/i18n/app';

/** How often the data folder is backed up. */
const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** A dialog's file filter for a kind of file (Electron wants a mutable list of extensions). */
const fileFilter = (fileType: FileType) => ({ name: DIALOG_TEXT.filter[fileType].name, extensions: [...DIALOG_TEXT.filter[fileType].extensions] });

// The Start menu shortcut the MSI installs carries this id (forge.config.ts), so the taskbar groups the window with it.
if (process.platform === 'win32') app.setAppUserModelId('se.samverka.app');

// Swedish dates, spell-checking and number formats in the page, whatever the system's language.
app.commandLine.appendSwitch('lang', 'sv-SE');

// One instance per computer: a second one hands over to the first and quits. Across computers sharing a
// data folder (a network drive), the folder's own lock decides who writes (services/folder-lock.ts).
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  let library: Library | null = null;
  let stopBackups: (() => Promise<void>) | null = null;
  // Printing and PDFs: the document page kept loaded in a hidden window per kind of job, which reads its draft through IPC too.
  const documents = createDocumentWindows(path.join(__dirname, 'preload.cjs'));
  /** The main window, made at start-up and again when the dock is clicked with no window open (macOS). */
  const openMainWindow = () => {
    const window = createMainWindow(path.join(__dirname, 'preload.cjs'));
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
      // Hidden print windows count as open: kept, they would stop 'window-all-closed' and the app would never quit.
      documents.close();
    });
    return window;
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  void app.whenReady().then(async () => {
    serveRenderer(rendererDir(__dirname));
    // IT's settings for this computer (README, "För IT"); a policy that cannot be used never stops the app.
    const policy = await readPolicy(policyFilePath({ packaged: app.isPackaged }));
    for (const problem of policy.problems) console.warn(`Samverka: ${problem}`);
    const { dataDir, backupDir } = policyFolders(policy.policy, app.getPath('userData'));
    const menuCommands = new MenuCommands();
    let recovery: DataFolderRecovery | null = null;
    installApplicationMenu(
      { Menu },
      {
        platform: process.platform,
        developerTools: developerToolsAllowed(),
        send: (command) => menuCommands.send(command),
        about: () =>
          void showAbout({ dialog, shell }, mainWindow, {
            version: app.getVersion(),
            electron: process.versions.electron,
            chrome: process.versions.chrome,
            dataDir,
            backupDir,
            policy,
          }),
      },
    );
    const deps: Omit<HandlerDeps, 'store' | 'access'> = {
      chooseSavePath: async (suggestedName, fileType, folder) => {
        const options = {
          title: DIALOG_TEXT.saveTitle[fileType],
          defaultPath: path.join(folder ?? app.getPath('documents'), suggestedName),
          filters: [fileFilter(fileType)],
          // The name is editable; replacing an existing file is asked about, never silent (Linux needs asking for it).
          properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const],
        };
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      chooseOpenPath: async (fileType) => {
        const options = {
          title: DIALOG_TEXT.openTitle[fileType],
          defaultPath: app.getPath('documents'),
          filters: [fileFilter(fileType)],
          properties: ['openFile' as const],
        };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      openPath: async (folder) => {
        const problem = await shell.openPath(folder);
        if (problem) throw new Error(problem);
      },
      revealPath: async (file) => shell.showItemInFolder(file),
      outboxDir: path.join(app.getPath('userData'), 'e-post'),
      documents,
      backupDir,
      nextMenuCommand: () => menuCommands.next(),
      startupNotices: () => [...policy.problems, ...(recovery?.notices ?? [])],
      // Forge copies resources/examples beside the packaged app (extraResource).
      examplesDir: app.isPackaged ? path.join(process.resourcesPath, 'examples') : path.join(app.getAppPath(), 'resources', 'examples'),
    };
    try {
      // Never rejects for the folder's sake: a full, read-only or unreachable folder, or one another computer
      // has open, opens read-only with a banner saying why (services/library.ts).
      const opened = await Library.open(dataDir, {
        store: { newDraftDefaults: policy.policy.newDrafts },
        // An interrupted restore or backup is finished or undone before the library is read, by the app that holds the folder.
        openStore: async (dir, options) => {
          recovery = await recoverDataFolder({ dataDir: dir, backupDir });
          return DraftStore.open(dir, options);
        },
      });
      library = opened;
      // A backup of the whole data folder once a day, beside it (kept in generations; see backups.ts), from when this app writes.
      const startBackups = () => {
        if (stopBackups || opened.status().readOnly) return;
        stopBackups = startBackupSchedule({ dataDir: opened.dataDir, backupDir, intervalMs: BACKUP_INTERVAL_MS, beforeBackup: () => opened.store.flush() });
      };
      startBackups();
      opened.onStoreChange(startBackups);
      registerIpc(createLibraryHandlers(opened, deps), () => [mainWindow, ...documents.open()]);
    } catch (error) {
      // Whatever failed, the window opens and says so, rather than no window and no word.
      console.error('Samverka: the data folder could not be opened', error);
      registerIpc(unavailableHandlers(error), () => [mainWindow, ...documents.open()]);
    } finally {
      mainWindow = openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = openMainWindow();
      });
    }
  });

  // A backup under way finishes, the index (written a moment after a save) is written and the data folder's
  // lock is given back, before quitting.
  let flushed = false;
  app.on('before-quit', (event) => {
    // A print job under way ends (its dialog closes); nothing is left to print from.
    documents.close();
    if (flushed || !library) return;
    event.preventDefault();
    const opened = library;
    void (stopBackups?.() ?? Promise.resolve())
      .then(() => opened.close())
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

}

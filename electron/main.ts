import { app, BrowserWindow, dialog, shell } from 'electron';
import started from 'electron-squirrel-startup';
import path from 'node:path';
import { DraftStore } from './services/draft-store';
import { startBackupSchedule } from './services/backups';
import { createHandlers, type FileType } from './services/handlers';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, rendererDir } from './window';
import { createDocumentWindows } from './document-window';
import { DIALOG_TEXT } from '../shared/i18n/messages';

/** How often the data folder is backed up. */
const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** A dialog's file filter for a kind of file (Electron wants a mutable list of extensions). */
const fileFilter = (fileType: FileType) => ({ name: DIALOG_TEXT.filter[fileType].name, extensions: [...DIALOG_TEXT.filter[fileType].extensions] });

// Squirrel (Windows installer) starts the app to make shortcuts; do nothing else then.
if (started) app.quit();

// Swedish dates, spell-checking and number formats in the page, whatever the system's language.
app.commandLine.appendSwitch('lang', 'sv-SE');

// One writer per data folder: a second instance hands over to the first and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  let mainWindow: BrowserWindow | null = null;
  let store: DraftStore | null = null;
  let stopBackups: (() => Promise<void>) | null = null;

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
    store = await DraftStore.open(path.join(app.getPath('userData'), 'bibliotek'));
    const backupDir = path.join(app.getPath('userData'), 'sakerhetskopior');
    const opened = store;
    // Printing and PDFs: the document page in a hidden window per job, which reads its draft through IPC too.
    const documents = createDocumentWindows(path.join(__dirname, 'preload.cjs'));
    // A backup of the whole data folder once a day, beside it (kept in generations; see backups.ts).
    stopBackups = startBackupSchedule({ dataDir: opened.dataDir, backupDir, intervalMs: BACKUP_INTERVAL_MS, beforeBackup: () => opened.flush() });
    registerIpc(
      createHandlers({
        store,
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
        // Forge copies resources/examples beside the packaged app (extraResource).
        examplesDir: app.isPackaged
          ? path.join(process.resourcesPath, 'examples')
          : path.join(app.getAppPath(), 'resources', 'examples'),
      }),
      () => [mainWindow, ...documents.open()],
    );
    mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
    });
  });

  // A backup under way finishes, and the index (written a moment after a save) is written, before quitting.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed || !store) return;
    event.preventDefault();
    const opened = store;
    void (stopBackups?.() ?? Promise.resolve())
      .then(() => opened.flush())
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

}

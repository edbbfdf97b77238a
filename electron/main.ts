import { app, BrowserWindow, dialog } from 'electron';
import started from 'electron-squirrel-startup';
import path from 'node:path';
import { DraftStore } from './services/draft-store';
import { createHandlers } from './services/handlers';
import { registerIpc } from './ipc';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, rendererDir } from './window';
import { DIALOG_TEXT } from '../shared/i18n/messages';

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
    registerIpc(
      createHandlers({
        store,
        chooseSavePath: async (suggestedName) => {
          const options = {
            title: DIALOG_TEXT.exportTitle,
            defaultPath: path.join(app.getPath('documents'), suggestedName),
            filters: [{ name: DIALOG_TEXT.wordFilter, extensions: ['docx'] }],
          };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        // Forge copies resources/examples beside the packaged app (extraResource).
        examplesDir: app.isPackaged
          ? path.join(process.resourcesPath, 'examples')
          : path.join(app.getAppPath(), 'resources', 'examples'),
      }),
      () => mainWindow,
    );
    mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
    mainWindow.on('closed', () => (mainWindow = null));
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(path.join(__dirname, 'preload.cjs'));
    });
  });

  // The index is written a moment after a save; write what is pending before quitting.
  let flushed = false;
  app.on('before-quit', (event) => {
    if (flushed || !store) return;
    event.preventDefault();
    void store.flush().finally(() => {
      flushed = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

}

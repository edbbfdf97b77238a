import { EventEmitter } from 'node:events';
import type {
  App,
  BrowserWindowConstructorOptions,
  CallbackResponse,
  ContextBridge,
  Dialog,
  HandlerDetails,
  IpcMain,
  IpcMainInvokeEvent,
  IpcRenderer,
  Net,
  OnBeforeRequestListenerDetails,
  Protocol,
  CustomScheme,
  Shell,
  WebContents,
  WebFrameMain,
  WindowOpenHandlerResponse,
} from 'electron';

/**
 * A recording stand-in for the `electron` module, so that the built main
 * and preload bundles run in Node where no Electron binary exists.
 *
 * It has only the shape of Electron's documented API (the `Pick<…>`s below
 * are checked against Electron's own electron.d.ts by `npm run typecheck`)
 * and none of its behaviour: every call is recorded, events fire only when a
 * test fires them, and what Electron would answer (a dialog's choice, a
 * page's script result, a print job's outcome) is what the test says. It
 * decides nothing the app decides: it never compares URLs, never serves a
 * file and never denies a request, so a test that passes proves the app's
 * own code made the decision.
 */

/** One recorded call: which API (`app.quit`, `BrowserWindow`, `webContents.loadURL` …) and its arguments. */
export interface Call {
  api: string;
  args: unknown[];
  /** Whether `app`'s ready event had fired when the call was made. */
  afterReady: boolean;
}

/** An Electron event object as listeners get it: `preventDefault` and `defaultPrevented`, plus the event's own fields. */
export function electronEvent<T extends object>(fields: T): T & { preventDefault(): void; readonly defaultPrevented: boolean } {
  let prevented = false;
  // defineProperty, not Object.assign: assign would copy the getter's value once, and `defaultPrevented` would stay false.
  Object.defineProperty(fields, 'preventDefault', { value: () => void (prevented = true), enumerable: true });
  Object.defineProperty(fields, 'defaultPrevented', { get: () => prevented, enumerable: true });
  return fields as T & { preventDefault(): void; readonly defaultPrevented: boolean };
}

/** Builds a fresh stand-in; each loaded bundle gets its own. */
export function createElectronStandIn(options: { paths: Record<string, string>; appPath: string; singleInstance?: boolean }) {
  const calls: Call[] = [];
  let isReady = false;
  const record = (api: string, ...args: unknown[]) => void calls.push({ api, args, afterReady: isReady });
  /** Ids for web contents, frames and requests, unique within one stand-in. */
  let nextId = 1;

  // ---- app -----------------------------------------------------------------

  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));

  class StandInApp
    extends EventEmitter
    implements Pick<App, 'quit' | 'exit' | 'setAppUserModelId' | 'requestSingleInstanceLock' | 'whenReady' | 'isReady' | 'getPath' | 'getAppPath' | 'getName' | 'getVersion' | 'getLocale' | 'focus'>
  {
    readonly isPackaged = false;
    readonly commandLine = {
      appendSwitch: (name: string, value?: string) => record('app.commandLine.appendSwitch', name, value),
      appendArgument: (value: string) => record('app.commandLine.appendArgument', value),
      hasSwitch: (name: string) => calls.some((call) => call.api === 'app.commandLine.appendSwitch' && call.args[0] === name),
      getSwitchValue: (name: string) => String(calls.find((call) => call.api === 'app.commandLine.appendSwitch' && call.args[0] === name)?.args[1] ?? ''),
      removeSwitch: (name: string) => record('app.commandLine.removeSwitch', name),
    };
    quit() {
      record('app.quit');
    }
    exit(exitCode?: number) {
      record('app.exit', exitCode);
    }
    setAppUserModelId(id: string) {
      record('app.setAppUserModelId', id);
    }
    requestSingleInstanceLock(additionalData?: Record<string, unknown>) {
      record('app.requestSingleInstanceLock', additionalData);
      return options.singleInstance ?? true;
    }
    whenReady() {
      return readyPromise;
    }
    isReady() {
      return isReady;
    }
    getPath(name: Parameters<App['getPath']>[0]) {
      const found = options.paths[name];
      // Electron throws for a name it does not know; the stand-in knows only the folders a test gave it.
      if (!found) throw new Error(`electron stand-in: no path for '${name}' was given`);
      return found;
    }
    getAppPath() {
      return options.appPath;
    }
    getName() {
      return 'Samverka';
    }
    getVersion() {
      return '0.0.0-test';
    }
    getLocale() {
      return 'sv-SE';
    }
    focus() {
      record('app.focus');
    }
  }
  const app = new StandInApp();

  // ---- session ----------------------------------------------------------------

  type BeforeRequestListener = (details: OnBeforeRequestListenerDetails, callback: (response: CallbackResponse) => void) => void;
  type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
  type PermissionCheckHandler = (contents: unknown, permission: string, requestingOrigin: string, details: object) => boolean;

  class StandInSession extends EventEmitter {
    permissionRequestHandler: PermissionRequestHandler | null = null;
    permissionCheckHandler: PermissionCheckHandler | null = null;
    beforeRequest: BeforeRequestListener | null = null;
    readonly availableSpellCheckerLanguages = ['en-US', 'sv-SE'];

    readonly webRequest = {
      // Both documented forms: (listener) and (filter, listener); the stand-in keeps the listener and records the filter.
      onBeforeRequest: (filterOrListener: unknown, maybeListener?: BeforeRequestListener | null) => {
        const listener = typeof filterOrListener === 'function' ? (filterOrListener as BeforeRequestListener) : (maybeListener ?? null);
        record('session.webRequest.onBeforeRequest', typeof filterOrListener === 'function' ? undefined : filterOrListener);
        this.beforeRequest = listener;
      },
      onBeforeSendHeaders: (...args: unknown[]) => record('session.webRequest.onBeforeSendHeaders', ...args),
      onHeadersReceived: (...args: unknown[]) => record('session.webRequest.onHeadersReceived', ...args),
    };

    setPermissionRequestHandler(handler: PermissionRequestHandler | null) {
      record('session.setPermissionRequestHandler');
      this.permissionRequestHandler = handler;
    }
    setPermissionCheckHandler(handler: PermissionCheckHandler | null) {
      record('session.setPermissionCheckHandler');
      this.permissionCheckHandler = handler;
    }
    setDevicePermissionHandler(handler: unknown) {
      record('session.setDevicePermissionHandler', handler);
    }
    setSpellCheckerEnabled(enable: boolean) {
      record('session.setSpellCheckerEnabled', enable);
    }
    setSpellCheckerLanguages(languages: string[]) {
      record('session.setSpellCheckerLanguages', languages);
    }
    setSpellCheckerDictionaryDownloadURL(url: string) {
      record('session.setSpellCheckerDictionaryDownloadURL', url);
    }

    /**
     * A request as Chromium would put it to the session's `onBeforeRequest`
     * listener; resolves to the listener's answer, or to `{}` (let it go) when
     * there is none, as Electron does.
     */
    fireRequest(url: string, resourceType: OnBeforeRequestListenerDetails['resourceType'] = 'other'): Promise<CallbackResponse> {
      const listener = this.beforeRequest;
      if (!listener) return Promise.resolve({});
      return new Promise((resolve) =>
        listener({ id: nextId++, url, method: 'GET', resourceType, referrer: '', timestamp: Date.now(), uploadData: [] } as OnBeforeRequestListenerDetails, resolve),
      );
    }
  }
  const defaultSession = new StandInSession();
  const partitions = new Map<string, StandInSession>();
  const session = {
    defaultSession,
    fromPartition: (partition: string) => {
      record('session.fromPartition', partition);
      if (!partitions.has(partition)) partitions.set(partition, new StandInSession());
      return partitions.get(partition)!;
    },
  };

  // ---- frames and web contents ----------------------------------------------

  class StandInFrame implements Pick<WebFrameMain, 'url' | 'processId' | 'routingId' | 'isDestroyed'> {
    url = '';
    readonly processId = nextId;
    readonly routingId = nextId++;
    readonly frames: StandInFrame[] = [];
    constructor(readonly parent: StandInFrame | null = null) {
      parent?.frames.push(this);
    }
    get top(): StandInFrame {
      return this.parent ? this.parent.top : this;
    }
    isDestroyed() {
      return false;
    }
  }

  /** What a page answers `executeJavaScript` with; the test sets it (the document page's ready attribute, say). */
  type ScriptAnswer = (code: string) => unknown;

  class StandInWebContents
    extends EventEmitter
    implements Pick<WebContents, 'id' | 'loadURL' | 'getURL' | 'setWindowOpenHandler' | 'isDestroyed' | 'focus' | 'executeJavaScript'>
  {
    readonly id = nextId++;
    readonly mainFrame = new StandInFrame();
    readonly session = defaultSession;
    windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
    answerScript: ScriptAnswer = () => null;
    /** How `print` ends: the test may change it; by default the user cancels the dialog, as Electron reports it. */
    printOutcome: { success: boolean; failureReason: string } = { success: false, failureReason: 'Print job canceled' };
    destroyed = false;

    loadURL(url: string, loadOptions?: unknown) {
      record('webContents.loadURL', url, loadOptions);
      this.mainFrame.url = url;
      return Promise.resolve();
    }
    getURL() {
      return this.mainFrame.url;
    }
    setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse) {
      record('webContents.setWindowOpenHandler');
      this.windowOpenHandler = handler;
    }
    isDestroyed() {
      return this.destroyed;
    }
    focus() {
      record('webContents.focus');
    }
    executeJavaScript(code: string, userGesture?: boolean) {
      record('webContents.executeJavaScript', code, userGesture);
      return Promise.resolve(this.answerScript(code));
    }
    print(printOptions: unknown, callback?: (success: boolean, failureReason: string) => void) {
      record('webContents.print', printOptions);
      const { success, failureReason } = this.printOutcome;
      setImmediate(() => callback?.(success, failureReason));
    }
    /** What `printToPDF` answers: the test sets the bytes; unanswered (a rejection) by default. */
    pdfAnswer: Uint8Array | null = null;
    printToPDF(pdfOptions: unknown) {
      record('webContents.printToPDF', pdfOptions);
      if (this.pdfAnswer) return Promise.resolve(Buffer.from(this.pdfAnswer));
      return Promise.reject(new Error('electron stand-in: printToPDF is not answered'));
    }

    /** A test adds a frame inside the page (an iframe), at `url`. */
    addSubframe(url: string): StandInFrame {
      const frame = new StandInFrame(this.mainFrame);
      frame.url = url;
      return frame;
    }

    /**
     * Fires a navigation event the way Electron does: `will-navigate` (a link,
     * a script setting `location`, a file dropped on the window),
     * `will-redirect` or `will-frame-navigate`, with the details object as
     * the first argument and the deprecated positional ones after it.
     * Returns whether a listener prevented it.
     */
    fireNavigation(event: 'will-navigate' | 'will-redirect' | 'will-frame-navigate', url: string, frame: StandInFrame = this.mainFrame): boolean {
      const isMainFrame = frame === this.mainFrame;
      const details = electronEvent({ url, isSameDocument: false, isMainFrame, frame, initiator: this.mainFrame });
      this.emit(event, details, url, false, isMainFrame, frame.processId, frame.routingId);
      return details.defaultPrevented;
    }

    /** What `window.open(url)` (or a link with a target) would get from the app's handler; null when it set none. */
    openWindow(url: string): WindowOpenHandlerResponse | null {
      if (!this.windowOpenHandler) return null;
      return this.windowOpenHandler({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' } });
    }
  }

  // ---- windows ---------------------------------------------------------------

  const windows: StandInBrowserWindow[] = [];

  class StandInBrowserWindow extends EventEmitter {
    static getAllWindows() {
      return windows.filter((window) => !window.destroyed);
    }
    static fromWebContents(contents: StandInWebContents) {
      return windows.find((window) => window.webContents === contents) ?? null;
    }
    static getFocusedWindow() {
      return windows.find((window) => window.focused && !window.destroyed) ?? null;
    }

    readonly webContents = new StandInWebContents();
    destroyed = false;
    minimized = false;
    visible = false;
    focused = false;

    constructor(readonly options: BrowserWindowConstructorOptions = {}) {
      super();
      record('BrowserWindow', options);
      windows.push(this);
      this.visible = options.show ?? true;
    }
    loadURL(url: string, loadOptions?: unknown) {
      return this.webContents.loadURL(url, loadOptions);
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      record('BrowserWindow.destroy');
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
    }
    close() {
      record('BrowserWindow.close');
      this.destroy();
    }
    show() {
      record('BrowserWindow.show');
      this.visible = true;
    }
    hide() {
      record('BrowserWindow.hide');
      this.visible = false;
    }
    focus() {
      record('BrowserWindow.focus');
      this.focused = true;
    }
    isVisible() {
      return this.visible;
    }
    isFocused() {
      return this.focused;
    }
    isMinimized() {
      return this.minimized;
    }
    minimize() {
      this.minimized = true;
    }
    restore() {
      record('BrowserWindow.restore');
      this.minimized = false;
    }
    setTitle(title: string) {
      record('BrowserWindow.setTitle', title);
    }
  }

  // ---- IPC ----------------------------------------------------------------------

  type InvokeHandler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;
  const invokeHandlers = new Map<string, InvokeHandler>();

  class StandInIpcMain extends EventEmitter implements Pick<IpcMain, 'handle' | 'handleOnce' | 'removeHandler'> {
    /** How many times each channel was given a handler. */
    readonly registrations = new Map<string, number>();
    handle(channel: string, listener: InvokeHandler) {
      record('ipcMain.handle', channel);
      this.registrations.set(channel, (this.registrations.get(channel) ?? 0) + 1);
      // As Electron does: a second handler for a channel is an error, not a replacement.
      if (invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      invokeHandlers.set(channel, listener);
    }
    handleOnce(channel: string, listener: InvokeHandler) {
      this.handle(channel, listener);
    }
    removeHandler(channel: string) {
      record('ipcMain.removeHandler', channel);
      invokeHandlers.delete(channel);
    }

    /**
     * What `ipcRenderer.invoke(channel, ...args)` in a page would get: the
     * handler's answer for a call from `sender`, from its `frame` (the top
     * frame unless given; null for a frame that is gone).
     */
    async invoke(channel: string, sender: StandInWebContents, frame: StandInFrame | null | undefined, ...args: unknown[]): Promise<unknown> {
      const handler = invokeHandlers.get(channel);
      // What Electron rejects the renderer's invoke with when no handler is registered.
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const senderFrame = frame === undefined ? sender.mainFrame : frame;
      const event = electronEvent({
        sender,
        senderFrame,
        processId: senderFrame?.processId ?? 0,
        frameId: senderFrame?.routingId ?? 0,
        type: 'frame' as const,
      });
      return handler(event as unknown as IpcMainInvokeEvent, ...structuredClone(args));
    }
  }
  const ipcMain = new StandInIpcMain();

  // ---- protocol --------------------------------------------------------------------

  type ProtocolHandler = (request: Request) => Response | Promise<Response>;
  const protocolHandlers = new Map<string, ProtocolHandler>();
  const protocol: Pick<Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'> & {
    request(url: string, init?: RequestInit): Promise<Response>;
  } = {
    registerSchemesAsPrivileged: (customSchemes: CustomScheme[]) => record('protocol.registerSchemesAsPrivileged', customSchemes),
    handle: (scheme: string, handler: ProtocolHandler) => {
      record('protocol.handle', scheme);
      protocolHandlers.set(scheme, handler);
    },
    unhandle: (scheme: string) => {
      record('protocol.unhandle', scheme);
      protocolHandlers.delete(scheme);
    },
    isProtocolHandled: (scheme: string) => protocolHandlers.has(scheme),
    /** A request the page makes to a custom scheme, answered by the app's handler (Electron answers 404-ish errors itself when there is none). */
    request: async (url: string, init?: RequestInit) => {
      const scheme = new URL(url).protocol.slice(0, -1);
      const handler = protocolHandlers.get(scheme);
      if (!handler) throw new Error(`electron stand-in: no handler for the '${scheme}' scheme`);
      return handler(new Request(url, init));
    },
  };

  // ---- net, shell, dialog, Menu ----------------------------------------------------

  const net: Pick<Net, 'fetch' | 'isOnline'> = {
    // There is no network here and the stand-in answers nothing: a fetch is recorded and fails.
    fetch: (input: string | Request, init?: RequestInit) => {
      record('net.fetch', typeof input === 'string' ? input : input.url, init);
      return Promise.reject(new Error('electron stand-in: net.fetch is not answered'));
    },
    isOnline: () => false,
  };

  const shell: Pick<Shell, 'openExternal' | 'openPath' | 'showItemInFolder' | 'beep'> = {
    openExternal: (url: string, externalOptions?: unknown) => {
      record('shell.openExternal', url, externalOptions);
      return Promise.resolve();
    },
    openPath: (path: string) => {
      record('shell.openPath', path);
      return Promise.resolve('');
    },
    showItemInFolder: (fullPath: string) => record('shell.showItemInFolder', fullPath),
    beep: () => record('shell.beep'),
  };

  /** What the next dialogs answer; cancelled unless a test says otherwise. */
  const dialogAnswers = {
    save: { canceled: true, filePath: '' } as Awaited<ReturnType<Dialog['showSaveDialog']>>,
    open: { canceled: true, filePaths: [] as string[] } as Awaited<ReturnType<Dialog['showOpenDialog']>>,
  };
  // The window argument is optional in front, as Electron's dialogs take it.
  const dialogOptions = (args: unknown[]) => args[args.length - 1];
  const dialog = {
    showSaveDialog: (...args: unknown[]) => {
      record('dialog.showSaveDialog', dialogOptions(args));
      return Promise.resolve(dialogAnswers.save);
    },
    showOpenDialog: (...args: unknown[]) => {
      record('dialog.showOpenDialog', dialogOptions(args));
      return Promise.resolve(dialogAnswers.open);
    },
    showMessageBox: (...args: unknown[]) => {
      record('dialog.showMessageBox', dialogOptions(args));
      return Promise.resolve({ response: 0, checkboxChecked: false });
    },
    showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
  };

  const Menu = {
    setApplicationMenu: (menu: unknown) => record('Menu.setApplicationMenu', menu),
    getApplicationMenu: () => null,
    buildFromTemplate: (template: unknown) => {
      record('Menu.buildFromTemplate', template);
      return { items: template, popup: () => record('Menu.popup') };
    },
  };

  // ---- the preload's side --------------------------------------------------------------

  /** What `ipcRenderer.invoke` answers in the preload; the test says. */
  let rendererInvoke: (channel: string, ...args: unknown[]) => unknown = () => undefined;
  const exposed = new Map<string, unknown>();
  const contextBridge: Pick<ContextBridge, 'exposeInMainWorld'> = {
    exposeInMainWorld: (apiKey: string, api: unknown) => {
      record('contextBridge.exposeInMainWorld', apiKey);
      exposed.set(apiKey, api);
    },
  };
  const ipcRenderer: Pick<IpcRenderer, 'invoke' | 'send' | 'on'> = {
    invoke: (channel: string, ...args: unknown[]) => {
      record('ipcRenderer.invoke', channel, ...args);
      return Promise.resolve(rendererInvoke(channel, ...args));
    },
    send: (channel: string, ...args: unknown[]) => record('ipcRenderer.send', channel, ...args),
    on: (channel: string) => {
      record('ipcRenderer.on', channel);
      return ipcRenderer as IpcRenderer;
    },
  };
  const webUtils = {
    getPathForFile: (file: unknown) => {
      record('webUtils.getPathForFile', file);
      return '';
    },
  };

  /** What `require('electron')` returns to the bundles. */
  const module = {
    app,
    BrowserWindow: StandInBrowserWindow,
    ipcMain,
    protocol,
    session,
    net,
    shell,
    dialog,
    Menu,
    contextBridge,
    ipcRenderer,
    webUtils,
  };

  return {
    module,
    calls,
    /** The recorded calls to one API, in order. */
    callsTo: (api: string) => calls.filter((call) => call.api === api),
    app,
    windows,
    ipcMain,
    protocol,
    session,
    dialogAnswers,
    exposed,
    answerInvoke: (answer: typeof rendererInvoke) => void (rendererInvoke = answer),
    /** A web contents no window of the app owns (another app's page, a DevTools window). */
    foreignWebContents: () => new StandInWebContents(),
    /** Fires `ready`, as Electron does once it has started. */
    ready() {
      isReady = true;
      resolveReady();
      app.emit('ready', electronEvent({}), {});
    },
  };
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>;
export type StandInWindow = ElectronStandIn['windows'][number];

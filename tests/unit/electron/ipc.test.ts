import type { BrowserWindow, WebContents } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type Mock, type MockInstance } from 'vitest';
import { registerIpc } from '../../../electron/ipc';
import { setWindowRole } from '../../../electron/window';
import type { WindowRole } from '../../../electron/page-identity';
import { CHANNEL_NAMES, IPC_PREFIX, type ChannelName } from '../../../shared/ipc/channels';
import type { Handlers } from '../../../shared/ipc/contract';
import { electronStandIn } from '../../support/electron-module';
import type { StandInWindow } from '../../main/support/electron-stand-in';
import { exampleDraft } from '../../support/fixtures';

/**
 * electron/ipc.ts from its source, on the recording stand-in for `electron`:
 * which channels it registers, whom it answers (the top frame of one of the
 * app's open windows showing our page; a print window only what its page
 * reads) and that arguments are parsed before a handler runs. The handlers
 * are recording fakes: what is asserted is ipc.ts's own decision. The main
 * tier (tests/main/ipc.test.ts) runs the same code in the built bundle.
 */
vi.mock('electron', async () => (await import('../../support/electron-module')).electronModule());

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: '' } };
const OUR_PAGE = 'app://samverka/index.html#/';

/** Handlers that record their calls and answer `answer-<channel>`. */
const handlers = Object.fromEntries(CHANNEL_NAMES.map((name) => [name, vi.fn(async () => `answer-${name}`)])) as unknown as Handlers & Record<ChannelName, Mock>;

/** The windows registerIpc is told are open. */
let open: StandInWindow[] = [];

/** A window of the app's, at our page, with its role recorded as the window makers record it. */
async function appWindow(role: WindowRole): Promise<StandInWindow> {
  const window = new (electronStandIn().module.BrowserWindow)({ show: false });
  setWindowRole(window.webContents as unknown as WebContents, role);
  await window.loadURL(OUR_PAGE);
  return window;
}

let main: StandInWindow;
let warn: MockInstance<typeof console.warn>;
beforeAll(async () => {
  registerIpc(handlers, () => open as unknown as BrowserWindow[]);
  main = await appWindow('main');
});
beforeEach(async () => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  for (const handler of Object.values(handlers)) handler.mockClear();
  open = [main];
  await main.loadURL(OUR_PAGE);
});
afterAll(() => vi.restoreAllMocks());

/** What a page in `window` (its top frame unless `frame` says otherwise) gets for `invoke(channel, ...args)`. */
const invoke = (window: StandInWindow, channel: string, args: unknown[] = [], frame?: ReturnType<StandInWindow['webContents']['addSubframe']> | null) =>
  electronStandIn().ipcMain.invoke(IPC_PREFIX + channel, window.webContents, frame, ...args);

describe('registerIpc', () => {
  it('registers every channel of the contract once, under the app\u2019s prefix, and nothing else', () => {
    const { registrations } = electronStandIn().ipcMain;
    expect([...registrations.keys()].sort()).toEqual(CHANNEL_NAMES.map((name) => IPC_PREFIX + name).sort());
    expect([...registrations.values()].every((count) => count === 1)).toBe(true);
  });

  it('answers the main window on every channel, with the handler\u2019s value', async () => {
    await expect(invoke(main, 'listDrafts')).resolves.toEqual({ ok: true, value: 'answer-listDrafts' });
    const draft = exampleDraft();
    await expect(invoke(main, 'saveDraft', [draft])).resolves.toEqual({ ok: true, value: 'answer-saveDraft' });
    expect(handlers.saveDraft).toHaveBeenCalledWith(expect.objectContaining({ id: draft.id, title: draft.title }));
  });

  it('parses the arguments before a handler runs: arguments outside the contract reach none', async () => {
    const reply = (await invoke(main, 'getDraft', ['../../etc/passwd'])) as { ok: boolean; error?: { code: string } };
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(handlers.getDraft).not.toHaveBeenCalled();
  });

  it('drops, unanswered and logged, a call from a page that is not ours, and runs no handler', async () => {
    await main.loadURL('file:///home/anna/inbjudan.html');
    await expect(invoke(main, 'listDrafts')).resolves.toEqual(FORBIDDEN);
    expect(handlers.listDrafts).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith('Samverka: dropped listDrafts from a sender that may not call it');
  });

  it('drops a call from an iframe, even at our page, and from a frame that is gone', async () => {
    await expect(invoke(main, 'listDrafts', [], main.webContents.addSubframe(OUR_PAGE))).resolves.toEqual(FORBIDDEN);
    await expect(invoke(main, 'listDrafts', [], null)).resolves.toEqual(FORBIDDEN);
    expect(handlers.listDrafts).not.toHaveBeenCalled();
  });

  it('drops a call from web contents that are not among the open windows, or that the app made no role for', async () => {
    const closed = await appWindow('main');
    await expect(invoke(closed, 'listDrafts')).resolves.toEqual(FORBIDDEN);
    const stranger = new (electronStandIn().module.BrowserWindow)({ show: false });
    await stranger.loadURL(OUR_PAGE);
    open = [main, stranger];
    await expect(invoke(stranger, 'listDrafts')).resolves.toEqual(FORBIDDEN);
    open = [main, closed];
    closed.destroy();
    await expect(invoke(closed, 'listDrafts')).resolves.toEqual(FORBIDDEN);
    expect(handlers.listDrafts).not.toHaveBeenCalled();
  });

  it('answers a print window only the reads its document page makes', async () => {
    const print = await appWindow('document');
    open = [main, print];
    const id = exampleDraft().id;
    await expect(invoke(print, 'getDraft', [id])).resolves.toEqual({ ok: true, value: 'answer-getDraft' });
    await expect(invoke(print, 'listDrafts')).resolves.toEqual({ ok: true, value: 'answer-listDrafts' });
    await expect(invoke(print, 'saveDraft', [exampleDraft()])).resolves.toEqual(FORBIDDEN);
    await expect(invoke(print, 'deleteDraft', [id])).resolves.toEqual(FORBIDDEN);
    expect(handlers.saveDraft).not.toHaveBeenCalled();
    expect(handlers.deleteDraft).not.toHaveBeenCalled();
  });

  it('logs what a handler threw unexpectedly, and answers in Swedish without it', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handlers.listExamples.mockRejectedValueOnce(new Error('boom'));
    const reply = (await invoke(main, 'listExamples')) as { ok: boolean; error?: { code: string } };
    expect(reply).toMatchObject({ ok: false, error: { code: 'unexpected' } });
    expect(error).toHaveBeenCalledWith('Samverka: listExamples failed', expect.any(Error));
  });
});

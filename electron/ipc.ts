import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../shared/ipc/channels';
import type { Handlers } from '../shared/ipc/contract';
import { dispatch } from '../shared/ipc/dispatch';
import { mayCall, type IpcCaller } from './page-identity';
import { identity, windowRole } from './window';

/**
 * Registers a handler for every channel of the contract. A call is answered
 * only when it comes from the top frame of one of `windows` (the main window
 * and the hidden print windows open at the time) showing our own document,
 * and a print window only on the channels its document page reads
 * (electron/page-identity.ts, `mayCall`); anything else is dropped
 * unanswered and logged. Arguments are parsed with the channel's schema
 * before a service sees them (in dispatch).
 */
export function registerIpc(handlers: Handlers, windows: () => readonly (BrowserWindow | null)[]): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, async (event, ...args: unknown[]) => {
      if (!mayCall(callerOf(event, windows()), name, identity())) {
        console.warn(`Samverka: dropped ${name} from a sender that may not call it`);
        return { ok: false, error: { code: 'forbidden', message: '' } };
      }
      return dispatch(handlers, name, args, (error) => console.error(`Samverka: ${name} failed`, error));
    });
  }
}

/**
 * Who sent a call, as far as Electron tells: the role of the window whose
 * web contents sent it (none unless it is one of `windows` and one we made),
 * the URL of the sending frame (null once the frame is gone) and whether it
 * is the window's top frame.
 */
function callerOf(event: IpcMainInvokeEvent, windows: readonly (BrowserWindow | null)[]): IpcCaller {
  const ours = windows.some((window) => window && !window.isDestroyed() && window.webContents === event.sender);
  const role = ours ? windowRole(event.sender) : null;
  try {
    const frame = event.senderFrame;
    if (!frame) return { role, frameUrl: null, topFrame: false };
    return { role, frameUrl: frame.url, topFrame: frame.parent === null };
  } catch {
    // Electron throws when a frame is read after it was disposed: a frame that is gone sends nothing.
    return { role, frameUrl: null, topFrame: false };
  }
}

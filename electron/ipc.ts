import { ipcMain, type BrowserWindow } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../shared/ipc/channels';
import type { Handlers } from '../shared/ipc/contract';
import { dispatch } from '../shared/ipc/dispatch';
import { isOwnFrame } from './window';

/**
 * Registers a handler for every channel of the contract. A call from any
 * frame but our own page in one of `windows` (the main window and the hidden
 * print windows open at the time) is dropped unanswered; arguments are
 * parsed with the channel's schema before a service sees them (in dispatch).
 */
export function registerIpc(handlers: Handlers, windows: () => readonly (BrowserWindow | null)[]): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + name, async (event, ...args: unknown[]) => {
      if (!isOwnFrame(windows(), event.sender, event.senderFrame?.url)) {
        console.warn(`Samverka: dropped ${name} from an unknown sender`);
        return { ok: false, error: { code: 'forbidden', message: '' } };
      }
      return dispatch(handlers, name, args, (error) => console.error(`Samverka: ${name} failed`, error));
    });
  }
}

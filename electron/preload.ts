import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../shared/ipc/channels';
import type { Bridge } from '../shared/ipc/contract';

// One named async function per contract channel; the page never sees
// ipcRenderer or an event object, only the reply.
const bridge = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(IPC_PREFIX + name, ...args)]),
) as Bridge;

contextBridge.exposeInMainWorld('samverka', bridge);

import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import type { Bridge } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { openServices } from '../e2e/host/server';

/**
 * A bridge for component tests: the real handlers and real storage in
 * `dataDir`, reached through the same dispatch as Electron's IPC. Arguments
 * and replies go through JSON, as they would through a transport.
 */
export async function createNodeBridge({ dataDir, exportDir }: { dataDir: string; exportDir: string }) {
  const { store, handlers } = await openServices({ dataDir, exportDir });
  const bridge = Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      async (...args: unknown[]) => JSON.parse(JSON.stringify(await dispatch(handlers, name, JSON.parse(JSON.stringify(args))))),
    ]),
  ) as Bridge;
  return { bridge, store, close: () => store.flush() };
}

import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import type { Bridge, Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { openServices } from '../e2e/host/server';

/**
 * A bridge for component tests: the real handlers and real storage in
 * `dataDir`, reached through the same dispatch as Electron's IPC. Arguments
 * and replies go through JSON, as they would through a transport.
 */
export async function createNodeBridge({ dataDir, exportDir }: { dataDir: string; exportDir: string }) {
  const { store, handlers } = await openServices({ dataDir, exportDir });
  return { bridge: bridgeOver(handlers), store, close: () => store.flush() };
}

/** A bridge over `handlers`, reached through the same dispatch as Electron's IPC: arguments and replies through JSON, as a transport carries them. */
export function bridgeOver(handlers: Handlers): Bridge {
  return Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      async (...args: unknown[]) => JSON.parse(JSON.stringify(await dispatch(handlers, name, JSON.parse(JSON.stringify(args))))),
    ]),
  ) as Bridge;
}

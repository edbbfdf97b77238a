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
  const calls = new Set<Promise<unknown>>();
  return {
    bridge: bridgeOver(handlers, calls),
    store,
    /** Once every call made so far has answered (a save an unmounting editor started among them), the store's pending writes. */
    async close() {
      while (calls.size > 0) await Promise.allSettled([...calls]);
      await store.flush();
    },
  };
}

/**
 * A bridge over `handlers`, reached through the same dispatch as Electron's
 * IPC: arguments and replies through JSON, as a transport carries them.
 * Each call is in `calls` until it has answered.
 */
export function bridgeOver(handlers: Handlers, calls = new Set<Promise<unknown>>()): Bridge {
  const call = async (name: (typeof CHANNEL_NAMES)[number], args: unknown[]) =>
    JSON.parse(JSON.stringify(await dispatch(handlers, name, JSON.parse(JSON.stringify(args)))));
  return Object.fromEntries(
    CHANNEL_NAMES.map((name) => [
      name,
      (...args: unknown[]) => {
        const answer = call(name, args);
        calls.add(answer);
        void answer.finally(() => calls.delete(answer)).catch(() => {});
        return answer;
      },
    ]),
  ) as Bridge;
}

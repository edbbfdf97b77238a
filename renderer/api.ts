import { CHANNEL_NAMES } from '../shared/ipc/channels';
import type { Api, Bridge, Reply } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts (or, in tests, by the e2e host's bridge). */
    samverka: Bridge;
  }
}

/** An error reported by the Node side; `message` is Swedish and meant for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function unwrap<T>(reply: Promise<Reply<T>>): Promise<T> {
  const result = await reply;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

/**
 * The renderer's only way to the rest of the app: one async function per
 * contract channel, resolving to its value or rejecting with an ApiError.
 */
export function createApi(bridge: () => Bridge): Api {
  const entries = CHANNEL_NAMES.map((name) => {
    const call = (...args: unknown[]) => (bridge()[name] as (...a: unknown[]) => Promise<Reply<unknown>>)(...args);
    return [name, (...args: unknown[]) => unwrap(call(...args))];
  });
  return Object.fromEntries(entries) as Api;
}

/** Looked up at each call, so tests can install a bridge after this module loads. */
export const api: Api = createApi(() => window.samverka);

import type { ChannelName } from '../../shared/ipc/channels';
import type { ChannelArgs, ChannelResult, Handlers, Reply } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';

/**
 * Calls one channel of the contract as a page does, typed by the contract
 * (shared/ipc/contract.ts): a channel name takes that channel's arguments
 * and resolves to its result; a failure rejects with its Swedish message.
 */
export type Call = <K extends ChannelName>(name: K, ...args: ChannelArgs<K>) => Promise<ChannelResult<K>>;

/** Carries a call to whatever answers the contract (the e2e host over HTTP, say) and brings back its reply. */
export type Transport = (name: ChannelName, args: unknown[]) => Promise<Reply<unknown>>;

/**
 * The tests' one way to call the contract: on handlers in this process
 * (through `dispatch`, so arguments are parsed by the contract as the
 * window's are) or over any other transport.
 */
export function caller(over: Handlers | Transport): Call {
  const send: Transport = typeof over === 'function' ? over : (name, args) => dispatch(over, name, args);
  return async (name, ...args) => {
    const reply = await send(name, args);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.value as ChannelResult<typeof name>;
  };
}

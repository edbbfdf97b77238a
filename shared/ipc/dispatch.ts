import { UserError } from '../errors';
import { describeField } from '../i18n/terms';
import { IPC_MESSAGE } from '../i18n/app';
import { FILE_SYSTEM_MESSAGE, fileSystemCode } from '../i18n/file-system';
import { CHANNEL_NAMES, type ChannelName } from './channels';
import { CONTRACT, type Handlers, type Reply } from './contract';

const isChannel = (name: string): name is ChannelName => (CHANNEL_NAMES as readonly string[]).includes(name);

/**
 * Answers one call of the contract, whatever carried it (Electron IPC or the
 * e2e host's HTTP): checks the channel name, parses the arguments with the
 * channel's schema, calls the handler, and turns every outcome into a Reply.
 * Arguments that fail the schema never reach a handler.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawArgs: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<Reply<unknown>> {
  if (!isChannel(name)) return { ok: false, error: { code: 'unknown-channel', message: IPC_MESSAGE.unknownChannel(name) } };
  const parsed = CONTRACT[name].args.safeParse(rawArgs);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => describeField(issue.path.slice(1)));
    return { ok: false, error: { code: 'invalid-arguments', message: IPC_MESSAGE.invalidArguments([...new Set(fields)]) } };
  }
  try {
    const handler = handlers[name] as (...args: unknown[]) => Promise<unknown>;
    const value = await handler(...(parsed.data as unknown[]));
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (error instanceof UserError) return { ok: false, error: { code: error.code, message: error.message } };
    onUnexpected(error);
    // A full disk, a missing permission or a file held by the antivirus is no surprise to a user: it is said in Swedish, with what to do.
    const code = fileSystemCode(error);
    if (code) return { ok: false, error: { code: 'file-system', message: FILE_SYSTEM_MESSAGE.failed(code, lastSegment((error as { path?: unknown }).path)) } };
    return { ok: false, error: { code: 'unexpected', message: IPC_MESSAGE.unexpected(error instanceof Error ? error.message : String(error)) } };
  }
}

/** The last part of a path (`borttagna` of `C:\\…\\bibliotek\\borttagna`), or undefined; shared/ has no node:path. */
function lastSegment(path: unknown): string | undefined {
  if (typeof path !== 'string') return undefined;
  return path.split(/[\\/]/).filter(Boolean).pop();
}

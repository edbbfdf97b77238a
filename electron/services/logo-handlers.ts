import { open } from 'node:fs/promises';
import { encodeBase64, probeImage, type ImageProblem } from '../../shared/draft/image';
import { LIMITS } from '../../shared/draft/limits';
import type { PartyLogo } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import type { Handlers } from '../../shared/ipc/contract';
import { LOGO_MESSAGE, pickedLogoMessage } from '../../shared/i18n/logo';
import { fileSystemCause } from '../../shared/i18n/file-system';
import type { ServiceDeps } from './service-deps';

/**
 * "Lägg till logotyp": the dialog asks for a PNG or JPEG, and the file is
 * checked here before the renderer sees a byte of it. Its size is asked of
 * the open file first, so a 50 MB photo is refused without being read, and no
 * more than the limit is ever read even if the file grows meanwhile. Its
 * format comes from its bytes, not its name: a JPEG saved as .png is taken as
 * the JPEG it is.
 */
export function createLogoHandlers({ chooseOpenPath }: ServiceDeps): Pick<Handlers, 'pickLogo'> {
  return {
    pickLogo: async (): Promise<PartyLogo | null> => {
      const source = await chooseOpenPath('image');
      if (!source) return null;
      const bytes = await readLimited(source, LIMITS.logoBytes);
      const probe = probeImage(bytes);
      if (!probe.ok) throw refusal(probe.problem);
      return { mediaType: probe.image.mediaType, data: encodeBase64(bytes), alt: '' };
    },
  };
}

const refusal = (problem: ImageProblem) => new UserError(`logo-${problem.kind}`, pickedLogoMessage(problem));

/** The file's bytes if it has at most `limit` of them; a larger one is refused after reading at most `limit + 1`. */
async function readLimited(file: string, limit: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new UserError('logo-not-a-file', LOGO_MESSAGE.notAFile());
    if (stats.size > limit) throw refusal({ kind: 'too-large', bytes: stats.size });
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    // Grown since it was measured: what size it has now is unknown, only that it is over the limit.
    if (length > limit) throw refusal({ kind: 'too-large', bytes: (await handle.stat()).size });
    return buffer.subarray(0, length);
  } catch (error) {
    throw error instanceof UserError ? error : unreadable(error);
  } finally {
    await handle.close();
  }
}

function unreadable(error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException)?.code;
  return new UserError('logo-unreadable', LOGO_MESSAGE.unreadable(code === 'ENOENT' ? LOGO_MESSAGE.missing : fileSystemCause(code)));
}

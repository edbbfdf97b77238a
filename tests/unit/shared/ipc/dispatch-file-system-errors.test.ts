import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../../shared/ipc/channels';
import type { Handlers } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { DATA_FOLDER_MESSAGE, diskProblemMessage, readOnlyReasonOf } from '../../../../shared/i18n/data';
import { failureDetail, fileSystemAdvice, fileSystemCause } from '../../../../shared/i18n/file-system';

/**
 * What a user reads when the disk says no: never "Ett oväntat fel inträffade:
 * ENOSPC: no space left on device, write", but what is wrong and what to do,
 * in Swedish, for every error the operating system gives in an office: a full
 * or read-only disk, a missing permission, a folder or network drive that is
 * gone, a file held by another program (on Windows often the antivirus,
 * EBUSY or EPERM).
 */

/** An error as Node's fs gives it. */
const osError = (code: string, syscall: string, path?: string) =>
  Object.assign(new Error(`${code}: ${syscall} failed${path ? `, ${syscall} '${path}'` : ''}`), { code, syscall, errno: -1, ...(path ? { path } : {}) });

/** Handlers where every channel fails with `error`. */
const failing = (error: unknown) => Object.fromEntries(CHANNEL_NAMES.map((name) => [name, async () => Promise.reject(error)])) as unknown as Handlers;

const CODES = ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'ENOENT', 'ENOTDIR', 'EBUSY', 'EIO', 'ETIMEDOUT', 'EHOSTDOWN', 'ESTALE', 'EMFILE', 'EXDEV'];

describe('an OS error at the boundary', () => {
  it('is said in Swedish with what to do, never led by its code', async () => {
    for (const code of CODES) {
      const reply = await dispatch(failing(osError(code, 'write', 'C:\\Users\\anna\\AppData\\Roaming\\Samverka\\bibliotek\\borttagna')), 'listDrafts', []);
      expect(reply.ok).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.code, code).toBe('file-system');
      expect(reply.error.message, code).toMatch(/^Filen eller mappen ”borttagna” kunde inte läsas eller skrivas: /);
      expect(reply.error.message, code).not.toMatch(/oväntat fel inträffade|no space left|\bE[A-Z]{3,}\b|write/);
      expect(reply.error.message, code).toMatch(/försök igen/i);
    }
  });

  it('says what the message of the full disk and of a folder that is gone say', async () => {
    const full = await dispatch(failing(osError('ENOSPC', 'write')), 'saveDraft', [{}]);
    // Arguments are checked first: a save that reaches a full disk is a valid one; any channel shows the wording.
    expect(full.ok).toBe(false);
    const reply = await dispatch(failing(osError('ENOSPC', 'write')), 'listDrafts', []);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'file-system', message: 'En fil kunde inte läsas eller skrivas: disken är full. Frigör utrymme på disken (töm papperskorgen eller ta bort stora filer) och försök igen.' },
    });
    const gone = await dispatch(failing(osError('ENOENT', 'mkdir', '/home/anna/.config/Samverka/bibliotek/borttagna')), 'listDrafts', []);
    expect(gone).toMatchObject({
      error: {
        message:
          'Filen eller mappen ”borttagna” kunde inte läsas eller skrivas: mappen finns inte. Kontrollera att mappen finns och att nätverksenheten är ansluten, och försök igen.',
      },
    });
    const antivirus = await dispatch(failing(osError('EPERM', 'rename', 'C:\\data\\drafts\\x.json')), 'listDrafts', []);
    expect(antivirus).toMatchObject({ error: { message: expect.stringContaining('filen är låst av ett annat program (till exempel ett antivirusprogram)') } });
  });

  it('leaves an error that is not the file system’s as an unexpected one', async () => {
    const reply = await dispatch(failing(new TypeError('x is undefined')), 'listDrafts', []);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unexpected', message: 'Ett oväntat fel inträffade: x is undefined' } });
  });
});

describe('the Swedish words for OS errors', () => {
  it('knows every code a user meets, and names an unknown one after its words', () => {
    for (const code of CODES) expect(fileSystemCause(code), code).not.toMatch(/oväntat/);
    expect(fileSystemCause('EWHATEVER')).toBe('ett oväntat fel i filsystemet (EWHATEVER)');
    expect(fileSystemAdvice('ENOSPC')).toMatch(/^Frigör utrymme/);
    expect(fileSystemAdvice('EBUSY')).toMatch(/^Stäng programmet som använder filen/);
    // Inside a feature's own message: the cause in words, other errors by their message.
    expect(failureDetail(osError('ENOSPC', 'write'))).toBe('disken är full');
    expect(failureDetail(new Error('Target page, context or browser has been closed'))).toBe('Target page, context or browser has been closed');
  });

  it('turns the code of a folder that cannot be written into the banner’s reason and words', () => {
    expect(readOnlyReasonOf('ENOSPC')).toBe('disk-full');
    expect(readOnlyReasonOf('EROFS')).toBe('read-only');
    expect(readOnlyReasonOf('EACCES')).toBe('no-access');
    expect(readOnlyReasonOf('EPERM')).toBe('no-access');
    expect(readOnlyReasonOf('ENOENT')).toBe('unreachable');
    expect(readOnlyReasonOf('EBUSY')).toBe('busy');
    expect(readOnlyReasonOf(undefined)).toBe('failed');
    for (const code of [...CODES, undefined]) {
      const message = diskProblemMessage(readOnlyReasonOf(code), 'X:\\Samverka', fileSystemCause(code));
      expect(message).toMatch(/välj ”Försök igen”/i);
      expect(message).not.toMatch(/^E[A-Z]/);
    }
    expect(DATA_FOLDER_MESSAGE.locked({ user: 'anna', computer: 'KOMMUN-PC12', since: new Date(2026, 2, 12, 9, 12).toISOString() }, false, new Date(2026, 2, 12, 10))).toMatch(
      /^Öppnad av anna på KOMMUN-PC12 sedan 09:12 – du kan läsa men inte ändra\./,
    );
  });
});

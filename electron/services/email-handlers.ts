import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { clockTime, localIsoDate } from '../../shared/calendar';
import { fileNameStem, sharedDraftFileName, suggestFileName } from '../../shared/draft/file-name';
import { UserError } from '../../shared/errors';
import { EMAIL_MESSAGE } from '../../shared/i18n/email';
import { fileSystemCause } from '../../shared/i18n/file-system';
import { EMAIL_ATTACHMENTS, type EmailAttachment, type Handlers } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import { writeDocx } from './docx-export';
import { buildEml, contentTypeOf } from './email';
import { documentContext } from './document-context';
import type { ServiceDeps } from './service-deps';
import { sharedDraftText } from './sharing';

/** One file of an email: its name in the outbox and how it is written there. */
interface PlannedFile {
  attachment: EmailAttachment;
  fileName: string;
  write: (target: string) => Promise<void>;
}

/**
 * "Skicka med e-post". The chosen files are written, under their SKR names,
 * into a fresh folder of the outbox (`<outbox>/2026-03-12-1402-<name>/`,
 * never an existing one, so nothing is ever replaced), then an `.eml` draft
 * carrying exactly those bytes beside them, which the system's mail program
 * opens; where that fails, the file manager shows it. A failure while
 * writing removes the folder: no half-made email is left behind. The version
 * that was sent is kept ("Skickad som e-post") and the email is listed among
 * the draft's recent exports.
 */
export function createEmailHandlers(deps: ServiceDeps): Pick<Handlers, 'createEmail'> {
  const { store, history, exports, bestEffort } = deps;
  return {
    createEmail: async (id, request) => {
      const draft = await store.get(id);
      const wanted = EMAIL_ATTACHMENTS.filter((attachment) => request.attachments.includes(attachment));
      const context = wanted.some((attachment) => attachment !== 'utkast') ? await documentContext(store, draft, request.withPromises) : {};
      const withPromises = (context.appendices?.length ?? 0) > 0;
      const files = wanted.map((attachment): PlannedFile => {
        switch (attachment) {
          case 'docx':
            return { attachment, fileName: suggestFileName(draft, 'docx', { withPromises }), write: (target) => writeDocx(draft, target, context) };
          case 'pdf':
            return {
              attachment,
              fileName: suggestFileName(draft, 'pdf', { withPromises }),
              write: async (target) => writeFileAtomic(target, await makePdf(deps, draft.id, withPromises)),
            };
          case 'utkast':
            return { attachment, fileName: sharedDraftFileName(draft), write: (target) => writeFileAtomic(target, sharedDraftText(draft)) };
        }
      });

      const now = deps.now?.() ?? new Date();
      const stem = fileNameStem(draft);
      const folder = await freshFolder(deps.outboxDir, `${folderStamp(now)}-${stem}`);
      const emlName = `${stem}.eml`;
      const emlPath = path.join(folder, emlName);
      try {
        for (const file of files) await writing(file.fileName, () => file.write(path.join(folder, file.fileName)));
        // Read back from the disk: the email carries the very bytes that lie beside it.
        const attachments = await Promise.all(
          files.map(async ({ fileName }) => ({ fileName, contentType: contentTypeOf(fileName), bytes: await readFile(path.join(folder, fileName)) })),
        );
        const eml = await buildEml({ subject: request.subject, body: request.body, attachments, date: now });
        await writing(emlName, () => writeFileAtomic(emlPath, eml));
      } catch (error) {
        await rm(folder, { recursive: true, force: true }).catch(() => undefined);
        throw error;
      }

      await bestEffort("keeping a 'e-post' version", () => history.record(draft, 'e-post'));
      await exports.remember(draft.id, { kind: 'e-post', path: emlPath });
      let opened = true;
      try {
        await deps.openPath(emlPath);
      } catch (error) {
        opened = false;
        (deps.log ?? console.error)('Samverka: the email draft could not be opened; showing it in the file manager', error);
        await bestEffort('showing the email draft in the file manager', () => deps.revealPath(emlPath));
      }
      return { path: emlPath, fileName: emlName, attachments: files.map((file) => file.fileName), opened };
    },
  };
}

/** The PDF from the document printer; its failure in Swedish, as the printer's own message when it has one. */
async function makePdf(deps: ServiceDeps, draftId: string, withPromises: boolean): Promise<Uint8Array> {
  try {
    return await deps.documents.pdf({ draftId, withPromises });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('email-pdf-failed', EMAIL_MESSAGE.pdfFailed(error instanceof Error ? error.message : String(error)));
  }
}

/** Runs a write; a failure of the file system becomes a Swedish message naming the file (a UserError passes as it is). */
async function writing(fileName: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('email-write-failed', EMAIL_MESSAGE.writeFailed(fileName, fileSystemCause(errorCode(error))));
  }
}

/**
 * A new folder in the outbox named `name`, or `name-2`, `name-3` … when that
 * is taken: `mkdir` without `recursive` fails on an existing folder, so two
 * emails in the same minute never share (or replace) each other's files.
 */
async function freshFolder(outboxDir: string, name: string): Promise<string> {
  try {
    await mkdir(outboxDir, { recursive: true });
    for (let n = 1; ; n++) {
      const candidate = path.join(outboxDir, n === 1 ? name : `${name}-${n}`);
      try {
        await mkdir(candidate);
        return candidate;
      } catch (error) {
        if (errorCode(error) !== 'EEXIST' || n >= 1000) throw error;
      }
    }
  } catch (error) {
    const code = errorCode(error);
    const cause = code === 'EEXIST' || code === 'ENOTDIR' ? EMAIL_MESSAGE.notAFolder : fileSystemCause(code);
    throw new UserError('email-folder-failed', EMAIL_MESSAGE.folderFailed(outboxDir, cause));
  }
}

/** "2026-03-12-1402": the local time, so the outbox sorts by when each email was made. */
function folderStamp(date: Date): string {
  return `${localIsoDate(date)}-${clockTime(date).replace(':', '')}`;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;

import { Packer } from 'docx';
import { buildFollowUpReport } from '../../shared/documents/follow-up-report';
import { fileNameStem } from '../../shared/draft/file-name';
import type { Draft } from '../../shared/draft/schema';
import { UserError } from '../../shared/errors';
import { followUpCsv } from '../../shared/follow-up/csv';
import { swedishDay } from '../../shared/calendar';
import { FOLLOW_UP_MESSAGE, FOLLOW_UP_REPORT_TEXT } from '../../shared/i18n/follow-up';
import type { Handlers } from '../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-file';
import type { ServiceDeps } from './service-deps';

/**
 * Uppföljning: the follow-up of one activity, the report (.docx) and CSV of a
 * draft's follow-up, and "Starta nästa period". The files go through
 * `exports.save`, so they are listed among the draft's recent exports and the
 * version they describe is kept ("Uppföljning exporterad").
 */
export function createFollowUpHandlers(deps: ServiceDeps): Pick<Handlers, 'saveFollowUp' | 'exportFollowUpReport' | 'exportFollowUpCsv' | 'startNextPeriod'> {
  const { store, exports } = deps;
  const today = () => deps.now?.() ?? new Date();
  return {
    saveFollowUp: (id, activityId, input) => store.saveFollowUp(id, activityId, input),
    exportFollowUpReport: async (id) => {
      const draft = await store.get(id);
      const date = today();
      return exports.save({
        draft,
        kind: 'uppfoljning-docx',
        fileType: 'docx',
        suggestedName: followUpFileName(draft, date, 'docx'),
        reason: 'uppfoljning',
        write: (target) => writeFollowUp(target, async () => Packer.toBuffer(buildFollowUpReport(draft, { date }))),
      });
    },
    exportFollowUpCsv: async (id) => {
      const draft = await store.get(id);
      return exports.save({
        draft,
        kind: 'uppfoljning-csv',
        fileType: 'csv',
        suggestedName: followUpFileName(draft, today(), 'csv'),
        reason: 'uppfoljning',
        write: (target) => writeFollowUp(target, async () => followUpCsv(draft)),
      });
    },
    startNextPeriod: (id) => store.startNextPeriod(id),
  };
}

/**
 * `uppfoljning-medborgarlofte-for-soderhamn-2020-2021-2026-11-21.docx`: the
 * draft's own file name (SKR style), with what it is and the day it describes.
 */
export function followUpFileName(draft: Draft, date: Date, extension: string): string {
  return `${FOLLOW_UP_REPORT_TEXT.fileNamePrefix}-${fileNameStem(draft)}-${swedishDay(date) ?? ''}.${extension}`;
}

/** Makes a file's content and writes it whole or not at all; a failure says in Swedish that nothing changed. */
async function writeFollowUp(target: string, content: () => Promise<Uint8Array | string>): Promise<void> {
  try {
    await writeFileAtomic(target, await content());
  } catch (error) {
    throw new UserError('export-failed', FOLLOW_UP_MESSAGE.exportFailed(error instanceof Error ? error.message : String(error)));
  }
}

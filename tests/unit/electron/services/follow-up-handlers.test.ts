import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { tempDir } from '../../../support/fixtures';
import { caller } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';

/**
 * The follow-up channels through the contract (`dispatch` checks the
 * arguments as every transport does), on a real library, with the save
 * dialog answered by a folder.
 */

const TODAY = new Date('2026-11-21T23:30:00.000Z');

async function app() {
  const dataDir = tempDir();
  const exportDir = tempDir('samverka-export-');
  let t = TODAY.getTime();
  const now = () => new Date((t += 1000));
  const store = await DraftStore.open(dataDir, { now });
  const handlers = testHandlers(store, {
    chooseSavePath: async (name) => path.join(exportDir, name),
    now: () => TODAY,
  });
  const call = caller(handlers);
  /** The example, stored and marked klar. */
  const klar = async () => {
    const draft = await call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await call('saveDraft', { ...draft, status: 'klar' });
    return call('getDraft', draft.id);
  };
  return { store, call, klar, exportDir };
}

describe('follow-up through the contract', () => {
  it('saveFollowUp returns the draft as stored, its updatedAt stamped on the Node side', async () => {
    const { call, klar } = await app();
    const draft = await klar();
    const saved = await call('saveFollowUp', draft.id, 'a4', { status: 'genomford', outcome: 2, comment: 'Båda vandringarna gjorda.' });
    expect(saved.activities[3].followUp).toEqual({ status: 'genomford', outcome: 2, comment: 'Båda vandringarna gjorda.', updatedAt: saved.updatedAt });
    expect(await call('getDraft', draft.id)).toEqual(saved);
  });

  it('refuses an input outside the contract before it reaches the store', async () => {
    const { call, klar } = await app();
    const draft = await klar();
    await expect(call('saveFollowUp', draft.id, 'a1', { status: 'klar' as never, outcome: null, comment: '' })).rejects.toThrow(/kunde inte tas emot/);
    await expect(call('saveFollowUp', draft.id, 'a1', { status: 'pagar', outcome: -1, comment: '' })).rejects.toThrow(/kunde inte tas emot/);
  });

  it('refuses follow-up of an utkast in Swedish', async () => {
    const { call } = await app();
    const draft = await call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await expect(call('saveFollowUp', draft.id, 'a1', { status: 'pagar', outcome: null, comment: '' })).rejects.toThrow(/Uppföljningen börjar när utkastet är klart/);
  });

  it('exports the report as .docx and the CSV under SKR-style names dated in Swedish time, and keeps the version', async () => {
    const { call, klar, exportDir } = await app();
    const draft = await klar();
    await call('saveFollowUp', draft.id, 'a2', { status: 'delvis-genomford', outcome: 1, comment: '' });

    const report = (await call('exportFollowUpReport', draft.id))!;
    // 23:30 UTC on 21 November is 00:30 on 22 November in Sweden.
    expect(report.fileName).toBe('uppfoljning-medborgarlofte-soderhamn-2020-2021-2026-11-22.docx');
    const docx = readFileSync(report.path);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');

    const csv = (await call('exportFollowUpCsv', draft.id))!;
    expect(csv.fileName).toBe('uppfoljning-medborgarlofte-soderhamn-2020-2021-2026-11-22.csv');
    const text = readFileSync(csv.path, 'utf8');
    expect(text.startsWith('\uFEFFParter;')).toBe(true);
    expect(text).toContain(';Delvis genomförd;1;');

    expect(readdirSync(exportDir).sort()).toEqual([csv.fileName, report.fileName].sort());
    const versions = await call('listVersions', draft.id);
    expect(versions.filter((v) => v.reason === 'uppfoljning')).toHaveLength(2);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const dataDir = tempDir();
    const store = await DraftStore.open(dataDir);
    const handlers = testHandlers(store);
    const draft = await handlers.createFromExample('medborgarlofte-soderhamn-2020-2021');
    expect(await handlers.exportFollowUpReport(draft.id)).toBeNull();
    expect(await handlers.exportFollowUpCsv(draft.id)).toBeNull();
  });

  it('startNextPeriod stores the next period\'s utkast, linked both ways as a revision', async () => {
    const { call, klar } = await app();
    const draft = await klar();
    await call('saveFollowUp', draft.id, 'a1', { status: 'genomford', outcome: null, comment: '' });
    const next = await call('startNextPeriod', draft.id);
    expect(next).toMatchObject({ status: 'utkast', title: 'Medborgarlöfte för Söderhamn 2022–2023', relatedIds: [draft.id] });
    expect(next.activities[0]).toMatchObject({ id: 'a1', review: true });
    expect(next.activities[0].followUp).toBeUndefined();
    const summaries = await call('listDrafts');
    expect(summaries.find((s) => s.id === next.id)?.relatedIds).toEqual([draft.id]);
  });
});

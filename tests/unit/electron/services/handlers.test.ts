import { caller } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { normalizeSpace, paragraphTexts, readDocxPart } from '../../../support/docx-tools';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * The channels of links, deletion and export, called as the window calls
 * them (through `dispatch`, arguments checked by the contract) on a library
 * and an export folder on the real disk.
 */

const PROMISE_ID = exampleDraft().id;

async function services() {
  const dataDir = tempDir();
  const exportDir = tempDir();
  const store = await DraftStore.open(dataDir, { now: () => new Date('2026-03-01T10:00:00.000Z') });
  const suggested: string[] = [];
  const handlers = testHandlers(store, {
    chooseSavePath: async (name) => {
      suggested.push(name);
      return path.join(exportDir, name);
    },
  });
  await store.save(agreementDraft());
  await store.save(exampleDraft());
  const call = caller(handlers);
  return { dataDir, exportDir, store, suggested, call };
}

/** The text of the body of a .docx, one paragraph a line, white space collapsed within each. */
const documentText = (file: string) => paragraphTexts(readDocxPart(readFileSync(file), 'word/document.xml')).map(normalizeSpace).join('\n');

describe('the link channels', () => {
  it('creates a löfte from an agreement, links and unlinks a löfte, as the contract carries them', async () => {
    const { call } = await services();
    const created = await call('createPromise', AGREEMENT_ID);
    expect(created.relatedIds).toEqual([AGREEMENT_ID]);

    const linked = await call('setAgreement', PROMISE_ID, AGREEMENT_ID);
    expect(linked.relatedIds).toEqual([AGREEMENT_ID]);
    expect((await call('getDraft', AGREEMENT_ID)).relatedIds).toEqual([created.id, PROMISE_ID]);

    expect((await call('setAgreement', PROMISE_ID, null)).relatedIds).toEqual([]);
    expect((await call('getDraft', AGREEMENT_ID)).relatedIds).toEqual([created.id]);
  });

  it('refuses a link to a draft of the wrong kind with its Swedish message', async () => {
    const { call } = await services();
    await expect(call('setAgreement', AGREEMENT_ID, AGREEMENT_ID)).rejects.toThrow('Bara ett medborgarlöfte kan höra till en samverkansöverenskommelse.');
    await expect(call('createPromise', PROMISE_ID)).rejects.toThrow('Ett nytt medborgarlöfte kan bara skapas från en samverkansöverenskommelse.');
  });

  it('deletes a draft into borttagna/ and answers null', async () => {
    const { call, dataDir } = await services();
    await call('setAgreement', PROMISE_ID, AGREEMENT_ID);
    expect(await call('deleteDraft', PROMISE_ID)).toBeNull();
    expect(readdirSync(path.join(dataDir, 'borttagna'))).toHaveLength(1);
    expect((await call('getDraft', AGREEMENT_ID)).relatedIds).toEqual([]);
    expect((await call('listDrafts')).map((s) => s.id)).toEqual([AGREEMENT_ID]);
    await expect(call('deleteDraft', PROMISE_ID)).rejects.toThrow('Utkastet finns inte längre i biblioteket.');
  });
});

describe('exportDocx', () => {
  it('exports an agreement alone, listing its löften among the bilagor', async () => {
    const { call, suggested } = await services();
    const created = await call('createPromise', AGREEMENT_ID);
    await call('setAgreement', PROMISE_ID, AGREEMENT_ID);

    const result = (await call('exportDocx', AGREEMENT_ID, { withPromises: false }))!;

    expect(suggested).toEqual(['samverkansoverenskommelse-ljusdal-ovanaker-2024-2027.docx']);
    expect(result.fileName).toBe(suggested[0]);
    const text = documentText(result.path);
    expect(text).toContain(created.title);
    expect(text).toContain(exampleDraft().title);
    // The löften themselves are not in the file: the Söderhamn löfte's own text is missing.
    expect(text).not.toContain(normalizeSpace(exampleDraft().statement));
  });

  it('exports an agreement with its löften as bilagor, in one file named for it', async () => {
    const { call, suggested } = await services();
    const created = await call('createPromise', AGREEMENT_ID);
    await call('setAgreement', PROMISE_ID, AGREEMENT_ID);

    const result = (await call('exportDocx', AGREEMENT_ID, { withPromises: true }))!;

    expect(suggested).toEqual(['samverkansoverenskommelse-ljusdal-ovanaker-2024-2027-med-medborgarloften.docx']);
    const text = documentText(result.path);
    expect(text).toContain(normalizeSpace(agreementDraft().statement));
    expect(text).toContain(normalizeSpace(exampleDraft().statement));
    const titles = [created.title, exampleDraft().title].map((title) => text.lastIndexOf(title));
    expect(titles.every((at) => at > text.indexOf(normalizeSpace(agreementDraft().statement)))).toBe(true);
  });

  it('exports a löfte alone whatever withPromises says, and writes nothing when the user cancels', async () => {
    const { call, suggested, exportDir, store } = await services();
    await call('setAgreement', PROMISE_ID, AGREEMENT_ID);
    const result = (await call('exportDocx', PROMISE_ID, { withPromises: true }))!;
    expect(suggested).toEqual(['medborgarlofte-soderhamn-2020-2021.docx']);
    expect(documentText(result.path)).not.toContain(normalizeSpace(agreementDraft().statement));

    const cancelled = testHandlers(store, {
      backupDir: tempDir(),
    });
    expect(await cancelled.exportDocx(AGREEMENT_ID, { withPromises: true })).toBeNull();
    expect(await cancelled.listVersions(AGREEMENT_ID)).toEqual([]);
    expect((await cancelled.listVersions(PROMISE_ID)).map((v) => [v.reason, v.kept])).toEqual([['export', true]]);
    expect(readdirSync(exportDir)).toEqual(['medborgarlofte-soderhamn-2020-2021.docx']);
    expect(existsSync(path.join(exportDir, suggested[0]))).toBe(true);
  });
});

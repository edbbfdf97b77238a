import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { Draft } from '../../../../shared/draft/schema';
import { caller } from '../../../support/caller';
import { readDocxPart } from '../../../support/docx-tools';
import { tempDir } from '../../../support/fixtures';
import { testHandlers } from '../../../support/test-shell';

/**
 * "Exportera granskningsversion" through the contract, on a real data folder
 * and its history, the save dialog answered with a folder of the test's.
 */
async function app() {
  const dataDir = tempDir();
  const folder = tempDir();
  const store = await DraftStore.open(dataDir);
  const asked: string[] = [];
  const call = caller(
    testHandlers(store, {
      chooseSavePath: async (name) => {
        asked.push(name);
        return path.join(folder, name);
      },
    }),
  );
  return { call, folder, asked };
}

type Call = Awaited<ReturnType<typeof app>>['call'];

async function edit(call: Call, id: string, change: (draft: Draft) => void): Promise<Draft> {
  const draft = structuredClone(await call('getDraft', id));
  change(draft);
  await call('saveDraft', draft);
  return call('getDraft', id);
}

/** The text of the inserted runs and of the deleted ones in document.xml, each joined with "|". */
function changes(xml: string) {
  const texts = (pattern: RegExp, text: RegExp) => [...xml.matchAll(pattern)].map(([, run]) => [...run.matchAll(text)].map(([, t]) => t).join('')).join('|');
  return {
    inserted: texts(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g, /<w:t[^>]*>([^<]*)<\/w:t>/g),
    deleted: texts(/<w:del [^>]*>([\s\S]*?)<\/w:del>/g, /<w:delText[^>]*>([^<]*)<\/w:delText>/g),
  };
}

describe('exportReviewDocx', () => {
  it('refuses a draft never shared or received, in Swedish, before asking where to save', async () => {
    const { call, folder, asked } = await app();
    const draft = await call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await expect(call('exportReviewDocx', draft.id)).rejects.toThrow(/har ännu inte delats med eller tagits emot från den andra parten, så det finns ingen version att jämföra med/);
    expect(asked).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes the changes since the newest shared version as tracked changes, keeps the version and lists the file', async () => {
    const { call, folder } = await app();
    const draft = await call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await edit(call, draft.id, (d) => {
      d.statement = d.statement.replace('tillsammans', 'gemensamt');
    });
    await call('shareDraft', draft.id);
    // Changed since the first sharing, but shared again: not a change any more.
    await edit(call, draft.id, (d) => {
      d.background = d.background.replace('flera möten', 'många möten');
    });
    await call('shareDraft', draft.id);
    const now = await edit(call, draft.id, (d) => {
      d.statement = d.statement.replace('förbättra', 'öka');
      d.activities.splice(1, 1);
    });

    const written = (await call('exportReviewDocx', draft.id))!;
    expect(written.fileName).toBe('medborgarlofte-soderhamn-2020-2021-granskningsversion.docx');
    expect(written.path).toBe(path.join(folder, written.fileName));
    const xml = readDocxPart(await readFile(written.path), 'word/document.xml');
    expect(changes(xml)).toEqual({ inserted: 'öka', deleted: `förbättra|${draft.activities[1].text}` });
    expect(xml).toContain(`w:author="Samverka" w:date="${now.updatedAt}"`);
    expect(readDocxPart(await readFile(written.path), 'word/settings.xml')).toContain('<w:trackRevisions/>');

    const versions = await call('listVersions', draft.id);
    expect(versions[0]).toMatchObject({ reason: 'granskning', kept: true });
    expect((await call('listRecentExports', draft.id))[0]).toMatchObject({ kind: 'granskning-docx', fileName: written.fileName });
    // A granskningsversion is not an exchange: the next one compares with the same shared version.
    const again = (await call('exportReviewDocx', draft.id))!;
    expect(changes(readDocxPart(await readFile(again.path), 'word/document.xml'))).toEqual({ inserted: 'öka', deleted: `förbättra|${draft.activities[1].text}` });
  });

  it('compares with a received version when that is the newest exchanged', async () => {
    const shared = tempDir();
    const from = await app();
    const draft = await from.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    const file = (await from.call('shareDraft', draft.id))!;

    const dataDir = tempDir();
    const store = await DraftStore.open(dataDir);
    const call = caller(testHandlers(store, { chooseOpenPath: async () => file.path, chooseSavePath: async (name) => path.join(shared, name) }));
    const preview = (await call('pickImport'))!;
    await call('completeImport', preview.token, 'copy');
    await edit(call, draft.id, (d) => {
      d.activities[0].text += ' varje vecka';
    });
    const written = (await call('exportReviewDocx', draft.id))!;
    expect(changes(readDocxPart(await readFile(written.path), 'word/document.xml'))).toEqual({ inserted: ' varje vecka', deleted: '' });
  });
});

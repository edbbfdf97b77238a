import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/schema';
import type { LibraryOptions } from '../../electron/services/library';
import { screenshot } from '../support/browser';
import { openAppSession, type AppSession } from './session';

/**
 * A data folder on a network drive that two colleagues open: two hosts on
 * one folder, each holding it as the app does (the folder's lock). The
 * second window shows who has it open and can read but not change; when the
 * first quits, "Ta över" makes the second the writer.
 */

/** Short times, so the test does not wait a minute for a lock to go stale. */
const FOLDER_LOCK: LibraryOptions = { refreshMs: 200, staleAfterMs: 2000 };
const HEADING = 'Datamappen är öppen på en annan dator';

describe('a data folder two windows open', () => {
  let first: AppSession;
  let second: AppSession;
  let draft: Draft;

  beforeAll(async () => {
    first = await openAppSession(undefined, { folderLock: FOLDER_LOCK });
    draft = await first.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    second = await openAppSession(undefined, { dataDir: first.dataDir, folderLock: FOLDER_LOCK });
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('tells the second window who has the folder open; it reads the drafts, and a change is refused visibly', async () => {
    const page = second.page;
    await page.goto(second.host.url);
    const banner = page.getByRole('status', { name: HEADING });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(new RegExp(`Öppnad av ${os.userInfo().username} på ${os.hostname()} sedan \\d\\d:\\d\\d – du kan läsa men inte ändra\\.`));
    expect(await banner.getByRole('button').count()).toBe(0);
    await page.getByRole('link', { name: draft.title }).waitFor();
    await screenshot(page, 'delad-datamapp-las');

    await expect(second.call('createDraft', 'medborgarlofte')).rejects.toThrow(/^Inget har ändrats\. Öppnad av /);
    await page.getByRole('link', { name: draft.title }).click();
    const title = page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true });
    // The editor's fields are read-only while the folder is: nothing is typed that could not be saved.
    await expect.poll(() => title.isEditable(), { timeout: 10_000 }).toBe(false);
    expect(await title.inputValue()).toBe(draft.title);
    // A save that reaches the Node side anyway is refused there, in the banner's words.
    await expect(second.call('saveDraft', { ...draft, title: 'Ändrad i det andra fönstret' })).rejects.toThrow(/^Inget har ändrats\. Öppnad av /);
    expect((await first.call('getDraft', draft.id)).title).toBe(draft.title);
  });

  it('offers "Ta över" once the first window has quit, and then saves', async () => {
    await first.host.close();
    const page = second.page;
    await page.goto(second.host.url);
    // Nobody holds it now: the heading says only that this window reads, until it takes over.
    const takeOver = page.getByRole('status', { name: 'Det här fönstret kan bara läsa' }).getByRole('button', { name: 'Ta över' });
    await takeOver.waitFor({ timeout: 15_000 });
    await screenshot(page, 'delad-datamapp-ta-over');
    await takeOver.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Datamappen kan ändras igen.', { exact: true }).waitFor();
    expect(await page.locator('[data-library-banner]').count()).toBe(0);
    const created = await second.call('createDraft', 'medborgarlofte');
    expect(created.kind).toBe('medborgarlofte');
  });
});

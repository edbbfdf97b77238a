import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { editorHref } from '../../renderer/routing';
import type { Draft } from '../../shared/draft/schema';
import { expectPageFocused, screenshot } from '../support/browser';
import { receiveDrafts } from '../support/receive-drafts';
import { exampleDraft } from '../support/fixtures';
import { openAppSession, useAppSession } from './session';

/**
 * "Ta emot ändringar" end to end, at 1366×768: the municipality shares its
 * löfte ("Dela utkast"), the police's answer comes back as a file edited
 * from that shared version, while the municipality has edited its own.
 * Importing it shows what the police changed, one change is left, a
 * conflict is chosen with the keyboard, and the draft opens in the editor
 * with both sides' edits, the conflict left for later still open.
 */
const ID = randomUUID();
const drafts = receiveDrafts(ID);

const activityText = (draft: Draft, id: string) => draft.activities.find((a) => a.id === id)?.text;

describe('"Ta emot ändringar": the other party\u2019s file of a draft edited on both sides', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  let page: Page;

  it('shares the draft; the police import it, edit it and share it back; meanwhile it is edited here', async () => {
    page = app.page;
    await app.call('saveDraft', { ...exampleDraft(), id: ID });
    await app.call('shareDraft', ID);

    // The police's Samverka, on a data folder of its own, with the same folder for files to and fro.
    const police = await openAppSession(undefined, { exportDir: app.exportDir });
    try {
      const preview = await police.call('pickImport');
      const imported = await police.call('completeImport', preview!.token, 'copy');
      await police.call('saveDraft', { ...imported, activities: drafts.theirs.activities, signatories: drafts.theirs.signatories });
      await police.call('shareDraft', ID);
    } finally {
      await police.close();
    }

    // Here, the municipality's edits after sharing.
    const stored = await app.call('getDraft', ID);
    await app.call('saveDraft', { ...stored, statement: drafts.ours.statement, activities: drafts.ours.activities });
  });

  it('shows what the police changed, with the conflicts side by side', async () => {
    await page.goto(app.host.url);
    await page.getByRole('button', { name: 'Importera utkast' }).click();
    const view = page.getByRole('region', { name: 'Ta emot ändringar' });
    await view.waitFor();
    await expectPageFocused(view.getByRole('heading', { level: 2, name: 'Ta emot ändringar' }));
    expect(await view.getByText('Ingen gemensam version hittades').count()).toBe(0);
    expect(await view.getByText(/sedan den gemensamma versionen/).count()).toBe(1);
    expect(await view.getByRole('checkbox', { name: /^Ta med/ }).count()).toBe(5);
    expect(await view.getByRole('group').count()).toBe(2);
    await screenshot(page, '97-receive');
  });

  it('leaves one change and chooses in a conflict with the keyboard alone', async () => {
    const view = page.getByRole('region', { name: 'Ta emot ändringar' });
    const added = view.getByRole('checkbox', { name: /^Ta med: Aktivitet tillagd \(Polisen\)/ });
    await added.focus();
    await page.keyboard.press('Space');
    expect(await added.isChecked()).toBe(false);

    const conflict = view.getByRole('group', { name: /ändrad av båda/ });
    await conflict.getByRole('radio', { name: 'Bestäm senare' }).focus();
    // Arrow keys move the choice within the group: up from "Bestäm senare" is "Skriv en egen".
    await page.keyboard.press('ArrowUp');
    expect(await conflict.getByRole('radio', { name: 'Skriv en egen' }).isChecked()).toBe(true);
    const own = conflict.getByRole('textbox', { name: /Egen text/ });
    expect(await own.inputValue()).toBe(activityText(drafts.ours, 'a4'));
    await page.keyboard.press('Tab');
    await expectPageFocused(own);
    await page.keyboard.press('End');
    await page.keyboard.type(' och polisen');
    await screenshot(page, '97-receive-chosen');
  });

  it('takes the chosen changes and opens the merged draft in the editor', async () => {
    const view = page.getByRole('region', { name: 'Ta emot ändringar' });
    await view.getByRole('button', { name: 'Ta emot valda ändringar' }).click();
    await page.waitForURL((url) => url.hash === editorHref(ID));
    const open = page.getByRole('region', { name: 'En ändring att välja' });
    await open.waitFor();
    // The editor opens as after any import: focus on its heading, the conflict left for later above the form.
    await expectPageFocused(page.getByRole('heading', { level: 1 }));
    await screenshot(open, '97-receive-merged');

    const merged = await app.call('getDraft', ID);
    // Ours kept, theirs taken, the left change not there, the own text in place, the conflict left for later still open.
    expect(merged.statement).toBe(drafts.ours.statement);
    expect(activityText(merged, 'a1')).toBe(activityText(drafts.theirs, 'a1'));
    expect(activityText(merged, 'a5')).toBeUndefined();
    expect(activityText(merged, 'a4')).toBe(`${activityText(drafts.ours, 'a4')} och polisen`);
    expect(merged.signatories.find((s) => s.partyId === 'polis')?.name).toBe('Anna Svensson');
    expect(merged.conflicts?.map((c) => c.path)).toEqual([['activities', { id: 'a3' }]]);
    expect(app.problems).toEqual([]);
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mergeDrafts } from '../../../shared/draft/merge';
import type { Draft } from '../../../shared/draft/schema';
import { completeDraft, openHarness, type Harness } from '../helpers/app-harness';
import { openEditor, region, waitForStored } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

/**
 * "Ändringar att välja" above the form of a draft a merge left conflicts in:
 * where each is, the draft's version and the other one side by side, and a
 * choice that puts the chosen one in the draft, is saved, and closes the
 * conflict (and its readiness error).
 */

let harness: Harness;
beforeEach(async () => {
  harness = await openHarness();
});
afterEach(async () => {
  await harness.close();
});

/** A complete draft, merged with two versions that rewrote its löftesmening and its first activity differently. */
async function draftWithConflicts(): Promise<Draft> {
  const base = await harness.seedDraft(completeDraft);
  const edit = (statement: string, text: string): Draft => ({
    ...base,
    statement,
    activities: base.activities.map((activity, i) => (i === 0 ? { ...activity, text } : activity)),
  });
  const { draft } = mergeDrafts(base, edit('Utkastets löftesmening.', 'utkastets text'), edit('Den andra löftesmeningen.', 'den andra texten'));
  expect(draft.conflicts).toHaveLength(2);
  await harness.bridge.saveDraft(draft);
  return harness.readDraft(base.id);
}

const panel = () => region('2 ändringar att välja');

describe('the choices a merge left open', () => {
  it('shows each conflict with both versions, puts the chosen one in the draft, saves it and closes the conflict', async () => {
    const draft = await draftWithConflicts();
    await openEditor(draft);
    const items = within(panel()).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const statement = items.find((item) => item.textContent!.includes('Utkastets löftesmening.'))!;
    expect(statement.textContent).toContain('ändrad av båda');
    expect(within(statement).getByText('Den andra löftesmeningen.')).toBeTruthy();
    // The draft's readiness says it is not ready while a conflict is open.
    expect(screen.getByRole('region', { name: 'Klar för underskrift?' }).textContent).toMatch(/ändrad av båda/);

    fireEvent.click(within(statement).getByRole('button', { name: 'Ta den andra versionen' }));
    expect((screen.getByRole('textbox', { name: /^Löftesmening/ }) as HTMLTextAreaElement).value).toBe('Den andra löftesmeningen.');
    const left = region('En ändring att välja');
    await expectFocused(() => within(left).getByRole('heading', { level: 2 }));
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.statement).toBe('Den andra löftesmeningen.');
      expect(stored.conflicts).toHaveLength(1);
    });

    fireEvent.click(within(left).getByRole('button', { name: 'Behåll utkastets version' }));
    expect(screen.queryByRole('region', { name: /att välja$/ })).toBeNull();
    // The panel and its button are gone: focus is on the text the choice was about, not dropped to the document.
    await expectFocused(() => screen.getByDisplayValue('utkastets text'));
    expect(screen.getByText('Allt är valt.')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Klar för underskrift?' }).textContent).not.toMatch(/ändrad av båda/);
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.activities[0].text).toBe('utkastets text');
      expect(stored.conflicts).toBeUndefined();
    });
  });
});

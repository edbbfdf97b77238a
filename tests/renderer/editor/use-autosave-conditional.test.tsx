import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STORE_MESSAGE } from '../../../shared/i18n/library';
import { openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { openEditor, region, saveStatus, type, waitForStored } from '../helpers/editor';

/**
 * The editor's saves are conditional: each is based on the version it read
 * or the last save gave back, and the store refuses one based on a version
 * the draft no longer has (another computer saved it meanwhile). The editor
 * then keeps the text and says what happened.
 */

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const titleField = () => within(region('Grunduppgifter')).getByLabelText('Titel') as HTMLInputElement;

describe('conditional saves in the editor', () => {
  it('bases each save on the version the one before gave back, so save after save is stored', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);

    for (const title of ['Första titeln', 'Andra titeln', 'Tredje titeln']) {
      type(titleField(), title);
      await waitForStored(harness, draft.id, (stored) => expect(stored.title).toBe(title));
    }
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Sparat/));
  });

  it('keeps the text and says so when the draft was changed on another computer meanwhile', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    // Another app on the same data folder saves the draft, based on the same version the editor read.
    await unwrap(harness.bridge.saveDraft({ ...draft, title: 'Från den andra datorn' }));

    type(titleField(), 'Från den här datorn');

    await waitFor(() => expect(saveStatus().textContent).toContain(STORE_MESSAGE.changedElsewhere()));
    expect(titleField().value).toBe('Från den här datorn');
    expect((await harness.readDraft(draft.id)).title).toBe('Från den andra datorn');
    expect(screen.queryByText(/Sparat/)).toBeNull();
  });
});

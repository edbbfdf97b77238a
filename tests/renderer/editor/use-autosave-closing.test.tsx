import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { Draft } from '../../../shared/draft/schema';
import { openHarness, type Harness } from '../helpers/app-harness';
import { openEditor, region, saveStatus } from '../helpers/editor';

let harness: Harness;
let closeWindow: MockInstance<() => void>;

beforeEach(async () => {
  harness = await openHarness();
  closeWindow = vi.spyOn(window, 'close').mockImplementation(() => {});
});

afterEach(async () => {
  closeWindow.mockRestore();
  await harness.close();
});

/** Asks to close the window, as Electron does: a cancelable `beforeunload`. Returns whether the close was cancelled. */
function requestClose(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Installs the harness's bridge with every save failing ("Disken är full.") while `failing()` says so. */
function failSavesWhile(failing: () => boolean) {
  window.samverka = {
    ...harness.bridge,
    saveDraft: async (value) => (failing() ? { ok: false, error: { code: 'io', message: 'Disken är full.' } } : harness.bridge.saveDraft(value)),
  };
}

const titleField = () => within(region('Grunduppgifter')).getByLabelText('Titel');

describe('closing the window', () => {
  it('waits for the pending save, then closes the window itself', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    let storedAtClose: Promise<Draft> | null = null;
    closeWindow.mockImplementation(() => {
      storedAtClose = harness.readDraft(draft.id);
    });

    // Typed, not yet saved: the pause after typing has not passed.
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte för Ljusdal 2026' } });
    expect(saveStatus().textContent).toBe('Ändringar sparas strax…');

    expect(requestClose()).toBe(true);
    expect(closeWindow).not.toHaveBeenCalled();
    // Asking again while the save is on its way starts nothing new.
    expect(requestClose()).toBe(true);

    await waitFor(() => expect(closeWindow).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(storedAtClose).not.toBeNull();
    expect((await storedAtClose!).title).toBe('Medborgarlöfte för Ljusdal 2026');
    // Closing again (the window's own close) goes through: nothing is unsaved.
    expect(requestClose()).toBe(false);
  });

  it('lets the window close at once when everything is saved', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    expect(requestClose()).toBe(false);
    expect(closeWindow).not.toHaveBeenCalled();
  });

  it('stays open with the text and the error when the save fails, until the user closes without saving', async () => {
    const draft = await harness.seedDraft();
    let failing = true;
    failSavesWhile(() => failing);
    await openEditor(draft);
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte för Nordanstig 2026' } });

    expect(requestClose()).toBe(true);
    await waitFor(() =>
      expect(saveStatus().textContent).toBe(
        'Utkastet kunde inte sparas: Disken är full. Texten finns kvar i fönstret men är inte sparad på datorn; försök igen. ' +
          'Fönstret stängdes inte, så att texten inte går förlorad.',
      ),
    );
    expect(closeWindow).not.toHaveBeenCalled();
    expect(titleField()).toHaveProperty('value', 'Medborgarlöfte för Nordanstig 2026');
    expect((await harness.readDraft(draft.id)).title).toBe('');

    // Closing again tries the save again, and still keeps the window open.
    expect(requestClose()).toBe(true);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Stäng utan att spara' })).toBeTruthy());
    expect(closeWindow).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Stäng utan att spara' }));
    expect(closeWindow).toHaveBeenCalledTimes(1);
    // The window's own close now goes through.
    expect(requestClose()).toBe(false);
    failing = false;
  });

  it('forgets the refused close once a later save succeeds', async () => {
    const draft = await harness.seedDraft();
    let failing = true;
    failSavesWhile(() => failing);
    await openEditor(draft);
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte för Hudiksvall 2026' } });
    expect(requestClose()).toBe(true);
    await screen.findByRole('button', { name: 'Stäng utan att spara' });

    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Sparat \d\d:\d\d$/));
    expect(screen.queryByRole('button', { name: 'Stäng utan att spara' })).toBeNull();
    expect((await harness.readDraft(draft.id)).title).toBe('Medborgarlöfte för Hudiksvall 2026');
    // Retrying is not closing: the window stays until the user closes it again.
    expect(closeWindow).not.toHaveBeenCalled();
    expect(requestClose()).toBe(false);
  });
});

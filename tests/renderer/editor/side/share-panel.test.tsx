import fs from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readDraftText } from '../../../../shared/draft/read-draft';
import { openHarness, type Harness } from '../../helpers/app-harness';
import { openEditor, region } from '../../helpers/editor';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const titleField = () => within(region('Grunduppgifter')).getByLabelText('Titel');
const shareButton = () => screen.getByRole('button', { name: 'Dela utkast' });

describe('"Dela utkast"', () => {
  it('saves what was just typed, then writes the draft as one .samverka.json file', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte för Bollnäs 2026' } });
    fireEvent.click(shareButton());
    // Busy, but focusable (a disabled button would drop the keyboard focus); a second press shares nothing more.
    expect(shareButton().getAttribute('aria-disabled')).toBe('true');
    expect(shareButton()).toHaveProperty('disabled', false);
    fireEvent.click(shareButton());

    const done = await screen.findByText(/^Delad: .+\.samverka\.json$/, {}, { timeout: 5000 });
    expect(shareButton().getAttribute('aria-disabled')).toBeNull();
    expect(fs.readdirSync(harness.exportDir)).toHaveLength(1);
    const fileName = done.textContent!.slice('Delad: '.length);
    expect(fs.readdirSync(harness.exportDir)).toContain(fileName);
    const shared = readDraftText(fs.readFileSync(path.join(harness.exportDir, fileName), 'utf8'));
    expect(shared.ok && shared.draft).toMatchObject({ id: draft.id, title: 'Medborgarlöfte för Bollnäs 2026' });
  });

  it('says when the user cancelled', async () => {
    const draft = await harness.seedDraft();
    window.samverka = { ...harness.bridge, shareDraft: async () => ({ ok: true, value: null }) };
    await openEditor(draft);
    fireEvent.click(shareButton());
    expect(await screen.findByText('Delningen avbröts; ingen fil skrevs.')).toBeTruthy();
  });

  it('shows the Node side’s reason in Swedish when writing fails', async () => {
    const draft = await harness.seedDraft();
    window.samverka = {
      ...harness.bridge,
      shareDraft: async () => ({ ok: false, error: { code: 'io', message: 'Filen kunde inte skrivas: disken är full.' } }),
    };
    await openEditor(draft);
    fireEvent.click(shareButton());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Utkastet kunde inte delas: Filen kunde inte skrivas: disken är full.');
  });

  it('does not share a draft whose latest changes could not be saved', async () => {
    const draft = await harness.seedDraft();
    let shared = false;
    window.samverka = {
      ...harness.bridge,
      saveDraft: async () => ({ ok: false, error: { code: 'io', message: 'Disken är full.' } }),
      shareDraft: async (id) => {
        shared = true;
        return harness.bridge.shareDraft(id);
      },
    };
    await openEditor(draft);
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte för Ovanåker 2026' } });
    fireEvent.click(shareButton());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Utkastet delades inte: de senaste ändringarna är inte sparade. Försök spara igen först.',
    );
    expect(shared).toBe(false);
  });
});

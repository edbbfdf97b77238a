import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeDraft, openHarness, type Harness } from '../../helpers/app-harness';
import { openEditor, region, type, waitForStored } from '../../helpers/editor';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const readiness = () => screen.getByRole('region', { name: 'Klar för underskrift?' });

describe('an end date before the start date', () => {
  it('is shown at the date field as it is typed, keeps the panel from saying the draft can be signed, and loses nothing typed meanwhile', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    expect(within(readiness()).getByText('Inga fel hittades. Utkastet kan skrivas under.')).toBeTruthy();
    const basics = region('Grunduppgifter');

    type(within(basics).getByLabelText('Slutdatum'), '2025-06-30');
    expect(within(basics).getByText(/^Slutdatumet ligger före startdatumet\./)).toBeTruthy();
    expect(within(readiness()).queryByText(/kan skrivas under/)).toBeNull();
    expect(within(readiness()).getByText(/^Slutdatumet ligger före startdatumet\. Rätta något av datumen/)).toBeTruthy();

    // Typed elsewhere while the period is wrong: stored, with the last valid period.
    type(within(basics).getByLabelText('Titel'), 'Medborgarlöfte för Söderhamn 2026, reviderat');
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.title).toBe('Medborgarlöfte för Söderhamn 2026, reviderat');
      expect(stored.period).toEqual(draft.period);
    });
    // The file is written before the save's answer reaches the editor: the status says so once it has.
    await waitFor(() => expect(screen.getByRole('status', { name: 'Sparstatus' }).textContent).toMatch(/^Sparat/));

    // Put right, the period is stored as typed and the panel is content again.
    type(within(basics).getByLabelText('Slutdatum'), '2026-12-31');
    await waitForStored(harness, draft.id, (stored) => expect(stored.period.end).toBe('2026-12-31'));
    expect(within(basics).queryByText(/^Slutdatumet ligger före startdatumet\./)).toBeNull();
    expect(within(readiness()).getByText(/Utkastet kan skrivas under/)).toBeTruthy();
  });
});

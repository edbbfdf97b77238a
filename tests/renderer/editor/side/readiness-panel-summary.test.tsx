import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../../../shared/draft/schema';
import { activity, completeDraft, openHarness, type Harness } from '../../helpers/app-harness';
import { openEditor, region } from '../../helpers/editor';
import { expectFocused } from '../../../support/focus';

/**
 * The answer to "Klar för underskrift?" at the top of the editor, over the
 * section navigation (which stays in view): how many errors and warnings,
 * and one step to their list in the side column, from which each finding is
 * one step from its field.
 */

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

/** The summary: a button named by its question and answer. */
const summary = () => screen.getByRole('button', { name: /^Klar för underskrift\?/u });
const panel = () => screen.getByRole('region', { name: 'Klar för underskrift?' });

/** A complete löfte but for one activity without a number (a warning) and no title and no löftesmening (two errors). */
function twoErrorsOneWarning(draft: Draft): Draft {
  const complete = completeDraft(draft);
  return { ...complete, title: '', statement: '', activities: [...complete.activities, activity('a2', ['kommun'], 'förbättra belysningen i parken')] };
}

describe('the readiness summary', () => {
  it('counts the errors and warnings, comes before the form in the Tab order, and opens the list', async () => {
    const draft = await harness.seedDraft(twoErrorsOneWarning);
    await openEditor(draft);
    await waitFor(() => expect(summary().textContent).toBe('Klar för underskrift? Nej: 2 fel och 1 varning Visa listan'));
    // Before the navigation and the form: a few Tabs from the top, not the whole side column away.
    const title = within(region('Grunduppgifter')).getByLabelText('Titel');
    expect(summary().compareDocumentPosition(screen.getByRole('navigation', { name: 'Avsnitt' })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(summary().compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(summary());
    await expectFocused(() => within(panel()).getByRole('heading', { name: 'Klar för underskrift?' }));

    // From the list, one step to the field: the activity's finding names it as the editor does, and leads to its details.
    const finding = within(panel()).getByRole('button', { name: /^Kommunens aktivitet 1 \(”förbättra belysningen i parken”\) går inte att följa upp/u });
    fireEvent.click(finding);
    await expectFocused(() => within(region('Kommunen lovar att')).getByLabelText('Antal'));
  });

  it('follows the draft: a fixed error leaves the count, and a draft without errors is ready', async () => {
    const draft = await harness.seedDraft(twoErrorsOneWarning);
    await openEditor(draft);
    await waitFor(() => expect(summary().textContent).toContain('Nej: 2 fel och 1 varning'));

    fireEvent.change(within(region('Grunduppgifter')).getByLabelText('Titel'), { target: { value: 'Medborgarlöfte för Söderhamn 2026' } });
    await waitFor(() => expect(summary().textContent).toContain('Nej: 1 fel och 1 varning'));
    fireEvent.change(screen.getByLabelText('Löftesmening'), { target: { value: 'Polis och kommun lovar att tillsammans öka tryggheten i parken.' } });
    await waitFor(() => expect(summary().textContent).toBe('Klar för underskrift? Ja, men se över 1 varning Visa listan'));

    fireEvent.change(within(region('Kommunen lovar att')).getByLabelText('Aktivitet 1'), { target: { value: 'förbättra belysningen i parken före 1 oktober' } });
    await waitFor(() => expect(summary().textContent).toBe('Klar för underskrift? Ja, inga fel'));
  });

  it('names an agreement\'s åtaganden as åtaganden, in its buttons, empty groups and findings', async () => {
    const draft = await harness.seedDraft(undefined, 'samverkansoverenskommelse');
    await openEditor(draft);
    const section = region('Ansvar och åtaganden');
    expect(within(section).getAllByRole('button', { name: 'Lägg till åtagande' }).length).toBeGreaterThan(0);
    expect(within(section).queryByRole('button', { name: 'Lägg till aktivitet' })).toBeNull();
    expect(within(section).getAllByText('Inga åtaganden ännu.').length).toBeGreaterThan(0);
    expect(within(panel()).getByRole('button', { name: /^Inga åtaganden: / })).toBeTruthy();
    expect(section.textContent).not.toMatch(/aktivitet/iu);
  });
});

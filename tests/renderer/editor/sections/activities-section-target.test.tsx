import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activity, openHarness, type Harness } from '../../helpers/app-harness';
import { activityItem, openEditor, waitForStored } from '../../helpers/editor';
import { expectFocused } from '../../../support/focus';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const sentenceOf = (item: HTMLElement) => item.querySelector('[data-activity-part="sentence"]')!.textContent;
const targetOf = (item: HTMLElement) => item.querySelector('[data-activity-part="target"]')?.textContent ?? null;
const value = (item: HTMLElement, label: string) => (within(item).getByLabelText(label) as HTMLInputElement).value;

describe('an activity\'s text and its target', () => {
  it('reads the target from the sentence as it is typed, and never changes the text', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, activities: [activity('a1', ['polis'], '')] }));
    await openEditor(draft);
    const item = activityItem('Polisen lovar att', 1);
    const text = within(item).getByLabelText('Aktivitet 1');
    expect(targetOf(item)).toBeNull();

    const typed = 'genomföra minst 4 trygghetsvandringar per år i Söderhamns centrum';
    for (let end = 10; end <= typed.length; end += 9) fireEvent.change(text, { target: { value: typed.slice(0, end) } });
    fireEvent.change(text, { target: { value: typed } });
    expect(text).toHaveProperty('value', typed);
    expect(sentenceOf(item)).toBe(`Så skrivs den ut: Polisen lovar att ${typed}`);
    expect(targetOf(item)).toBe('Mål: 4 trygghetsvandringar per år, Söderhamns centrum');
    expect([value(item, 'Antal'), value(item, 'Enhet'), value(item, 'Frekvens'), value(item, 'Plats')]).toEqual(['4', 'trygghetsvandringar', 'per år', 'Söderhamns centrum']);
    // The text says what the target says: nothing to suggest.
    expect(within(item).queryByRole('button', { name: 'Använd förslaget' })).toBeNull();

    // A detail set by hand stays the user's while the text changes.
    fireEvent.change(within(item).getByLabelText('Plats'), { target: { value: 'Stadsparken' } });
    fireEvent.change(text, { target: { value: 'genomföra minst 6 trygghetsvandringar per år i Söderhamns centrum' } });
    expect([value(item, 'Antal'), value(item, 'Plats')]).toEqual(['6', 'Stadsparken']);
    fireEvent.blur(text);
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored.activities[0]).toMatchObject({ text: 'genomföra minst 6 trygghetsvandringar per år i Söderhamns centrum', quantity: 6, place: 'Stadsparken' }),
    );
  });

  it('offers a sentence made from details filled in first, shown before it is taken, taken with one click and undone with one', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, activities: [activity('a1', ['kommun'], 'genomföra trygghetsvandringar')] }));
    await openEditor(draft);
    const item = activityItem('Kommunen lovar att', 1);
    fireEvent.change(within(item).getByLabelText('Antal'), { target: { value: '4' } });
    fireEvent.change(within(item).getByLabelText('Enhet'), { target: { value: 'trygghetsvandringar' } });
    fireEvent.change(within(item).getByLabelText('Frekvens'), { target: { value: 'per år' } });
    // Nothing is printed that the user has not taken.
    expect(sentenceOf(item)).toBe('Så skrivs den ut: Kommunen lovar att genomföra trygghetsvandringar');
    const offer = item.querySelector('[data-activity-part="suggestion"]')!;
    expect(offer.textContent).toContain('Förslag till text: ”genomföra minst fyra trygghetsvandringar per år”');

    fireEvent.click(within(item).getByRole('button', { name: 'Använd förslaget' }));
    const text = within(item).getByLabelText('Aktivitet 1');
    expect(text).toHaveProperty('value', 'genomföra minst fyra trygghetsvandringar per år');
    await expectFocused(text);
    expect(item.querySelector('[data-activity-part="suggestion"]')).toBeNull();
    expect(value(item, 'Antal')).toBe('4');
    await waitForStored(harness, draft.id, (stored) => expect(stored.activities[0].text).toBe('genomföra minst fyra trygghetsvandringar per år'));

    // Edited afterwards like any text; the target stays as it was set.
    fireEvent.change(text, { target: { value: 'genomföra minst fyra trygghetsvandringar per år kvällstid' } });
    expect(sentenceOf(item)).toBe('Så skrivs den ut: Kommunen lovar att genomföra minst fyra trygghetsvandringar per år kvällstid');

    // Undo takes back the edit, then the suggestion, one step each.
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(text).toHaveProperty('value', 'genomföra minst fyra trygghetsvandringar per år');
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(text).toHaveProperty('value', 'genomföra trygghetsvandringar');
    expect(screen.getAllByRole('button', { name: 'Använd förslaget' })).toHaveLength(1);
  });
});

import { fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activity, openHarness, type Harness } from '../../helpers/app-harness';
import { activityGroup, activityItem, openEditor } from '../../helpers/editor';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

/** The activities' polite live region, which says where an activity went. */
const announcement = () => document.getElementById('activities-moved')?.textContent ?? null;

describe('moving an activity', () => {
  it('is announced politely, with Alt+arrows and with the buttons', async () => {
    const draft = await harness.seedDraft((d) => ({
      ...d,
      activities: [activity('p1', ['polis'], 'första'), activity('p2', ['polis'], 'andra'), activity('p3', ['polis'], 'tredje')],
    }));
    await openEditor(draft);
    expect(announcement()).toBe('');

    const second = within(activityGroup('Polisen lovar att')).getByLabelText('Aktivitet 2');
    second.focus();
    fireEvent.keyDown(second, { key: 'ArrowDown', altKey: true });
    expect(announcement()).toBe('Aktivitet 2 flyttad till plats 3');

    fireEvent.click(within(activityItem('Polisen lovar att', 1)).getByRole('button', { name: 'Flytta ner' }));
    expect(announcement()).toBe('Aktivitet 1 flyttad till plats 2');

    // Nothing moves at the top, and nothing is said.
    fireEvent.click(within(activityItem('Polisen lovar att', 1)).getByRole('button', { name: 'Flytta upp' }));
    expect(announcement()).toBe('Aktivitet 1 flyttad till plats 2');
  });
});

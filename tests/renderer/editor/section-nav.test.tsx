import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeDraft, openHarness, type Harness } from '../helpers/app-harness';
import { openEditor, region } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const nav = () => screen.getByRole('navigation', { name: 'Avsnitt' });
const navButton = (name: string) => within(nav()).getByRole('button', { name });
/** The nav's buttons that Tab stops at. */
const tabStops = () => within(nav()).getAllByRole('button').filter((button) => button.tabIndex >= 0).map((button) => button.textContent?.replace(/\d+$/, ''));
const current = () => within(nav()).getAllByRole('button').filter((button) => button.getAttribute('aria-current') === 'true').map((button) => button.textContent?.replace(/\d+$/, ''));

describe('the section navigation', () => {
  it('is one Tab stop, the current section, with arrows, Home and End inside it', async () => {
    await openEditor(await harness.seedDraft(completeDraft));
    expect(tabStops()).toEqual(['Grunduppgifter']);

    navButton('Grunduppgifter').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await expectFocused(() => navButton('Underlag'));
    // The Tab stop follows the arrows, so Shift+Tab and Tab come back to where the user was.
    expect(tabStops()).toEqual(['Underlag']);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await expectFocused(() => navButton('Underskrifter'));
    expect(tabStops()).toEqual(['Underskrifter']);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await expectFocused(() => navButton('Grunduppgifter'));
    expect(tabStops()).toEqual(['Grunduppgifter']);
  });

  it('marks the section being edited: the one that holds focus', async () => {
    await openEditor(await harness.seedDraft(completeDraft));
    expect(current()).toEqual(['Grunduppgifter']);
    act(() => within(region('Underskrifter')).getAllByLabelText('Namn')[0].focus());
    expect(current()).toEqual(['Underskrifter']);
    // Leaving the nav, Tab comes back to the section being edited.
    expect(tabStops()).toEqual(['Underskrifter']);
    act(() => within(region('Löftet')).getByLabelText('Löftesmening').focus());
    expect(current()).toEqual(['Löftet']);
  });
});

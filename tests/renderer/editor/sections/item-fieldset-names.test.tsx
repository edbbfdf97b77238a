import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { activity, completeDraft, openHarness, type Harness } from '../../helpers/app-harness';
import { activityItem, openEditor, region, type } from '../../helpers/editor';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

/**
 * Every "Ta bort" of the editor says what it removes, so that a screen
 * reader's list of buttons tells them apart: the item's number and the first
 * words of its text ("Ta bort aktivitet 2, ”genomföra minst fyra…”"), or the
 * party it belongs to ("Ta bort undertecknare 1 för Söderhamns kommun").
 * The name starts with the button's visible words, so speech control finds it
 * by what is on screen (axe's label-content-name-mismatch).
 */
describe('the names of the remove buttons', () => {
  it('name the activity, the party, the focus area and the signatory of a medborgarlöfte', async () => {
    const draft = await harness.seedDraft((d) => {
      const complete = completeDraft(d);
      return {
        ...complete,
        parties: [...complete.parties, { id: 'bolag', role: 'annan', name: 'AB Söderhamnshem', diarienummer: '' }],
        focusAreas: [{ id: 'f1', title: 'Trygghet i centrum', problem: '', causes: '', goal: '', indicator: '' }],
        activities: [
          activity('a1', ['polis'], 'genomföra minst fyra trygghetsvandringar per år i Söderhamns centrum'),
          activity('a2', ['polis'], 'hålla öppet hus'),
          activity('a3', ['polis'], ''),
        ],
      };
    });
    await openEditor(draft);

    const removeIn = (scope: HTMLElement) => within(scope).getByRole('button', { name: /^Ta bort/ });
    expect(removeIn(activityItem('Polisen lovar att', 1)).getAttribute('aria-label')).toBe('Ta bort aktivitet 1, ”genomföra minst fyra trygghetsvandringar…”');
    expect(removeIn(activityItem('Polisen lovar att', 2)).getAttribute('aria-label')).toBe('Ta bort aktivitet 2, ”hålla öppet hus”');
    // An activity with no text yet is named by its number alone.
    expect(removeIn(activityItem('Polisen lovar att', 3)).getAttribute('aria-label')).toBe('Ta bort aktivitet 3');
    expect(removeIn(activityItem('Polisen lovar att', 3)).textContent).toBe('Ta bort');

    expect(removeIn(screen.getByRole('group', { name: 'Part 3' })).getAttribute('aria-label')).toBe('Ta bort part 3, ”AB Söderhamnshem”');
    const area = within(region('Fokusområden')).getByRole('group', { name: 'Fokusområde 1' });
    expect(removeIn(area).getAttribute('aria-label')).toBe('Ta bort fokusområde 1, ”Trygghet i centrum”');

    // Each party's first signatory is "Undertecknare 1": the party tells them apart.
    const signatures = region('Underskrifter');
    const kommun = within(signatures).getByRole('group', { name: 'Undertecknare för Söderhamns kommun' });
    const polis = within(signatures).getByRole('group', { name: 'Undertecknare för Polismyndigheten, lokalpolisområde Hälsingland' });
    expect(removeIn(kommun).getAttribute('aria-label')).toBe('Ta bort undertecknare 1 för Söderhamns kommun');
    expect(removeIn(polis).getAttribute('aria-label')).toBe('Ta bort undertecknare 1 för Polismyndigheten, lokalpolisområde Hälsingland');

    // The name follows what is typed.
    type(within(area).getByLabelText('Rubrik'), 'Narkotika bland unga');
    expect(removeIn(area).getAttribute('aria-label')).toBe('Ta bort fokusområde 1, ”Narkotika bland unga”');
  });

  it('name the bilaga of a samverkansöverenskommelse', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, attachments: [{ title: 'Lägesbild 2026' }, { title: '' }] }), 'samverkansoverenskommelse');
    await openEditor(draft);
    const bilagor = region('Bilagor');
    expect(within(bilagor).getAllByRole('button', { name: /^Ta bort bilaga/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Ta bort bilaga 1, ”Lägesbild 2026”',
      'Ta bort bilaga 2',
    ]);
  });
});

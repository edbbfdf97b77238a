import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WINDOW_FROM } from '../../../../renderer/editor/sections/activities-section';
import { fieldId } from '../../../../renderer/editor/draft-paths';
import { activity, openHarness, type Harness } from '../../helpers/app-harness';
import { activityGroup, openEditor } from '../../helpers/editor';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  scrollTo(0);
  await harness.close();
});

/** A draft of `count` police activities, the `empty`th (from 1) without text. */
async function openDraft(count: number, empty = 0) {
  const draft = await harness.seedDraft((d) => ({
    ...d,
    activities: Array.from({ length: count }, (_, i) => activity(`a${i}`, ['polis'], i + 1 === empty ? '' : `genomföra aktivitet ${i + 1}`)),
  }));
  await openEditor(draft);
  return draft;
}

/** Scrolls jsdom's window, which has no layout: the virtualizer reads `scrollY` on the scroll event. */
function scrollTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  fireEvent.scroll(window);
}

const cards = () => within(activityGroup('Polisen lovar att')).getAllByRole('listitem');
const text = (index: number) => document.getElementById(fieldId(['activities', index, 'text'])) as HTMLTextAreaElement | null;

describe('the activity cards of a large draft', () => {
  it('are all rendered below WINDOW_FROM activities, as always', async () => {
    await openDraft(WINDOW_FROM - 1);
    expect(cards()).toHaveLength(WINDOW_FROM - 1);
    expect(cards().some((card) => card.hasAttribute('aria-setsize') || card.style.marginTop)).toBe(false);
  });

  it('are windowed from WINDOW_FROM on: the first ones, and the group’s last, each saying where it is in the group', async () => {
    await openDraft(120);
    const rendered = cards();
    expect(rendered.length).toBeLessThan(20);
    expect(rendered.map((card) => card.getAttribute('aria-posinset'))).toEqual([...rendered.slice(0, -1).map((_, i) => String(i + 1)), '120']);
    expect(rendered.every((card) => card.getAttribute('aria-setsize') === '120')).toBe(true);
    // The space of the cards not rendered is above the last one: the list holds only cards.
    expect(parseFloat(rendered.at(-1)!.style.marginTop)).toBeGreaterThan(50 * 100);
    expect(text(119)?.value).toBe('genomföra aktivitet 120');
    expect(text(60)).toBeNull();
  });

  it('renders the activity a readiness finding is about, and focuses it', async () => {
    await openDraft(120, 110);
    expect(text(109)).toBeNull();
    const panel = screen.getByRole('region', { name: 'Klar för underskrift?' });
    fireEvent.click(within(panel).getByRole('button', { name: /aktivitet 110\b/i }));
    expect(document.activeElement).toBe(text(109));
  });

  it('brings back a removed activity far down with "Ångra", focused', async () => {
    await openDraft(120);
    // Scrolled down to activity 100 (jsdom lays nothing out: every card is as high as the estimate)…
    const card100 = () => text(99)?.closest('li') ?? null;
    scrollTo(Math.round(99 * (26 + 0.75) * 16));
    await waitFor(() => expect(card100()).not.toBeNull());
    fireEvent.click(within(card100()!).getByRole('button', { name: /^Ta bort aktivitet/ }));
    await waitFor(() => expect(text(99)?.value).toBe('genomföra aktivitet 101'));
    // …and back at the top, where activity 100 would not be rendered.
    scrollTo(0);
    await waitFor(() => expect(text(99)).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Ångra borttagningen' }));
    await waitFor(() => expect(document.activeElement).toBe(text(99)));
    expect(text(99)?.value).toBe('genomföra aktivitet 100');
  });
});

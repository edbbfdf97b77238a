import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/draft/schema';
import { fieldId } from '../../renderer/editor/draft-paths';
import { editorHref } from '../../renderer/routing';
import { largePromise } from '../bench/ui-seed';
import { expectPageFocused, SCREENSHOT_DIR } from '../support/browser';
import { useAppSession } from './session';

/**
 * A löfte of 120 activities, which the editor windows (WINDOW_FROM in
 * activities-section.tsx): only the cards near the window are in the DOM,
 * and still the cards are reached by scrolling, by Tab alone, from a
 * readiness finding and by "Ångra" after a removal, and what is typed in
 * one far down is saved.
 */
describe('a draft of 120 activities, its cards windowed', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  const police = () => app.page.getByRole('region', { name: 'Polisen lovar att', exact: true });
  const text = (index: number) => app.page.locator(`#${fieldId(['activities', index, 'text'])}`);
  /** The cards in the DOM, in all groups. */
  const rendered = () => app.page.locator('section li[aria-posinset]').count();

  // 110 of the police's, then 10 of the municipality's; the police's 90th without text (an error the readiness list names).
  const base = largePromise(120);
  const draft: Draft = {
    ...base,
    id: randomUUID(),
    activities: base.activities.map((activity, i) => ({ ...activity, partyIds: i < 110 ? ['polis'] : ['kommun'], text: i === 89 ? '' : activity.text })),
  };
  const original = (index: number) => draft.activities[index].text;

  /** Scrolls down with the mouse wheel until the card of activity `index` is rendered, checking on the way that only a window of cards is. */
  async function scrollDownTo(index: number) {
    for (let step = 0; (await text(index).count()) === 0; step++) {
      expect(step, `activity ${index + 1} never appeared while scrolling`).toBeLessThan(200);
      await app.page.mouse.wheel(0, 700);
      await app.page.evaluate(() => new Promise(requestAnimationFrame));
      expect(await rendered()).toBeLessThan(40);
    }
    await text(index).scrollIntoViewIfNeeded();
  }

  it('opens with only a window of the cards, renders those scrolled to, and saves what is typed far down', async () => {
    await app.call('saveDraft', draft);
    await app.page.goto(new URL(editorHref(draft.id), app.host.url).href);
    await text(0).waitFor();
    expect(await rendered()).toBeLessThan(30);
    expect(await police().getByRole('listitem').count()).toBeLessThan(30);

    // Scrolled down as with the mouse wheel: the cards of each stretch appear, and never all of them.
    await scrollDownTo(99);
    await text(99).click();
    await text(99).press('Control+End');
    await text(99).pressSequentially(' varje vecka', { delay: 0 });
    await text(99).blur();
    await expect.poll(async () => (await app.call('getDraft', draft.id)).activities[99].text).toBe(`${original(99)} varje vecka`);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, '95-windowed-activities-mid-list.png') });
  });

  it('leads Tab from card to card past the first window, and Shift+Tab back', async () => {
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await text(0).focus();
    const where = () =>
      app.page.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        const card = active?.closest<HTMLElement>('li[aria-posinset]');
        return { card: card ? Number(card.getAttribute('aria-posinset')) : null, id: active?.id ?? '', tag: active?.tagName ?? '' };
      });
    let presses = 0;
    for (let at = await where(); at.id !== fieldId(['activities', 24, 'text']); at = await where()) {
      expect(at.card, `focus left the cards, on <${at.tag}#${at.id}>`).not.toBeNull();
      expect(presses++, 'Tab never reached activity 25').toBeLessThan(600);
      await app.page.keyboard.press('Tab');
    }
    expect(await text(0).count()).toBe(1); // The group's first card stays, for Tab from the group before.
    for (let at = await where(); at.id !== fieldId(['activities', 21, 'text']); at = await where()) {
      expect(at.card, `focus left the cards, on <${at.tag}#${at.id}>`).not.toBeNull();
      expect(presses++, 'Shift+Tab never reached activity 22').toBeLessThan(700);
      await app.page.keyboard.press('Shift+Tab');
    }
  });

  it('focuses the text of activity 90 from the readiness list’s finding about it', async () => {
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => text(89).count()).toBe(0);
    await app.page.getByRole('button', { name: /aktivitet 90 saknar text/i }).click();
    await expectPageFocused(text(89));
    expect(await text(89).isVisible()).toBe(true);
    expect(await text(89).evaluate((element) => element.closest('li')?.getAttribute('aria-posinset'))).toBe('90');
  });

  it('brings back a removed activity far down with "Ångra", focused on its text', async () => {
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await scrollDownTo(99);
    await police().getByRole('button', { name: /^Ta bort aktivitet 100\b/ }).click();
    await expect.poll(async () => (await app.call('getDraft', draft.id)).activities[99].text).toBe(original(100));
    // Back at the top, in activity 1's text: activity 100's place is not rendered.
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await text(0).click();
    await expect.poll(() => text(99).count()).toBe(0);
    await app.page.getByRole('button', { name: 'Ångra borttagningen' }).click();
    await expectPageFocused(text(99));
    expect(await text(99).inputValue()).toBe(`${original(99)} varje vecka`);
    expect(await text(99).isVisible()).toBe(true);
  });

  it('keeps focus on an activity moved with Alt+ArrowDown, and on a new one added at the end of the long group', async () => {
    await text(99).press('Alt+ArrowDown');
    await expectPageFocused(text(100));
    expect(await text(100).inputValue()).toBe(`${original(99)} varje vecka`);
    await text(100).press('Alt+ArrowDown');
    await expectPageFocused(text(101));
    expect(await text(101).evaluate((element) => element.closest('li')?.getAttribute('aria-posinset'))).toBe('102');

    await app.page.evaluate(() => window.scrollTo(0, 0));
    await text(0).click();
    await police().getByRole('button', { name: 'Lägg till aktivitet' }).click();
    await expectPageFocused(text(120));
    expect(await text(120).evaluate((element) => element.closest('li')?.getAttribute('aria-posinset'))).toBe('111');
    expect(app.problems).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { SCREENSHOT_DIR } from '../support/browser';
import { useAppSession } from './session';

/**
 * The start page with 300 drafts in Chromium: only the rows in and near the
 * window are in the DOM, yet Tab and Shift+Tab go through every draft's
 * title (the browser scrolling each into view), and scrolling to the end
 * shows the last draft where the page ends while the focused draft stays.
 */
const COUNT = 300;

describe('the start page with 300 drafts', () => {
  const app = useAppSession();
  /** The titles as the page lists them: newest first. */
  let titles: string[] = [];

  beforeAll(async () => {
    for (let n = 1; n <= COUNT; n++) {
      const draft = await app.call('createDraft', n % 3 === 0 ? 'samverkansoverenskommelse' : 'medborgarlofte');
      await app.call('saveDraft', { ...draft, title: `Utkast ${n}` });
    }
    const listed = await app.call('listDrafts');
    titles = [...listed].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).map((draft) => draft.title);
    await app.page.goto(app.host.url);
    await app.page.getByRole('link', { name: titles[0], exact: true }).waitFor();
  });

  /** The focused element's text, and whether all of it is inside the window. */
  const focused = () =>
    app.page.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      const box = active.getBoundingClientRect();
      return { text: active.textContent, inView: box.top >= 0 && box.bottom <= window.innerHeight };
    });

  it('has a window of the rows in the DOM, and says how many there are', async () => {
    const table = app.page.getByRole('table');
    expect(await table.getAttribute('aria-rowcount')).toBe(String(COUNT + 1));
    const rendered = await table.locator('tbody tr:not([aria-hidden])').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(COUNT / 4);
  });

  it('moves through every draft with Tab and back with Shift+Tab', async () => {
    await app.page.getByRole('link', { name: titles[0], exact: true }).focus();
    for (let i = 1; i < COUNT; i++) {
      await app.page.keyboard.press('Tab');
      expect(await focused()).toEqual({ text: titles[i], inView: true });
    }
    // The window as a person sees it (a whole-page picture would be mostly the spacers' blank height).
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, '05-start-many-tabbed-to-end.png') });
    for (let i = COUNT - 2; i >= 0; i--) {
      await app.page.keyboard.press('Shift+Tab');
      expect(await focused()).toEqual({ text: titles[i], inView: true });
    }
  });

  it('shows the last draft at the end of the page when scrolled there, keeping the focused draft', async () => {
    await app.page.getByRole('link', { name: titles[0], exact: true }).focus();
    await app.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const last = app.page.getByRole('link', { name: titles.at(-1), exact: true });
    await last.waitFor();
    // No spacer is left below the last row: the page ends with it.
    await expect.poll(() => app.page.locator('tbody tr').last().evaluate((row) => row.hasAttribute('aria-hidden'))).toBe(false);
    expect(await app.page.locator('tbody tr').last().getByRole('link').textContent()).toBe(titles.at(-1));
    // The first draft kept focus while scrolled away: Tab goes on from it, back at the top.
    await app.page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: titles[1], inView: true });
  });
});

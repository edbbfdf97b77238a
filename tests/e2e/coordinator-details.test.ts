import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useAppSession } from './session';
import path from 'node:path';
import { screenshot, SCREENSHOT_DIR } from '../support/browser';
import { exampleDraft } from '../support/fixtures';

/**
 * Small things a new user tripped over (issue 17, item 13), at the two
 * window sizes coordinators have (1366×768 and a small laptop's 1024×700):
 * "Vem lovar aktiviteten?" shows its choices whole, the removal notice covers
 * no field, "Verklig storlek" is a toggle button, the data folder page leads
 * back and says where the folder is, and the start page lists all documents.
 */
for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
]) {
  const size = `${viewport.width}x${viewport.height}`;

  describe(`the editor and the data folder page at ${size}`, () => {
    const app = useAppSession(viewport);
    let draftId = '';

    const group = (heading: string) => app.page.getByRole('region', { name: heading, exact: true });

    it('shows every choice of "Vem lovar aktiviteten?" whole, the longest too', async () => {
      const created = await app.call('createDraft', 'medborgarlofte');
      const example = exampleDraft();
      await app.call('saveDraft', { ...example, id: created.id, createdAt: created.createdAt, updatedAt: created.updatedAt, status: 'utkast' });
      draftId = created.id;
      await app.page.goto(`${app.host.url}#/utkast/${draftId}`);
      const joint = group('Polisen och kommunen lovar gemensamt att');
      await joint.waitFor();

      const selects = app.page.getByLabel('Vem lovar aktiviteten?', { exact: true });
      expect(await selects.count()).toBe(example.activities.length);
      // Each option's text measured in the select's own font, against the room the select gives it (padding and arrow off).
      const fits = await selects.evaluateAll((elements) =>
        (elements as HTMLSelectElement[]).map((select) => {
          const style = getComputedStyle(select);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const widest = Math.max(...[...select.options].map((option) => context.measureText(option.text).width));
          return { widest: Math.ceil(widest), room };
        }),
      );
      for (const { widest, room } of fits) expect(widest).toBeLessThanOrEqual(room);
      await joint.scrollIntoViewIfNeeded();
      await screenshot(joint.getByRole('listitem').first(), `80-vem-lovar-${size}`);
    });

    it('shows "Aktiviteten togs bort. Ångra" beside the form, over no field, and restores the activity', async () => {
      const police = group('Polisen lovar att');
      const first = police.getByRole('listitem').first();
      const text = await first.getByRole('textbox').first().inputValue();
      const count = await police.getByRole('listitem').count();
      // Scrolled into the middle of the form, where the user works.
      await first.scrollIntoViewIfNeeded();
      await first.getByRole('button', { name: /^Ta bort/ }).click();
      await expect.poll(() => police.getByRole('listitem').count()).toBe(count - 1);

      const notice = app.page.getByRole('status').filter({ hasText: 'Aktiviteten togs bort.' });
      const toast = notice.locator('..');
      const box = (await toast.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      const covered = await coveredBy(toast);
      expect(covered).toEqual([]);
      await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `81-removal-notice-${size}.png`) });

      // Scrolled further, it stays at the window's foot, still over nothing.
      await app.page.mouse.wheel(0, 600);
      await expect.poll(() => coveredBy(toast)).toEqual([]);
      const after = (await toast.boundingBox())!;
      expect(after.y + after.height).toBeLessThanOrEqual(viewport.height);

      await toast.getByRole('button', { name: /Ångra/ }).click();
      await expect.poll(() => police.getByRole('listitem').count()).toBe(count);
      await expect(police.getByRole('listitem').first().getByRole('textbox').first().inputValue()).resolves.toBe(text);
    });

    it('has "Verklig storlek" as a toggle button in a preview narrower than a sheet', async () => {
      await app.page.getByRole('switch', { name: 'Visa förhandsvisning' }).check();
      const preview = app.page.getByRole('region', { name: 'Förhandsvisning' }).first();
      const toggle = preview.getByRole('button', { name: 'Verklig storlek' });
      await toggle.waitFor();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      // Styled as a button: a border and a background of its own, not a link's bare text.
      const look = await toggle.evaluate((button) => {
        const style = getComputedStyle(button);
        return { border: style.borderTopStyle, background: style.backgroundColor };
      });
      expect(look.border).toBe('solid');
      expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
      await expect.poll(() => preview.getByText(/ · \d+ %$/).textContent()).not.toMatch(/ 100 %$/);
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => preview.getByText(/ · \d+ %$/).textContent()).toMatch(/ 100 %$/);
      await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `82-preview-actual-size-${size}.png`) });
      await toggle.click();
      await app.page.getByRole('switch', { name: 'Visa förhandsvisning' }).uncheck();
    });

    it('has a way back from the data folder page, and shows where the folder and its backups are', async () => {
      await app.page.goto(`${app.host.url}#/datamapp`);
      const folders = app.page.getByRole('group', { name: 'Var filerna finns' });
      await folders.getByText(app.dataDir, { exact: true }).waitFor();
      await screenshot(app.page, `83-data-folder-${size}`);
      await app.page.getByRole('link', { name: 'Alla dokument' }).click();
      await app.page.getByRole('heading', { level: 1, name: 'Alla dokument' }).waitFor();
      await app.page.getByRole('link', { name: exampleDraft().title, exact: true }).waitFor();
      await screenshot(app.page, `84-start-all-documents-${size}`);
      expect(app.problems).toEqual([]);
    });

    /** The form's and the side column's fields, buttons and links in view that `overlay` covers (their names), [] when none. */
    function coveredBy(overlay: Locator): Promise<string[]> {
      return overlay.evaluate((element) => {
        const own = element.getBoundingClientRect();
        const overlaps = (box: DOMRect) => box.right > own.left && box.left < own.right && box.bottom > own.top && box.top < own.bottom;
        return [...document.querySelectorAll('input, select, textarea, button, a, summary, label')]
          .filter((control) => !element.contains(control) && control.getClientRects().length > 0)
          .filter((control) => overlaps(control.getBoundingClientRect()))
          .map((control) => `${control.tagName.toLowerCase()} ${(control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 40)}`);
      });
    }
  });
}

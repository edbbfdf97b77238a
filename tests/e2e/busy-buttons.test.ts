import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import type { Draft } from '../../shared/draft/schema';
import { expectPageFocused } from '../support/browser';
import { useAppSession } from './session';

/**
 * A button whose action runs for a while ("Exportera till Word", "Exportera
 * PDF", "Dela utkast", "Skapa e-post", the print page's "Skriv ut" and
 * "Exportera PDF", the follow-up's report and CSV) keeps keyboard focus
 * through the run: pressed with Enter, focus is still on it when the result
 * is announced, so the next Tab goes on from there instead of from the top
 * of the page (issue 17, bug 2).
 */

describe('a busy button keeps the keyboard focus', () => {
  const app = useAppSession({ width: 1366, height: 768 });
  let draft: Draft;

  beforeAll(async () => {
    draft = await app.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
  });

  /**
   * Presses `button` with Enter, waits for `result`, and expects focus still
   * on the button. (That a press while it runs is ignored is the renderer
   * tier's test, which can hold a run open.)
   */
  async function pressAndKeepFocus(button: Locator, result: RegExp | string) {
    await button.focus();
    await expectPageFocused(button);
    await app.page.keyboard.press('Enter');
    await app.page.getByText(result).first().waitFor({ timeout: 30_000 });
    await expectPageFocused(button);
    expect(await button.getAttribute('aria-disabled')).not.toBe('true');
  }

  const files = (ending: string) => readdirSync(app.exportDir).filter((name) => name.endsWith(ending));

  it('"Exportera till Word" and "Exportera PDF" in the editor', async () => {
    await app.page.goto(`${app.host.url}#/utkast/${draft.id}`);
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Exportera till Word', exact: true }), /^Exporterad: .+\.docx$/);
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Exportera PDF', exact: true }), /^Exporterad: .+\.pdf$/);
    expect(files('.docx')).toHaveLength(1);
    expect(files('.pdf')).toHaveLength(1);
  });

  it('"Dela utkast"', async () => {
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Dela utkast', exact: true }), /^Delad: /);
    expect(files('.samverka.json')).toHaveLength(1);
  });

  it('"Skapa e-post"', async () => {
    await app.page.getByText('Skicka med e-post', { exact: true }).focus();
    await app.page.keyboard.press('Enter');
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Skapa e-post', exact: true }), 'E-postutkastet öppnades i ditt e-postprogram.');
    expect(readdirSync(`${app.exportDir}/e-post`)).toHaveLength(1);
  });

  it('Enter in a checkbox of the e-mail form, which makes the email too', async () => {
    const pdf = app.page.getByLabel('PDF', { exact: true });
    await pdf.focus();
    await app.page.keyboard.press('Enter');
    await expect.poll(() => readdirSync(`${app.exportDir}/e-post`).length, { timeout: 30_000 }).toBe(2);
    await app.page.getByText('E-postutkastet öppnades i ditt e-postprogram.').waitFor();
    await expectPageFocused(pdf);
  });

  it('the print page\'s "Skriv ut" and "Exportera PDF"', async () => {
    await app.page.goto(`${app.host.url}#/utkast/${draft.id}/skriv-ut`);
    await app.page.getByText(/^Dokumentet har \d+ sidor\.$/).waitFor();
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Skriv ut', exact: true }), 'Dokumentet skickades till skrivaren.');
    expect(app.host.prints).toHaveLength(1);
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Exportera PDF', exact: true }), /^Exporterad: .+-2\.pdf$/);
    expect(files('.pdf')).toHaveLength(3);
  });

  it('the follow-up page\'s "Exportera uppföljningsrapport (Word)" and "Exportera som CSV"', async () => {
    // A signed draft's follow-up: the example again, stored as klar and then undertecknad, as the editor does.
    const signed = await app.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await app.call('saveDraft', { ...signed, status: 'klar' });
    await app.call('saveDraft', { ...(await app.call('getDraft', signed.id)), status: 'undertecknad' });
    await app.page.goto(`${app.host.url}#/utkast/${signed.id}/uppfoljning`);
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Exportera uppföljningsrapport (Word)', exact: true }), /^Exporterad: .+\.docx$/);
    await pressAndKeepFocus(app.page.getByRole('button', { name: 'Exportera som CSV', exact: true }), /^Exporterad: .+\.csv$/);
    expect(files('.csv')).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });
});

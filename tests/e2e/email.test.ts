import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR } from '../support/browser';
import { normalizeSpace, readPdfPages, readWithPythonDocx } from '../support/docx-tools';
import { useAppSession } from './session';
import { SODERHAMN_ANSWERS, startFromExample } from './start-example';

/**
 * "Skicka med e-post" through the UI in a real browser against the real
 * services: a bundled example is sent with its Word document, its PDF (made
 * by the host's Chromium from the document page) and its draft file. The
 * `.eml` in the outbox (`<exportDir>/e-post`) is read with mailparser and
 * each attachment compared with the file beside it; the Word file is read by
 * python-docx and the PDF by pdftotext. "Versioner" shows the version that
 * was sent, and "Senaste exporter" lists the email.
 */

const TITLE = 'Medborgarlöfte för Söderhamn 2020–2021';
const STEM = 'medborgarlofte-soderhamn-2020-2021';

describe('an email draft with the document attached', () => {
  // Tall enough for the whole panel in the side column's scroll box.
  const app = useAppSession({ width: 1280, height: 1500 });
  let eml: string;
  let mail: ParsedMail;

  /**
   * A panel of the side column as it is on screen: the column is a sticky
   * scroll box, which a full-page capture would lay out anew, so the
   * panel is scrolled into the viewport and the viewport clipped to it.
   */
  async function shoot(locator: Locator, name: string) {
    await locator.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    const box = await locator.boundingBox();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), clip: box ?? undefined });
  }

  const panel = () => app.page.locator('details').filter({ has: app.page.locator('summary', { hasText: 'Skicka med e-post' }) });
  const recent = () => app.page.getByRole('region', { name: 'Senaste exporter' });

  it('creates the email from the editor with the .docx, the PDF and the draft file, and says it opened', async () => {
    await app.page.goto(app.host.url);
    await startFromExample(app.page, TITLE, SODERHAMN_ANSWERS);
    const title = app.page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true });
    await expect.poll(() => title.inputValue()).toBe(TITLE);

    await expect.poll(() => recent().textContent()).toContain('Inget exporterat ännu');
    await app.page.getByText('Skicka med e-post', { exact: true }).click();
    const form = panel();
    await form.getByLabel('PDF', { exact: true }).check();
    expect(await form.getByLabel('Ämne').inputValue()).toBe(`${TITLE} – utkast för synpunkter`);
    const body = await form.getByLabel('Meddelande').inputValue();
    for (const ending of ['docx', 'pdf', 'samverka.json']) expect(body).toContain(`${STEM}.${ending}`);
    await shoot(app.page.locator('[data-panel="email"]'), '55-email-panel');

    await form.getByRole('button', { name: 'Skapa e-post' }).click();
    await form.getByText('E-postutkastet öppnades i ditt e-postprogram.').waitFor({ timeout: 60_000 });
    await shoot(app.page.locator('[data-panel="email"]'), '55-email-created');

    const outbox = path.join(app.exportDir, 'e-post');
    const folders = readdirSync(outbox);
    expect(folders).toHaveLength(1);
    expect(folders[0]).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}-\\d{4}-${STEM}$`));
    const folder = path.join(outbox, folders[0]);
    expect(readdirSync(folder).sort()).toEqual([`${STEM}.docx`, `${STEM}.eml`, `${STEM}.pdf`, `${STEM}.samverka.json`]);
    eml = path.join(folder, `${STEM}.eml`);
    mail = await simpleParser(readFileSync(eml));
    expect(app.problems).toEqual([]);
  });

  it('holds the subject, the body and each file byte for byte, and the files are the document', async () => {
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toBe(`${TITLE} – utkast för synpunkter`);
    // The title starts with its kind: the sentence reads on from "medborgarlöftet" instead of repeating it in quotes.
    expect(mail.text).toContain('Här kommer ett utkast till medborgarlöftet för Söderhamn 2020–2021.');
    expect(mail.text).toContain(`– ${STEM}.pdf (PDF)`);
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [`${STEM}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [`${STEM}.pdf`, 'application/pdf'],
      [`${STEM}.samverka.json`, 'application/json'],
    ]);
    const folder = path.dirname(eml);
    for (const attachment of mail.attachments) {
      expect(attachment.content.equals(readFileSync(path.join(folder, attachment.filename!))), attachment.filename).toBe(true);
    }
    expect(normalizeSpace(await readWithPythonDocx(path.join(folder, `${STEM}.docx`)))).toContain(TITLE);
    expect(normalizeSpace((await readPdfPages(path.join(folder, `${STEM}.pdf`))).join('\n'))).toContain(TITLE);
    expect(JSON.parse(mail.attachments[2].content.toString('utf8'))).toMatchObject({ format: 'samverka', title: TITLE });
  });

  it('lists the email among the recent exports, newest first, where it can be opened again', async () => {
    const item = recent().getByRole('listitem').filter({ hasText: `${STEM}.eml` });
    await item.waitFor();
    await app.page.getByRole('button', { name: 'Exportera till Word' }).click();
    await app.page.getByText(/^Exporterad: /).waitFor({ timeout: 30_000 });
    await expect.poll(() => recent().getByRole('listitem').count()).toBe(2);
    expect((await recent().getByRole('listitem').first().textContent())?.startsWith(`${STEM}.docx`)).toBe(true);
    expect(await item.textContent()).toContain('E-post ·');
    await item.getByRole('button', { name: `Öppna ${STEM}.eml` }).click();
    await shoot(recent(), '55-recent-exports');
    expect(await recent().getByRole('alert').count()).toBe(0);
    expect(app.problems).toEqual([]);
  });

  it('keeps the version that was sent, shown in "Versioner" as "Skickad som e-post"', async () => {
    await app.page.getByRole('link', { name: 'Versioner', exact: true }).click();
    const list = app.page.getByRole('region', { name: 'Sparade versioner' });
    await list.waitFor();
    const sent = list.getByRole('button').filter({ hasText: 'Skickad som e-post' });
    await expect.poll(() => sent.count()).toBe(1);
    await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, '55-versions.png'), fullPage: true });
    expect(app.problems).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Draft } from '../../shared/draft/schema';
import { expectPageFocused, screenshot } from '../support/browser';
import { EXAMPLE_FILE } from '../support/fixtures';
import { useAppSession } from './session';

/**
 * Files dropped on the window, in the browser host with synthetic drag
 * events that carry real File objects (what a person's drop from the file
 * manager gives the page). A shared draft starts "Importera utkast" with
 * that file and imports it through the same checks as the button; anything
 * else changes nothing and is said to be so. In both cases the page cancels
 * the browser's default, which would open the file as a page: in Electron,
 * with the preload.
 */
interface DroppedFile {
  name: string;
  /** The file's content as UTF-8 text, or as bytes (`bytes` wins). */
  text?: string;
  bytes?: number[];
  type?: string;
}

/** Drops files on the page's main area as a drag from outside would; says whether the page took the drop (cancelled the default). */
function drop(page: Page, files: DroppedFile[]): Promise<{ overTaken: boolean; dropTaken: boolean }> {
  return page.evaluate((dropped) => {
    const data = new DataTransfer();
    for (const file of dropped) data.items.add(new File([file.bytes ? new Uint8Array(file.bytes) : (file.text ?? '')], file.name, { type: file.type ?? '' }));
    const target = document.querySelector('main') ?? document.body;
    const fire = (type: string) => target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
    fire('dragenter');
    const overTaken = !fire('dragover');
    const dropTaken = !fire('drop');
    return { overTaken, dropTaken };
  }, files);
}

const HOSTILE_HTML = '<!doctype html><title>Kapad</title><script>document.title = "Kapad"; window.samverka?.deleteDraft?.("x")</script>';

describe('files dropped on the window', () => {
  const app = useAppSession();
  const drafts = () => app.call('listDrafts');

  beforeAll(async () => {
    await app.page.goto(app.host.url);
    await app.page.getByRole('heading', { name: 'Inga dokument ännu' }).waitFor();
  });

  it('an .html file changes nothing: not opened, not imported, and the window says why', async () => {
    const { page } = app;
    const before = { url: page.url(), title: await page.title() };
    expect(await drop(page, [{ name: 'inbjudan.html', text: HOSTILE_HTML, type: 'text/html' }])).toEqual({ overTaken: true, dropTaken: true });

    const alert = page.getByRole('alert');
    await alert.getByText('”inbjudan.html” öppnades inte. Bara utkast som delats från Samverka, filer som slutar på .samverka.json, kan släppas här.').waitFor();
    await screenshot(page, '90-drop-html');
    expect({ url: page.url(), title: await page.title() }).toEqual(before);
    expect(await page.getByRole('region', { name: 'Importera utkast' }).count()).toBe(0);
    expect(await drafts()).toEqual([]);

    await alert.getByRole('button', { name: 'Stäng' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('several files at once: none is opened', async () => {
    const { page } = app;
    const example = readFileSync(EXAMPLE_FILE, 'utf8');
    expect(await drop(page, [{ name: 'a.samverka.json', text: example }, { name: 'b.samverka.json', text: example }])).toEqual({ overTaken: true, dropTaken: true });
    await page.getByRole('alert').getByText('Släpp en fil i taget. Ingen av de 2 filerna öppnades.').waitFor();
    expect(await drafts()).toEqual([]);
    await page.getByRole('alert').getByRole('button', { name: 'Stäng' }).click();
  });

  it('a broken .samverka.json is refused with the import\u2019s own reasons, and nothing is added', async () => {
    const { page } = app;
    await drop(page, [{ name: 'trasig.samverka.json', text: '{"format": "samverka", "formatVersion": 2, "title": ' }]);
    const panel = page.getByRole('region', { name: 'Importera utkast' });
    await panel.getByText(/^Filen kunde inte importeras: Filen är inte giltig JSON/).waitFor();
    await screenshot(page, '91-drop-broken');
    expect(await drafts()).toEqual([]);
    await panel.getByRole('button', { name: 'Stäng' }).click();
    expect(await page.getByRole('region', { name: 'Importera utkast' }).count()).toBe(0);
  });

  it('a .samverka.json saved as Windows-1252 is refused as the button refuses it, never read with its letters replaced', async () => {
    const { page } = app;
    // The example written as Windows-1252: its "å", "ä" and "ö" single bytes (0xE5, 0xE4, 0xF6), not UTF-8; what
    // Windows-1252 cannot hold (the dash in "2020–2021") as "-", so that the file is JSON but for its encoding.
    const latin1 = [...Buffer.from(readFileSync(EXAMPLE_FILE, 'utf8').replace(/[^\u0000-\u00ff]/g, '-'), 'latin1')];
    await drop(page, [{ name: 'latin1.samverka.json', bytes: latin1 }]);
    const panel = page.getByRole('region', { name: 'Importera utkast' });
    await panel.getByText(/^Filen kunde inte importeras: Filen är inte sparad som UTF-8/).waitFor();
    expect(await drafts()).toEqual([]);
    await panel.getByRole('button', { name: 'Stäng' }).click();
  });

  it('a .samverka.json dropped on any page starts Importera utkast with that file, and imports it', async () => {
    const { page } = app;
    const example: Draft = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8'));
    // From another page than the start page: the import opens where it always is.
    await page.getByRole('link', { name: 'Datamapp och säkerhetskopior' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datamapp och säkerhetskopior' }).waitFor();

    const file = path.basename(EXAMPLE_FILE);
    expect(await drop(page, [{ name: file, text: readFileSync(EXAMPLE_FILE, 'utf8'), type: 'application/json' }])).toEqual({ overTaken: true, dropTaken: true });
    const panel = page.getByRole('region', { name: 'Importera utkast' });
    await panel.getByText(`Filen ”${file}” innehåller:`).waitFor();
    expect(new URL(page.url()).hash).toBe('#/');
    expect(await panel.getByRole('definition').allTextContents()).toEqual([example.title, 'Medborgarlöfte', '1 januari 2020 – 31 december 2021', 'Utkast']);
    // Focus moved into the panel, to its heading, as with the button.
    await expectPageFocused(panel.getByRole('heading', { level: 2, name: 'Importera utkast' }));
    await screenshot(page, '92-drop-draft');

    await panel.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#/utkast/${example.id}`);
    const stored: Draft = JSON.parse(readFileSync(path.join(app.dataDir, 'drafts', `${example.id}.json`), 'utf8'));
    expect(stored.title).toBe(example.title);
    expect(stored.activities).toEqual(example.activities);
    expect(stored.status).toBe('utkast');
    expect(await drafts()).toHaveLength(1);
    expect(app.problems).toEqual([]);
  });
});

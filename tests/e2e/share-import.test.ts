import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Draft } from '../../shared/draft/schema';
import { openAppSession, type AppSession } from './session';
import { SODERHAMN_ANSWERS, startFromExample } from './start-example';
import { expectPageFocused, screenshot } from '../support/browser';

/**
 * "Dela utkast" in one Samverka, "Importera utkast" in another: two sessions
 * on two data folders that share an export folder (the e2e host's dialogs
 * save there, and "Importera" opens the newest shared draft there). The
 * imported draft is the shared one, field for field.
 */
const TITLE = 'Medborgarlöfte för Söderhamn 2020–2021, delat med Ljusdal';
const STATEMENT = 'Polis och kommun lovar att tillsammans öka tryggheten i Söderhamns centrum, också på helgerna.';

/** The draft id in the page's address (`#/utkast/<id>`). */
const draftIdOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash.replace(/^#\/utkast\//, ''));

/** The editor's title field (each signatory has a "Titel" of its own). */
const titleField = (page: Page) => page.getByRole('region', { name: 'Grunduppgifter' }).getByLabel('Titel', { exact: true });

/** The draft as its session stored it on disk. */
const storedDraft = (app: AppSession, id: string): Draft => JSON.parse(readFileSync(path.join(app.dataDir, 'drafts', `${id}.json`), 'utf8'));

/** What an import may change: the fields the library owns. */
const content = ({ status: _status, updatedAt: _updatedAt, ...rest }: Draft) => rest;

async function waitUntilSaved(page: Page) {
  await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/^Sparat/);
}

describe('a draft shared as a file and imported into another data folder', () => {
  let sender: AppSession;
  let receiver: AppSession;
  let original: Draft;

  beforeAll(async () => {
    sender = await openAppSession();
  });

  afterAll(async () => {
    await sender?.close();
    await receiver?.close();
  });

  it('shares a draft from the editor as one .samverka.json file', async () => {
    const page = sender.page;
    await page.goto(sender.host.url);
    await startFromExample(page, 'Medborgarlöfte för Söderhamn 2020–2021', SODERHAMN_ANSWERS);
    const title = titleField(page);
    await expect.poll(() => title.inputValue()).toBe('Medborgarlöfte för Söderhamn 2020–2021');
    await title.fill(TITLE);
    await page.getByLabel('Löftesmening', { exact: true }).fill(STATEMENT);
    await page.getByLabel('Löftesmening', { exact: true }).blur();
    await waitUntilSaved(page);

    await page.getByRole('button', { name: 'Dela utkast' }).click();
    await expect.poll(() => page.getByText(/^Delad: /).count(), { timeout: 10_000 }).toBe(1);
    const files = readdirSync(sender.exportDir).filter((name) => name.endsWith('.samverka.json'));
    expect(files).toHaveLength(1);

    original = storedDraft(sender, draftIdOf(page));
    expect(original.title).toBe(TITLE);
    expect(original.statement).toBe(STATEMENT);
    const sharedFile: Draft = JSON.parse(readFileSync(path.join(sender.exportDir, files[0]), 'utf8'));
    expect(content(sharedFile)).toEqual(content(original));
    expect(sender.problems).toEqual([]);
  });

  it('imports it on a fresh data folder, identical, and opens it', async () => {
    receiver = await openAppSession(undefined, { exportDir: sender.exportDir });
    const page = receiver.page;
    await page.goto(receiver.host.url);
    await page.getByRole('heading', { name: 'Inga dokument ännu' }).waitFor();
    await page.getByRole('button', { name: 'Importera utkast' }).click();

    const panel = page.getByRole('region', { name: 'Importera utkast' });
    await panel.waitFor();
    expect(await panel.getByRole('definition').allTextContents()).toEqual([TITLE, 'Medborgarlöfte', '1 januari 2020 – 31 december 2021', 'Utkast']);
    // Focus moved into the panel, to its heading.
    await expectPageFocused(panel.getByRole('heading', { level: 2, name: 'Importera utkast' }));
    await screenshot(page, '40-import');

    await panel.getByRole('button', { name: 'Importera', exact: true }).click();
    const title = titleField(page);
    await expect.poll(() => title.inputValue()).toBe(TITLE);
    expect(await page.getByLabel('Löftesmening', { exact: true }).inputValue()).toBe(STATEMENT);
    await screenshot(page, '41-imported');

    const id = draftIdOf(page);
    const imported = storedDraft(receiver, id);
    // Field for field what was shared, apart from what the library owns.
    expect(imported.title).toBe(original.title);
    expect(imported.period).toEqual(original.period);
    expect(imported.parties).toEqual(original.parties);
    expect(imported.basis).toEqual(original.basis);
    expect(imported.activities).toEqual(original.activities);
    expect(imported.signatories).toEqual(original.signatories);
    expect(content(imported)).toEqual(content(original));
    expect(imported.status).toBe('utkast');
    expect(id).toBe(original.id);
  });

  it('offers "Ta emot ändringar" when the draft is there already, with "Behåll båda" and "Ersätt" besides', async () => {
    const page = receiver.page;
    await page.getByRole('link', { name: 'Samverka', exact: true }).click();
    await page.getByRole('button', { name: 'Importera utkast' }).click();
    const panel = page.getByRole('region', { name: 'Ta emot ändringar' });
    // The same file again: the version it was imported as, with nothing in it to take.
    await panel.getByText(/^Filen ”.*” är en version av ditt utkast/).waitFor();
    expect(await panel.getByText('Filen har inga ändringar att ta emot.').count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Ta emot valda ändringar' }).count()).toBe(0);
    expect(await panel.getByRole('button', { name: 'Behåll båda' }).isEnabled()).toBe(true);
    expect(await panel.getByRole('button', { name: 'Ersätt' }).isEnabled()).toBe(true);
    await screenshot(page, '42-import-existing');

    await panel.getByRole('button', { name: 'Behåll båda' }).click();
    // A draft of its own: the editor opens on a new id.
    await expect.poll(() => /^#\/utkast\/[0-9a-f-]{36}$/.test(new URL(page.url()).hash) && draftIdOf(page) !== original.id).toBe(true);
    const copy = storedDraft(receiver, draftIdOf(page));
    expect(copy.title).toBe(TITLE);
    expect(copy.activities).toEqual(original.activities);
  });

  it('backs up the data folder and offers to restore it', async () => {
    const page = receiver.page;
    await page.getByRole('link', { name: 'Datamapp och säkerhetskopior' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datamapp och säkerhetskopior' }).waitFor();
    const backups = page.getByRole('region', { name: 'Säkerhetskopior' });
    await backups.getByRole('button', { name: 'Gör en säkerhetskopia nu' }).click();
    await backups.getByRole('status').getByText(/^Säkerhetskopian är klar/).waitFor();
    expect(await backups.getByRole('table').getByRole('row').count()).toBe(2);
    expect(await backups.getByRole('row').nth(1).getByText('2 utkast').count()).toBe(1);

    await backups.getByRole('button', { name: /^Återställ säkerhetskopian från/ }).click();
    await backups.getByRole('group', { name: /^Återställa säkerhetskopian från/ }).waitFor();
    await screenshot(page, '43-datamapp');
    await backups.getByRole('button', { name: 'Avbryt' }).click();
    expect(await backups.getByRole('group').count()).toBe(0);

    await backups.getByRole('button', { name: /^Återställ säkerhetskopian från/ }).click();
    await backups.getByRole('button', { name: 'Ja, återställ' }).click();
    await backups.getByRole('status').getByText(/är återställd/).waitFor();
    // The drafts as they were, backed up first, are listed above the restored backup.
    expect(await backups.getByRole('table').getByRole('row').count()).toBe(3);
    expect(await backups.getByRole('row').nth(1).getByText('Före en återställning').count()).toBe(1);
    await screenshot(page, '43-datamapp-aterstalld');
    await backups.getByRole('link', { name: 'Till alla dokument' }).click();
    await expect.poll(() => page.getByRole('table').getByRole('link', { name: TITLE }).count()).toBe(2);
  });

  it('lists a file it cannot read as "Kunde inte läsas" and still opens the others', async () => {
    const page = receiver.page;
    const broken = `${randomUUID()}.json`;
    writeFileSync(path.join(receiver.dataDir, 'drafts', broken), '{"format": "samverka", "formatVersion": 1, "title": "Avbr');
    // Leave the page before its host stops, so no request of the old page meets a closed port.
    await page.goto('about:blank');
    await receiver.restartHost();
    await page.goto(receiver.host.url);

    const region = page.getByRole('region', { name: 'Kunde inte läsas' });
    await region.waitFor();
    expect(await region.getByText(broken, { exact: true }).count()).toBe(1);
    expect(await page.getByRole('table').getByRole('link', { name: TITLE }).count()).toBe(2);
    await screenshot(page, '44-unreadable');
  });

  it('refuses a file that is not a draft and says what was wrong', async () => {
    const page = receiver.page;
    const { id: _id, parties: _parties, ...broken } = original;
    writeFileSync(path.join(sender.exportDir, 'trasigt.samverka.json'), JSON.stringify({ ...broken, period: { start: '2020-13-01', end: null } }));
    await page.getByRole('button', { name: 'Importera utkast' }).click();
    const alert = page.getByRole('region', { name: 'Importera utkast' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^Filen kunde inte importeras: Filen följer inte Samverkas filformat/);
    expect(await alert.getByRole('listitem').count()).toBe(3);
    await screenshot(page, '45-import-refused');
    expect(await page.getByRole('table').getByRole('row').count()).toBe(3);
    expect(receiver.problems).toEqual([]);
  });
});

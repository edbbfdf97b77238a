import { describe, expect, it } from 'vitest';
import { useAppSession } from './session';
import { screenshot } from '../support/browser';

/**
 * "Nothing is ever lost", through the UI in a real browser against the real
 * services: a draft is edited in steps (an export between them keeps a
 * version), "Versioner" lists the versions, an older one is shown and
 * restored, and the editor has its text again; the text before the restore
 * is kept as a version too.
 */
const TITLE = 'Medborgarlöfte för Ljusdal 2027';
const TEXT_A = 'Polis och kommun lovar att tillsammans öka tryggheten i Ljusdals centrum.';
const TEXT_B = 'Polis och kommun lovar att minska narkotikan bland unga i Järvsö.';

describe('history: restore an older version from "Versioner"', () => {
  const app = useAppSession();

  const exact = (label: string) => app.page.getByLabel(label, { exact: true });
  const statement = () => exact('Löftesmening');
  const versionList = () => app.page.getByRole('region', { name: 'Sparade versioner' });

  async function waitUntilSaved() {
    await expect.poll(() => app.page.getByRole('status', { name: 'Sparstatus' }).textContent(), { timeout: 10_000 }).toMatch(/^Sparat/);
  }

  it('keeps a version at the export between two edits', async () => {
    await app.page.goto(app.host.url);
    await app.page.getByRole('button', { name: 'Nytt medborgarlöfte' }).click();
    await exact('Titel').fill(TITLE);
    await statement().fill(TEXT_A);
    await exact('Titel').focus();
    await waitUntilSaved();

    await app.page.getByRole('button', { name: 'Exportera till Word' }).click();
    await app.page.getByText(/^Exporterad: /).waitFor({ timeout: 30_000 });

    await statement().fill(TEXT_B);
    await exact('Titel').focus();
    await waitUntilSaved();
    expect(app.problems).toEqual([]);
  });

  it('lists the versions and shows the older one', async () => {
    await app.page.getByRole('link', { name: 'Versioner', exact: true }).click();
    await versionList().waitFor();
    // The page's own heading (the preview's document has a title heading of its own).
    await app.page.getByRole('heading', { level: 1, name: `Versioner av ${TITLE}`, exact: true }).waitFor();
    const exported = versionList().getByRole('button').filter({ hasText: 'Exporterad till Word' });
    await expect.poll(() => exported.count()).toBe(1);
    await expect.poll(() => exported.textContent()).toContain('behålls alltid');
    await screenshot(app.page, '30-versions');

    await exported.click();
    await expect.poll(() => exported.getAttribute('aria-current')).toBe('true');
    const preview = app.page.getByRole('region', { name: /^Versionen från / }).getByRole('region', { name: 'Förhandsvisning' });
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain(TEXT_A);
    expect(await preview.textContent()).not.toContain(TEXT_B);
    await screenshot(app.page, '31-version-shown');
  });

  it('restores it after a confirmation, and the editor has the older text', async () => {
    await app.page.getByRole('button', { name: 'Återställ den här versionen' }).click();
    const question = app.page.getByRole('group', { name: /Det du har nu sparas först som en egen version/ });
    await question.waitFor();
    await screenshot(app.page, '32-restore-question');
    await question.getByRole('button', { name: 'Ja, återställ' }).click();

    await app.page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    await expect.poll(() => statement().inputValue()).toBe(TEXT_A);
    await app.page.getByText(/^Versionen från .+ är återställd\./).waitFor();
    await screenshot(app.page, '33-restored-in-editor');
    await screenshot(app.page.locator('#editor-notice').locator('..'), '33-restored-notice');
    await screenshot(app.page.getByRole('complementary', { name: 'Spara, kontrollera och exportera' }).locator(':scope > div'), '33-editor-side');

    // Survives a reload: it is the stored draft, not the window's memory.
    await app.page.reload();
    await expect.poll(() => statement().inputValue()).toBe(TEXT_A);
    expect(app.problems).toEqual([]);
  });

  it('keeps the text from before the restore as a version, so the restore can be undone', async () => {
    await app.page.getByRole('link', { name: 'Versioner', exact: true }).click();
    await versionList().waitFor();
    const before = versionList().getByRole('button').filter({ hasText: 'Före återställning' });
    await expect.poll(() => before.count()).toBeGreaterThan(0);
    await before.first().click();
    const preview = app.page.getByRole('region', { name: /^Versionen från / }).getByRole('region', { name: 'Förhandsvisning' });
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain(TEXT_B);
    await screenshot(app.page, '34-versions-after-restore');
    expect(app.problems).toEqual([]);
  });

  it('says that a restore makes a klar draft an utkast again, and the notice goes when the status changes after', async () => {
    const example = await app.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await app.page.goto(`${app.host.url}#/utkast/${example.id}`);
    const status = app.page.getByRole('region', { name: 'Status', exact: true });
    await status.getByRole('button', { name: 'Markera som klar för underskrift' }).click();
    await expect.poll(() => status.textContent()).toContain('Status: Klar för underskrift');

    await app.page.getByRole('link', { name: 'Versioner', exact: true }).click();
    await versionList().waitFor();
    await app.page.getByRole('button', { name: 'Återställ den här versionen' }).click();
    const question = app.page.getByRole('group', { name: /Dokumentet är klart för underskrift nu men blir ett utkast igen/ });
    await question.waitFor();
    await screenshot(app.page, '35-restore-question-klar');
    await question.getByRole('button', { name: 'Ja, återställ' }).click();

    await app.page.getByRole('region', { name: 'Grunduppgifter' }).waitFor();
    const notice = app.page.getByText(/^Versionen från .+ är återställd\. Dokumentet är ett utkast igen:/);
    await notice.waitFor();
    await expect.poll(() => status.textContent()).toContain('Status: Utkast');
    await screenshot(app.page.locator('#editor-notice').locator('..'), '35-restored-notice-klar');

    await status.getByRole('button', { name: 'Markera som klar för underskrift' }).click();
    await expect.poll(() => status.textContent()).toContain('Status: Klar för underskrift');
    await expect.poll(() => notice.count()).toBe(0);
    expect(app.problems).toEqual([]);
  });
});

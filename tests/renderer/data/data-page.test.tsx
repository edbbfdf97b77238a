import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { freshHarnessEachTest, unwrap } from '../helpers/app-harness';
import { openLibraryHarness, type LibraryHarness } from './library-harness';
import { expectFocused } from '../../support/focus';

let harness: LibraryHarness;

freshHarnessEachTest(async () => (harness = await openLibraryHarness()));

/** Renders the app on `#/datamapp`. */
async function openDataPage() {
  window.location.hash = '#/datamapp';
  render(<App />);
  return screen.findByRole('region', { name: 'Säkerhetskopior' });
}

/** The rows of the backup table, without its header. */
const backupRows = (section: HTMLElement) => within(within(section).getByRole('table')).getAllByRole('row').slice(1);

describe('the data folder page', () => {
  it('has its heading, opens the data folder and says when there are no backups', async () => {
    const section = await openDataPage();
    const heading = screen.getByRole('heading', { level: 1, name: 'Datamapp och säkerhetskopior' });
    await expectFocused(heading);
    expect(document.title).toBe('Datamapp och säkerhetskopior – Samverka');
    expect(await within(section).findByText(/Det finns inga säkerhetskopior ännu/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Öppna datamappen' }));
    await waitFor(() => expect(harness.openedFolders).toHaveLength(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('leads back to the start page and shows where the data folder and its backups are (issue 17)', async () => {
    await openDataPage();
    const back = screen.getByRole('link', { name: 'Alla dokument' });
    expect(back.getAttribute('href')).toBe('#/');
    // The way back comes before the heading, as on every other page.
    expect(back.compareDocumentPosition(screen.getByRole('heading', { level: 1 })) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const folders = await screen.findByRole('group', { name: 'Var filerna finns' });
    expect(within(folders).getByText(harness.dataDir)).toBeTruthy();
    expect(within(folders).getByText(harness.backupDir)).toBeTruthy();
  });

  it('makes a backup now and lists it with time, reason, drafts and size', async () => {
    await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Ljusdal 2025' }));
    const section = await openDataPage();
    await within(section).findByText(/Det finns inga säkerhetskopior ännu/);

    fireEvent.click(within(section).getByRole('button', { name: 'Gör en säkerhetskopia nu' }));
    const done = await within(section).findByRole('status');
    expect(done.textContent).toMatch(/^Säkerhetskopian är klar \(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\)\.$/);

    const rows = backupRows(section);
    expect(rows).toHaveLength(1);
    const cells = within(rows[0]).getAllByRole('cell').map((cell) => cell.textContent);
    expect(within(rows[0]).getByRole('rowheader').textContent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(cells[0]).toBe('Gjord på begäran');
    expect(cells[1]).toBe('2 utkast');
    expect(cells[2]).toMatch(/^\d+(,\d)? (byte|kB|MB)$/);
    expect(await unwrap(harness.bridge.listBackups())).toHaveLength(1);
  });

  it('restores a backup after a confirmation, backing up the current drafts first', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    const backup = await unwrap(harness.bridge.createBackup());
    await unwrap(harness.bridge.saveDraft({ ...(await harness.readDraft(draft.id)), title: 'Ändrat efter säkerhetskopian' }));

    const section = await openDataPage();
    const [row] = await waitFor(() => {
      const rows = backupRows(section);
      expect(rows).toHaveLength(1);
      return rows;
    });
    const restore = within(row).getByRole('button', { name: /^Återställ säkerhetskopian från \d{4}-/ });
    expect(restore.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(restore);

    const confirm = within(section).getByRole('group', { name: /^Återställa säkerhetskopian från .*\?$/ });
    await expectFocused(() => within(confirm).getByText(/^Återställa säkerhetskopian/));
    expect(within(confirm).getByText(/1 utkast\).*Först görs en ny säkerhetskopia av utkasten som de är nu/)).toBeTruthy();
    // Nothing happens until it is confirmed.
    expect((await harness.readDraft(draft.id)).title).toBe('Ändrat efter säkerhetskopian');

    fireEvent.click(within(confirm).getByRole('button', { name: 'Ja, återställ' }));
    const done = await within(section).findByRole('status');
    expect(done.textContent).toMatch(/är återställd/);
    expect(within(done).getByRole('link', { name: 'Till alla dokument' }).getAttribute('href')).toBe('#/');
    expect(within(section).queryByRole('group')).toBeNull();

    expect((await harness.readDraft(draft.id)).title).toBe('Medborgarlöfte för Tanum 2025');
    // The drafts as they were are in a new backup, listed first.
    await waitFor(() => expect(backupRows(section)).toHaveLength(2));
    const [first] = backupRows(section);
    expect(within(first).getByText('Före en återställning')).toBeTruthy();
    const backups = await unwrap(harness.bridge.listBackups());
    expect(backups.map((b) => b.id)).toContain(backup.id);

    // And the start page shows the restored draft.
    await act(async () => {
      fireEvent.click(within(done).getByRole('link', { name: 'Till alla dokument' }));
      window.location.hash = '#/';
    });
    expect(await screen.findByRole('link', { name: 'Medborgarlöfte för Tanum 2025' })).toBeTruthy();
  });

  it('cancels a restore and gives focus back to its button', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    await unwrap(harness.bridge.createBackup());
    await unwrap(harness.bridge.saveDraft({ ...(await harness.readDraft(draft.id)), title: 'Ändrat' }));
    const section = await openDataPage();
    const restore = await within(section).findByRole('button', { name: /^Återställ säkerhetskopian från/ });

    fireEvent.click(restore);
    fireEvent.click(within(section).getByRole('button', { name: 'Avbryt' }));
    expect(within(section).queryByRole('group')).toBeNull();
    await expectFocused(restore);

    fireEvent.click(restore);
    fireEvent.keyDown(within(section).getByRole('button', { name: 'Ja, återställ' }), { key: 'Escape' });
    expect(within(section).queryByRole('group')).toBeNull();
    await expectFocused(restore);
    expect((await harness.readDraft(draft.id)).title).toBe('Ändrat');
  });

  it('says in Swedish when the backups cannot be listed, and tries again', async () => {
    let fail = true;
    window.samverka = {
      ...harness.bridge,
      listBackups: async () => (fail ? { ok: false, error: { code: 'io', message: 'Mappen med säkerhetskopior kunde inte läsas.' } } : harness.bridge.listBackups()),
    };
    const section = await openDataPage();
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toContain('Säkerhetskopiorna kunde inte hämtas: Mappen med säkerhetskopior kunde inte läsas.');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Försök igen' }));
    expect(await within(section).findByText(/Det finns inga säkerhetskopior ännu/)).toBeTruthy();
    expect(within(section).queryByRole('alert')).toBeNull();
  });

  it('says what failed when a backup cannot be made', async () => {
    window.samverka = {
      ...harness.bridge,
      createBackup: async () => ({ ok: false, error: { code: 'io', message: 'Disken är full.' } }),
    };
    const section = await openDataPage();
    await within(section).findByText(/Det finns inga säkerhetskopior ännu/);
    fireEvent.click(within(section).getByRole('button', { name: 'Gör en säkerhetskopia nu' }));
    const alert = await within(section).findByRole('alert');
    expect(alert.textContent).toBe('Säkerhetskopian kunde inte göras: Disken är full. Utkasten är oförändrade.');
  });
});

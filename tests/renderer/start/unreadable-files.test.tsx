import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { exampleDraft } from '../../support/fixtures';
import { freshHarnessEachTest } from '../helpers/app-harness';
import { openLibraryHarness, type LibraryHarness } from '../data/library-harness';

let harness: LibraryHarness;

freshHarnessEachTest(async () => (harness = await openLibraryHarness()));

const unreadableRegion = () => screen.findByRole('region', { name: 'Kunde inte läsas' });

/** The list item that names a file. */
function itemOf(region: HTMLElement, fileName: string): HTMLElement {
  const item = within(region).getByText(fileName).closest('li');
  expect(item).not.toBeNull();
  return item as HTMLElement;
}

describe('"Kunde inte läsas" on the start page', () => {
  it('lists a corrupt draft file with its reason and where its bytes went, and the other drafts still open', async () => {
    const good = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    const broken = `${randomUUID()}.json`;
    await harness.restart(); // the good draft is on disk and in the index
    harness.writeDraftFile(broken, '{"format": "samverka", "formatVersion": 1, "title": "Avbrut');
    await harness.restart(); // the library opens and finds the broken file

    render(<App />);
    const region = await unreadableRegion();
    expect(within(region).getByText(/1 fil i datamappen kunde inte läsas/)).toBeTruthy();
    expect(within(region).getByText(/Alla andra utkast påverkas inte/)).toBeTruthy();

    const item = itemOf(region, broken);
    const facts = within(item).getAllByRole('definition').map((dd) => dd.textContent ?? '');
    expect(facts).toHaveLength(3);
    const [reason, original, foundAt] = facts;
    expect(reason.length).toBeGreaterThan(5); // the Node side's Swedish reason, whatever its words
    expect(original).toMatch(/^Flyttad oförändrad till \S/);
    expect(foundAt).toMatch(/\d{2}:\d{2}/);
    expect(within(region).getByText(/Ingenting har raderats/)).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Datamapp och säkerhetskopior' }).getAttribute('href')).toBe('#/datamapp');

    // The good draft is listed and opens.
    fireEvent.click(screen.getByRole('link', { name: good.title }).closest('tr')!.querySelector('td')!);
    expect(await screen.findByLabelText('Titel')).toHaveProperty('value', good.title);
  });

  it('says so for each of several files', async () => {
    harness.writeDraftFile(`${randomUUID()}.json`, '');
    harness.writeDraftFile(`${randomUUID()}.json`, Buffer.from([0xff, 0xfe, 0x00, 0x13, 0x37]));
    harness.writeDraftFile(`${randomUUID()}.json`, JSON.stringify({ format: 'samverka', formatVersion: 1, kind: 'medborgarlofte' }));
    await harness.restart();

    render(<App />);
    const region = await unreadableRegion();
    expect(within(region).getByText(/3 filer i datamappen kunde inte läsas/)).toBeTruthy();
    expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    // With no draft left to list, the page still explains how to start.
    expect(screen.getByRole('heading', { name: 'Inga dokument ännu' })).toBeTruthy();
  });

  it('says a file of a newer format version was left in place', async () => {
    const newer = { ...exampleDraft(), id: randomUUID(), formatVersion: 99 };
    const name = `${newer.id}.json`;
    harness.writeDraftFile(name, JSON.stringify(newer));
    await harness.restart();

    render(<App />);
    const item = itemOf(await unreadableRegion(), name);
    expect(within(item).getByText(/Ligger kvar orörd i datamappen/)).toBeTruthy();
  });

  it('opens the data folder from the list', async () => {
    harness.writeDraftFile(`${randomUUID()}.json`, '{');
    await harness.restart();

    render(<App />);
    const region = await unreadableRegion();
    fireEvent.click(within(region).getByRole('button', { name: 'Öppna datamappen' }));
    await waitFor(() => expect(harness.openedFolders).toHaveLength(1));
    expect(within(region).queryByRole('alert')).toBeNull();
  });

  it('says quietly when it cannot tell, and lists the drafts as usual', async () => {
    await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    window.samverka = {
      ...harness.bridge,
      listUnreadable: async () => ({ ok: false, error: { code: 'io', message: 'Datamappen kunde inte läsas.' } }),
    };
    render(<App />);
    expect(await screen.findByText(/^Det gick inte att ta reda på om några filer i datamappen inte kunde läsas: Datamappen kunde inte läsas\./)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Medborgarlöfte för Tanum 2025' })).toBeTruthy();
    // Not an alert: nothing the user did failed.
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows nothing when every file was read', async () => {
    await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    let answered: unknown = null;
    window.samverka = {
      ...harness.bridge,
      listUnreadable: async () => (answered = await harness.bridge.listUnreadable()) as Awaited<ReturnType<typeof harness.bridge.listUnreadable>>,
    };
    render(<App />);
    await screen.findByRole('table');
    await waitFor(() => expect(answered).toEqual({ ok: true, value: [] }));
    expect(screen.queryByRole('region', { name: 'Kunde inte läsas' })).toBeNull();
    expect(screen.queryByText(/kunde inte ta reda på/)).toBeNull();
  });
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { splitRefusal } from '../../../renderer/start/import-draft';
import { draftSchema, type Draft } from '../../../shared/draft/schema';
import { exampleDraft } from '../../support/fixtures';
import { completeDraft, freshHarnessEachTest, unwrap } from '../helpers/app-harness';
import { openLibraryHarness, type LibraryHarness } from '../data/library-harness';
import { expectFocused } from '../../support/focus';

let harness: LibraryHarness;

freshHarnessEachTest(async () => (harness = await openLibraryHarness()));

/** A draft as "Dela utkast" writes it: the file format, pretty-printed. */
const shared = (draft: Draft) => `${JSON.stringify(draft, null, 2)}\n`;

/** The Söderhamn example under an id of its own, as someone else's shared draft. */
const someoneElsesDraft = (): Draft => ({ ...exampleDraft(), id: randomUUID() });

/** The editor's title field (signatories have a "Titel" of their own). */
const editorTitle = async () => within(await screen.findByRole('region', { name: 'Grunduppgifter' })).getByLabelText('Titel');

const importButton = () => screen.findByRole('button', { name: 'Importera utkast' });
const importPanel = () => screen.findByRole('region', { name: 'Importera utkast' });
/** The import's panel for a file of a draft the library has (not signed). */
const receivePanel = () => screen.findByRole('region', { name: 'Ta emot ändringar' });

async function drafts() {
  return unwrap(harness.bridge.listDrafts());
}

describe('"Importera utkast" on the start page', () => {
  it('does nothing when the file dialog is cancelled', async () => {
    render(<App />);
    const button = await importButton();
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBeNull());
    expect(screen.queryByRole('region', { name: 'Importera utkast' })).toBeNull();
    await expectFocused(button);
    expect(await drafts()).toEqual([]);
  });

  it('shows what the file holds, imports it and opens it', async () => {
    const draft = someoneElsesDraft();
    harness.offerForImport('Medborgarlöfte Söderhamn.samverka.json', shared(draft));
    render(<App />);
    fireEvent.click(await importButton());

    const panel = await importPanel();
    await expectFocused(() => within(panel).getByRole('heading', { name: 'Importera utkast' }));
    expect(within(panel).getByText('Filen ”Medborgarlöfte Söderhamn.samverka.json” innehåller:')).toBeTruthy();
    const facts = within(panel).getAllByRole('definition').map((dd) => dd.textContent);
    expect(facts).toEqual(['Medborgarlöfte för Söderhamn 2020–2021', 'Medborgarlöfte', '1 januari 2020 – 31 december 2021', 'Utkast']);
    // Nothing stored until the user says so.
    expect(await drafts()).toEqual([]);
    expect(within(panel).queryByRole('button', { name: 'Ersätt' })).toBeNull();

    fireEvent.click(within(panel).getByRole('button', { name: 'Importera' }));
    expect(await editorTitle()).toHaveProperty('value', draft.title);
    const [stored] = await drafts();
    expect(window.location.hash).toBe(`#/utkast/${stored.id}`);
    const imported = await harness.readDraft(stored.id);
    const expected = draftSchema.parse(draft);
    expect(imported.parties).toEqual(expected.parties);
    expect(imported.activities).toEqual(expected.activities);
    expect(imported.signatories).toEqual(expected.signatories);
  });

  it('says that a file saved as klar comes in as an utkast', async () => {
    harness.offerForImport('klar.samverka.json', shared({ ...someoneElsesDraft(), status: 'klar' }));
    render(<App />);
    fireEvent.click(await importButton());
    const panel = await importPanel();
    expect(within(panel).getAllByRole('definition').at(-1)!.textContent).toBe('Utkast');
    expect(
      within(panel).getByText('Filen är sparad som ”Klar för underskrift” men importeras som ett utkast. Markera det som klart igen när du har gått igenom det.'),
    ).toBeTruthy();
  });

  it('says nothing of the status for a file saved as an utkast', async () => {
    harness.offerForImport('utkast.samverka.json', shared(someoneElsesDraft()));
    render(<App />);
    fireEvent.click(await importButton());
    const panel = await importPanel();
    expect(within(panel).queryByText(/importeras som ett utkast/)).toBeNull();
  });

  it('receives the changes of a file of a draft the library has ("Ta emot ändringar"), two-way when the file names no common version', async () => {
    const mine = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    harness.offerForImport('tanum.samverka.json', shared({ ...mine, title: 'Medborgarlöfte för Tanum 2025, kommunens förslag' }));
    render(<App />);
    fireEvent.click(await importButton());

    const panel = await receivePanel();
    await expectFocused(() => within(panel).getByRole('heading', { level: 2, name: 'Ta emot ändringar' }));
    expect(within(panel).getByText(/är en version av ditt utkast ”Medborgarlöfte för Tanum 2025”/)).toBeTruthy();
    expect(within(panel).getByText('Ingen gemensam version hittades')).toBeTruthy();
    const take = within(panel).getByRole('checkbox', { name: /^Ta med: Titel ändrad/ }) as HTMLInputElement;
    expect(take.checked).toBe(true);
    fireEvent.click(within(panel).getByRole('button', { name: 'Ta emot valda ändringar' }));

    // The change list names its groups as the editor's sections: the editor's, once it is open.
    await waitFor(() => expect(window.location.hash).toBe(`#/utkast/${mine.id}`));
    expect(await editorTitle()).toHaveProperty('value', 'Medborgarlöfte för Tanum 2025, kommunens förslag');
    expect(window.location.hash).toBe(`#/utkast/${mine.id}`);
    expect(await drafts()).toHaveLength(1);
    const versions = await unwrap(harness.bridge.listVersions(mine.id));
    expect(versions.map((v) => v.title)).toContain('Medborgarlöfte för Tanum 2025');
  });

  it('can still keep both when the library has the draft already', async () => {
    const mine = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    harness.offerForImport('tanum.samverka.json', shared({ ...mine, title: 'Medborgarlöfte för Tanum 2025, kommunens förslag' }));
    render(<App />);
    fireEvent.click(await importButton());

    const panel = await receivePanel();
    const keepBoth = within(panel).getByRole('button', { name: 'Behåll båda' });
    expect(keepBoth.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(keepBoth.getAttribute('aria-describedby')!)!.textContent).toMatch(/läggs till som ett nytt utkast/);
    fireEvent.click(keepBoth);

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/utkast\//));
    expect(await editorTitle()).toHaveProperty('value', 'Medborgarlöfte för Tanum 2025, kommunens förslag');
    const all = await drafts();
    expect(all).toHaveLength(2);
    const copy = all.find((d) => d.id !== mine.id)!;
    expect(window.location.hash).toBe(`#/utkast/${copy.id}`);
    expect((await harness.readDraft(mine.id)).title).toBe('Medborgarlöfte för Tanum 2025');
  });

  it('replaces the draft, keeping the replaced one in its history', async () => {
    const mine = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    harness.offerForImport('tanum.samverka.json', shared({ ...mine, title: 'Medborgarlöfte för Tanum 2025, reviderat' }));
    render(<App />);
    fireEvent.click(await importButton());

    const panel = await receivePanel();
    const replace = within(panel).getByRole('button', { name: 'Ersätt' });
    expect(replace.getAttribute('aria-disabled')).toBeNull();
    expect(within(panel).getByText(/sparas först i dess versionshistorik/)).toBeTruthy();
    fireEvent.click(replace);

    await waitFor(() => expect(window.location.hash).toBe(`#/utkast/${mine.id}`));
    expect(await editorTitle()).toHaveProperty('value', 'Medborgarlöfte för Tanum 2025, reviderat');
    expect(window.location.hash).toBe(`#/utkast/${mine.id}`);
    expect(await drafts()).toHaveLength(1);
    const versions = await unwrap(harness.bridge.listVersions(mine.id));
    expect(versions.map((v) => v.title)).toContain('Medborgarlöfte för Tanum 2025');
  });

  it('never replaces nor changes a signed draft: the changes go into a new revision of it, which opens', async () => {
    const ready = await harness.seedDraft((d) => ({ ...completeDraft(d), status: 'klar' }));
    const { updatedAt } = await unwrap(harness.bridge.saveDraft({ ...ready, status: 'undertecknad' }));
    const mine: Draft = { ...ready, status: 'undertecknad', updatedAt };
    harness.offerForImport('tanum.samverka.json', shared({ ...mine, status: 'utkast', title: 'Ändrat i efterhand' }));
    render(<App />);
    fireEvent.click(await importButton());

    const panel = await receivePanel();
    const replace = within(panel).getByRole('button', { name: 'Ersätt' });
    expect(replace.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(replace.getAttribute('aria-describedby')!)!.textContent).toMatch(/undertecknat och kan därför inte ersättas/);
    expect(within(panel).getByText('Utkastet är undertecknat')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Ta emot i en ny revision' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/utkast\//));
    expect(window.location.hash).not.toBe(`#/utkast/${mine.id}`);
    expect(await editorTitle()).toHaveProperty('value', 'Ändrat i efterhand');
    expect(await unwrap(harness.bridge.getDraft(mine.id))).toEqual(mine);
    expect(await drafts()).toHaveLength(2);
  });

  it('refuses a file that is not a draft, says what was wrong and changes nothing', async () => {
    await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Tanum 2025' }));
    harness.offerForImport('trasig.samverka.json', JSON.stringify({ format: 'samverka', formatVersion: 1, kind: 'medborgarlofte', title: 42 }));
    render(<App />);
    const button = await importButton();
    fireEvent.click(button);

    const panel = await importPanel();
    const alert = within(panel).getByRole('alert');
    expect(alert.textContent).toMatch(/^Filen kunde inte importeras: \S/);
    // What was wrong, one problem an item: the title is not text, and much is missing.
    const problems = within(alert).getAllByRole('listitem').map((item) => item.textContent ?? '');
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.some((problem) => /^Titel: /.test(problem))).toBe(true);
    expect(within(panel).getByText(/Ingenting har ändrats bland dina utkast/)).toBeTruthy();
    expect(await drafts()).toHaveLength(1);

    fireEvent.click(within(panel).getByRole('button', { name: 'Stäng' }));
    expect(screen.queryByRole('region', { name: 'Importera utkast' })).toBeNull();
    await expectFocused(button);
  });

  it('refuses a file over the size limit', async () => {
    harness.offerForImport('stor.samverka.json', `{"title": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    render(<App />);
    fireEvent.click(await importButton());
    const alert = within(await importPanel()).getByRole('alert');
    expect(alert.textContent).toMatch(/^Filen kunde inte importeras: /);
    expect(await drafts()).toEqual([]);
  });

  it('closes with Avbryt or Escape and gives focus back to the button', async () => {
    harness.offerForImport('soderhamn.samverka.json', shared(someoneElsesDraft()));
    render(<App />);
    const button = await importButton();

    fireEvent.click(button);
    fireEvent.click(within(await importPanel()).getByRole('button', { name: 'Avbryt' }));
    expect(screen.queryByRole('region', { name: 'Importera utkast' })).toBeNull();
    await expectFocused(button);

    fireEvent.click(button);
    const panel = await importPanel();
    fireEvent.keyDown(within(panel).getByRole('button', { name: 'Importera' }), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: 'Importera utkast' })).toBeNull();
    await expectFocused(button);
    expect(await drafts()).toEqual([]);
  });
});

describe('splitRefusal', () => {
  it('takes the first line as the summary and the rest as problems', () => {
    expect(splitRefusal('Filen följer inte Samverkas filformat (2 fel):\n  – titel: text väntades\n  – parter: minst 2\n  … och 1 fel till.')).toEqual({
      summary: 'Filen följer inte Samverkas filformat (2 fel):',
      problems: ['titel: text väntades', 'parter: minst 2', '… och 1 fel till.'],
    });
    expect(splitRefusal('Filen är tom.')).toEqual({ summary: 'Filen är tom.', problems: [] });
  });
});

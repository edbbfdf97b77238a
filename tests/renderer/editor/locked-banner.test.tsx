import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeDraft, openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { openEditor, region, saveStatus } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

/**
 * A signed draft's banner: it says the document is locked and how to change
 * it; "Starta ny revision" asks first, says how a revision differs from the
 * next period, and the revision it makes is recognisable in its editor and
 * in the list of drafts, its title as the user wrote it.
 */

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

async function signedDraft() {
  const seeded = await harness.seedDraft(completeDraft);
  const { updatedAt } = await unwrap(harness.bridge.saveDraft({ ...seeded, status: 'klar' }));
  await unwrap(harness.bridge.saveDraft({ ...seeded, updatedAt, status: 'undertecknad' }));
  return harness.readDraft(seeded.id);
}

const banner = () => region('Undertecknad – kan inte ändras');

describe('the signed draft’s banner', () => {
  it('says the document is locked and that a change is a new revision, without an alarm', async () => {
    const draft = await signedDraft();
    await openEditor(draft);
    expect(saveStatus().parentElement!.textContent).toContain('Undertecknat och låst. Ändringar görs i en ny revision.');
    expect(saveStatus().parentElement!.textContent).not.toContain('sparas inte längre');
    const button = within(banner()).getByRole('button', { name: 'Starta ny revision' });
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe(
      'En ny revision är en ändrad version av samma dokument för samma period; när den undertecknas ersätter den det här.',
    );
  });

  it('asks before it starts a new revision; Avbryt makes nothing', async () => {
    const draft = await signedDraft();
    await openEditor(draft);
    fireEvent.click(within(banner()).getByRole('button', { name: 'Starta ny revision' }));
    const question = within(banner()).getByRole('group', { name: /^Ett nytt utkast skapas som en kopia av det här/ });
    await expectFocused(() => within(question).getByRole('button', { name: 'Avbryt' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Avbryt' }));
    await expectFocused(() => within(banner()).getByRole('button', { name: 'Starta ny revision' }));
    expect(await unwrap(harness.bridge.listDrafts())).toHaveLength(1);
    expect(window.location.hash).toBe(`#/utkast/${draft.id}`);
  });

  it('makes the revision recognisable in its editor and the list, with the title unchanged', async () => {
    const draft = await signedDraft();
    await openEditor(draft);
    fireEvent.click(within(banner()).getByRole('button', { name: 'Starta ny revision' }));
    fireEvent.click(within(banner()).getByRole('button', { name: 'Ja, starta ny revision' }));
    await waitFor(() => expect(window.location.hash).not.toBe(`#/utkast/${draft.id}`));
    await screen.findByRole('region', { name: 'Grunduppgifter' });
    const revisionId = window.location.hash.replace('#/utkast/', '');

    const note = await screen.findByRole('note', { name: 'Ny revision' });
    expect(note.textContent).toContain(`Det här är en ny revision av ”${draft.title}”, som är undertecknat.`);
    expect(note.textContent).toContain('När revisionen undertecknas ersätter den det dokumentet');
    expect(within(note).getByRole('link', { name: 'Öppna det undertecknade dokumentet' }).getAttribute('href')).toBe(`#/utkast/${draft.id}`);
    expect((await harness.readDraft(revisionId)).title).toBe(draft.title);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(draft.title);

    // The list: two rows of the same title, the revision says what it is.
    await act(async () => {
      window.location.hash = '#/';
    });
    const table = await screen.findByRole('table');
    const rowOf = (id: string) => within(table).getAllByRole('row').find((row) => row.querySelector(`a[href="#/utkast/${id}"]`))!;
    await waitFor(() => expect(rowOf(revisionId).textContent).toContain('Ny revision av det undertecknade'));
    expect(rowOf(draft.id).textContent).not.toContain('Ny revision');
  });
});

describe('an utkast that revises nothing', () => {
  it('has no revision note', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    expect(screen.queryByRole('note', { name: 'Ny revision' })).toBeNull();
  });
});

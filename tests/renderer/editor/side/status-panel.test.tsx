import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { completeDraft, openHarness, unwrap, type Harness } from '../../helpers/app-harness';
import { openEditor, region, waitForStored } from '../../helpers/editor';
import { expectFocused } from '../../../support/focus';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const statusPanel = () => region('Status');

describe('status', () => {
  it('offers "klar" only without errors, and says what to do', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    const markReady = within(statusPanel()).getByRole('button', { name: 'Markera som klar för underskrift' });
    expect(markReady.getAttribute('aria-disabled')).toBe('true');
    expect(within(statusPanel()).getByText('Rätta felen i panelen först.')).toBeTruthy();
    expect(within(statusPanel()).getByText('Utkast')).toBeTruthy();
    // Export is allowed anyway, with the number of errors beside it.
    expect(screen.getByText(/^Utkastet har \d+ fel\. Du kan exportera ändå/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Exportera till Word' })).toHaveProperty('disabled', false);
  });

  it('marks a ready draft klar and saves it at once; an edit that brings an error back makes it an utkast again', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    expect(screen.queryByText(/Du kan exportera ändå/)).toBeNull();
    fireEvent.click(within(statusPanel()).getByRole('button', { name: 'Markera som klar för underskrift' }));
    expect(within(statusPanel()).getByText('Klar för underskrift')).toBeTruthy();
    await waitForStored(harness, draft.id, (stored) => expect(stored.status).toBe('klar'));
    expect(within(statusPanel()).getByRole('button', { name: 'Markera som undertecknad' })).toBeTruthy();
    expect(within(statusPanel()).getByRole('button', { name: 'Tillbaka till utkast' })).toBeTruthy();

    // Still editable; emptying the title is an error, so the draft is an utkast again, and saved as one.
    const title = within(region('Grunduppgifter')).getByLabelText('Titel');
    fireEvent.change(title, { target: { value: '' } });
    expect(within(statusPanel()).getByText('Utkast')).toBeTruthy();
    expect(within(statusPanel()).getByText(/Det är ett utkast igen\./)).toBeTruthy();
    fireEvent.blur(title);
    await waitForStored(harness, draft.id, (stored) => expect([stored.status, stored.title]).toEqual(['utkast', '']));
  });

  it('moves focus to the status heading as soon as the status changes, not after the save, and keeps it there when the save is refused', async () => {
    const draft = await harness.seedDraft(completeDraft);
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    window.samverka = {
      ...harness.bridge,
      saveDraft: async () => {
        await answered;
        return { ok: false, error: { code: 'io', message: 'Disken är full.' } };
      },
    };
    await openEditor(draft);
    const markReady = within(statusPanel()).getByRole('button', { name: 'Markera som klar för underskrift' });
    markReady.focus();
    fireEvent.click(markReady);
    // The button went with the status it changed; focus is not left on the page while the save runs.
    const heading = () => within(statusPanel()).getByRole('heading', { level: 2 });
    await expectFocused(heading);
    expect(heading().textContent).toContain('Klar för underskrift');

    answer();
    expect((await within(statusPanel()).findByRole('alert')).textContent).toContain('Disken är full.');
    expect(heading().textContent).toContain('Utkast');
    await expectFocused(heading);
  });

  it('goes back from klar to utkast', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    fireEvent.click(within(statusPanel()).getByRole('button', { name: 'Markera som klar för underskrift' }));
    // The buttons wait for the save of the status.
    const back = await within(statusPanel()).findByRole('button', { name: 'Tillbaka till utkast' });
    await waitFor(() => expect(back.getAttribute('aria-disabled')).toBeNull());
    expect((await harness.readDraft(draft.id)).status).toBe('klar');
    fireEvent.click(back);
    await waitForStored(harness, draft.id, (stored) => expect(stored.status).toBe('utkast'));
    expect(within(statusPanel()).getByRole('button', { name: 'Markera som klar för underskrift' })).toBeTruthy();
  });

  it('marks a klar draft undertecknad after a confirmation; then every field is read-only and a new revision can start', async () => {
    const seeded = await harness.seedDraft(completeDraft);
    await unwrap(harness.bridge.saveDraft({ ...seeded, status: 'klar' }));
    await openEditor(seeded);

    fireEvent.click(within(statusPanel()).getByRole('button', { name: 'Markera som undertecknad' }));
    const confirm = within(statusPanel()).getByRole('group', { name: /^Har alla parter skrivit under\?/ });
    // The safe choice has focus; cancelling changes nothing.
    await expectFocused(() => within(confirm).getByRole('button', { name: 'Avbryt' }));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Avbryt' }));
    expect((await harness.readDraft(seeded.id)).status).toBe('klar');

    fireEvent.click(within(statusPanel()).getByRole('button', { name: 'Markera som undertecknad' }));
    fireEvent.click(within(statusPanel()).getByRole('button', { name: 'Ja, den är undertecknad' }));
    const banner = await screen.findByRole('region', { name: 'Undertecknad – kan inte ändras' });
    // Focus goes to the banner, which says what happened, and the status is stored.
    await expectFocused(() => within(banner).getByRole('heading'));
    await waitForStored(harness, seeded.id, (stored) => expect(stored.status).toBe('undertecknad'));

    // Every field of the form is read-only or disabled, and no add, move or remove is offered.
    // The banner heads the form: its parent holds every section's fields, not the side column's.
    const form = banner.parentElement!;
    const fields = [...form.querySelectorAll('input, textarea, select')] as (HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement)[];
    expect(fields.length).toBeGreaterThan(10);
    for (const field of fields) expect(field.disabled || (field as HTMLInputElement).readOnly).toBe(true);
    expect(within(form as HTMLElement).queryByRole('button', { name: /^(Lägg till|Ta bort|Flytta)/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ångra' })).toBeNull();

    // Typing does nothing and nothing is saved.
    const stamp = (await harness.readDraft(seeded.id)).updatedAt;
    fireEvent.change(within(region('Grunduppgifter')).getByLabelText('Titel'), { target: { value: 'Ändrad' } });
    expect(within(region('Grunduppgifter')).getByLabelText('Titel')).toHaveProperty('value', 'Medborgarlöfte för Söderhamn 2026');
    await act(async () => {
      fireEvent.keyDown(window, { key: 's', ctrlKey: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect((await harness.readDraft(seeded.id)).updatedAt).toBe(stamp);

    fireEvent.click(within(banner).getByRole('button', { name: 'Starta ny revision' }));
    fireEvent.click(within(banner).getByRole('button', { name: 'Ja, starta ny revision' }));
    await waitFor(() => expect(window.location.hash).not.toBe(`#/utkast/${seeded.id}`));
    const title = await within(await screen.findByRole('region', { name: 'Grunduppgifter' })).findByLabelText('Titel');
    expect(title).toHaveProperty('readOnly', false);
    expect(screen.queryByRole('region', { name: 'Undertecknad – kan inte ändras' })).toBeNull();
    expect(within(statusPanel()).getByText('Utkast')).toBeTruthy();
    const revisionId = window.location.hash.replace('#/utkast/', '');
    const revision = await harness.readDraft(revisionId);
    expect(revision).toMatchObject({ status: 'utkast', title: 'Medborgarlöfte för Söderhamn 2026', relatedIds: [seeded.id] });
    expect((await harness.readDraft(seeded.id)).status).toBe('undertecknad');
  });

  it('opens a signed draft locked', async () => {
    const seeded = await harness.seedDraft(completeDraft);
    const { updatedAt } = await unwrap(harness.bridge.saveDraft({ ...seeded, status: 'klar' }));
    await unwrap(harness.bridge.saveDraft({ ...seeded, updatedAt, status: 'undertecknad' }));
    await openEditor(seeded);
    expect(screen.getByRole('region', { name: 'Undertecknad – kan inte ändras' })).toBeTruthy();
    expect(within(region('Grunduppgifter')).getByLabelText('Titel')).toHaveProperty('readOnly', true);
    expect(within(region('Underskrifter')).getAllByLabelText('Namn')[0]).toHaveProperty('readOnly', true);
    expect(within(statusPanel()).queryByRole('button')).toBeNull();
  });
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import type { Draft } from '../../../shared/draft/schema';
import { VERSION_REASON_LABEL } from '../../../shared/i18n/versions';
import { completeDraft, openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { openEditor, saveStatus } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const TEXT_A = 'Polis och kommun lovar att tillsammans öka tryggheten i Ljusdals centrum.';
const TEXT_B = 'Polis och kommun lovar att minska narkotikan bland unga i Järvsö.';

/** Renders the app on a draft's "Versioner" and waits for its list. */
async function openVersions(draft: Pick<Draft, 'id'>) {
  window.location.hash = `#/utkast/${draft.id}/versioner`;
  render(<App />);
  return screen.findByRole('region', { name: 'Sparade versioner' });
}

/** The versions' buttons, top to bottom. */
const versionButtons = () => within(screen.getByRole('region', { name: 'Sparade versioner' })).getAllByRole('button');

/** A complete draft stored with text A, exported (kept as a version with A), then stored with text B. */
async function draftWithExportedA(): Promise<Draft> {
  const draft = await harness.seedDraft((d) => ({ ...completeDraft(d), statement: TEXT_A }));
  await unwrap(harness.bridge.exportDocx(draft.id, { withPromises: false }));
  const { updatedAt } = await unwrap(harness.bridge.saveDraft({ ...draft, statement: TEXT_B }));
  return { ...draft, statement: TEXT_B, updatedAt };
}

/** "Versioner" of `draft` with its exported version (text A) shown, and its restore question asked; the versions as listed before. */
async function askToRestoreExported(draft: Pick<Draft, 'id'>) {
  await openVersions(draft);
  const versions = await unwrap(harness.bridge.listVersions(draft.id));
  fireEvent.click(versionButtons()[versions.findIndex((v) => v.reason === 'export')]);
  fireEvent.click(screen.getByRole('button', { name: 'Återställ den här versionen' }));
  return versions;
}

describe('"Versioner"', () => {
  // Under load the editor's clicks, the export and the page together outlasted the test's time, though each step was waited for:
  // the versions are kept through the contract, as the editor keeps them (its buttons are tested with the editor), and the link has a test of its own.
  it('lists the versions kept by saves, a status change and an export, newest first', async () => {
    const seeded = await harness.seedDraft((d) => ({ ...completeDraft(d), statement: TEXT_A }));
    const { updatedAt } = await unwrap(harness.bridge.saveDraft({ ...seeded, status: 'klar' }));
    await unwrap(harness.bridge.exportDocx(seeded.id, { withPromises: false }));
    const draft = { ...seeded, status: 'klar' as const, updatedAt };
    await openVersions(draft);

    const stored = await unwrap(harness.bridge.listVersions(draft.id));
    const buttons = versionButtons();
    expect(buttons).toHaveLength(stored.length);
    // In the Node side's order (newest first), each with its reason in Swedish and the title.
    buttons.forEach((button, i) => {
      expect(button.textContent).toContain(VERSION_REASON_LABEL[stored[i].reason]);
      expect(button.textContent).toContain('Medborgarlöfte för Söderhamn 2026');
    });
    const times = stored.map((v) => Date.parse(v.savedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const reasons = stored.map((v) => v.reason);
    expect(reasons).toContain('status');
    expect(reasons).toContain('export');
    // The exported one is never pruned, and says so.
    const exported = buttons[reasons.indexOf('export')];
    expect(exported.textContent).toContain('Exporterad till Word');
    expect(exported.textContent).toContain('behålls alltid');
    expect(exported.textContent).toContain('Klar för underskrift');
    // The newest is shown until another is chosen.
    expect(buttons[0].getAttribute('aria-current')).toBe('true');
  });

  it('saves what was typed before the editor’s link opens "Versioner", and gives focus to its heading', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    // Typed and left through "Versioner" at once: the link saves first.
    fireEvent.change(screen.getByLabelText('Löftesmening'), { target: { value: TEXT_B } });
    fireEvent.click(screen.getByRole('link', { name: 'Versioner' }));
    await screen.findByRole('region', { name: 'Sparade versioner' }, { timeout: 5000 });
    expect(window.location.hash).toBe(`#/utkast/${draft.id}/versioner`);
    expect((await harness.readDraft(draft.id)).statement).toBe(TEXT_B);
    await expectFocused(() => screen.getByRole('heading', { level: 1, name: 'Versioner av Medborgarlöfte för Söderhamn 2026' }));
  });

  it('shows a chosen version read-only, as its document prints', async () => {
    const draft = await draftWithExportedA();
    await openVersions(draft);
    const stored = await unwrap(harness.bridge.listVersions(draft.id));
    const exportIndex = stored.findIndex((v) => v.reason === 'export');
    expect(exportIndex).toBeGreaterThanOrEqual(0);

    fireEvent.click(versionButtons()[exportIndex]);
    expect(versionButtons()[exportIndex].getAttribute('aria-current')).toBe('true');
    expect(versionButtons().filter((b) => b.getAttribute('aria-current') === 'true')).toHaveLength(1);
    const view = screen.getByRole('region', { name: /^Versionen från / });
    expect(within(view).getByText('Exporterad till Word')).toBeTruthy();
    const preview = await within(view).findByRole('region', { name: 'Förhandsvisning' });
    await waitFor(() => expect(preview.textContent).toContain(TEXT_A));
    expect(preview.textContent).not.toContain(TEXT_B);
    // Nothing to type into: a version is only shown.
    expect(within(view).queryByRole('textbox')).toBeNull();
  });

  it('restores a version after a confirmation; the editor opens with its text, and the text before is kept as a version', async () => {
    const draft = await draftWithExportedA();
    const before = await askToRestoreExported(draft);
    const question = screen.getByRole('group', { name: /Det du har nu sparas först som en egen version/ });
    await expectFocused(() => within(question).getByRole('button', { name: 'Avbryt' }));
    // "Avbryt" changes nothing and gives focus back.
    fireEvent.click(within(question).getByRole('button', { name: 'Avbryt' }));
    await expectFocused(() => screen.getByRole('button', { name: 'Återställ den här versionen' }));
    expect((await harness.readDraft(draft.id)).statement).toBe(TEXT_B);

    fireEvent.click(screen.getByRole('button', { name: 'Återställ den här versionen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, återställ' }));
    await screen.findByRole('region', { name: 'Grunduppgifter' }, { timeout: 5000 });
    expect(window.location.hash).toBe(`#/utkast/${draft.id}`);
    expect(screen.getByLabelText('Löftesmening')).toHaveProperty('value', TEXT_A);
    await waitFor(() => expect(screen.getByText(/^Versionen från .+ är återställd\./)).toBeTruthy());
    expect(saveStatus().textContent).toMatch(/^Sparat/);
    expect((await harness.readDraft(draft.id)).statement).toBe(TEXT_A);

    // Restoring can itself be undone: the text before it is among the versions.
    const after = await unwrap(harness.bridge.listVersions(draft.id));
    expect(after.length).toBeGreaterThan(before.length);
    const kept = await Promise.all(after.map((v) => unwrap(harness.bridge.getVersion(draft.id, v.id))));
    expect(kept.map((d) => d.statement)).toContain(TEXT_B);

    // The notice closes.
    fireEvent.click(screen.getByRole('button', { name: 'Stäng meddelandet' }));
    expect(screen.queryByText(/^Versionen från .+ är återställd\./)).toBeNull();
  });

  it('says that restoring makes a klar draft an utkast again, in the question and after; the notice goes once the draft changes', async () => {
    const draft = await draftWithExportedA();
    await unwrap(harness.bridge.saveDraft({ ...draft, status: 'klar' }));
    await askToRestoreExported(draft);
    const question = screen.getByRole('group', { name: /Dokumentet är klart för underskrift nu men blir ett utkast igen/ });
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, återställ' }));
    await screen.findByRole('region', { name: 'Grunduppgifter' }, { timeout: 5000 });
    const notice = await screen.findByText(/^Versionen från .+ är återställd\. Dokumentet är ett utkast igen:/);
    expect(notice.textContent).toContain('markera det som klart för underskrift när du har gått igenom det');
    const status = screen.getByRole('region', { name: 'Status' });
    expect(within(status).getByText('Utkast')).toBeTruthy();
    expect((await harness.readDraft(draft.id)).status).toBe('utkast');

    // Marked klar again: the notice of the restore no longer holds, and goes.
    fireEvent.click(within(status).getByRole('button', { name: 'Markera som klar för underskrift' }));
    await waitFor(() => expect(screen.queryByText(/^Versionen från .+ är återställd\./)).toBeNull());
    expect(screen.getByRole('heading', { level: 1 }).getAttribute('aria-describedby')).toBeNull();
  });

  it('keeps the notice until the draft changes, and it goes at the first change typed', async () => {
    const draft = await draftWithExportedA();
    await askToRestoreExported(draft);
    // An utkast stays one: nothing said of the status.
    expect(screen.getByRole('group', { name: /Det du har nu sparas först som en egen version/ }).textContent).not.toContain('utkast igen');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, återställ' }));
    await screen.findByRole('region', { name: 'Grunduppgifter' }, { timeout: 5000 });
    const notice = await screen.findByText(/^Versionen från .+ är återställd\./);
    expect(notice.textContent).not.toContain('utkast igen');
    await waitFor(() => expect(document.activeElement?.matches('h1.page-title')).toBe(true));

    fireEvent.change(screen.getByLabelText('Löftesmening'), { target: { value: `${TEXT_A} Och mer.` } });
    await waitFor(() => expect(screen.queryByText(/^Versionen från .+ är återställd\./)).toBeNull());
  });

  it('does not offer restoring for a signed draft, and says why', async () => {
    const draft = await harness.seedDraft(completeDraft);
    const { updatedAt } = await unwrap(harness.bridge.saveDraft({ ...draft, status: 'klar' }));
    await unwrap(harness.bridge.saveDraft({ ...draft, updatedAt, status: 'undertecknad' }));
    await openVersions(draft);
    expect(versionButtons().length).toBeGreaterThan(0);
    for (const button of versionButtons()) {
      fireEvent.click(button);
      const restore = screen.getByRole('button', { name: 'Återställ den här versionen' });
      expect(restore).toHaveProperty('disabled', true);
      expect(restore.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(restore.getAttribute('aria-describedby')!)?.textContent).toMatch(
        /^Utkastet är undertecknat och kan inte ändras, så ingen version kan återställas\./,
      );
    }
  });

  it('says when the restore is refused, and stays', async () => {
    const draft = await draftWithExportedA();
    window.samverka = {
      ...harness.bridge,
      restoreVersion: async () => ({ ok: false, error: { code: 'history', message: 'Versionen finns inte längre i historiken.' } }),
    };
    await openVersions(draft);
    fireEvent.click(screen.getByRole('button', { name: 'Återställ den här versionen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, återställ' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Versionen kunde inte återställas: Versionen finns inte längre i historiken.');
    expect(window.location.hash).toBe(`#/utkast/${draft.id}/versioner`);
    expect((await harness.readDraft(draft.id)).statement).toBe(TEXT_B);
  });

  it('says when there are no versions yet', async () => {
    const draft = await harness.seedDraft();
    window.samverka = { ...harness.bridge, listVersions: async () => ({ ok: true, value: [] }) };
    window.location.hash = `#/utkast/${draft.id}/versioner`;
    render(<App />);
    expect(await screen.findByText(/^Inga tidigare versioner ännu\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Återställ den här versionen' })).toBeNull();
  });

  it('says in Swedish when the versions cannot be read, and tries again', async () => {
    const draft = await harness.seedDraft();
    let fail = true;
    window.samverka = {
      ...harness.bridge,
      listVersions: async (id) => {
        if (!fail) return harness.bridge.listVersions(id);
        fail = false;
        return { ok: false, error: { code: 'io', message: 'Historiken kunde inte läsas.' } };
      },
    };
    window.location.hash = `#/utkast/${draft.id}/versioner`;
    render(<App />);
    expect((await screen.findByRole('alert')).textContent).toContain('Versionerna kunde inte hämtas: Historiken kunde inte läsas.');
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await screen.findByRole('region', { name: 'Sparade versioner' });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('stays in the editor, with the text, when what was typed cannot be saved before opening "Versioner"', async () => {
    const draft = await harness.seedDraft();
    window.samverka = { ...harness.bridge, saveDraft: async () => ({ ok: false, error: { code: 'io', message: 'Disken är full.' } }) };
    await openEditor(draft);
    fireEvent.change(screen.getByLabelText('Löftesmening'), { target: { value: TEXT_A } });
    fireEvent.click(screen.getByRole('link', { name: 'Versioner' }));
    expect((await screen.findByText('Versionerna öppnas när det du skrivit är sparat. Försök spara igen först.')).getAttribute('role')).toBe(
      'alert',
    );
    expect(window.location.hash).toBe(`#/utkast/${draft.id}`);
    expect(screen.getByLabelText('Löftesmening')).toHaveProperty('value', TEXT_A);
  });

  it('leads back to the editor', async () => {
    const draft = await harness.seedDraft();
    window.location.hash = `#/utkast/${draft.id}/versioner`;
    render(<App />);
    expect(screen.getByRole('link', { name: 'Tillbaka till utkastet' }).getAttribute('href')).toBe(`#/utkast/${draft.id}`);
  });
});

describe('"Jämför" in "Versioner"', () => {
  /** The words marked inside the comparison, as a screen reader hears them. */
  const marked = (selector: string) => [...screen.getByRole('region', { name: /^Ändringar från/ }).querySelectorAll(selector)].map((node) => node.textContent);

  it('compares a version with the text as it is now: the changed words marked, focus on what was compared, and back to the version', async () => {
    const draft = await draftWithExportedA();
    await openVersions(draft);
    const versions = await unwrap(harness.bridge.listVersions(draft.id));
    fireEvent.click(versionButtons()[versions.findIndex((v) => v.reason === 'export')]);
    const compareWith = screen.getByRole('combobox', { name: 'Jämför den här versionen med' }) as HTMLSelectElement;
    expect(compareWith.value).toBe('current');
    expect(compareWith.options[0].textContent).toBe('Nuvarande text');
    fireEvent.click(screen.getByRole('button', { name: 'Jämför' }));

    const heading = await screen.findByRole('heading', { level: 2, name: /^Ändringar från versionen från .+ till nuvarande text$/ });
    await expectFocused(heading);
    expect(await screen.findByText('1 ändring.')).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Löftet' });
    expect(within(section).getByText('Löftesmening ändrad')).toBeTruthy();
    expect(marked('del')).toEqual(['[borttaget: tillsammans öka tryggheten]', '[borttaget: Ljusdals centrum]']);
    expect(marked('ins')).toEqual(['[tillagt: minska narkotikan bland unga]', '[tillagt: Järvsö]']);

    fireEvent.click(screen.getByRole('button', { name: 'Tillbaka till versionen' }));
    await expectFocused(() => screen.getByRole('heading', { level: 2, name: /^Versionen från/ }));
    expect(screen.queryByRole('region', { name: /^Ändringar från/ })).toBeNull();
  });

  it('compares two versions from the older to the newer, whichever is shown', async () => {
    const draft = await draftWithExportedA();
    await unwrap(harness.bridge.exportDocx(draft.id, { withPromises: false }));
    await openVersions(draft);
    const exports = (await unwrap(harness.bridge.listVersions(draft.id))).filter((v) => v.reason === 'export');
    expect(exports).toHaveLength(2);
    // The newest (text B) is shown; compared with the older export (text A), the changes still run from A to B.
    const [newer, older] = exports;
    fireEvent.change(screen.getByRole('combobox', { name: 'Jämför den här versionen med' }), { target: { value: older.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Jämför' }));
    await screen.findByText('1 ändring.');
    const heading = screen.getByRole('heading', { level: 2, name: /^Ändringar från/ });
    expect(heading.textContent).toMatch(/^Ändringar från versionen från (.+) till versionen från (.+)$/);
    expect(Date.parse(older.savedAt)).toBeLessThanOrEqual(Date.parse(newer.savedAt));
    expect(marked('ins')).toContain('[tillagt: Järvsö]');
    expect(marked('del')).toContain('[borttaget: Ljusdals centrum]');
    // Choosing a version in the list shows it again.
    fireEvent.click(versionButtons()[1]);
    expect(await screen.findByRole('heading', { level: 2, name: /^Versionen från/ })).toBeTruthy();
  });

  it('says when the two are alike', async () => {
    const draft = await draftWithExportedA();
    await unwrap(harness.bridge.exportDocx(draft.id, { withPromises: false }));
    await openVersions(draft);
    fireEvent.click(screen.getByRole('button', { name: 'Jämför' }));
    expect(await screen.findByText('Texterna är likadana: inga ändringar.')).toBeTruthy();
  });
});

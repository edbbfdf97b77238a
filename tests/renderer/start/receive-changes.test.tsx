import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app';
import type { Draft } from '../../../shared/draft/schema';
import type { Bridge, ImportPreview, ReceiveChoices, ReceivePreview, Reply } from '../../../shared/ipc/contract';
import { expectFocused } from '../../support/focus';
import { freshHarnessEachTest, unwrap } from '../helpers/app-harness';
import { openLibraryHarness, type LibraryHarness } from '../data/library-harness';
import { receiveDrafts } from '../../support/receive-drafts';
import { receivePreview } from './receive-previews';

/**
 * "Ta emot ändringar" on the start page, with recorded previews: the real
 * Node side keeps the library, and the import's two calls answer with the
 * preview and record what the page asked completeImport for.
 */
let harness: LibraryHarness;

freshHarnessEachTest(async () => (harness = await openLibraryHarness()));

/** The library's draft (ours) stored, and the file's preview offered by "Importera utkast"; completeImport answers with `reply` (the draft stored, unless told). */
async function offer(comparison: ReceivePreview['comparison'] = 'three-way', reply?: () => Reply<Draft>, adjust: (preview: ImportPreview) => ImportPreview = (p) => p) {
  let drafts: ReturnType<typeof receiveDrafts> | undefined;
  const ours = await harness.seedDraft((d) => {
    drafts = receiveDrafts(d.id);
    return { ...drafts.ours, createdAt: d.createdAt, updatedAt: d.updatedAt };
  });
  const [existing] = await unwrap(harness.bridge.listDrafts());
  const preview: ImportPreview = adjust(receivePreview({ ...drafts!, ours }, existing, comparison));
  const completeImport = vi.fn(async (..._args: [string, string, ReceiveChoices?]): Promise<Reply<Draft>> => reply?.() ?? { ok: true, value: ours });
  const bridge: Bridge = { ...harness.bridge, pickImport: async () => ({ ok: true, value: preview }), completeImport: completeImport as Bridge['completeImport'] };
  window.samverka = bridge;
  render(<App />);
  fireEvent.click(await screen.findByRole('button', { name: 'Importera utkast' }));
  const view = await screen.findByRole('region', { name: 'Ta emot ändringar' });
  return { view, preview, completeImport, ours };
}

const takeBoxes = (view: HTMLElement) => within(view).getAllByRole('checkbox', { name: /^Ta med/ }) as HTMLInputElement[];
const conflictGroups = (view: HTMLElement) => within(view).getAllByRole('group');

describe('"Ta emot ändringar"', () => {
  it('opens with focus on its heading, the summary, who sent it and that it compared with the common version', async () => {
    const { view } = await offer();
    await expectFocused(() => within(view).getByRole('heading', { level: 2, name: 'Ta emot ändringar' }));
    expect(within(view).getByText('Polisen har ändrat 3 aktiviteter, lagt till 1 och bytt undertecknare')).toBeTruthy();
    expect(within(view).getByText('Skickad av: Polisen (Anna Svensson)')).toBeTruthy();
    expect(within(view).getByText(/sedan den gemensamma versionen från/)).toBeTruthy();
    expect(within(view).queryByText('Ingen gemensam version hittades')).toBeNull();
    // Not the bare question of a draft the library has.
    expect(within(view).queryByText(/Vill du behålla båda eller ersätta/)).toBeNull();
  });

  it('says when the changes go into a revision of a signed draft: a new one, or the one an earlier file started', async () => {
    const signed = (p: ImportPreview): ImportPreview => ({ ...p, existing: { ...p.existing!, status: 'undertecknad' } });
    const { view } = await offer('three-way', undefined, (p) => ({ ...signed(p), receive: { ...p.receive!, intoRevision: true } }));
    expect(within(view).getByText('Utkastet är undertecknat')).toBeTruthy();
    expect(within(view).getByRole('button', { name: 'Ta emot i en ny revision' })).toBeTruthy();
    cleanup();

    const open = await offer('three-way', undefined, (p) => ({ ...signed(p), receive: { ...p.receive!, ours: { ...p.receive!.ours, id: crypto.randomUUID(), title: 'Medborgarlöfte, reviderat' } } }));
    expect(within(open.view).getByText(/läggs i revisionen ”Medborgarlöfte, reviderat”, som du redan har påbörjat/)).toBeTruthy();
    expect(within(open.view).getByRole('button', { name: 'Ta emot valda ändringar' })).toBeTruthy();
  });

  it('says, two-way, that no common version was found and it cannot tell who changed what', async () => {
    const { view, preview } = await offer('two-way');
    expect(within(view).getByText('Ingen gemensam version hittades')).toBeTruthy();
    expect(within(view).getByText(/det går inte att se vem som ändrade vad/)).toBeTruthy();
    expect(within(view).queryByText(/sedan den gemensamma versionen/)).toBeNull();
    expect(takeBoxes(view)).toHaveLength(preview.receive!.changes.length);
    expect(within(view).queryByRole('group')).toBeNull();
  });

  it('takes every change by default, and leaves the ones unchecked', async () => {
    const { view, preview, completeImport } = await offer();
    const boxes = takeBoxes(view);
    expect(boxes).toHaveLength(preview.receive!.changes.length);
    expect(boxes.every((box) => box.checked)).toBe(true);
    // Each box is named by the change it takes.
    expect(within(view).getByRole('checkbox', { name: /^Ta med: Aktivitet tillagd \(Polisen\): hålla öppet hus/ })).toBe(boxes[3]);

    fireEvent.click(boxes[3]);
    fireEvent.click(boxes[0]);
    fireEvent.click(boxes[0]);
    fireEvent.click(boxes[4]);
    expect(boxes.map((box) => box.checked)).toEqual([true, true, true, false, false]);

    fireEvent.click(within(view).getByRole('button', { name: 'Ta emot valda ändringar' }));
    await waitFor(() => expect(completeImport).toHaveBeenCalled());
    expect(completeImport.mock.calls[0]).toEqual([preview.token, 'receive', { leave: [3, 4], conflicts: [] }]);
  });

  it('shows each conflict with both versions and sends the choices made (none for "Bestäm senare")', async () => {
    const { view, preview, completeImport, ours } = await offer();
    const [text, deleted] = conflictGroups(view);
    expect(conflictGroups(view)).toHaveLength(2);
    expect(within(text).getByText(/ändrad av båda/)).toBeTruthy();
    expect(within(text).getByText('genomföra fyra trygghetsvandringar per år i Söderhamns centrum tillsammans med unga')).toBeTruthy();
    expect(within(text).getByText('genomföra minst 3 trygghetsvandringar per år i Söderhamns centrum')).toBeTruthy();
    expect(within(deleted).getByText(/borttagen här men ändrad i den andra versionen/)).toBeTruthy();
    expect(within(deleted).getByText('(borttagen)')).toBeTruthy();
    // "Bestäm senare" until chosen; "Skriv en egen" only for a text.
    for (const group of [text, deleted]) expect((within(group).getByRole('radio', { name: 'Bestäm senare' }) as HTMLInputElement).checked).toBe(true);
    expect(within(deleted).queryByRole('radio', { name: 'Skriv en egen' })).toBeNull();

    fireEvent.click(within(deleted).getByRole('radio', { name: 'Ta deras version' }));
    fireEvent.click(within(text).getByRole('radio', { name: 'Skriv en egen' }));
    const own = within(text).getByRole('textbox', { name: /Egen text/ }) as HTMLTextAreaElement;
    expect(own.value).toBe(ours.activities.find((a) => a.id === 'a4')!.text);
    fireEvent.change(own, { target: { value: 'genomföra minst 4 trygghetsvandringar per år tillsammans med unga' } });

    fireEvent.click(within(view).getByRole('button', { name: 'Ta emot valda ändringar' }));
    await waitFor(() => expect(completeImport).toHaveBeenCalled());
    const [conflictA4, conflictA3] = preview.receive!.conflicts;
    expect(completeImport.mock.calls[0][2]).toEqual({
      leave: [],
      conflicts: [
        { path: conflictA4.path, choice: { text: 'genomföra minst 4 trygghetsvandringar per år tillsammans med unga' } },
        { path: conflictA3.path, choice: 'theirs' },
      ],
    });
  });

  it('sends "ours" and leaves out a conflict set back to "Bestäm senare"', async () => {
    const { view, preview, completeImport } = await offer();
    const [text, deleted] = conflictGroups(view);
    fireEvent.click(within(text).getByRole('radio', { name: 'Behåll vår version' }));
    fireEvent.click(within(deleted).getByRole('radio', { name: 'Ta deras version' }));
    fireEvent.click(within(deleted).getByRole('radio', { name: 'Bestäm senare' }));
    fireEvent.click(within(view).getByRole('button', { name: 'Ta emot valda ändringar' }));
    await waitFor(() => expect(completeImport).toHaveBeenCalled());
    expect(completeImport.mock.calls[0][2]!.conflicts).toEqual([{ path: preview.receive!.conflicts[0].path, choice: 'ours' }]);
  });

  it('opens the draft in the editor once the changes are taken', async () => {
    const { view, ours } = await offer();
    fireEvent.click(within(view).getByRole('button', { name: 'Ta emot valda ändringar' }));
    await waitFor(() => expect(window.location.hash).toBe(`#/utkast/${ours.id}`));
  });

  it('on a failure shows its Swedish message, keeps every choice and the text written, and keeps focus on the button', async () => {
    let fail = true;
    const { view, completeImport, ours } = await offer('three-way', () =>
      fail ? { ok: false, error: { code: 'io', message: 'Disken är full.' } } : { ok: true, value: ours },
    );
    fireEvent.click(takeBoxes(view)[1]);
    const [text] = conflictGroups(view);
    fireEvent.click(within(text).getByRole('radio', { name: 'Skriv en egen' }));
    fireEvent.change(within(text).getByRole('textbox', { name: /Egen text/ }), { target: { value: 'Min egen text' } });
    const button = within(view).getByRole('button', { name: 'Ta emot valda ändringar' });
    button.focus();
    fireEvent.click(button);

    const alert = await within(view).findByRole('alert');
    expect(alert.textContent).toBe('Ändringarna kunde inte tas emot: Disken är full. Ditt utkast är oförändrat och dina val finns kvar.');
    await expectFocused(button);
    expect(takeBoxes(view)[1].checked).toBe(false);
    expect((within(conflictGroups(view)[0]).getByRole('textbox', { name: /Egen text/ }) as HTMLTextAreaElement).value).toBe('Min egen text');

    fail = false;
    fireEvent.click(button);
    await waitFor(() => expect(window.location.hash).toBe(`#/utkast/${ours.id}`));
    expect(completeImport.mock.calls[1][2]).toEqual(completeImport.mock.calls[0][2]);
  });

  it('can still keep both as a new draft, and Avbryt and Escape close it with focus back on "Importera utkast"', async () => {
    const { view, preview, completeImport } = await offer();
    within(view).getByRole('button', { name: 'Behåll båda' });
    fireEvent.keyDown(view, { key: 'Escape' });
    await expectFocused(() => screen.getByRole('button', { name: 'Importera utkast' }));
    expect(screen.queryByRole('region', { name: 'Ta emot ändringar' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Importera utkast' }));
    const again = await screen.findByRole('region', { name: 'Ta emot ändringar' });
    fireEvent.click(within(again).getByRole('button', { name: 'Behåll båda' }));
    await waitFor(() => expect(completeImport).toHaveBeenCalledWith(preview.token, 'copy'));
  });

  it('is operated with the keyboard alone: every control a native, named input in the tab order', async () => {
    const { view } = await offer();
    const controls = [...within(view).getAllByRole('checkbox'), ...within(view).getAllByRole('radio'), ...within(view).getAllByRole('button')];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      expect(control.tabIndex, control.outerHTML).toBe(0);
      expect(['INPUT', 'BUTTON']).toContain(control.tagName);
    }
    // One radio group per conflict, named by the conflict's place.
    const [text, deleted] = conflictGroups(view);
    expect(text.getAttribute('aria-label') ?? text.querySelector('legend')!.textContent).toMatch(/ändrad av båda \(krock 1 av 2\)/);
    const names = (group: HTMLElement) => new Set(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('name')));
    expect(names(text).size).toBe(1);
    expect(names(deleted).size).toBe(1);
    expect([...names(text)][0]).not.toBe([...names(deleted)][0]);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/draft/limits';
import { completeDraft, freshHarnessEachTest, openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { activityItem, openEditor, waitForStored } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

/**
 * Kommentarer in the editor: "Kommentera" on the löftesmening and on an
 * activity card, "Jag företräder" asked before the first comment and kept in
 * the data folder, a thread with replies, "Markera som löst" and "Öppna
 * igen", each change saved with the draft and taken back by undo.
 */

let harness: Harness;
freshHarnessEachTest(async () => (harness = await openHarness()));

const readiness = () => screen.getByRole('region', { name: 'Klar för underskrift?' });
const panel = (where: string) => screen.getByRole('group', { name: `Kommentarer om ${where}` });

describe('comments on the löftesmening', () => {
  it('asks "Jag företräder" once, then adds a comment, a reply, resolves and reopens it, each saved', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    expect(readiness().textContent).not.toContain('Öppen kommentar');

    fireEvent.click(screen.getByRole('button', { name: 'Kommentera löftesmening' }));
    const thread = panel('löftesmening');
    // Nobody is set yet: the panel asks first, and focus goes there.
    await expectFocused(() => within(thread).queryByLabelText('Part'));
    fireEvent.change(within(thread).getByLabelText('Part'), { target: { value: 'polis' } });
    fireEvent.click(within(thread).getByRole('button', { name: 'Spara' }));
    expect(await within(thread).findByText('Skriv ditt namn.')).toBeTruthy();
    fireEvent.change(within(thread).getByLabelText('Ditt namn'), { target: { value: 'Anna Svensson' } });
    fireEvent.click(within(thread).getByRole('button', { name: 'Spara' }));
    await expectFocused(() => within(thread).queryByLabelText('Ny kommentar'));
    expect(thread.textContent).toContain('Du kommenterar som Polisen, Anna Svensson.');
    expect(await unwrap(harness.bridge.getAuthor())).toEqual({ role: 'polis', name: 'Anna Svensson' });

    // An empty comment is not added.
    fireEvent.click(within(thread).getByRole('button', { name: 'Lägg till kommentar' }));
    expect(within(thread).getByText('Skriv något i kommentaren först.')).toBeTruthy();

    fireEvent.change(within(thread).getByLabelText('Ny kommentar'), { target: { value: 'Kan vi skriva lördagar?' } });
    fireEvent.click(within(thread).getByRole('button', { name: 'Lägg till kommentar' }));
    await expectFocused(() => within(thread).queryByText('Kan vi skriva lördagar?'));
    expect((within(thread).getByLabelText('Ny kommentar') as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByRole('button', { name: 'Kommentarer (1 öppen) om löftesmening' })).toBeTruthy();
    await waitFor(() => expect(readiness().textContent).toContain('Öppen kommentar om Löftesmening från Polisen, Anna Svensson'));
    await waitForStored(harness, draft.id, (stored) => {
      expect(stored.comments).toEqual([expect.objectContaining({ target: ['statement'], text: 'Kan vi skriva lördagar?', author: { role: 'polis', name: 'Anna Svensson' }, replies: [] })]);
    });

    fireEvent.click(within(thread).getByRole('button', { name: 'Svara på kommentaren från Polisen, Anna Svensson' }));
    await expectFocused(() => within(thread).queryByLabelText('Ditt svar'));
    fireEvent.click(within(thread).getByRole('button', { name: 'Skicka svar' }));
    expect(within(thread).getByText('Skriv något i svaret först.')).toBeTruthy();
    fireEvent.change(within(thread).getByLabelText('Ditt svar'), { target: { value: 'Ja, gärna.' } });
    fireEvent.click(within(thread).getByRole('button', { name: 'Skicka svar' }));
    await expectFocused(() => within(thread).queryByText('Ja, gärna.'));
    await waitForStored(harness, draft.id, (stored) => expect(stored.comments![0].replies.map((r) => r.text)).toEqual(['Ja, gärna.']));

    const resolve = within(thread).getByRole('button', { name: 'Markera som löst, kommentaren från Polisen, Anna Svensson' });
    resolve.focus();
    fireEvent.click(resolve);
    expect(within(thread).getByText(/^Löst av Polisen, Anna Svensson/)).toBeTruthy();
    // The same button, now the other way: focus stays on it.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Öppna igen, kommentaren från Polisen, Anna Svensson');
    await waitFor(() => expect(readiness().textContent).not.toContain('Öppen kommentar'));
    await waitForStored(harness, draft.id, (stored) => expect(stored.comments![0].resolved?.by).toEqual({ role: 'polis', name: 'Anna Svensson' }));

    fireEvent.click(within(thread).getByRole('button', { name: 'Öppna igen, kommentaren från Polisen, Anna Svensson' }));
    await waitForStored(harness, draft.id, (stored) => expect(stored.comments![0]).not.toHaveProperty('resolved'));

    // Undo takes the reopening back, as any change of the draft.
    fireEvent.click(screen.getByRole('button', { name: /^Ångra/ }));
    await waitForStored(harness, draft.id, (stored) => expect(stored.comments![0].resolved).toBeDefined());

    // Escape closes the thread, and focus goes back to its button.
    fireEvent.keyDown(within(thread).getByLabelText('Ny kommentar'), { key: 'Escape' });
    await expectFocused(() => screen.queryByRole('button', { name: 'Kommentarer (1 löst) om löftesmening' }));
    expect(screen.queryByRole('group', { name: 'Kommentarer om löftesmening' })).toBeNull();
  });

  it('does not ask again once set, and comments on an activity card', async () => {
    await unwrap(harness.bridge.setAuthor({ role: 'kommun', name: 'Eva Ek' }));
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    const card = activityItem('Polisen lovar att', 1);
    fireEvent.click(within(card).getByRole('button', { name: 'Kommentera aktivitet 1' }));
    const thread = panel('aktivitet 1');
    await expectFocused(() => within(thread).queryByLabelText('Ny kommentar'));
    expect(within(thread).queryByLabelText('Part')).toBeNull();
    fireEvent.change(within(thread).getByLabelText('Ny kommentar'), { target: { value: 'Hur många kvällar?' } });
    fireEvent.click(within(thread).getByRole('button', { name: 'Lägg till kommentar' }));
    await waitForStored(harness, draft.id, (stored) => {
      const activityId = stored.activities.find((a) => a.partyIds.length === 1 && a.partyIds[0] === stored.parties.find((p) => p.role === 'polis')!.id)!.id;
      expect(stored.comments).toEqual([expect.objectContaining({ target: ['activities', { id: activityId }], author: { role: 'kommun', name: 'Eva Ek' } })]);
    });

    // The activity removed: its open comment is still there to read and resolve, on the section.
    fireEvent.click(within(activityItem('Polisen lovar att', 1)).getByRole('button', { name: /^Ta bort aktivitet 1/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Kommentarer (1 öppen) om avsnittet Aktiviteter' }));
    const section = panel('avsnittet Aktiviteter');
    expect(section.textContent).toContain('Gäller något som har tagits bort ur utkastet.');
    expect(section.textContent).toContain('Hur många kvällar?');
    expect(readiness().textContent).toContain('Öppen kommentar');
    fireEvent.click(await within(section).findByRole('button', { name: 'Markera som löst, kommentaren från Kommunen, Eva Ek' }));
    await waitFor(() => expect(readiness().textContent).not.toContain('Öppen kommentar'));
  });

  it('at the file format\'s limit of comments, keeps what was typed and says why', async () => {
    await unwrap(harness.bridge.setAuthor({ role: 'kommun', name: 'Eva Ek' }));
    const comment = (n: number) => ({ id: `c${n}`, target: ['background'], author: { role: 'polis' as const, name: 'Anna Svensson' }, text: `Kommentar ${n}`, createdAt: '2026-11-21T10:00:00.000Z', replies: [] });
    const draft = await harness.seedDraft((d) => ({ ...completeDraft(d), comments: Array.from({ length: LIMITS.comments }, (_, n) => comment(n)) }));
    await openEditor(draft);
    fireEvent.click(screen.getByRole('button', { name: 'Kommentera löftesmening' }));
    const thread = panel('löftesmening');
    const box = await within(thread).findByLabelText('Ny kommentar');
    fireEvent.change(box, { target: { value: 'En kommentar för mycket' } });
    fireEvent.click(within(thread).getByRole('button', { name: 'Lägg till kommentar' }));
    await waitFor(() => expect(thread.textContent).toContain(`Utkastet har redan ${LIMITS.comments} kommentarer`));
    expect(within(thread).getByLabelText('Ny kommentar')).toHaveProperty('value', 'En kommentar för mycket');
  });

  it('comments on the other texts and on the sections of lists too: Bakgrund, Underskrifter, each a warning at its place', async () => {
    await unwrap(harness.bridge.setAuthor({ role: 'kommun', name: 'Eva Ek' }));
    const draft = await harness.seedDraft(completeDraft);
    await openEditor(draft);
    const add = async (control: string, where: string, text: string) => {
      fireEvent.click(screen.getByRole('button', { name: control }));
      const thread = panel(where);
      fireEvent.change(await within(thread).findByLabelText('Ny kommentar'), { target: { value: text } });
      fireEvent.click(within(thread).getByRole('button', { name: 'Lägg till kommentar' }));
    };
    await add('Kommentera bakgrund', 'bakgrund', 'Vilket år gäller siffrorna?');
    await add('Kommentera avsnittet Underskrifter', 'avsnittet Underskrifter', 'Vem skriver under för polisen?');
    await add('Kommentera uppföljning', 'uppföljning', 'Två gånger per år räcker.');
    await waitForStored(harness, draft.id, (stored) =>
      expect(stored.comments?.map((c) => [c.target, c.text])).toEqual([
        [['background'], 'Vilket år gäller siffrorna?'],
        [['signatories'], 'Vem skriver under för polisen?'],
        [['followUpPlan'], 'Två gånger per år räcker.'],
      ]),
    );
    await waitFor(() => expect(readiness().textContent).toContain('Öppen kommentar om Bakgrund från Kommunen, Eva Ek'));
  });
});


import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import type { Draft } from '../../../shared/draft/schema';
import { activity, openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { openEditor } from '../helpers/editor';
import { expectFocused } from '../../support/focus';

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});


const group = (name: string) => screen.getByRole('region', { name });
/** The save state: the editor's first status region, named "Sparstatus" (a removal notice is another). */
const status = () => screen.getByRole('status', { name: 'Sparstatus' });
/** The document's title (signatories have a "Titel" too). */
const titleField = () => within(group('Grunduppgifter')).getByLabelText('Titel');

describe('editor', () => {
  it('autosaves the title after a pause in typing', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    expect(status().textContent).toMatch(/^Sparat \d\d:\d\d$/);

    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte för Söderhamn 2025' } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Medborgarlöfte för Söderhamn 2025');
    await waitFor(() => expect(status().textContent).toBe('Sparar…'), { timeout: 2000 });
    await waitFor(() => expect(status().textContent).toMatch(/^Sparat \d\d:\d\d$/), { timeout: 2000 });
    expect((await harness.readDraft(draft.id)).title).toBe('Medborgarlöfte för Söderhamn 2025');
  });

  it('adds an activity to a group, saves its text on blur, and keeps unknown fields', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, laterFeature: { keep: 'me' } }) as Draft);
    await openEditor(draft);

    const police = group('Polisen lovar att');
    fireEvent.click(within(police).getByRole('button', { name: 'Lägg till aktivitet' }));
    const text = within(group('Polisen lovar att')).getByLabelText('Aktivitet 1');
    await expectFocused(text);
    fireEvent.change(text, { target: { value: 'genomföra två riktade insatser per år\u0007' } });
    expect(text).toHaveProperty('value', 'genomföra två riktade insatser per år');
    fireEvent.blur(text);

    await waitFor(async () => {
      const stored = await harness.readDraft(draft.id);
      expect(stored.activities).toHaveLength(1);
      expect(stored.activities[0]).toMatchObject({
        partyIds: ['polis'],
        text: 'genomföra två riktade insatser per år',
        focusAreaId: null,
        followUp: { status: 'ej-paborjad', outcome: null, comment: '' },
      });
      expect((stored as Record<string, unknown>).laterFeature).toEqual({ keep: 'me' });
    });

    // A joint activity is promised by the police and the municipality together.
    fireEvent.click(within(group('Polisen och kommunen lovar gemensamt att')).getByRole('button', { name: 'Lägg till aktivitet' }));
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(async () => {
      const stored = await harness.readDraft(draft.id);
      expect(stored.activities[1]?.partyIds.sort()).toEqual(['kommun', 'polis']);
    });
  });

  it('edits parties and removes a party’s id from activities', async () => {
    const draft = await harness.seedDraft((d) => ({
      ...d,
      parties: [...d.parties, { id: 'bo', role: 'annan', name: 'AB Söderhamnshem', diarienummer: '' }],
      activities: [
        activity('a1', ['kommun', 'polis', 'bo'], 'genomföra minst 4 trygghetsvandringar'),
        activity('a2', ['bo'], 'belysa gångvägarna i Östra'),
      ],
      signatories: [{ partyId: 'bo', name: 'Anna Berg', title: 'VD', place: 'Söderhamn', date: null }],
    }));
    await openEditor(draft);

    const part1 = screen.getByRole('group', { name: 'Part 1' });
    fireEvent.change(within(part1).getByLabelText('Namn'), { target: { value: 'Söderhamns kommun' } });
    fireEvent.change(within(part1).getByLabelText('Diarienummer'), { target: { value: 'KS 2024/512' } });
    expect(within(group('AB Söderhamnshem lovar att')).getByLabelText('Aktivitet 1')).toHaveProperty('value', 'belysa gångvägarna i Östra');

    fireEvent.click(within(screen.getByRole('group', { name: 'Part 3' })).getByRole('button', { name: /^Ta bort part 3\b/ }));
    expect(screen.queryByRole('group', { name: 'Part 3' })).toBeNull();
    // The joint activity moved to the police and the municipality; the other awaits a new party, text kept.
    expect(within(group('Polisen och kommunen lovar gemensamt att')).getByLabelText('Aktivitet 1')).toHaveProperty(
      'value',
      'genomföra minst 4 trygghetsvandringar',
    );
    expect(within(group('Aktiviteter där ansvarig part inte är angiven')).getByLabelText('Aktivitet 1')).toHaveProperty('value', 'belysa gångvägarna i Östra');
    // Two parties left: none can be removed.
    expect(screen.queryByRole('button', { name: /^Ta bort part/ })).toBeNull();

    await waitFor(async () => {
      const stored = await harness.readDraft(draft.id);
      expect(stored.parties.map((p) => [p.id, p.name, p.diarienummer])).toEqual([
        ['kommun', 'Söderhamns kommun', 'KS 2024/512'],
        ['polis', '', ''],
      ]);
      expect(stored.activities.map((a) => a.partyIds)).toEqual([['kommun', 'polis'], []]);
      expect(stored.signatories).toEqual([]);
    }, { timeout: 2000 });

    // The orphan can be given to a party.
    fireEvent.change(within(group('Aktiviteter där ansvarig part inte är angiven')).getByLabelText('Vem lovar aktiviteten?'), { target: { value: 'kommun' } });
    expect(within(group('Kommunen lovar att')).getByLabelText('Aktivitet 1')).toHaveProperty('value', 'belysa gångvägarna i Östra');
    expect(screen.queryByRole('region', { name: 'Aktiviteter utan part' })).toBeNull();
  });

  it('adds parties up to eight', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    const add = screen.getByRole('button', { name: 'Lägg till part' });
    for (let i = 0; i < 6; i++) fireEvent.click(add);
    expect(screen.getByRole('group', { name: 'Part 8' })).toBeTruthy();
    expect(add).toHaveProperty('disabled', true);
    expect(within(screen.getByRole('group', { name: 'Part 3' })).getByLabelText('Roll')).toHaveProperty('value', 'annan');
  });

  it('links each readiness finding to its field', async () => {
    const draft = await harness.seedDraft((d) => ({
      ...d,
      activities: [activity('a1', ['kommun'], 'hålla öppet hus'), activity('a2', ['polis'], '')],
    }));
    await openEditor(draft);
    const panel = screen.getByRole('region', { name: 'Klar för underskrift?' });

    fireEvent.click(within(panel).getByRole('button', { name: 'Titel saknas.' }));
    await expectFocused(() => titleField());

    fireEvent.click(within(panel).getByRole('button', { name: /^Part 2 saknar namn\./ }));
    await expectFocused(() => within(screen.getByRole('group', { name: 'Part 2' })).getByLabelText('Namn'));

    // Named as the editor shows it: by its group and its number there.
    const activityFinding = within(panel).getByRole('button', { name: /^Polisens aktivitet 1 saknar text\./ });
    fireEvent.click(activityFinding);
    await expectFocused(() => within(group('Polisen lovar att')).getByLabelText('Aktivitet 1'));
    expect(document.activeElement?.id).toBe('field-activities-1-text');

    fireEvent.click(within(panel).getByRole('button', { name: /^Löftesmening saknas\./ }));
    await expectFocused(() => screen.getByLabelText('Löftesmening'));

    // Fixing the title removes its finding.
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte för Tanum 2025' } });
    expect(within(panel).queryByRole('button', { name: 'Titel saknas.' })).toBeNull();
  });

  it('focuses the first "Lägg till aktivitet" for a draft without activities', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    const panel = screen.getByRole('region', { name: 'Klar för underskrift?' });
    fireEvent.click(within(panel).getByRole('button', { name: /^Inga aktiviteter/ }));
    await expectFocused(() => within(group('Polisen lovar att')).getByRole('button', { name: 'Lägg till aktivitet' }));
  });

  it('keeps the text when a save fails, and saves it on "Försök igen"', async () => {
    const draft = await harness.seedDraft();
    let failNext = true;
    window.samverka = {
      ...harness.bridge,
      saveDraft: async (value) => {
        if (failNext) {
          failNext = false;
          return { ok: false, error: { code: 'io', message: 'Disken är full.' } };
        }
        return harness.bridge.saveDraft(value);
      },
    };
    await openEditor(draft);
    const statement = screen.getByLabelText('Löftesmening');
    fireEvent.change(statement, { target: { value: 'Polis och kommun lovar att tillsammans arbeta för tryggheten i centrum.' } });
    fireEvent.blur(statement);

    await waitFor(() =>
      expect(status().textContent).toBe(
        'Utkastet kunde inte sparas: Disken är full. Texten finns kvar i fönstret men är inte sparad på datorn; försök igen.',
      ),
    );
    expect(statement).toHaveProperty('value', 'Polis och kommun lovar att tillsammans arbeta för tryggheten i centrum.');
    expect((await harness.readDraft(draft.id)).statement).toBe('');

    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    await waitFor(() => expect(status().textContent).toMatch(/^Sparat \d\d:\d\d$/));
    expect((await harness.readDraft(draft.id)).statement).toBe('Polis och kommun lovar att tillsammans arbeta för tryggheten i centrum.');
  });

  it('saves when leaving the editor', async () => {
    const draft = await harness.seedDraft();
    await openEditor(draft);
    fireEvent.change(screen.getByLabelText('Startdatum'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('Slutdatum'), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('link', { name: 'Alla dokument' }));
    await act(async () => {
      window.location.hash = '#/';
    });
    await screen.findByRole('table');
    expect((await harness.readDraft(draft.id)).period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(screen.getByText('2026')).toBeTruthy();
  });

  it('exports to Word after saving what was just typed', async () => {
    // No municipality named yet: the file is named by the title just typed, with the period's year.
    const draft = await harness.seedDraft((d) => ({ ...d, period: { start: '2025-01-01', end: '2025-12-31' }, activities: [activity('a1', ['polis'], 'fotpatrullera i centrum')] }));
    await openEditor(draft);
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte Söderhamn 2025' } });
    const button = screen.getByRole('button', { name: 'Exportera till Word' });
    fireEvent.click(button);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(await screen.findByText('Exporterad: medborgarlofte-soderhamn-2025.docx', {}, { timeout: 5000 })).toBeTruthy();
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect((await harness.readDraft(draft.id)).title).toBe('Medborgarlöfte Söderhamn 2025');
  });

  it('exports a granskningsversion of what was typed since the draft was shared, and says why it cannot before it was', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, period: { start: '2025-01-01', end: '2025-12-31' }, activities: [activity('a1', ['polis'], 'fotpatrullera i centrum')] }));
    await openEditor(draft);
    const button = screen.getByRole('button', { name: 'Exportera granskningsversion' });
    expect(button.getAttribute('aria-describedby')).toBe('export-review-hint');
    expect(document.getElementById('export-review-hint')!.textContent).toBe('Word-fil där ändringarna sedan senast delade version syns som spårade ändringar.');
    fireEvent.click(button);
    expect(await screen.findByText(/^Kunde inte exportera granskningsversionen: Utkastet har ännu inte delats med eller tagits emot från den andra parten/)).toBeTruthy();

    await unwrap(harness.bridge.shareDraft(draft.id));
    fireEvent.change(titleField(), { target: { value: 'Medborgarlöfte Söderhamn 2025' } });
    fireEvent.click(button);
    expect(await screen.findByText('Exporterad: medborgarlofte-soderhamn-2025-granskningsversion.docx')).toBeTruthy();
    expect((await harness.readDraft(draft.id)).title).toBe('Medborgarlöfte Söderhamn 2025');
  });

  it('shows a Swedish message for a draft that cannot be opened', async () => {
    window.location.hash = '#/utkast/0b4d5c5e-0000-4000-8000-000000000000';
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Utkastet kunde inte öppnas: /);
    expect(screen.getByRole('link', { name: 'Alla dokument' })).toBeTruthy();
  });
});

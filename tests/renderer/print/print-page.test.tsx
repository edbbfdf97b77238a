import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { parseCopies } from '../../../renderer/print/print-page';
import type { Draft } from '../../../shared/draft/schema';
import { completeDraft, openHarness, unwrap, type Harness } from '../helpers/app-harness';
import { expectFocused } from '../../support/focus';

/**
 * The print preview page on the real Node side in jsdom. The harness has no
 * printer (no browser here), so "Skriv ut" and "Exportera PDF" fail, and the
 * page must say so in Swedish; the e2e tests print for real.
 */

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

async function openPrint(draft: Pick<Draft, 'id'>) {
  window.location.hash = `#/utkast/${draft.id}/skriv-ut`;
  render(<App />);
  await screen.findByRole('region', { name: 'Inställningar för utskrift' });
}

const copies = () => screen.getByLabelText<HTMLInputElement>('Antal exemplar');

describe('the print preview page', () => {
  it('starts the copies at the draft\'s originals, the page\'s heading focused, the sheets shown', async () => {
    const draft = await harness.seedDraft((d) => ({ ...completeDraft(d), originals: 4 }));
    await openPrint(draft);
    expect(copies().value).toBe('4');
    const heading = screen.getByRole('heading', { level: 1, name: `Skriv ut ${draft.title}` });
    await expectFocused(heading);
    expect(document.title).toBe(`Skriv ut ${draft.title} – Samverka`);
    const preview = screen.getByRole('region', { name: 'Förhandsvisning' });
    expect(within(preview).getAllByRole('group', { name: /^Sida 1 av \d+$/ })).toHaveLength(1);
    // No agreement, no löften to offer.
    expect(screen.queryByLabelText('Ta med medborgarlöftena som bilagor')).toBeNull();
  });

  it('starts at two copies when the draft does not say how many originals', async () => {
    const draft = await harness.seedDraft((d) => ({ ...completeDraft(d), originals: null }));
    await openPrint(draft);
    expect(copies().value).toBe('2');
    expect(screen.getByText(/två exemplar är förvalt/)).toBeTruthy();
  });

  it('says what is wrong with the copies, and keeps "Skriv ut" from sending them', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openPrint(draft);
    fireEvent.change(copies(), { target: { value: '21' } });
    expect(screen.getByText('Skriv ett heltal från 1 till 20.')).toBeTruthy();
    expect(copies().getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Skriv ut' }));
    await expectFocused(() => copies());
    expect(screen.queryByText(/skrivaren|Kunde inte skriva ut/)).toBeNull();
  });

  it('says in Swedish that printing and the PDF failed when there is no printer', async () => {
    const draft = await harness.seedDraft(completeDraft);
    await openPrint(draft);
    fireEvent.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Kunde inte skriva ut: Dokumentet kunde inte skrivas ut: .+ Försök igen, eller exportera en PDF och skriv ut den\.$/);
    fireEvent.click(screen.getByRole('button', { name: 'Exportera PDF' }));
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    expect(screen.getAllByRole('alert')[1].textContent).toMatch(/^Kunde inte exportera PDF: PDF-filen kunde inte göras: .+ Ingen fil skrevs; försök igen\.$/);
  });

  it('offers an agreement\'s löften as bilagor, and shows them appended when chosen', async () => {
    const agreement = await harness.seedDraft((d) => ({ ...d, title: 'Samverkansöverenskommelse för Söderhamn 2026–2029' }), 'samverkansoverenskommelse');
    await unwrap(harness.bridge.createPromise(agreement.id));
    await openPrint(agreement);
    const preview = screen.getByRole('region', { name: 'Förhandsvisning' });
    const labels = () => within(preview).queryAllByRole('group', { name: /^Sida / }).flatMap((sheet) => within(sheet).queryAllByText(/^Bilaga \d+$/)).map((label) => label.textContent);
    expect(labels()).toEqual([]);
    fireEvent.click(screen.getByLabelText('Ta med medborgarlöftena som bilagor'));
    await waitFor(() => expect(labels()).toHaveLength(1));
    expect(labels()[0]).toMatch(/^Bilaga \d+$/);
    // Without layout (jsdom) each document is at least a page of its own.
    expect(within(preview).getAllByRole('group', { name: /^Sida \d+ av 2$/ })).toHaveLength(2);
  });
});

describe('parseCopies', () => {
  it('takes a whole number from 1 to 20 and nothing else', () => {
    expect(parseCopies('1')).toBe(1);
    expect(parseCopies(' 20 ')).toBe(20);
    for (const text of ['', '0', '21', '2.5', '-1', 'två', '1e1']) expect(parseCopies(text)).toBeNull();
  });
});

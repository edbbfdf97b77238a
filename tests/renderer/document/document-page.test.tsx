import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { DOCUMENT_READY_ATTRIBUTE, documentHash } from '../../../shared/documents/document-route';
import { completeDraft, openHarness, unwrap, type Harness } from '../helpers/app-harness';

/** The page a print window loads: the sheets alone, titled, in sv-SE, and the ready attribute a printer waits for. */

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
  document.documentElement.removeAttribute(DOCUMENT_READY_ATTRIBUTE);
});

const readyState = () => document.documentElement.getAttribute(DOCUMENT_READY_ATTRIBUTE);

describe('the document page', () => {
  it('shows only the sheets, with the document\'s title and language, and says when it is ready', async () => {
    const draft = await harness.seedDraft(completeDraft);
    window.location.hash = documentHash({ draftId: draft.id, withPromises: false });
    render(<App />);
    await waitFor(() => expect(readyState()).toBe('ready'));
    expect(document.title).toBe(draft.title);
    expect(document.documentElement.lang).toBe('sv-SE');
    expect(screen.getAllByRole('group', { name: /^Sida \d+ av \d+$/ })).toHaveLength(1);
    // Nothing of the app: no header, no toolbar, no buttons.
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Förhandsvisning' })).toBeNull();
    expect(screen.queryAllByRole('button')).toEqual([]);
  });

  it('appends an agreement\'s löften, each from a new sheet, when the hash asks for them', async () => {
    const agreement = await harness.seedDraft((d) => ({ ...d, title: 'Samverkansöverenskommelse för Söderhamn 2026–2029' }), 'samverkansoverenskommelse');
    await unwrap(harness.bridge.createPromise(agreement.id));
    window.location.hash = documentHash({ draftId: agreement.id, withPromises: true });
    render(<App />);
    await waitFor(() => expect(readyState()).toBe('ready'));
    const sheets = screen.getAllByRole('group', { name: /^Sida \d+ av \d+$/ });
    expect(sheets).toHaveLength(2);
    expect(within(sheets[1]).getByText(/^Bilaga \d+$/).tagName).toBe('P');
    expect(sheets.map((sheet) => sheet.getAttribute('aria-label'))).toEqual(['Sida 1 av 2', 'Sida 2 av 2']);
  });

  it('says "failed" when the draft cannot be read, so a print window stops waiting', async () => {
    window.location.hash = documentHash({ draftId: '6f1c1d0e-0000-4000-8000-000000000000', withPromises: false });
    render(<App />);
    await waitFor(() => expect(readyState()).toBe('failed'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Dokumentet kunde inte hämtas: /);
  });
});

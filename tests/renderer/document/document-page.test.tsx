import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../renderer/app';
import { DOCUMENT_READY_ATTRIBUTE, documentHash } from '../../../shared/documents/document-route';
import { completeDraft, openHarness, unwrap, type Harness } from '../helpers/app-harness';

/** The page a print window loads: the sheets alone, titled, in sv-SE, and the ready attribute a printer waits for. */

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  vi.restoreAllMocks();
  await harness.close();
  document.documentElement.removeAttribute(DOCUMENT_READY_ATTRIBUTE);
});

const readyState = () => document.documentElement.getAttribute(DOCUMENT_READY_ATTRIBUTE);

/** What a printer does to give a loaded page its next job (electron/document-window.ts): the hash moved in place, the move announced. */
function nextJob(hash: string): void {
  // As in a browser, React renders after the event, not inside it (act would render at once and hide a late clear).
  const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const actEnvironment = scope.IS_REACT_ACT_ENVIRONMENT;
  scope.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    history.replaceState(history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } finally {
    scope.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
  }
}

/**
 * An image on the page whose decoding is held: the page decodes every image
 * once a layout has settled and before it says "ready", so `asked` counts
 * the "ready"s on their way and `release` lets them go on.
 */
function holdImages() {
  let release!: () => void;
  const decoded = new Promise<void>((resolve) => (release = resolve));
  const image = document.createElement('img');
  const held = { asked: 0, release: () => release(), remove: () => image.remove() };
  image.decode = () => {
    held.asked += 1;
    return decoded;
  };
  document.body.append(image);
  return held;
}

/** Every ready state the page writes from now on, each with the document's title and whether `text` was on the page as it was written. */
function watchReadyStates(text: string) {
  const root = document.documentElement;
  const seen: { state: string; title: string; shown: boolean }[] = [];
  const spy = vi.spyOn(root, 'setAttribute').mockImplementation((name, value) => {
    if (name === DOCUMENT_READY_ATTRIBUTE) seen.push({ state: value, title: document.title, shown: document.body.textContent?.includes(text) ?? false });
    Element.prototype.setAttribute.call(root, name, value);
  });
  return { seen, stop: () => spy.mockRestore() };
}

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

  it('lays out another draft when the hash moves to it, and is not ready until that draft is', async () => {
    const first = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Ljusdal 2026' }));
    const second = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Hudiksvall 2026' }));
    window.location.hash = documentHash({ draftId: first.id, withPromises: false });
    render(<App />);
    await waitFor(() => expect(readyState()).toBe('ready'));

    const watch = watchReadyStates(second.title);
    nextJob(documentHash({ draftId: second.id, withPromises: false }));
    // Cleared in the same turn as the move, so a printer reading it next never sees the first draft's "ready".
    expect(readyState()).toBeNull();
    await waitFor(() => expect(readyState()).toBe('ready'));
    watch.stop();
    expect(document.title).toBe(second.title);
    expect(screen.getAllByText(second.title).length).toBeGreaterThan(0);
    expect(screen.queryByText(first.title)).toBeNull();
    expect(watch.seen.filter(({ state }) => state === 'ready')).toEqual([{ state: 'ready', title: second.title, shown: true }]);
  });

  it('never says "ready" for a new job when the previous job\u2019s layout settles after the move', async () => {
    const first = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Ljusdal 2026' }));
    const second = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Hudiksvall 2026' }));
    const images = holdImages();
    window.location.hash = documentHash({ draftId: first.id, withPromises: false });
    render(<App />);
    // The first draft is laid out and its "ready" is on its way, waiting for the images.
    await waitFor(() => expect(images.asked).toBe(1));

    const watch = watchReadyStates(second.title);
    nextJob(documentHash({ draftId: second.id, withPromises: false }));
    // The second draft is laid out too; both "ready"s go on together, the first draft's first.
    await waitFor(() => expect(images.asked).toBe(2));
    images.release();
    await waitFor(() => expect(readyState()).toBe('ready'));
    watch.stop();
    images.remove();
    expect(document.title).toBe(second.title);
    expect(watch.seen.filter(({ state }) => state === 'ready')).toEqual([{ state: 'ready', title: second.title, shown: true }]);
  });

  it('reads the draft again when the same hash is announced again: a second job for a draft changed since', async () => {
    const draft = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Ljusdal 2026' }));
    const hash = documentHash({ draftId: draft.id, withPromises: false });
    window.location.hash = hash;
    render(<App />);
    await waitFor(() => expect(readyState()).toBe('ready'));
    await unwrap(harness.bridge.saveDraft({ ...(await harness.readDraft(draft.id)), title: 'Medborgarlöfte för Ljusdal 2027' }));

    nextJob(hash);
    expect(readyState()).toBeNull();
    await waitFor(() => expect(readyState()).toBe('ready'));
    expect(document.title).toBe('Medborgarlöfte för Ljusdal 2027');
    expect(screen.queryByText(draft.title)).toBeNull();
  });

  it('follows a hash the page itself moves to, as a link would', async () => {
    const first = await harness.seedDraft((d) => ({ ...d, title: 'Medborgarlöfte för Ljusdal 2026' }));
    const agreement = await harness.seedDraft((d) => ({ ...d, title: 'Samverkansöverenskommelse för Ljusdal 2026–2029' }), 'samverkansoverenskommelse');
    await unwrap(harness.bridge.createPromise(agreement.id));
    window.location.hash = documentHash({ draftId: first.id, withPromises: false });
    render(<App />);
    await waitFor(() => expect(readyState()).toBe('ready'));
    window.location.hash = documentHash({ draftId: agreement.id, withPromises: true });
    await waitFor(() => expect(document.title).toBe(agreement.title));
    await waitFor(() => expect(readyState()).toBe('ready'));
    expect(screen.getAllByRole('group', { name: /^Sida \d+ av \d+$/ })).toHaveLength(2);
  });
});

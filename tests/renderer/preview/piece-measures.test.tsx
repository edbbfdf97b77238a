import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentPreview, type DocumentLayout } from '../../../renderer/preview/document-preview';
import type { Draft } from '../../../shared/draft/schema';
import { exampleDraft } from '../../support/fixtures';

/**
 * jsdom lays nothing out, so the measuring column gets a stand-in layout: a
 * piece is one 20 px line per 60 characters of its text, the pieces stacked
 * 10 px apart, the page body 400 px high. Each reading of a piece's box in the
 * measuring column is counted by the piece's key.
 */
const PAGE = 400;
const GAP = 10;
let measured: string[] = [];

const heightOf = (element: Element) => 20 * Math.max(1, Math.ceil((element.textContent ?? '').length / 60));

function fakeRect(this: HTMLElement): DOMRect {
  const column = this.closest('[inert]');
  if (this.hasAttribute('data-ruler')) return DOMRect.fromRect({ x: 0, y: 0, width: 1, height: PAGE });
  if (!column || !this.hasAttribute('data-piece')) return DOMRect.fromRect({ x: 0, y: 0, width: 0, height: 0 });
  measured.push(this.dataset.piece ?? '');
  let top = 0;
  for (const piece of column.querySelectorAll('[data-piece]')) {
    if (piece === this) break;
    top += heightOf(piece) + GAP;
  }
  return DOMRect.fromRect({ x: 0, y: top, width: 600, height: heightOf(this) });
}

beforeEach(() => {
  measured = [];
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(fakeRect);
  // No lines to break between: each piece moves whole to the next page.
  if (!Range.prototype.getClientRects) Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  else vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([] as unknown as DOMRectList);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** The example with `n` activities, each its own text. */
function withActivities(n: number): Draft {
  const draft = exampleDraft();
  return {
    ...draft,
    activities: Array.from({ length: n }, (_, i) => ({ ...draft.activities[i % draft.activities.length], id: `x${i}`, text: `aktivitet nummer ${i + 1}` })),
  };
}

const withText = (draft: Draft, index: number, text: string): Draft => ({
  ...draft,
  activities: draft.activities.map((activity, i) => (i === index ? { ...activity, text } : activity)),
});

/** Each sheet by the keys of the pieces on it. */
const sheetPieces = () => [...document.querySelectorAll('[data-sheet]')].map((sheet) => [...sheet.querySelectorAll('[data-piece]')].map((piece) => piece.getAttribute('data-piece')));

/** The key of the piece an activity is printed in. */
const activityPiece = (id: string) => document.querySelector(`[inert] [data-activity-id="${id}"]`)?.getAttribute('data-piece');

/** A preview of `draft`, once its layout has settled; `change` gives it another draft, `layout` is what it last told. */
async function settledPreview(draft: Draft) {
  let layout: DocumentLayout | null = null;
  const onLayout = (next: DocumentLayout) => (layout = next);
  const { rerender } = render(<DocumentPreview draft={draft} onLayout={onLayout} />);
  await waitFor(() => expect(layout?.settled).toBe(true));
  return {
    layout: () => layout!,
    change: (next: Draft) => act(() => rerender(<DocumentPreview draft={next} onLayout={onLayout} />)),
  };
}

describe('the preview\'s measurements', () => {
  it('measures every piece once, then, after an edit, only the piece that changed, and pages as a fresh layout would', async () => {
    const draft = withActivities(60);
    const preview = await settledPreview(draft);
    const pieces = document.querySelectorAll('[inert] [data-piece]').length;
    expect(new Set(measured).size).toBe(pieces);
    expect(preview.layout().pages).toBeGreaterThan(3);

    measured = [];
    const long = 'hålla öppet hus i kommunhuset varje första lördag i månaden, med polisen och räddningstjänsten på plats för frågor';
    const edited = withText(draft, 30, long);
    preview.change(edited);
    await waitFor(() => expect(document.querySelector('[data-sheet] [data-activity-id="x30"]')?.textContent).toBe(long));
    await waitFor(() => expect(preview.layout().settled).toBe(true));
    expect(measured).toEqual([activityPiece('x30')]);
    const incremental = sheetPieces();

    // A preview that measures the edited draft from scratch deals the same pages.
    cleanup();
    render(<DocumentPreview draft={edited} />);
    await waitFor(() => expect(sheetPieces()).toEqual(incremental));
  });

  it('measures nothing again when an edit changes no piece', async () => {
    const draft = withActivities(20);
    const preview = await settledPreview(draft);

    measured = [];
    // A new draft object whose document reads the same (the date it was saved is not printed).
    preview.change({ ...draft, updatedAt: '2031-01-01T00:00:00.000Z' });
    expect(preview.layout().settled).toBe(false);
    await waitFor(() => expect(preview.layout().settled).toBe(true));
    expect(measured).toEqual([]);
  });
});

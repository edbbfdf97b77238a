import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app';
import { OVERSCAN, ROW_ESTIMATE } from '../../../renderer/start/draft-table';
import type { DraftSummary } from '../../../shared/draft/schema';
import { freshHarnessEachTest, openHarness, type Harness } from '../helpers/app-harness';

let harness: Harness;

freshHarnessEachTest(async () => (harness = await openHarness()));

/** `count` drafts, newest first, every other one an agreement. */
function library(count: number): DraftSummary[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    kind: i % 2 === 0 ? 'medborgarlofte' : 'samverkansoverenskommelse',
    title: `Utkast ${i + 1}`,
    status: 'utkast',
    period: { start: null, end: null },
    updatedAt: new Date(Date.UTC(2025, 0, 1) - i * 60_000).toISOString(),
    relatedIds: [],
    followUp: { total: 0, done: 0, followedUp: 0 },
  }));
}

/** The start page on a library of `count` drafts (listed as the Node side would, without storing them). */
async function openStartPage(count: number) {
  const drafts = library(count);
  window.samverka = { ...harness.bridge, listDrafts: async () => ({ ok: true, value: drafts }) };
  render(<App />);
  return { table: await screen.findByRole('table'), drafts };
}

/** The rows assistive technology sees (the spacers are hidden), the header first. */
const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row');
const spacerHeights = (table: HTMLElement) => [...table.querySelectorAll<HTMLElement>('tbody tr[aria-hidden="true"]')].map((row) => parseFloat(row.style.height));
/** jsdom's window (768 px high) holds this many rows, and the overscan is rendered below them. */
const WINDOW_ROWS = Math.ceil(window.innerHeight / ROW_ESTIMATE);

describe('the start page with many drafts', () => {
  it('renders only a window of rows out of 2,000, with spacers for the height of the rest', async () => {
    const { table } = await openStartPage(2000);
    expect(screen.getByText('2000 dokument')).toBeTruthy();
    const rows = rowsOf(table).slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(WINDOW_ROWS);
    expect(rows.length).toBeLessThanOrEqual(WINDOW_ROWS + 2 * OVERSCAN);
    // The first drafts, in order, each saying where it is in the whole.
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(rows.map((_, i) => `Utkast ${i + 1}`));
    expect(table.getAttribute('aria-rowcount')).toBe('2001');
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(rows.map((_, i) => String(i + 2)));
    expect(spacerHeights(table)).toEqual([(2000 - rows.length) * ROW_ESTIMATE]);
  });

  it('filters 2,000 drafts by kind and still renders a window', async () => {
    const { table } = await openStartPage(2000);
    fireEvent.click(screen.getByRole('radio', { name: 'Samverkansöverenskommelser' }));
    expect(screen.getByText('1000 av 2000 dokument')).toBeTruthy();
    expect(table.getAttribute('aria-rowcount')).toBe('1001');
    const rows = rowsOf(table).slice(1);
    expect(rows.length).toBeLessThanOrEqual(WINDOW_ROWS + 2 * OVERSCAN);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(rows.map((_, i) => `Utkast ${2 * i + 2}`));
  });

  it('renders every row of a short list, without spacers', async () => {
    const { table } = await openStartPage(5);
    expect(rowsOf(table)).toHaveLength(6);
    expect(spacerHeights(table)).toEqual([]);
  });

  // jsdom neither scrolls nor moves focus on Tab; what Tab needs is that the next link in the DOM
  // is the next draft, from whichever row has focus, however far from the rendered window
  // (four times the rows jsdom's window renders; the e2e test tabs through 300 in Chromium).
  it('keeps the next and the previous draft in the DOM for Tab and Shift+Tab, through all 100', async () => {
    const { table, drafts } = await openStartPage(100);
    const links = () => [...table.querySelectorAll<HTMLAnchorElement>('tbody a')];
    const step = (direction: 1 | -1) => {
      const all = links();
      const next = all[all.indexOf(document.activeElement as HTMLAnchorElement) + direction];
      expect(next).toBeTruthy();
      act(() => next.focus());
    };

    act(() => links()[0].focus());
    for (let i = 1; i < drafts.length; i++) {
      step(1);
      expect(document.activeElement?.textContent).toBe(drafts[i].title);
      expect(document.activeElement?.closest('tr')?.getAttribute('aria-rowindex')).toBe(String(i + 2));
    }
    // The last draft: nothing after it in the table.
    expect(links().at(-1)).toBe(document.activeElement);
    for (let i = drafts.length - 2; i >= 0; i--) {
      step(-1);
      expect(document.activeElement?.textContent).toBe(drafts[i].title);
    }
  });

  it('lets the focused row go once focus leaves the table', async () => {
    const { table } = await openStartPage(100);
    const links = () => [...table.querySelectorAll<HTMLAnchorElement>('tbody a')];
    act(() => links()[0].focus());
    while (document.activeElement?.textContent !== 'Utkast 60') {
      const all = links();
      act(() => all[all.indexOf(document.activeElement as HTMLAnchorElement) + 1].focus());
    }
    expect(screen.getByRole('link', { name: 'Utkast 61' })).toBeTruthy();
    act(() => screen.getByRole('radio', { name: 'Alla' }).focus());
    expect(screen.queryByRole('link', { name: 'Utkast 60' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Utkast 61' })).toBeNull();
    expect(spacerHeights(table)).toEqual([(100 - (rowsOf(table).length - 1)) * ROW_ESTIMATE]);
  });
});

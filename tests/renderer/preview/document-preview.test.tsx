import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentPreview, type DocumentLayout } from '../../../renderer/preview/document-preview';
import { PieceFlow, outlinePieces } from '../../../renderer/preview/preview-pieces';
import { activityText } from '../../../shared/draft/activity-groups';
import { appendixOutlines, documentOutline, isPageBlock, outlineTexts, type OutlineBodyBlock } from '../../../shared/documents/document-outline';
import type { Draft } from '../../../shared/draft/schema';
import { summarize } from '../../../shared/draft/summary';
import { AGREEMENT_HEADINGS, agreementDraft } from '../../support/agreement';
import { exampleDraft } from '../../support/fixtures';

afterEach(cleanup);

const preview = () => screen.getByRole('region', { name: 'Förhandsvisning' });
/** The visible sheets (the measuring column is hidden from assistive technology, so role queries skip it). */
const sheets = () => within(preview()).getAllByRole('group', { name: /^Sida \d+ av \d+$/ });
const sheetText = () => sheets().map((sheet) => sheet.textContent ?? '').join('\n');
const squash = (text: string) => text.replace(/\s+/gu, '');

/** The example with `n` activities spread over the three groups, as a long draft is. */
function withActivities(n: number): Draft {
  const draft = exampleDraft();
  return {
    ...draft,
    activities: Array.from({ length: n }, (_, i) => ({ ...draft.activities[i % draft.activities.length], id: `x${i}`, text: `${draft.activities[i % 4].text} (nr ${i + 1})` })),
  };
}

describe('DocumentPreview', () => {
  it('shows the example with every activity sentence and every signatory', () => {
    const draft = exampleDraft();
    render(<DocumentPreview draft={draft} />);
    const text = sheetText();
    expect(text).toContain(draft.title);
    expect(text).toContain(draft.statement);
    for (const activity of draft.activities) expect(text).toContain(activityText(activity));
    for (const signatory of draft.signatories) {
      expect(text).toContain(signatory.name);
      expect(text).toContain(signatory.title);
    }
    for (const caption of ['För Söderhamns kommun', 'För Polismyndigheten, lokalpolisområde Hälsingland', 'Ort och datum', 'Underskrift', 'Namnförtydligande']) {
      expect(text).toContain(caption);
    }
  });

  it('shows exactly the text of the document outline, in its order', () => {
    const draft = exampleDraft();
    render(<DocumentPreview draft={draft} />);
    const body = documentOutline(draft).filter((block) => !isPageBlock(block));
    const bodies = sheets().map((sheet) => sheet.querySelector('[data-sheet-body]')?.textContent ?? '');
    expect(squash(bodies.join(''))).toBe(squash(outlineTexts(body).join('')));
    // The running footer, with the page numbers filled in (the header is left off the first page, as in Word).
    const footer = sheets()[0].querySelector('[data-sheet-footer]')?.textContent;
    expect(footer).toBe('Medborgarlöfte för Söderhamn 2020–2021 · 1 januari 2020 – 31 december 2021Sida 1 av 1');
  });

  it('has real headings in order: the title, the sections, the activity groups', () => {
    render(<DocumentPreview draft={exampleDraft()} />);
    const headings = within(preview())
      .getAllByRole('heading')
      .map((heading) => `${heading.tagName}:${heading.textContent}`);
    expect(headings).toEqual([
      'H1:Medborgarlöfte för Söderhamn 2020–2021',
      'H2:Bakgrund',
      'H2:Underlag',
      'H2:Fokusområden',
      'H2:Aktiviteter',
      'H3:Polisen lovar att',
      'H3:Kommunen lovar att',
      'H3:Polisen och kommunen lovar gemensamt att',
      'H2:Uppföljning',
      'H2:Kommunikation',
      'H2:Underskrifter',
    ]);
    // Activities are list items, in their group's list.
    const lists = within(preview()).getAllByRole('list');
    expect(lists.map((list) => within(list).getAllByRole('listitem').length)).toEqual([1, 1, 2, 1, 1]);
  });

  it('updates when the draft changes, after the change rather than in it', async () => {
    const draft = exampleDraft();
    const { rerender } = render(<DocumentPreview draft={draft} />);
    const changed: Draft = {
      ...draft,
      title: 'Medborgarlöfte för Söderhamn 2022',
      activities: [...draft.activities.slice(0, 3), { ...draft.activities[3], text: 'genomföra nattvandringar varje fredag', quantity: null, frequency: '' }],
      signatories: [{ ...draft.signatories[0], name: 'Karin Ek' }, draft.signatories[1]],
    };
    act(() => rerender(<DocumentPreview draft={changed} />));
    // The change is laid out once the browser is idle, not in the keystroke that made it.
    expect(within(preview()).getByRole('heading', { level: 1 }).textContent).toBe('Medborgarlöfte för Söderhamn 2020–2021');
    await waitFor(() => expect(within(preview()).getByRole('heading', { level: 1 }).textContent).toBe('Medborgarlöfte för Söderhamn 2022'));
    const text = sheetText();
    // Format version 2 prints an activity's text as it is typed.
    expect(text).toContain('genomföra nattvandringar varje fredag');
    expect(text).not.toContain('trygghetsvandringar');
    expect(text).toContain('Karin Ek');
    expect(text).not.toContain('Sven-Erik Lindestam');
    expect(text).toContain('Medborgarlöfte för Söderhamn 2022 · 1 januari 2020 – 31 december 2021');
  });

  it('renders a 60-activity draft, every sentence once, and follows an edit of one of them', async () => {
    const draft = withActivities(60);
    const { rerender } = render(<DocumentPreview draft={draft} />);
    const items = () => sheets().flatMap((sheet) => [...sheet.querySelectorAll('[data-activity-id]')]);
    expect(items().map((item) => item.textContent)).toEqual(
      documentOutline(draft).flatMap((block) => (block.type === 'activityGroup' ? block.items.map((item) => item.text) : [])),
    );
    const edited = { ...draft, activities: draft.activities.map((a, i) => (i === 30 ? { ...a, text: 'hålla öppet hus' } : a)) };
    act(() => rerender(<DocumentPreview draft={edited} />));
    await waitFor(() => expect(items().filter((item) => item.textContent?.startsWith('hålla öppet hus'))).toHaveLength(1));
    expect(items()).toHaveLength(60);
  });

  it('says the layout is settled only once the latest draft is laid out', async () => {
    const draft = exampleDraft();
    const reports: (DocumentLayout & { shown: string })[] = [];
    // What the sheets show as it is told (before the first layout there are none).
    const onLayout = (layout: DocumentLayout) => reports.push({ ...layout, shown: [...document.querySelectorAll('[data-sheet]')].map((sheet) => sheet.textContent).join('\n') });
    const { rerender } = render(<DocumentPreview draft={draft} onLayout={onLayout} />);
    await waitFor(() => expect(reports.at(-1)?.settled).toBe(true));
    const since = reports.length;
    act(() => rerender(<DocumentPreview draft={{ ...draft, title: 'Medborgarlöfte för Ljusdal 2026' }} onLayout={onLayout} />));
    // Unsettled as soon as the draft changed, while the sheets still show the one before.
    expect(reports.slice(since)).toEqual([expect.objectContaining({ settled: false, shown: expect.not.stringContaining('Ljusdal') })]);
    await waitFor(() => expect(reports.at(-1)?.settled).toBe(true));
    for (const report of reports.slice(since).filter((r) => r.settled)) expect(report.shown).toContain('Medborgarlöfte för Ljusdal 2026');
  });

  /** Renders the preview in a pane `width` CSS pixels wide (jsdom lays nothing out: every element reports that width). */
  function inPaneOf(width: number, draft: Draft = exampleDraft()) {
    const own = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
    Object.defineProperty(Element.prototype, 'clientWidth', { configurable: true, get: () => width });
    try {
      render(<DocumentPreview draft={draft} />);
    } finally {
      Object.defineProperty(Element.prototype, 'clientWidth', own);
    }
  }

  it('toggles between the pane width and the real size with a toggle button', () => {
    inPaneOf(420);
    expect(within(preview()).getByText(/ · \d\d %$/)).toBeTruthy();
    const toggle = within(preview()).getByRole('button', { name: 'Verklig storlek' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(toggle.className).toMatch(/\bbutton--small\b/);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(within(preview()).getByText(/100 %/)).toBeTruthy();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('offers no "Verklig storlek" where the sheets already show at their real size', () => {
    inPaneOf(900);
    expect(within(preview()).getByText(/100 %/)).toBeTruthy();
    expect(within(preview()).queryByRole('button', { name: 'Verklig storlek' })).toBeNull();
  });

  it('shows an agreement in its section order, with its linked löften among the bilagor', () => {
    const draft = agreementDraft();
    const promise: Draft = { ...exampleDraft(), id: '6a0c1f57-2f1e-4d3b-9a6e-1c2b3d4e5f60', title: 'Medborgarlöfte för Ljusdal 2024' };
    const context = { linkedPromises: [summarize(promise)] };
    render(<DocumentPreview draft={draft} context={context} />);
    const body = documentOutline(draft, context).filter((block) => !isPageBlock(block));
    const bodies = sheets().map((sheet) => sheet.querySelector('[data-sheet-body]')?.textContent ?? '');
    expect(squash(bodies.join(''))).toBe(squash(outlineTexts(body).join('')));
    const headings = within(preview())
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(AGREEMENT_HEADINGS);
    expect(sheetText()).toContain('Bilaga 4 – Medborgarlöfte för Ljusdal 2024');
    expect(within(sheets()[0]).getByText('Status').closest('dl')?.textContent).toBe('StatusUtkast');
  });

  it('renders the label of an appended löfte above its title', () => {
    const promise: Draft = { ...exampleDraft(), id: '6a0c1f57-2f1e-4d3b-9a6e-1c2b3d4e5f60', title: 'Medborgarlöfte för Ljusdal 2024' };
    const [outline] = appendixOutlines(agreementDraft(), { appendices: [promise] });
    const body = outline.filter((block): block is OutlineBodyBlock => !isPageBlock(block));
    const { container } = render(<PieceFlow pieces={outlinePieces(body)} page />);
    const label = within(container).getByText('Bilaga 4');
    expect(label.tagName).toBe('P');
    expect(label.nextElementSibling?.tagName).toBe('H1');
    expect(label.nextElementSibling?.textContent).toBe('Medborgarlöfte för Ljusdal 2024');
    expect(squash(container.textContent ?? '')).toBe(squash(outlineTexts(body).join('')));
  });
});

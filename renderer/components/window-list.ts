import { useCallback, useLayoutEffect, useState, type Key, type RefObject } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, windowScroll, type Range, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';

/**
 * A long list in a page that scrolls with the window, rendering only the
 * items in and near the window: the start page's table of drafts and the
 * editor's activity cards. The items not rendered keep their height as space
 * (a spacer row, a margin), so the page keeps its height and the scroll bar
 * its place. Items that must stay rendered wherever the window is (the
 * focused one and its neighbours, so that Tab and Shift+Tab always find the
 * next item in the DOM) are `kept`.
 */

/**
 * An item's height as laid out, unrounded so that thousands of heights add
 * up. Without layout (jsdom, a page not shown) every item measures 0: the
 * estimate stands in, or all items would seem to fit in the window.
 */
export const measureWith = (estimate: number) => (item: Element): number => item.getBoundingClientRect().height || estimate;

/**
 * Where a list begins in the document: the window's scroll is counted from
 * there. What is above it can change height without the list rendering, so
 * the page around it (the document's body unless given) is watched.
 */
function useDocumentTop(ref: RefObject<HTMLElement | null>, pageRef: RefObject<HTMLElement | null> | undefined, enabled: boolean): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !enabled) return;
    const measure = () => setTop(element.getBoundingClientRect().top + window.scrollY);
    measure();
    // jsdom has neither layout nor ResizeObserver: the list begins at 0 there.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(pageRef?.current ?? document.body);
    return () => observer.disconnect();
  }, [ref, pageRef, enabled]);
  return top;
}

/** The focused item and its neighbours (none when nothing is focused, `focused` < 0), for `kept`. */
export function aroundFocused(focused: number, count: number): number[] {
  if (focused < 0 || focused >= count) return [];
  return [focused - 1, focused, focused + 1].filter((index) => index >= 0 && index < count);
}

/** The window's items and the kept ones, in order. */
function withKept(range: Range, kept: readonly number[]): number[] {
  const indexes = defaultRangeExtractor(range);
  const extra = kept.filter((index) => index >= 0 && index < range.count && !indexes.includes(index));
  return extra.length > 0 ? [...indexes, ...new Set(extra)].sort((a, b) => a - b) : indexes;
}

/**
 * The virtualizer's scroll, but not to where the window already is: on mount
 * it writes the current offset back, which does nothing in a browser and is
 * an error line in jsdom.
 */
const scrollWindow: typeof windowScroll = (offset, options, instance) => {
  if (offset + (options.adjustments ?? 0) !== window.scrollY) windowScroll(offset, options, instance);
};

export interface WindowListOptions {
  count: number;
  /** An item's height in pixels before it is measured. */
  estimate: number;
  /** Items rendered beyond each edge of the window, so that scrolling never reaches empty space first. */
  overscan: number;
  /** Stable per list: the virtualizer lays out all items again whenever the function changes. */
  getItemKey: (index: number) => Key;
  /** Items rendered wherever the window is; keep the array's identity while it holds the same. */
  kept: readonly number[];
  /** The element the items are in (its top is where the first item begins). */
  listRef: RefObject<HTMLElement | null>;
  /** The page around the list, whose change of size may move it; the document's body when not given. */
  pageRef?: RefObject<HTMLElement | null>;
  /** The space between two items, in pixels. */
  gap?: number;
  /** False: nothing is windowed, observed or measured (a short list renders all its items itself). */
  enabled?: boolean;
}

/** A rendered item and the space before it of the items not rendered (from the list's start, or the item before). */
export interface PlacedItem {
  item: VirtualItem;
  before: number;
}

export interface WindowList {
  virtualizer: Virtualizer<Window, Element>;
  /** The items to render, in order, each with the space before it. */
  items: PlacedItem[];
  /** The space after the last rendered item. */
  after: number;
}

/** The window over a list: which items to render and the space the others take (see the module's comment). */
export function useWindowList({ count, estimate, overscan, getItemKey, kept, listRef, pageRef, gap = 0, enabled = true }: WindowListOptions): WindowList {
  const scrollMargin = useDocumentTop(listRef, pageRef, enabled);
  const rangeExtractor = useCallback((range: Range) => withKept(range, kept), [kept]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimate,
    overscan,
    scrollMargin,
    gap,
    getItemKey,
    rangeExtractor,
    measureElement: measureWith(estimate),
    scrollToFn: scrollWindow,
    enabled,
    // The window's size from the first render on (it is what the virtualizer would read a moment later).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  const items: PlacedItem[] = [];
  let end = scrollMargin;
  for (const item of enabled ? virtualizer.getVirtualItems() : []) {
    items.push({ item, before: item.start - end });
    end = item.end;
  }
  return { virtualizer, items, after: Math.max(virtualizer.getTotalSize() - (end - scrollMargin), 0) };
}

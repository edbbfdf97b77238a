import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, windowScroll, type Range } from '@tanstack/react-virtual';
import { linkIndex, revisionOf, type DraftLinks } from '../../shared/draft/links';
import type { DraftSummary } from '../../shared/draft/schema';
import { formatPeriodYears, formatTimestamp, localIsoDate } from '../../shared/calendar';
import { STATUS_TEXT } from '../../shared/i18n/editor';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { START_TEXT, OVERVIEW_TEXT } from '../../shared/i18n/start';
import { editorHref, navigate } from '../routing';
import { classNames } from '../class-names';
import { StatusTag } from '../components/status-tag';
import { FollowUpOverview } from './follow-up-overview';
import styles from './start.module.css';

/** A row's height before it is measured: one line of title, in Chromium at the app's font size. */
export const ROW_ESTIMATE = 51;
/** Rows rendered beyond each edge of the window, so that scrolling and Tab never reach an empty spacer first. */
export const OVERSCAN = 10;
/** The columns, for the spacer rows' span. */
const COLUMN_COUNT = 6;

const titleOf = (draft: DraftSummary) => draft.title.trim() || START_TEXT.untitled;

/** Under a draft's title: the agreement a löfte belongs to, or how many löften an agreement has; and a new revision says so. */
function LinkNote({ draft, links }: { draft: DraftSummary; links: DraftLinks<DraftSummary> }) {
  const text = links.agreement ? START_TEXT.belongsTo(titleOf(links.agreement)) : links.promises.length > 0 ? START_TEXT.promiseCount(links.promises.length) : '';
  const revised = revisionOf(draft, links);
  const notes = [revised && STATUS_TEXT.revisionListNote(revised.status === 'undertecknad'), text].filter(Boolean).join(' · ');
  return notes ? <span className={styles.note}>{notes}</span> : null;
}

/**
 * A row's height as laid out, unrounded so that 2,000 spacer heights add up.
 * Without layout (jsdom, a page not shown) every row measures 0: the
 * estimate stands in, or all rows would seem to fit in the window.
 */
function measureRow(row: Element): number {
  return row.getBoundingClientRect().height || ROW_ESTIMATE;
}

/**
 * Where the rows begin in the document: the window's scroll is counted from
 * there. What is above them (the import panel, the examples, a notice) can
 * change without this table rendering, so the page around it is watched.
 */
function useDocumentTop(ref: RefObject<HTMLElement | null>, pageRef: RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setTop(element.getBoundingClientRect().top + window.scrollY);
    measure();
    // jsdom has neither layout nor ResizeObserver: the rows begin at 0 there.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(pageRef.current ?? document.body);
    return () => observer.disconnect();
  }, [ref, pageRef]);
  return top;
}

/** The window's rows and the focused row with its neighbours, so that Tab and Shift+Tab always find the next draft in the DOM. */
function withFocused(range: Range, focused: number): number[] {
  const indexes = defaultRangeExtractor(range);
  if (focused < 0 || focused >= range.count) return indexes;
  const extra = [focused - 1, focused, focused + 1].filter((index) => index >= 0 && index < range.count && !indexes.includes(index));
  return extra.length > 0 ? [...indexes, ...extra].sort((a, b) => a - b) : indexes;
}

/**
 * The virtualizer's scroll, but not to where the window already is: on mount
 * it writes the current offset back, which does nothing in a browser and is
 * an error line in jsdom.
 */
const scrollWindow: typeof windowScroll = (offset, options, instance) => {
  if (offset + (options.adjustments ?? 0) !== window.scrollY) windowScroll(offset, options, instance);
};

/** Stands for rows that are not rendered, so the page keeps its height and the scroll bar its place. */
function Spacer({ height }: { height: number }) {
  return (
    <tr aria-hidden="true" className={styles.spacer} style={{ height }}>
      <td colSpan={COLUMN_COUNT} />
    </tr>
  );
}

const DraftRow = memo(function DraftRow({
  draft,
  index,
  linksOf,
  today,
  measure,
}: {
  draft: DraftSummary;
  index: number;
  linksOf: (draft: DraftSummary) => DraftLinks<DraftSummary>;
  today: string;
  measure: (row: HTMLTableRowElement | null) => void;
}) {
  const href = editorHref(draft.id);
  return (
    <tr
      ref={measure}
      data-index={index}
      // Row 1 is the header.
      aria-rowindex={index + 2}
      className={styles.row}
      // The title is the link (Tab and Enter reach it); the whole row answers the mouse.
      onClick={(event) => {
        if (!(event.target as HTMLElement).closest('a')) navigate(href);
      }}
    >
      <th scope="row" className={styles.title}>
        <a href={href} className={draft.title.trim() ? undefined : styles.untitled}>
          {titleOf(draft)}
        </a>
        <LinkNote draft={draft} links={linksOf(draft)} />
      </th>
      <td>{KIND_LABEL[draft.kind]}</td>
      <td>{formatPeriodYears(draft.period) || START_TEXT.noPeriod}</td>
      <td>
        <StatusTag status={draft.status} />
      </td>
      <td>
        <FollowUpOverview draft={draft} today={today} />
      </td>
      <td>{formatTimestamp(draft.updatedAt)}</td>
    </tr>
  );
});

/**
 * The drafts as a table, rendering only the rows in and near the window
 * (with 2,000 drafts, all rows were 32,000 DOM nodes): spacer rows keep the
 * height of the rest, `aria-rowcount` and `aria-rowindex` tell assistive
 * technology where the rendered rows are in the whole.
 *
 * @param drafts the rows, in order
 * @param all the whole library, for the links between drafts
 * @param pageRef the page around the table: a change of its size may move the table
 */
export function DraftTable({ drafts, all, pageRef }: { drafts: readonly DraftSummary[]; all: readonly DraftSummary[]; pageRef: RefObject<HTMLElement | null> }) {
  const C = START_TEXT.columns;
  // The library is indexed once for all rows: with 2,000 drafts, a scan per row would be 4 million steps.
  const linksOf = useMemo(() => linkIndex(all), [all]);
  // The user's today, by this computer's clock: a period has ended when its last day is before it.
  const today = localIsoDate();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const scrollMargin = useDocumentTop(bodyRef, pageRef);

  // The focused row stays rendered when scrolled away, and its neighbours are there for the next Tab.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focused = useMemo(() => (focusedId === null ? -1 : drafts.findIndex((draft) => draft.id === focusedId)), [drafts, focusedId]);
  const rangeExtractor = useCallback((range: Range) => withFocused(range, focused), [focused]);
  // Stable per list: the virtualizer lays out all rows again whenever the key function changes.
  const getItemKey = useCallback((index: number) => drafts[index].id, [drafts]);

  const virtualizer = useWindowVirtualizer({
    count: drafts.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin,
    getItemKey,
    rangeExtractor,
    measureElement: measureRow,
    scrollToFn: scrollWindow,
    // The window's size from the first render on (it is what the virtualizer would read a moment later).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });

  const onFocus = (event: FocusEvent) => {
    const index = (event.target as HTMLElement).closest('tr')?.dataset.index;
    if (index !== undefined) setFocusedId(drafts[Number(index)]?.id ?? null);
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedId(null);
  };

  const rows = [];
  let end = scrollMargin;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > end) rows.push(<Spacer key={`before-${item.key}`} height={item.start - end} />);
    rows.push(<DraftRow key={item.key} draft={drafts[item.index]} index={item.index} linksOf={linksOf} today={today} measure={virtualizer.measureElement} />);
    end = item.end;
  }
  const rest = virtualizer.getTotalSize() - (end - scrollMargin);
  if (rest > 0) rows.push(<Spacer key="after" height={rest} />);

  return (
    <table className={classNames('table', styles.table)} aria-rowcount={drafts.length + 1}>
      <caption className="visually-hidden">{START_TEXT.tableCaption}</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{C.title}</th>
          <th scope="col">{C.kind}</th>
          <th scope="col">{C.period}</th>
          <th scope="col">{C.status}</th>
          <th scope="col">{OVERVIEW_TEXT.column}</th>
          <th scope="col">{C.updatedAt}</th>
        </tr>
      </thead>
      <tbody ref={bodyRef} onFocus={onFocus} onBlur={onBlur}>
        {rows}
      </tbody>
    </table>
  );
}

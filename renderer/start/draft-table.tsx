import { memo, useCallback, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { linkIndex, revisionOf, type DraftLinks } from '../../shared/draft/links';
import type { DraftSummary } from '../../shared/draft/schema';
import { formatPeriodYears, formatTimestamp, localIsoDate } from '../../shared/calendar';
import { STATUS_TEXT } from '../../shared/i18n/editor';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { START_TEXT, OVERVIEW_TEXT } from '../../shared/i18n/start';
import { editorHref, navigate } from '../routing';
import { classNames } from '../class-names';
import { StatusTag } from '../components/status-tag';
import { aroundFocused, useWindowList } from '../components/window-list';
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

  // The focused row stays rendered when scrolled away, and its neighbours are there for the next Tab.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const kept = useMemo(() => aroundFocused(focusedId === null ? -1 : drafts.findIndex((draft) => draft.id === focusedId), drafts.length), [drafts, focusedId]);
  // Stable per list: the virtualizer lays out all rows again whenever the key function changes.
  const getItemKey = useCallback((index: number) => drafts[index].id, [drafts]);
  const { virtualizer, items, after } = useWindowList({
    count: drafts.length,
    estimate: ROW_ESTIMATE,
    overscan: OVERSCAN,
    getItemKey,
    kept,
    listRef: bodyRef,
    pageRef,
  });

  const onFocus = (event: FocusEvent) => {
    const index = (event.target as HTMLElement).closest('tr')?.dataset.index;
    if (index !== undefined) setFocusedId(drafts[Number(index)]?.id ?? null);
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedId(null);
  };

  const rows = [];
  for (const { item, before } of items) {
    if (before > 0) rows.push(<Spacer key={`before-${item.key}`} height={before} />);
    rows.push(<DraftRow key={item.key} draft={drafts[item.index]} index={item.index} linksOf={linksOf} today={today} measure={virtualizer.measureElement} />);
  }
  if (after > 0) rows.push(<Spacer key="after" height={after} />);

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

import { memo, useEffect, useMemo, useRef, useState, type JSX, type ReactNode, type RefObject } from 'react';
import {
  appendixOutlines,
  documentOutline,
  isPageBlock,
  type DocumentContext,
  type OutlineBlock,
  type OutlineBodyBlock,
  type OutlinePageFooter,
  type OutlinePageHeader,
} from '../../shared/documents/document-outline';
import type { Draft } from '../../shared/draft/schema';
import { PieceFlow, outlinePieces, splitPiece, type Piece } from './preview-pieces';
import { PREVIEW_TEXT } from '../../shared/i18n/preview';
import { useFitScale } from './use-fit-scale';
import { usePageStarts, type PageStartAt } from './use-page-starts';
import { useIdleValue } from './use-idle-value';
import { PageLogos } from './page-logos';
import { classNames } from '../class-names';
import styles from './preview.module.css';

/** Pixels of grey around the sheets in the pane. */
const GUTTER = 12;

/** How the pages came out: what a page showing the document (or waiting to print it) reads. */
export interface DocumentLayout {
  pages: number;
  /** The pages are the latest draft's, measured with the fonts loaded, and will not move until the draft changes. */
  settled: boolean;
}

/**
 * The draft as it will print: the document's outline (the same one the Word
 * document is built from) set on white A4 sheets with the Word document's
 * margins, fonts and hierarchy, split into pages by measuring, with the
 * running header and footer on each. Scaled to the pane's width, or shown at
 * its real size with the "Verklig storlek" toggle button, which is offered only
 * while the pane is narrower than a sheet. The same markup prints (preview.module.css has
 * the print styles), so printing and PDF use it as it is ({@link DocumentSheets}).
 *
 * Follows `draft`, but not inside a keystroke: a change is laid out when
 * the browser is next idle, and only the pieces whose text changed are
 * rendered and measured again (`settled` is false until then). `context` is
 * what the document shows besides the draft (an agreement's linked löften
 * under Bilagor, and with `appendices` the löften themselves after it, each
 * from a new page), as `documentOutline` takes it; keep it stable between
 * renders (memoised) when it has not changed.
 *
 * @param hint the line under the toolbar; the editor's says the breaks are approximate
 * @param onLayout told the page count whenever it changes, and when it is settled: the latest draft and context laid out
 */
export function DocumentPreview({ draft, context, hint = PREVIEW_TEXT.hint, onLayout }: {
  draft: Draft;
  context?: DocumentContext;
  hint?: string;
  onLayout?: (layout: DocumentLayout) => void;
}): JSX.Element {
  const layout = useDocumentPages(draft, context, true, onLayout);
  const viewport = useRef<HTMLDivElement>(null);
  const fitScale = useFitScale(viewport, GUTTER);
  const [actualSize, setActualSize] = useState(false);
  // Where the sheets already show at their real size, the toggle would change nothing: it is not offered.
  const zoomable = fitScale < 1;
  const scale = actualSize && zoomable ? 1 : fitScale;

  return (
    <section className={styles.preview} aria-label={PREVIEW_TEXT.label}>
      <div className={styles.toolbar}>
        <p className={styles.status}>
          {PREVIEW_TEXT.pageCount(layout.pages.length)} · {PREVIEW_TEXT.scale(Math.round(scale * 100))}
        </p>
        {zoomable && (
          <button
            type="button"
            className={classNames('button', 'button--small', styles.zoom)}
            aria-pressed={actualSize}
            onClick={() => setActualSize((value) => !value)}
          >
            {actualSize && <span aria-hidden="true">✓</span>}
            {PREVIEW_TEXT.actualSize}
          </button>
        )}
      </div>
      <p className={styles.hint}>{hint}</p>
      <div className={classNames(styles.viewport, actualSize && zoomable && styles.actualSize)} ref={viewport}>
        <div className={styles.sheets} style={{ zoom: scale }}>
          <Sheets pages={layout.pages} />
        </div>
      </div>
      <MeasureColumn column={layout.column} pieces={layout.pieces} />
    </section>
  );
}

/**
 * The sheets alone at their real size, nothing else: the document page that
 * a print window loads to print or make a PDF, so the paper shows the
 * preview's pages exactly.
 */
export function DocumentSheets({ draft, context, onLayout }: {
  draft: Draft;
  context?: DocumentContext;
  onLayout?: (layout: DocumentLayout) => void;
}): JSX.Element {
  // Nobody types here: a print window lays out the draft it is given at once.
  const layout = useDocumentPages(draft, context, false, onLayout);
  return (
    <div className={styles.preview}>
      <div className={styles.sheets}>
        <Sheets pages={layout.pages} />
      </div>
      <MeasureColumn column={layout.column} pieces={layout.pieces} />
    </div>
  );
}

/** One sheet: its pieces, and the running header and footer of the document (or bilaga) it belongs to. */
interface SheetPage {
  header: OutlinePageHeader;
  footer: OutlinePageFooter;
  pieces: Piece[];
  /** The first page of its document or bilaga: the parties' logos head it, the running header does not. */
  first: boolean;
}

/** One document of the file: the draft's own, or one appended as a bilaga. */
interface Section {
  header: OutlinePageHeader;
  footer: OutlinePageFooter;
  pieces: Piece[];
}

/** What the sheets are dealt from: the sections, their pieces in one flow, and the first pieces of the appended ones. */
interface SectionFlow {
  sections: Section[];
  pieces: Piece[];
  breaks: ReadonlySet<string>;
}

/**
 * The draft's pieces and pages, measured in a hidden column (`column`,
 * rendered by {@link MeasureColumn}). With `defer`, a new draft or context
 * is laid out when the browser is idle ({@link useIdleValue}), so a keystroke
 * in the editor does none of this work; the layout is settled only once the
 * latest draft is measured.
 */
function useDocumentPages(draft: Draft, context: DocumentContext | undefined, defer: boolean, onLayout?: (layout: DocumentLayout) => void) {
  const input = useMemo(() => ({ draft, context }), [draft, context]);
  const { shown, pending } = useIdleValue(input, defer);
  const previous = useRef<SectionFlow | null>(null);
  const flow = useMemo(() => (previous.current = splitSections(shown.draft, shown.context, previous.current)), [shown]);
  const column = useRef<HTMLDivElement>(null);
  const measured = usePageStarts(flow, column);
  // The sheets show the flow the starts were measured for, so they never pair a flow with another's breaks.
  const pages = useMemo(() => (measured.flow ? dealPages(measured.flow.sections, measured.starts) : []), [measured.flow, measured.starts]);
  const settled = measured.settled && !pending;
  const count = pages.length;
  const report = useRef(onLayout);
  useEffect(() => {
    report.current = onLayout;
  });
  useEffect(() => {
    report.current?.({ pages: count, settled });
  }, [count, settled]);
  return { pages, pieces: flow.pieces, column };
}

/** The sheets, numbered through the whole file as Word numbers them. */
const Sheets = memo(function Sheets({ pages }: { pages: readonly SheetPage[] }) {
  // Keyed by place, so a page whose first piece changes keeps its rendered pieces.
  return pages.map((page, i) => <Sheet key={i} page={page} number={i + 1} total={pages.length} />);
});

/** One sheet; rendered again only when what it shows changed, so an edit re-renders the pages it moved. */
const Sheet = memo(
  function Sheet({ page, number, total }: { page: SheetPage; number: number; total: number }) {
    return (
      <div className={styles.sheet} data-sheet="" role="group" aria-label={`${page.footer.pageLabel}${number}${page.footer.ofLabel}${total}`}>
        {/* The parties' logos head the first page; the running header and footer repeat on the others. */}
        {page.first && <PageLogos logos={page.header.logos} />}
        {/* One line, whatever the parties' names: it must never reach down to the body. */}
        {!page.first && page.header.text && (
          <p className={styles.sheetHeader} data-sheet-header="" aria-hidden="true" title={page.header.text}>
            {page.header.text}
          </p>
        )}
        <div className={classNames(styles.sheetBody, styles.doc)} data-sheet-body="">
          <PieceFlow pieces={page.pieces} page />
        </div>
        <div className={styles.sheetFooter} data-sheet-footer="" aria-hidden="true">
          <span className={styles.footerText}>
            <Unbroken text={page.footer.text} />
          </span>
          <span className={styles.pageNumber}>
            {page.footer.pageLabel}
            {number}
            {page.footer.ofLabel}
            {total}
          </span>
        </div>
      </div>
    );
  },
  (before, after) =>
    before.number === after.number &&
    before.total === after.total &&
    before.page.first === after.page.first &&
    before.page.header === after.page.header &&
    before.page.footer === after.page.footer &&
    samePieces(before.page.pieces, after.page.pieces),
);

/** The same pieces, as a page renders them (a part split off anew is a new object with the same key and text). */
function samePieces(a: readonly Piece[], b: readonly Piece[]): boolean {
  return a.length === b.length && a.every((piece, i) => piece.key === b[i].key && piece.signature === b[i].signature && piece.list === b[i].list);
}

const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
/** What a line must not break inside: a date ("1 januari 2022"), "tills vidare". */
const UNBREAKABLE = new RegExp(`\\d{1,2}\\s(?:${MONTHS})\\s\\d{4}|tills\\svidare`, 'gu');

/** The text with its dates and "tills vidare" each kept on one line (the running footer's period). */
function Unbroken({ text }: { text: string }) {
  const out: ReactNode[] = [];
  let at = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    if (match.index > at) out.push(text.slice(at, match.index));
    out.push(
      <span key={match.index} className={styles.unbroken}>
        {match[0]}
      </span>,
    );
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Every piece laid out once at the page's width, for measuring where pages break; never seen or read. */
const MeasureColumn = memo(function MeasureColumn({ column, pieces }: { column: RefObject<HTMLDivElement | null>; pieces: readonly Piece[] }) {
  return (
    <div className={styles.measure} aria-hidden="true" inert>
      <div className={classNames(styles.sheetBody, styles.doc)} ref={column}>
        <div className={styles.ruler} data-ruler="" />
        <PieceFlow pieces={pieces} />
      </div>
    </div>
  );
});

/**
 * The draft's document and the ones appended to it (`context.appendices`), as
 * the Word file has them: one flow of pieces, each appended document's first
 * piece a forced page break. Their pieces' keys are made unique across the
 * documents, the draft's own kept as they are. A running header or footer
 * that reads as in `previous` is the object it was, so that the sheets
 * showing it need not be compared by value.
 */
function splitSections(draft: Draft, context: DocumentContext | undefined, previous: SectionFlow | null): SectionFlow {
  const outlines = [documentOutline(draft, context), ...appendixOutlines(draft, context)];
  const sections = outlines.map((blocks, n) => {
    const made = section(blocks, n === 0 ? '' : `bilaga-${n}:`);
    const was = previous?.sections[n];
    return {
      ...made,
      header: was && sameValue(was.header, made.header) ? was.header : made.header,
      footer: was && sameValue(was.footer, made.footer) ? was.footer : made.footer,
    };
  });
  const breaks = new Set(sections.slice(1).flatMap((s) => s.pieces.slice(0, 1).map((piece) => piece.key)));
  return { sections, pieces: sections.flatMap((s) => s.pieces), breaks };
}

/** Whether two values of the outline (plain data) say the same. */
function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function section(blocks: readonly OutlineBlock[], prefix: string): Section {
  const header = blocks.find((block): block is OutlinePageHeader => block.type === 'pageHeader')!;
  const footer = blocks.find((block): block is OutlinePageFooter => block.type === 'pageFooter')!;
  const body = blocks.filter((block): block is OutlineBodyBlock => !isPageBlock(block));
  const pieces = outlinePieces(body);
  return {
    header,
    footer,
    pieces: prefix ? pieces.map((piece) => ({ ...piece, key: prefix + piece.key, list: piece.list === null ? null : prefix + piece.list })) : pieces,
  };
}

/**
 * The sections' pieces dealt onto pages at the measured page starts, each
 * section from a new page; a piece a page starts within is split there into
 * parts (`splitPiece`), each on its page. A start that is no longer among the
 * pieces, or no longer within its text, is ignored until measured again.
 */
function dealPages(sections: readonly Section[], starts: readonly PageStartAt[]): SheetPage[] {
  const startsAt = new Map<string, number[]>();
  for (const { key, offset } of starts) startsAt.set(key, [...(startsAt.get(key) ?? []), offset]);
  const pages: SheetPage[] = [];
  for (const { header, footer, pieces } of sections) {
    let page: SheetPage | null = null;
    for (const piece of pieces) {
      const offsets = startsAt.get(piece.key) ?? [];
      const within = offsets.filter((offset) => offset > 0);
      const parts = within.length > 0 ? splitPiece(piece, within) : [piece];
      parts.forEach((part, i) => {
        const startsPage = i > 0 || offsets.includes(0);
        if (!page || (startsPage && page.pieces.length > 0)) {
          page = { header, footer, pieces: [], first: page === null };
          pages.push(page);
        }
        page.pieces.push(part);
      });
    }
  }
  if (pages.length === 0 && sections[0]) pages.push({ header: sections[0].header, footer: sections[0].footer, pieces: [], first: true });
  return pages;
}

import { useDeferredValue, useMemo, useRef, useState, type JSX } from 'react';
import {
  documentOutline,
  isPageBlock,
  type DocumentContext,
  type OutlineBodyBlock,
  type OutlinePageFooter,
  type OutlinePageHeader,
} from '../../shared/documents/document-outline';
import type { Draft } from '../../shared/draft/schema';
import { PieceFlow, outlinePieces, type Piece } from './preview-pieces';
import { PREVIEW_TEXT } from '../../shared/i18n/ui';
import { useFitScale } from './use-fit-scale';
import { usePageStarts } from './use-page-starts';
import './preview.css';

/** Pixels of grey around the sheets in the pane. */
const GUTTER = 12;

/**
 * The draft as it will print: the document's outline (the same one the Word
 * document is built from) set on white A4 sheets with the Word document's
 * margins, fonts and hierarchy, split into pages by measuring, with the
 * running header and footer on each. Scaled to the pane's width, or shown at
 * its real size with the zoom toggle. The same markup prints (preview.css has
 * the print styles), so printing and PDF can use it as it is.
 *
 * Re-renders from `draft` on every change; the work is deferred behind the
 * editor's own rendering (`useDeferredValue`), and only the pieces whose text
 * changed render again. `context` is what the document lists besides the
 * draft (an agreement's linked löften under Bilagor), as `documentOutline`
 * takes it; keep it stable between renders (memoised) when it has not changed.
 */
export function DocumentPreview({ draft, context }: { draft: Draft; context?: DocumentContext }): JSX.Element {
  const current = useDeferredValue(draft);
  const { header, footer, pieces } = useMemo(() => splitOutline(current, context), [current, context]);
  const column = useRef<HTMLDivElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const starts = usePageStarts(pieces, column);
  const pages = useMemo(() => dealPages(pieces, starts), [pieces, starts]);
  const fitScale = useFitScale(viewport, GUTTER);
  const [actualSize, setActualSize] = useState(false);
  const scale = actualSize ? 1 : fitScale;

  return (
    <section className="preview" aria-label={PREVIEW_TEXT.label}>
      <div className="preview__toolbar">
        <p className="preview__status">
          {PREVIEW_TEXT.pageCount(pages.length)} · {PREVIEW_TEXT.scale(Math.round(scale * 100))}
        </p>
        <button
          type="button"
          className="button button--quiet preview__zoom"
          aria-pressed={actualSize}
          onClick={() => setActualSize((value) => !value)}
        >
          {PREVIEW_TEXT.actualSize}
        </button>
      </div>
      <p className="preview__hint">{PREVIEW_TEXT.hint}</p>
      <div className={actualSize ? 'preview__viewport preview__viewport--actual' : 'preview__viewport'} ref={viewport}>
        <div className="preview__sheets" style={{ zoom: scale }}>
          {pages.map((page, i) => (
            <div
              key={i}
              className="preview-sheet"
              role="group"
              aria-label={`${footer.pageLabel}${i + 1}${footer.ofLabel}${pages.length}`}
            >
              {/* The running header and footer repeat on every page; the page's label already says where it is. */}
              {i > 0 && header.text && (
                <p className="preview-sheet__header" aria-hidden="true">
                  {header.text}
                </p>
              )}
              <div className="preview-sheet__body doc">
                <PieceFlow pieces={page} page />
              </div>
              <div className="preview-sheet__footer" aria-hidden="true">
                <span className="preview-sheet__footer-text">{footer.text}</span>
                <span className="preview-sheet__page-number">
                  {footer.pageLabel}
                  {i + 1}
                  {footer.ofLabel}
                  {pages.length}
                </span>
              </div>
            </div>
          ))}
        </div>
      </div>
      {/* Every piece laid out once at the page's width, for measuring where pages break; never seen or read. */}
      <div className="preview__measure" aria-hidden="true" inert>
        <div className="preview-sheet__body doc" ref={column}>
          <div className="preview__ruler" data-ruler="" />
          <PieceFlow pieces={pieces} />
        </div>
      </div>
    </section>
  );
}

function splitOutline(draft: Draft, context?: DocumentContext): { header: OutlinePageHeader; footer: OutlinePageFooter; pieces: Piece[] } {
  const blocks = documentOutline(draft, context);
  const header = blocks.find((block): block is OutlinePageHeader => block.type === 'pageHeader')!;
  const footer = blocks.find((block): block is OutlinePageFooter => block.type === 'pageFooter')!;
  const body = blocks.filter((block): block is OutlineBodyBlock => !isPageBlock(block));
  return { header, footer, pieces: outlinePieces(body) };
}

/** The pieces split at the measured page starts; a start that is no longer among the pieces is ignored until measured again. */
function dealPages(pieces: readonly Piece[], starts: readonly string[]): Piece[][] {
  const startKeys = new Set(starts);
  const pages: Piece[][] = [[]];
  for (const piece of pieces) {
    if (startKeys.has(piece.key) && pages[pages.length - 1].length > 0) pages.push([]);
    pages[pages.length - 1].push(piece);
  }
  return pages;
}

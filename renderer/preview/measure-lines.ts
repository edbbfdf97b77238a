import type { LineBox, PieceLines } from './paginate';

/**
 * The lines of a piece's text as the browser laid them out in the measuring
 * column, and where in the text each line starts: what the paginator needs
 * to break a piece between two lines, and what the pages need to split its
 * text there. The text of each element marked `data-split-text` (the piece
 * itself, or each of its paragraphs) is one paragraph of lines; its text
 * nodes, in order, are the piece's text as `pieceText` gives it.
 */

/** A text node of a piece, where its characters start in the piece's text, and the paragraph it is in. */
interface TextPiece {
  node: Text;
  start: number;
  block: number;
}

function textNodes(element: HTMLElement): { nodes: TextPiece[]; length: number } {
  const containers = element.hasAttribute('data-split-text') ? [element] : [...element.querySelectorAll<HTMLElement>('[data-split-text]')];
  const nodes: TextPiece[] = [];
  let length = 0;
  containers.forEach((container, block) => {
    const walker = element.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: length, block });
      length += (node as Text).data.length;
    }
  });
  return { nodes, length };
}

/**
 * The lines of the piece's text, relative to the element's top: each text
 * node's line fragments (`Range.getClientRects`) gathered into lines, and the
 * padding and border that a part of the piece carries above and below.
 *
 * @returns null when the piece has no text to break between lines
 */
export function measureLines(element: HTMLElement): PieceLines | null {
  const { nodes } = textNodes(element);
  const origin = element.getBoundingClientRect().top;
  const range = element.ownerDocument.createRange();
  const lines: LineBox[] = [];
  for (const { node, block } of nodes) {
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (rect.height <= 0 || rect.width <= 0) continue;
      const top = rect.top - origin;
      const bottom = rect.bottom - origin;
      const last = lines[lines.length - 1];
      // A fragment whose top is above the middle of the last line is on that line (a bold lead-in, the run after it).
      if (last && last.block === block && top < (last.top + last.bottom) / 2) {
        last.top = Math.min(last.top, top);
        last.bottom = Math.max(last.bottom, bottom);
      } else lines.push({ top, bottom, block });
    }
  }
  if (lines.length === 0) return null;
  const style = getComputedStyle(element);
  const px = (value: string) => parseFloat(value) || 0;
  return {
    lines,
    insetTop: px(style.paddingTop) + px(style.borderTopWidth),
    insetBottom: px(style.paddingBottom) + px(style.borderBottomWidth),
  };
}

/**
 * The character offset into the piece's text at which line `line` of `lines`
 * (as {@link measureLines} measured them, relative to the element's top)
 * starts: the first character below the middle between that line and the one
 * above, found by bisecting the characters of the text node the line starts in.
 */
export function lineStartOffset(element: HTMLElement, lines: readonly LineBox[], line: number): number {
  const { nodes, length } = textNodes(element);
  if (line <= 0) return 0;
  if (line >= lines.length) return length;
  const origin = element.getBoundingClientRect().top;
  const range = element.ownerDocument.createRange();
  /** The middle of the first visible character at or after `offset` in `node`, relative to the element; Infinity when none is left. */
  const middleOf = (node: Text, offset: number): number => {
    for (let at = offset; at < node.data.length; at++) {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rect = [...range.getClientRects()].find((r) => r.height > 0);
      // A collapsed space has no box: the next character that has one tells the line.
      if (rect) return (rect.top + rect.bottom) / 2 - origin;
    }
    return Infinity;
  };
  const cut = (lines[line - 1].bottom + lines[line].top) / 2;
  const block = lines[line].block;
  for (const { node, start, block: nodeBlock } of nodes) {
    if (nodeBlock !== block) continue;
    const first = middleOf(node, 0);
    if (first === Infinity) continue;
    if (first > cut) return start;
    if (middleOf(node, node.data.length - 1) < cut) continue;
    // The line starts within this node: bisect for the first character below the cut.
    let low = 1;
    let high = node.data.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (middleOf(node, middle) > cut) high = middle;
      else low = middle + 1;
    }
    return start + low;
  }
  return length;
}

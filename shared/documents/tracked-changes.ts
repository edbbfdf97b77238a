import { diffArrays, diffWordsWithSpace } from 'diff';
import type { OutlineBlock, OutlineBodyBlock } from './document-outline';

/**
 * What the granskningsversion ("Exportera granskningsversion") needs to mark
 * a draft's document against an earlier version of it: which printed pieces
 * of the two documents are the same piece, and which words of a piece
 * changed. Both documents are the one outline (`documentOutline`) of each
 * version; nothing here knows how a block looks in Word, which stays with
 * shared/documents/draft-document.ts.
 */

/** Who made the changes and when, as Word shows them beside each tracked change. */
export interface Revision {
  author: string;
  /** ISO 8601 date and time. */
  date: string;
}

/**
 * How a printed piece (a block, a paragraph of it, a list item, an activity,
 * a signatory's block) compares with the comparison version: the same, new,
 * gone (printed struck through from the comparison version), or changed from
 * `before`.
 */
export type Change<T> = { kind: 'same' } | { kind: 'inserted' } | { kind: 'deleted' } | { kind: 'changed'; before: T };

export const SAME: Change<never> = { kind: 'same' };

/** One piece of the review document: what it prints (for a deleted piece, what the comparison version printed) and how it changed. */
export interface Paired<T> {
  item: T;
  change: Change<T>;
}

/**
 * How pieces of the two versions are matched, as `pairUp` takes it:
 * `identity` names a piece so that two pieces with the same name are the same
 * piece (an activity by its id, a section's heading by its section); `slot`
 * names where a piece stands, so that a piece that is gone and one that is
 * new in the same place and slot are taken for one piece changed (the second
 * paragraph of "Bakgrund" rewritten).
 */
export interface Matching<T> {
  identity: (item: T) => string;
  slot?: (item: T) => string;
  /** How alike ({@link likeness}) a new piece must be to a gone one of its slot to be shown as it changed; half by default. */
  minLikeness?: number;
}

/**
 * The pieces of the current version in order, with those of the comparison
 * version that are gone put back where they stood, each with its change.
 *
 * The rule: the two sequences are aligned by identity on their longest
 * common subsequence (jsdiff's `diffArrays`); aligned pieces are the same
 * piece ('same' when equal, else 'changed'). Where the alignment leaves a run
 * of pieces gone beside a run of new ones, each new piece is paired with the
 * gone piece of its slot whose words it shares most, when it shares at least
 * half of them ({@link likeness}), keeping the order, and is 'changed' from
 * it, as a paragraph edited is one paragraph, not a deleted and an inserted
 * one; one rewritten through is shown deleted and inserted, which reads better.
 * What is left over is 'deleted' (printed first, where it stood) or
 * 'inserted'. A piece moved is deleted where it was and inserted where it is,
 * as Word itself shows a move without move tracking.
 */
export function pairUp<T>(before: readonly T[], now: readonly T[], { identity, slot = identity, minLikeness = MIN_LIKENESS }: Matching<T>): Paired<T>[] {
  const result: Paired<T>[] = [];
  let gone: T[] = [];
  let added: T[] = [];
  const flush = () => {
    const used = new Set<number>();
    let last = -1;
    const paired = added.map((item) => {
      // The gone piece of its slot after the last one paired (so order is kept) that it is most like, if at least half alike.
      let best = -1;
      let bestScore = minLikeness;
      for (let i = last + 1; i < gone.length; i++) {
        if (used.has(i) || slot(gone[i]) !== slot(item)) continue;
        const score = likeness(gone[i], item);
        if (best < 0 ? score >= bestScore : score > bestScore) [best, bestScore] = [i, score];
      }
      if (best < 0) return { item, change: { kind: 'inserted' } as const };
      used.add(best);
      last = best;
      return { item, change: compare(gone[best], item) };
    });
    result.push(...gone.filter((_, i) => !used.has(i)).map((item) => ({ item, change: { kind: 'deleted' } as const })), ...paired);
    gone = [];
    added = [];
  };
  // The parts are taken from the two sequences by their counts, so each piece is the one of its own version.
  let b = 0;
  let n = 0;
  for (const part of diffArrays<T>([...before], [...now], { comparator: (x, y) => identity(x) === identity(y) })) {
    const count = part.count ?? part.value.length;
    if (part.removed) gone.push(...before.slice(b, (b += count)));
    else if (part.added) added.push(...now.slice(n, (n += count)));
    else {
      flush();
      for (let i = 0; i < count; i++) result.push({ item: now[n + i], change: compare(before[b + i], now[n + i]) });
      b += count;
      n += count;
    }
  }
  flush();
  return result;
}

/** How alike ({@link likeness}) two texts must be for one to be shown as the other changed, word by word; below, it was rewritten. */
export const MIN_LIKENESS = 0.5;

/**
 * How alike two pieces' texts are, 0 to 1: the characters of the words they
 * share, twice, over all their characters (Dice's coefficient on words).
 */
export function likeness(a: unknown, b: unknown): number {
  const [x, y] = [plainText(a), plainText(b)];
  if (x.length + y.length === 0) return 1;
  const shared = diffWordsWithSpace(x, y)
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.trim().length, 0);
  return (2 * shared) / (x.replace(/\s+/gu, '').length + y.replace(/\s+/gu, '').length || 1);
}

/** The texts a piece prints, one after the other: a string, a run's `text`, every text of a block or its items. */
function plainText(piece: unknown): string {
  if (typeof piece === 'string') return piece;
  if (Array.isArray(piece)) return piece.map(plainText).join(' ');
  if (piece && typeof piece === 'object') {
    return Object.entries(piece)
      .filter(([name]) => name !== 'key' && name !== 'type')
      .map(([, value]) => plainText(value))
      .join(' ');
  }
  return '';
}

/** Two pieces taken for the same: the same when they print the same, else changed. */
function compare<T>(before: T, now: T): Change<T> {
  return sameContent(before, now) ? SAME : { kind: 'changed', before };
}

/**
 * Whether two outline pieces (plain data) print the same: what they say,
 * not where they stand (a block's `key`, an activity's `index` in the draft).
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, placeless) === JSON.stringify(b, placeless);
}

function placeless(this: unknown, name: string, value: unknown): unknown {
  return name === 'key' || name === 'index' ? undefined : value;
}

/** A piece of a changed text: words that stayed, came or went. */
export interface MarkedText {
  text: string;
  mark: 'same' | 'inserted' | 'deleted';
}

/**
 * The words of a changed text, compared with what it was: jsdiff's
 * `diffWordsWithSpace`, so spaces and punctuation are kept exactly as typed
 * and a changed word is shown deleted, then inserted, as Word marks a word
 * typed over.
 */
export function markWords(before: string, now: string): MarkedText[] {
  return diffWordsWithSpace(before, now).map((part) => ({ text: part.value, mark: part.added ? 'inserted' : part.removed ? 'deleted' : 'same' }));
}

/**
 * Which body blocks of two outlines are the same block. A block's key says
 * what it comes from (`heading-background`, `focus-<id>-goal-0`,
 * `group-<parties>`, `signatures`), so blocks with the same key are one
 * block, except free-text paragraphs (`background-0`, `background-1` …),
 * whose number is only their place in their field: those are the same block
 * when their field and text are, and a rewritten one is paired by its field
 * (its slot) with the one it replaced ({@link pairUp}).
 */
export const BLOCK_MATCHING: Matching<OutlineBodyBlock> = {
  identity: (block) => (block.type === 'paragraph' ? `${fieldOf(block.key)}\u0000${JSON.stringify(block.runs)}` : block.key),
  slot: (block) => (block.type === 'paragraph' ? fieldOf(block.key) : block.key),
};

/** `background-2` → `background`; `focus-x-goal-0` → `focus-x-goal`; keys without a number are their own field. */
function fieldOf(key: string): string {
  return key.replace(/-\d+$/u, '');
}

/** Pieces with no identity of their own but their content (a list item, a paragraph of the löftesmening), paired in order. */
export const BY_CONTENT: Matching<unknown> = { identity: (item) => JSON.stringify(item), slot: () => '' };

/** The body blocks of an outline (without its running header and footer). */
export function bodyBlocks(outline: readonly OutlineBlock[]): OutlineBodyBlock[] {
  return outline.filter((block): block is OutlineBodyBlock => block.type !== 'pageHeader' && block.type !== 'pageFooter');
}

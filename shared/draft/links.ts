import type { DraftKind } from './schema';

/**
 * What a draft's `relatedIds` mean, and how the links between drafts are kept
 * consistent. Pure: the store applies it to the files, the editor uses it to
 * show a draft's links from the list of summaries.
 *
 * - A medborgarlöfte names at most one samverkansöverenskommelse: the
 *   agreement it belongs to. That is the truth of the link.
 * - A samverkansöverenskommelse names its löften: exactly those that name it
 *   (the link's other direction, kept in step by `reconcileLinks`).
 * - A draft naming a draft of its own kind revises it: a new revision of the
 *   same period ("Starta ny revision"), or its next period when it starts
 *   later ("Starta nästa period"; a draft has at most one, `nextPeriodOf`).
 * - A link to a draft that does not exist (deleted, or in a file imported
 *   from elsewhere) is dropped.
 */

/** What the links need to know of a draft; a `DraftSummary` and a `Draft` both are one. */
export interface LinkNode {
  id: string;
  kind: DraftKind;
  relatedIds: readonly string[];
}

/** A draft's links, resolved to the drafts (or summaries) they point at. */
export interface DraftLinks<T extends LinkNode> {
  /** A löfte's agreement. */
  agreement: T | null;
  /** An agreement's löften, in the order the agreement lists them. */
  promises: T[];
  /** The drafts of its kind this one revises. */
  revises: T[];
  /** The drafts of its kind that revise this one. */
  revisedBy: T[];
}

/**
 * What each kind is in a link: a löfte belongs to an agreement, an agreement
 * lists its löften. A kind added one day states its part here (null: it takes
 * part only in revision links), so the compiler names this table.
 */
const LINK_ROLE: Record<DraftKind, 'promise' | 'agreement' | null> = {
  medborgarlofte: 'promise',
  samverkansoverenskommelse: 'agreement',
};
const isPromise = (kind: DraftKind | undefined) => kind !== undefined && LINK_ROLE[kind] === 'promise';
const isAgreement = (kind: DraftKind | undefined) => kind !== undefined && LINK_ROLE[kind] === 'agreement';

/** The links of `draft`, among `all` (which may include `draft` itself). */
export function linksOf<T extends LinkNode>(draft: LinkNode, all: readonly T[]): DraftLinks<T> {
  return linkIndex(all)(draft);
}

/**
 * `linksOf` for many drafts of the same library (the start page's rows):
 * the library is indexed once, so each draft's links cost only its own ids.
 */
export function linkIndex<T extends LinkNode>(all: readonly T[]): (draft: LinkNode) => DraftLinks<T> {
  const byId = new Map(all.map((node) => [node.id, node]));
  // Who names each draft, in library order: an agreement's löften and a draft's revisions come from here.
  const namedBy = new Map<string, T[]>();
  for (const node of all) {
    for (const id of unique(node.relatedIds)) {
      if (id !== node.id) namedBy.set(id, [...(namedBy.get(id) ?? []), node]);
    }
  }
  return (draft) => {
    const named = unique(draft.relatedIds)
      .map((id) => byId.get(id))
      .filter((node): node is T => node !== undefined && node.id !== draft.id);
    const naming = namedBy.get(draft.id) ?? [];
    return {
      agreement: isPromise(draft.kind) ? (named.filter((node) => isAgreement(node.kind)).at(-1) ?? null) : null,
      promises: isAgreement(draft.kind) ? named.filter((node) => isPromise(node.kind) && naming.includes(node)) : [],
      revises: named.filter((node) => node.kind === draft.kind),
      revisedBy: naming.filter((node) => node.kind === draft.kind),
    };
  };
}

/** What telling a later period from a new revision of the same period needs: the period's start (an ISO date). */
export interface PeriodNode extends LinkNode {
  period: { start: string | null };
}

/** Whether `later` is for a later period than `earlier`: it starts later. Without a start on either side, it is not. */
export function startsLater(earlier: Pick<PeriodNode, 'period'>, later: Pick<PeriodNode, 'period'>): boolean {
  const [from, to] = [earlier.period.start, later.period.start];
  return Boolean(from && to && to > from);
}

/**
 * The next period of `draft` among `all`: of the drafts that revise it
 * ("Starta nästa period" links the new draft as a revision), one that starts
 * later, the earliest if there are more (a library from before a draft had
 * at most one) and not a new revision of another; for a new revision of
 * the same period, its original's; null when there is none. A document has
 * at most one next period: the store gives this one back rather than making another.
 */
export function nextPeriodOf<T extends PeriodNode>(draft: PeriodNode, all: readonly T[], seen: ReadonlySet<string> = new Set()): T | null {
  const links = linksOf(draft, all);
  const later = links.revisedBy.filter((node) => startsLater(draft, node));
  const earliest = later.map((node) => node.period.start!).sort()[0];
  const first = later.filter((node) => node.period.start === earliest);
  // A new revision of the next period names it too: the one that revises none of the others is the next period itself.
  const own = first.find((node) => !first.some((other) => node.relatedIds.includes(other.id))) ?? first[0];
  if (own) return own;
  // A new revision of the same period belongs to its original's document, and so does that one's next period.
  const original = revisionOf(draft, links);
  if (!original || seen.has(original.id)) return null;
  return nextPeriodOf(original, all, new Set([...seen, draft.id]));
}

/**
 * The draft that `draft` is a new revision of ("Starta ny revision": the
 * same document for the same period): the nearest one it revises that does
 * not start earlier; null for a draft that revises none, or only earlier
 * periods (the first draft of a next period).
 */
export function revisionOf<T extends PeriodNode>(draft: Pick<PeriodNode, 'period'>, links: Pick<DraftLinks<T>, 'revises'>): T | null {
  return links.revises.filter((earlier) => !startsLater(earlier, draft)).at(-1) ?? null;
}

/**
 * A löfte's `relatedIds` once it belongs to `agreementId` (or to no
 * agreement, with null): any other agreement it named is dropped, its
 * revision links are kept. `kindOf` tells the kind of a linked draft.
 */
export function withAgreement(
  relatedIds: readonly string[],
  agreementId: string | null,
  kindOf: (id: string) => DraftKind | undefined,
): string[] {
  const kept = relatedIds.filter((id) => !isAgreement(kindOf(id)) && id !== agreementId);
  return agreementId ? [...kept, agreementId] : kept;
}

/**
 * The `relatedIds` each draft should have for the links to be consistent,
 * for the drafts where that differs from what they have: links to missing
 * drafts (and to the draft itself) and repeated ids are dropped; a löfte
 * keeps only the last agreement it names; an agreement names exactly the
 * löften that name it, those it already listed first, in their order.
 *
 * @returns a map from the id of each draft to change to its new `relatedIds`
 */
export function reconcileLinks(all: readonly LinkNode[]): Map<string, string[]> {
  const byId = new Map(all.map((node) => [node.id, node]));
  const kindOf = (id: string) => byId.get(id)?.kind;
  const own = new Map<string, string[]>();
  for (const node of all) {
    let ids = unique(node.relatedIds).filter((id) => id !== node.id && byId.has(id));
    if (isPromise(node.kind)) {
      const agreement = ids.filter((id) => isAgreement(kindOf(id))).at(-1) ?? null;
      ids = withAgreement(ids, agreement, kindOf);
    }
    own.set(node.id, ids);
  }
  // Each agreement's löften, in library order: a löfte names at most one agreement by now.
  const promisesOf = new Map<string, string[]>();
  for (const node of all) {
    if (!isPromise(node.kind)) continue;
    const agreement = own.get(node.id)!.find((id) => isAgreement(kindOf(id)));
    if (agreement) promisesOf.set(agreement, [...(promisesOf.get(agreement) ?? []), node.id]);
  }
  const changes = new Map<string, string[]>();
  for (const node of all) {
    let ids = own.get(node.id)!;
    if (isAgreement(node.kind)) {
      const naming = promisesOf.get(node.id) ?? [];
      const listed = ids.filter((id) => !isPromise(kindOf(id)) || naming.includes(id));
      ids = [...listed, ...naming.filter((id) => !listed.includes(id))];
    }
    if (!sameList(ids, node.relatedIds)) changes.set(node.id, ids);
  }
  return changes;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

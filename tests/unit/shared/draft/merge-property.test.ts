import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { valueAt, type PathStep } from '../../../../shared/draft/draft-items';
import { mergeDrafts, sentenceTokens } from '../../../../shared/draft/merge';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { ROOT } from '../../../support/fixtures';

/**
 * Nothing is lost: random pairs of edits of the bundled examples, made by
 * "ours" and "theirs" from the same base. Pairs that touch different places
 * merge with every edit of both sides in the result and no conflict; pairs
 * that touch the same place end as a conflict holding both sides' values.
 */

const EXAMPLES = readdirSync(path.join(ROOT, 'resources/examples'))
  .filter((name) => name.endsWith('.samverka.json'))
  .map((name) => draftSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'resources/examples', name), 'utf8'))));

/** A small deterministic generator (as tests/bench/ui-seed.ts's), so a failure repeats. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state >>> 12;
  };
  return { below: (n: number) => next() % n, pick: <T>(list: readonly T[]): T => list[next() % list.length] };
}
type Random = ReturnType<typeof random>;

/** One edit: where it is (a/b/c: inside a/b), how it is made, and whether a draft holds it. */
interface Edit {
  target: string;
  apply: (draft: Draft) => void;
  holds: (draft: Draft) => boolean;
  /** Where a conflict over it is recorded. */
  path: PathStep[];
}

const TEXT_FIELDS = ['title', 'statement', 'background', 'followUpPlan', 'communication'] as const;
const ACTIVITY_FIELDS = ['text', 'place', 'responsible', 'quantity'] as const;

const overlap = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);

const sentences = (text: string) => sentenceTokens(text).flatMap((token, i) => (token.trim() ? [i] : []));

/** The edits `side` can make to `draft`, each its `n`th, with values no other edit has. */
function randomEdit(draft: Draft, rng: Random, side: string, n: number): Edit {
  const mark = `${side} ${n}`;
  const kind = rng.below(7);
  const activity = rng.pick(draft.activities);
  if (kind === 0) {
    const field = rng.pick(TEXT_FIELDS);
    const value = `Ny text (${mark}).`;
    return { target: field, path: [field], apply: (d) => (d[field] = value), holds: (d) => d[field] === value };
  }
  if (kind === 1) {
    // One sentence of a text of several.
    const field = rng.pick(['statement', 'background'] as const);
    const indexes = sentences(draft[field]);
    const token = rng.pick(indexes);
    const value = `Ny mening (${mark}).`;
    return {
      target: `${field}/${token}`,
      path: [field],
      apply: (d) => {
        const tokens = sentenceTokens(d[field]);
        tokens[token] = value;
        d[field] = tokens.join('');
      },
      holds: (d) => sentenceTokens(d[field]).includes(value),
    };
  }
  if (kind === 2 || kind === 3) {
    const field = rng.pick(ACTIVITY_FIELDS);
    const value = field === 'quantity' ? 100 + rng.below(10_000) : `${field} (${mark})`;
    const path: PathStep[] = ['activities', { id: activity.id }, field];
    return {
      target: `activities/${activity.id}/${field}`,
      path,
      apply: (d) => Object.assign(d.activities.find((a) => a.id === activity.id)!, { [field]: value }),
      holds: (d) => valueAt(d, path) === value,
    };
  }
  if (kind === 4) {
    return {
      target: `activities/${activity.id}`,
      path: ['activities', { id: activity.id }],
      apply: (d) => (d.activities = d.activities.filter((a) => a.id !== activity.id)),
      holds: (d) => !d.activities.some((a) => a.id === activity.id),
    };
  }
  if (kind === 5) {
    const id = `ny-${side}-${n}`;
    const at = rng.below(draft.activities.length + 1);
    const party = rng.pick(draft.parties).id;
    return {
      target: `new/${id}`,
      path: ['activities', { id }],
      apply: (d) => d.activities.splice(Math.min(at, d.activities.length), 0, { id, partyIds: [party], focusAreaId: null, text: `ny aktivitet (${mark})` }),
      holds: (d) => d.activities.some((a) => a.id === id && a.text === `ny aktivitet (${mark})`),
    };
  }
  const index = rng.below(draft.signatories.length);
  const signatory = draft.signatories[index];
  const path: PathStep[] = ['signatories', { id: signatory.partyId }, 'name'];
  const value = `Namn (${mark})`;
  return {
    target: `signatories/${signatory.partyId}/name`,
    path,
    apply: (d) => (d.signatories.find((s) => s.partyId === signatory.partyId)!.name = value),
    holds: (d) => valueAt(d, path) === value,
  };
}

/** Up to `count` edits of one side, none touching another's place nor any of `taken`. */
function edits(draft: Draft, rng: Random, side: string, count: number, taken: Edit[]): Edit[] {
  const made: Edit[] = [];
  for (let n = 0; made.length < count && n < count * 10; n++) {
    const edit = randomEdit(draft, rng, side, n);
    if ([...taken, ...made].some((other) => overlap(edit.target, other.target))) continue;
    made.push(edit);
  }
  return made;
}

function sides(base: Draft, ourEdits: Edit[], theirEdits: Edit[]) {
  const ours = structuredClone(base);
  const theirs = structuredClone(base);
  for (const edit of ourEdits) edit.apply(ours);
  for (const edit of theirEdits) edit.apply(theirs);
  return { ours, theirs };
}

describe('mergeDrafts on random edits of the bundled examples', () => {
  it('takes every edit of both sides when they touch different places (300 runs)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rng = random(seed);
      const base = rng.pick(EXAMPLES);
      const ourEdits = edits(base, rng, 'vår', 1 + rng.below(4), []);
      const theirEdits = edits(base, rng, 'deras', 1 + rng.below(4), ourEdits);
      const { ours, theirs } = sides(base, ourEdits, theirEdits);
      const { draft, conflicts } = mergeDrafts(base, ours, theirs);
      const context = `seed ${seed}: ${ourEdits.map((e) => e.target)} | ${theirEdits.map((e) => e.target)}`;
      expect(conflicts, context).toEqual([]);
      for (const edit of [...ourEdits, ...theirEdits]) expect(edit.holds(draft), `${context}: ${edit.target}`).toBe(true);
      expect(draftSchema.safeParse(draft).success, context).toBe(true);
    }
  });

  it('ends edits of the same place as a conflict holding both values (200 runs)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rng = random(seed * 7919);
      const base = rng.pick(EXAMPLES);
      // An edit of a place both have (an added activity is no one else's).
      const existing = (side: string) => {
        for (let n = 0; ; n++) {
          const edit = randomEdit(base, rng, side, n);
          if (!edit.target.startsWith('new/')) return edit;
        }
      };
      const ourEdit = existing('vår');
      // Theirs: an edit of the same place, or an edit inside what ours deleted, or a deletion of what ours edited.
      let theirEdit = existing('deras');
      while (!overlap(theirEdit.target, ourEdit.target)) theirEdit = existing('deras');
      const { ours, theirs } = sides(base, [ourEdit], [theirEdit]);
      const { draft, conflicts } = mergeDrafts(base, ours, theirs);
      const context = `seed ${seed}: ${ourEdit.target} | ${theirEdit.target}`;
      const bothDeleted = ourEdit.target === theirEdit.target && ourEdit.target.split('/').length === 2 && ourEdit.target.startsWith('activities/');
      if (bothDeleted) {
        expect(conflicts, context).toEqual([]);
        continue;
      }
      // The conflict is at the shorter of the two places (a deleted activity, or the field both edited).
      const at = ourEdit.path.length <= theirEdit.path.length ? ourEdit.path : theirEdit.path;
      const conflict = conflicts.find((c) => JSON.stringify(c.path) === JSON.stringify(at));
      expect(conflict, context).toBeDefined();
      expect(valueOrAbsent(conflict!, 'ours'), context).toEqual(valueAt(ours, at));
      expect(valueOrAbsent(conflict!, 'theirs'), context).toEqual(valueAt(theirs, at));
      expect(valueOrAbsent(conflict!, 'base'), context).toEqual(valueAt(base, at));
      // The draft holds ours' value there.
      expect(valueAt(draft, at), context).toEqual(valueAt(ours, at));
      expect(draft.conflicts, context).toEqual(conflicts);
    }
  });
});

const valueOrAbsent = (conflict: Record<string, unknown>, side: string) => (side in conflict ? conflict[side] : undefined);

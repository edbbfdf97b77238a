import type { ConflictPath, Draft } from './schema';

/** One step of a {@link ConflictPath}: a field's name, or a list item by its key. */
export type PathStep = ConflictPath[number];

/**
 * The lists of a draft whose items are matched by a key rather than by
 * their place, so that a merge or a comparison follows an item however the
 * lists were reordered. Parties, focus areas, activities and groups have an
 * id. A signatory is its party's ("polis"; a second one of the same party
 * "polis#2"), a bilaga its title, an underlag its type ("enkat"; a second one
 * "enkat#2"): these have no id in the file format, so renaming a bilaga is
 * deleting one and adding another. Comments have an id, and so has each
 * reply in a comment's `replies`, so that both sides' new comments and
 * replies are kept by a merge.
 */
export const KEYED_LISTS = ['parties', 'focusAreas', 'activities', 'groups', 'signatories', 'attachments', 'basis', 'comments', 'replies'] as const;
export type KeyedList = (typeof KEYED_LISTS)[number];

type Item = Record<string, unknown>;

const KEY_FIELD: Record<KeyedList, string> = {
  parties: 'id',
  focusAreas: 'id',
  activities: 'id',
  groups: 'id',
  signatories: 'partyId',
  attachments: 'title',
  basis: 'type',
  comments: 'id',
  replies: 'id',
};

export const isKeyedList = (name: unknown): name is KeyedList => typeof name === 'string' && (KEYED_LISTS as readonly string[]).includes(name);

/**
 * The items of a keyed list by their key, in their order. A key that
 * repeats (two signatories of one party, a duplicated id in a foreign file)
 * gets its number: "polis", "polis#2".
 */
export function keyedItems(list: KeyedList, items: readonly unknown[]): Map<string, Item> {
  const byKey = new Map<string, Item>();
  const seen = new Map<string, number>();
  for (const item of items as Item[]) {
    const key = String(item[KEY_FIELD[list]] ?? '');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    byKey.set(count === 1 ? key : `${key}#${count}`, item);
  }
  return byKey;
}

/** The value at a path of keyed steps in `draft`, or undefined when it is not there. */
export function valueAt(draft: Draft, path: readonly PathStep[]): unknown {
  let value: unknown = draft;
  let list: string | null = null;
  for (const step of path) {
    if (value === null || typeof value !== 'object') return undefined;
    if (typeof step === 'string') {
      value = (value as Item)[step];
      list = step;
    } else {
      value = isKeyedList(list) && Array.isArray(value) ? keyedItems(list, value).get(step.id) : undefined;
    }
  }
  return value;
}

/**
 * The path with indexes for keys, as the editor and the readiness check
 * name a field (`["activities", 2, "text"]`); items no longer in `draft`
 * end the path at their list.
 */
export function indexPath(draft: Draft, path: readonly PathStep[]): (string | number)[] {
  const result: (string | number)[] = [];
  let value: unknown = draft;
  let list: string | null = null;
  for (const step of path) {
    if (typeof step === 'string') {
      result.push(step);
      value = value && typeof value === 'object' ? (value as Item)[step] : undefined;
      list = step;
      continue;
    }
    if (!isKeyedList(list) || !Array.isArray(value)) break;
    const keys = [...keyedItems(list, value).keys()];
    const index = keys.indexOf(step.id);
    if (index < 0) break;
    result.push(index);
    value = value[index];
  }
  return result;
}

/** A JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Item => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Equal as JSON values, whatever the order of an object's keys; an absent field equals an undefined one. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => same(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return false;
}

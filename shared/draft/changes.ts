import { itemNoun, itemNouns, MERGE_TEXT as T, NEUTER_FIELDS, RECEIVE_SUMMARY, type Noun } from '../i18n/merge';
import { firstWords } from '../i18n/sentence';
import { FOLLOW_UP_STATUS_LABEL } from '../i18n/follow-up';
import { capitalized, describeField, GROUP_LABEL, KIND_LABEL, ROLE_LABEL, STATUS_LABEL } from '../i18n/terms';
import { partyDisplayName, promisers } from './activity-groups';
import { isKeyedList, isObject, keyedItems, same, valueAt, type KeyedList, type PathStep } from './draft-items';
import { authorName, commentName } from '../i18n/comments';
import { FILE_FIELDS } from './identity';
import type { CommentAuthor, CommentReply, Conflict, Draft, DraftComment, DraftKind, GroupType, Party } from './schema';

/**
 * One change between two versions of a draft. `path` is a field
 * (`["statement"]`), an item of a keyed list (`["activities", { id: "a3" }]`,
 * see draft-items.ts) or a list whose order changed (`["activities"]`).
 * `from` and `to` are the values before and after (absent for an item
 * added or removed). A view can count them ("Polisen har ändrat 2
 * aktiviteter") or print them one by one ({@link changeLines}).
 */
export interface Change {
  change: 'added' | 'removed' | 'changed' | 'moved';
  path: PathStep[];
  from?: unknown;
  to?: unknown;
}

type Item = Record<string, unknown>;

/** The fields that are the file's and the library's, not what the parties wrote. */
const NOT_CONTENT = new Set<string>(['format', 'formatVersion', 'id', 'createdAt', 'updatedAt', 'conflicts', ...FILE_FIELDS]);

/** The field that names an item of each list, whose change the line shows first. */
const MAIN_FIELD: Record<KeyedList, string> = {
  parties: 'name',
  focusAreas: 'title',
  activities: 'text',
  groups: 'name',
  signatories: 'name',
  attachments: 'title',
  basis: 'description',
  comments: 'text',
  replies: 'text',
};

/** What changed from one version of a draft to another, in the order of `to`'s fields. */
export function describeChanges(from: Draft, to: Draft): Change[] {
  const changes: Change[] = [];
  const [a, b] = [from as Item, to as Item];
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (NOT_CONTENT.has(key) || same(a[key], b[key])) continue;
    if (key === 'comments') changes.push(...commentChanges(asList(a[key]), asList(b[key])));
    else if (isKeyedList(key)) changes.push(...listChanges(key, asList(a[key]), asList(b[key])));
    else changes.push(withValues({ change: 'changed', path: [key] }, a[key], b[key]));
  }
  return changes;
}

function listChanges(list: KeyedList, before: unknown[], after: unknown[]): Change[] {
  const [x, y] = [keyedItems(list, before), keyedItems(list, after)];
  const changes: Change[] = [];
  for (const [key, item] of y) {
    const old = x.get(key);
    if (!old) changes.push({ change: 'added', path: [list, { id: key }], to: item });
    else if (!same(old, item)) changes.push({ change: 'changed', path: [list, { id: key }], from: old, to: item });
  }
  for (const [key, item] of x) if (!y.has(key)) changes.push({ change: 'removed', path: [list, { id: key }], from: item });
  const common = (m: Map<string, Item>, other: Map<string, Item>) => [...m.keys()].filter((key) => other.has(key));
  if (!same(common(x, y), common(y, x))) changes.push({ change: 'moved', path: [list] });
  return changes;
}

/**
 * The parts of an item whose changes are listed apart from the item's own
 * (`[list, { id }, part, …]`): a comment's replies, each by its id, and its
 * "Löst". A changed item is then its own fields alone, so that each can be
 * taken or left by itself ({@link applyChanges} in merge.ts).
 */
export const INNER_PARTS: Partial<Record<KeyedList, readonly string[]>> = { comments: ['replies', 'resolved'] };

/**
 * The changes of the comments: a comment added or removed whole, and in a
 * comment both had, each reply added, removed or changed
 * (`["comments", { id }, "replies", { id }]`), "Löst" set or taken away
 * (`["comments", { id }, "resolved"]`) and its own text changed, so that a
 * line can say who answered what.
 */
function commentChanges(before: unknown[], after: unknown[]): Change[] {
  const changes: Change[] = [];
  for (const change of listChanges('comments', before, after)) {
    if (change.change !== 'changed') {
      changes.push(change);
      continue;
    }
    const [old, now] = [change.from as Item, change.to as Item];
    const own = (comment: Item) => Object.fromEntries(Object.entries(comment).filter(([key]) => !INNER_PARTS.comments!.includes(key)));
    if (!same(own(old), own(now))) changes.push(change);
    for (const reply of listChanges('replies', asList(old.replies), asList(now.replies))) {
      if (reply.change !== 'moved') changes.push({ ...reply, path: [...change.path, ...reply.path] });
    }
    if (!same(old.resolved, now.resolved)) changes.push(withValues({ change: 'changed', path: [...change.path, 'resolved'] }, old.resolved, now.resolved));
  }
  return changes;
}

/** The changes as Swedish lines, one per change with its new value ("Löftesmening ändrad: …"). */
export function changeLines(changes: readonly Change[], from: Draft, to: Draft): string[] {
  return changes.map((change) => {
    const { head, text, details } = changeParts(change, from, to);
    return T.line(head, [...(text ? [text.shown] : []), ...details].join(T.fieldsSeparator));
  });
}

/**
 * A change's line in parts, for a view that shows its text's changed words
 * (renderer/components/change-list.tsx): what changed ("Aktivitet ändrad
 * (Polisen)"), the text before and after (a text field's, an item's naming
 * field's; "" for an item added or removed) and the other fields' new values.
 * {@link changeLines} joins them into one line.
 */
export interface ChangeParts {
  head: string;
  /** `shown` is `to` as the line shows it (the removed item's name for a removed one). */
  text?: { from: string; to: string; shown: string };
  details: string[];
}

export function changeParts(change: Change, from: Draft, to: Draft): ChangeParts {
  const [first] = change.path;
  const kind = to.kind;
  if (change.change === 'moved') return { head: T.reordered(String(first), kind), details: [] };
  if (first === 'comments') return { head: commentLine(change, from, to), details: [] };
  if (!isKeyedList(first)) {
    const field = String(first);
    const noun = fieldNoun(field, to);
    const head = T.did(noun.word, noun.gender, 'changed');
    const shown = show(field, change.to, to);
    if (isText(change.from) && isText(change.to)) return { head, text: { from: change.from ?? '', to: change.to ?? '', shown }, details: [] };
    return { head, details: shown ? [shown] : [] };
  }
  const item = (change.to ?? change.from) as Item;
  const draft = change.to ? to : from;
  const noun = itemNoun(first, kind);
  const who = itemWho(first, item, draft);
  const head = (text: string) => `${text}${who ? ` (${who})` : ''}`;
  if (change.change !== 'changed') {
    const name = itemName(first, item, draft, false);
    const text = change.change === 'added' ? { from: '', to: name, shown: name } : { from: name, to: '', shown: name };
    return { head: head(T.did(noun.word, noun.gender, change.change)), ...(name ? { text } : {}), details: [] };
  }
  const old = change.from as Item;
  const main = MAIN_FIELD[first];
  const fields = Object.keys({ ...old, ...item }).filter((key) => key !== main && !same(old[key], item[key]));
  const details = fields.map((key) => T.field(describeField([key], kind), show(key, item[key], to)));
  if (same(old[main], item[main])) {
    return { head: T.itemDid(T.item(noun, itemName(first, old, from), who), noun.gender), details };
  }
  const replaced = first === 'signatories' ? head(T.signatoryReplaced) : head(T.did(noun.word, noun.gender, 'changed'));
  const shown = show(main, item[main], to);
  if (isText(old[main]) && isText(item[main])) return { head: replaced, text: { from: String(old[main] ?? ''), to: String(item[main] ?? ''), shown }, details };
  return { head: replaced, details: [shown, ...details] };
}

/** A text field's value: a string, or none. */
const isText = (value: unknown): value is string | undefined => value === undefined || value === null || typeof value === 'string';

/**
 * The changes in one sentence, counted per kind of item, in the order they
 * first come: "Polisen har ändrat 2 aktiviteter, lagt till 1 och bytt
 * undertecknare." `lead` is who made them, with the verb (RECEIVE_SUMMARY's
 * `lead`: the sender when the file names one).
 */
export function summarizeChanges(changes: readonly Change[], kind: DraftKind, lead: string): string {
  const clauses: string[] = [];
  const fields: string[] = [];
  const counted = new Map<string, { list: KeyedList; change: Change['change'] | 'resolved' | 'reopened'; count: number }>();
  for (const change of changes) {
    const [first, , part] = change.path;
    if (!isKeyedList(first)) {
      if (fields.length === 0) clauses.push('');
      fields.push(describeField([String(first)], kind));
      continue;
    }
    // A change inside an item (INNER_PARTS) is counted as what it is: a reply, a comment marked "Löst" or opened again.
    const list = isKeyedList(part) ? part : first;
    const what = part === 'resolved' ? (change.to ? 'resolved' : 'reopened') : change.change;
    const key = `${list} ${what}`;
    const entry = counted.get(key);
    if (entry) entry.count++;
    else {
      counted.set(key, { list, change: what, count: 1 });
      clauses.push(key);
    }
  }
  let previous: KeyedList | null = null;
  const words = clauses.map((key) => {
    const entry = counted.get(key);
    if (!entry) return RECEIVE_SUMMARY.fields(fields);
    const nouns = itemNouns(entry.list, kind);
    const clause = RECEIVE_SUMMARY.items(kind, entry.change, entry.list, entry.count, previous === entry.list ? null : nouns);
    // A clause that names its own noun ("markerat 1 kommentar som löst") leaves the next one its noun.
    previous = entry.change === 'resolved' || entry.change === 'reopened' ? null : entry.list;
    return clause;
  });
  return RECEIVE_SUMMARY.sentence(lead, words);
}

/** A change of a comment (see {@link commentChanges}) in Swedish, naming who wrote or answered it. */
function commentLine(change: Change, from: Draft, to: Draft): string {
  const [, step, field, replyStep] = change.path;
  const comment = (valueAt(to, ['comments', step]) ?? valueAt(from, ['comments', step])) as DraftComment;
  const name = commentName(comment.text);
  if (field === 'resolved') return change.to ? T.commentResolved(authorName((change.to as { by: CommentAuthor }).by), name) : T.commentReopened(name);
  if (field === 'replies' && typeof replyStep === 'object') {
    const reply = (change.to ?? change.from) as CommentReply;
    const line = { added: T.replyAdded, removed: T.replyRemoved, changed: T.replyChanged, moved: T.replyChanged }[change.change];
    return line(authorName(reply.author), name, reply.text);
  }
  const who = authorName(comment.author);
  if (change.change === 'added') return T.commentAdded(who, commentPlace(comment.target, to), comment.text);
  return change.change === 'removed' ? T.commentRemoved(who, comment.text) : T.commentChanged(who, comment.text);
}

/**
 * Where a comment is, as the editor shows it: "Löftesmening", "Aktivitet
 * ”låta fältsekreterarna…” (Kommunen)", "Aktiviteter" for the section. An
 * item no longer in `draft` is named by its key.
 */
export function commentPlace(target: readonly PathStep[], draft: Draft): string {
  const [first, step, ...rest] = target;
  const fields = (steps: readonly PathStep[]) => steps.filter((s): s is string => typeof s === 'string');
  if (!isKeyedList(first) || typeof step !== 'object') return capitalized(describeField(fields(target), draft.kind));
  const item = valueAt(draft, [first, step]) as Item | undefined;
  const noun = itemNoun(first, draft.kind);
  const place = item ? T.item(noun, itemName(first, item, draft), itemWho(first, item, draft)) : T.item(noun, step.id, null);
  const more = fields(rest).filter((s) => s !== MAIN_FIELD[first]);
  return more.length === 0 ? place : `${place}, ${describeField(more, draft.kind)}`;
}

/**
 * A conflict in Swedish, naming where it is as the editor shows it:
 * "Aktivitet ”låta fältsekreterarna…” (Kommunen): ändrad av båda". An item
 * no longer in `draft` is named by the values the conflict kept.
 */
export function conflictLine(conflict: Conflict, draft: Draft): string {
  const [first, step, ...rest] = conflict.path;
  const sides = 'ours' in conflict && 'theirs' in conflict ? ('base' in conflict ? 'both' : 'both-added') : 'ours' in conflict ? 'ours-only' : 'theirs-only';
  if (!isKeyedList(first) || typeof step !== 'object') {
    const fields = conflict.path.filter((s): s is string => typeof s === 'string');
    const gender = fieldNoun(fields[fields.length - 1] ?? '', draft).gender;
    return T.conflict(capitalized(describeField(fields, draft.kind)), gender, sides);
  }
  const kept = conflict.path.length === 2 ? (conflict.ours ?? conflict.theirs ?? conflict.base) : undefined;
  const item = (valueAt(draft, [first, step]) ?? kept) as Item | undefined;
  const noun = itemNoun(first, draft.kind);
  const place = item ? T.item(noun, itemName(first, item, draft), itemWho(first, item, draft)) : T.item(noun, step.id, null);
  const fields = rest.filter((s): s is string => typeof s === 'string' && s !== MAIN_FIELD[first]);
  if (fields.length === 0) return T.conflict(place, noun.gender, sides);
  return T.conflict(`${place}, ${describeField(fields, draft.kind)}`, fieldNoun(fields[fields.length - 1], draft).gender, sides);
}

/**
 * One version's value of a conflict, in words, for the user to choose
 * between: a text whole, an item by its name or text, "(borttagen)" for a
 * version that has none.
 */
export function conflictValue(conflict: Conflict, side: 'ours' | 'theirs', draft: Draft): string {
  if (!(side in conflict) || conflict[side] === undefined) return T.removed;
  const value = conflict[side];
  const [first, step, ...rest] = conflict.path;
  if (isKeyedList(first) && typeof step === 'object' && rest.length === 0 && isObject(value)) return itemName(first, value, draft, false) || T.empty;
  const fields = conflict.path.filter((part): part is string => typeof part === 'string');
  return show(fields[fields.length - 1] ?? '', value, draft);
}

function fieldNoun(field: string, draft: Draft): Noun {
  return { word: describeField([field], draft.kind), gender: NEUTER_FIELDS[draft.kind].has(field) ? 'ett' : 'en' };
}

/** Who an item belongs to: an activity's parties, a signatory's party. */
function itemWho(list: KeyedList, item: Item, draft: Draft): string | null {
  if (list === 'activities' && Array.isArray(item.partyIds)) return promisers(item.partyIds.map(String), draft);
  if (list === 'signatories') return promisers([String(item.partyId)], draft);
  return null;
}

/** An item's name or text: whole for a line of changes, its first words to name it (`short`). */
function itemName(list: KeyedList, item: Item, draft: Draft, short = true): string {
  const text = (value: unknown) => (short ? firstWords(String(value ?? '')) : String(value ?? ''));
  if (list === 'parties') return partyDisplayName(item as Party);
  if (list === 'groups') return String(item.name ?? '') || GROUP_LABEL[item.type as GroupType] || '';
  if (list === 'signatories' && !short) return [item.name, item.title].filter(Boolean).join(', ');
  return text(item[MAIN_FIELD[list]]) || (list === 'activities' ? '' : show('', item, draft));
}

/** The words of the fields whose values are a vocabulary's; `status` is the draft's or a follow-up's (their values differ). */
const WORDS: Record<string, Record<string, string>> = { status: { ...STATUS_LABEL, ...FOLLOW_UP_STATUS_LABEL }, kind: KIND_LABEL, role: ROLE_LABEL };

/** A field's value as a line shows it. */
function show(field: string, value: unknown, draft: Draft): string {
  if (value === undefined || value === null || value === '') return T.empty;
  if (field === 'partyIds' && Array.isArray(value)) return promisers(value.map(String), draft) ?? T.empty;
  if (field === 'focusAreaId') return draft.focusAreas.find((area) => area.id === value)?.title || String(value);
  if (field === 'period' && isObject(value)) return `${value.start ?? ''}–${value.end ?? T.openEnd}`;
  const label = WORDS[field]?.[String(value)];
  if (label) return label;
  if (Array.isArray(value)) return value.map((item) => show('', item, draft)).join(', ') || T.empty;
  if (isObject(value)) {
    const parts = Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== '');
    return parts.map(([key, v]) => `${describeField([key], draft.kind)} ${show(key, v, draft)}`).join(', ') || T.empty;
  }
  return String(value);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Sets `from` and `to` where they have a value. */
function withValues(change: Change, from: unknown, to: unknown): Change {
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  return change;
}

import type { DraftKind } from '../draft/vocabulary';
import { ACTIVITY_WORD, capitalized as capitalize } from './terms';

/** A noun and its gender, for the participle that follows it: "Aktivitet tillagd", "Fokusområde tillagt". */
export interface Noun {
  word: string;
  gender: 'en' | 'ett';
}

/** What one item of a keyed list (shared/draft/draft-items.ts) is called, in the kind's words. */
export function itemNoun(list: string, kind: DraftKind): Noun {
  if (list === 'activities') return { word: ACTIVITY_WORD[kind].one, gender: ACTIVITY_WORD[kind].a };
  return { ...ITEM_NOUN, ...ITEM_NOUN_OF_KIND[kind] }[list] ?? { word: list, gender: 'en' };
}

const ITEM_NOUN: Record<string, Noun> = {
  parties: { word: 'part', gender: 'en' },
  focusAreas: { word: 'fokusområde', gender: 'ett' },
  groups: { word: 'grupp', gender: 'en' },
  signatories: { word: 'undertecknare', gender: 'en' },
  attachments: { word: 'bilaga', gender: 'en' },
  basis: { word: 'underlag', gender: 'ett' },
  comments: { word: 'kommentar', gender: 'en' },
  replies: { word: 'svar', gender: 'ett' },
};

/** An agreement's underlag are its källor (terms.ts). */
const ITEM_NOUN_OF_KIND: Record<DraftKind, Record<string, Noun>> = {
  medborgarlofte: {},
  samverkansoverenskommelse: { basis: { word: 'källa', gender: 'en' } },
};

/** What one and several items of a keyed list are called: "aktivitet", "aktiviteter". */
export function itemNouns(list: string, kind: DraftKind): { one: string; many: string } {
  if (list === 'activities') return { one: ACTIVITY_WORD[kind].one, many: ACTIVITY_WORD[kind].many };
  const one = itemNoun(list, kind).word;
  return { one, many: { ...ITEM_PLURAL, ...ITEM_PLURAL_OF_KIND[kind] }[list] ?? one };
}

const ITEM_PLURAL: Record<string, string> = {
  parties: 'parter',
  focusAreas: 'fokusområden',
  comments: 'kommentarer',
  groups: 'grupper',
  signatories: 'undertecknare',
  attachments: 'bilagor',
  basis: 'underlag',
};

const ITEM_PLURAL_OF_KIND: Record<DraftKind, Record<string, string>> = {
  medborgarlofte: {},
  samverkansoverenskommelse: { basis: 'källor' },
};

/** "a, b och c". */
const listed = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} och ${parts[parts.length - 1]}`);

/**
 * "Ta emot ändringar"'s one line of what the other party changed
 * (shared/draft/changes.ts `summarizeChanges`): "Polisen har ändrat 2
 * aktiviteter, lagt till 1 och bytt undertecknare."
 */
export const RECEIVE_SUMMARY = {
  /**
   * Who changed, with the verb: the sender as the file names it, or the other
   * party; for a file whose common version is unknown, the file against the
   * draft (it cannot tell who made a difference).
   */
  lead: (sender: string | null, comparison: 'three-way' | 'two-way') =>
    comparison === 'two-way' ? 'Jämfört med ditt utkast har filen' : `${sender?.trim() || 'Den andra parten'} har`,
  /** The clauses after the lead; none: nothing changed. */
  sentence: (lead: string, clauses: readonly string[]) => (clauses.length === 0 ? `${lead} inte ändrat något.` : `${lead} ${listed(clauses)}.`),
  /** Fields of the draft changed: "ändrat löftesmening och bakgrund". */
  fields: (labels: readonly string[]) => `ändrat ${listed(labels)}`,
  /** Items of one list: "ändrat 2 aktiviteter", "lagt till 1" (the noun left out after a clause of the same list), "bytt undertecknare". */
  items: (kind: DraftKind, change: 'added' | 'removed' | 'changed' | 'moved' | 'resolved' | 'reopened', list: string, count: number, nouns: { one: string; many: string } | null) => {
    if (change === 'moved') return `ändrat ${ORDER_OF[list]?.(kind) ?? list} ordning`;
    // A comment marked "Löst", or opened again: "markerat 1 kommentar som löst", "öppnat 2 kommentarer igen".
    if (change === 'resolved' || change === 'reopened') {
      const comments = `${count} ${count === 1 ? 'kommentar' : 'kommentarer'}`;
      return change === 'resolved' ? `markerat ${comments} som ${count === 1 ? 'löst' : 'lösta'}` : `öppnat ${comments} igen`;
    }
    const noun = nouns ? ` ${count === 1 ? nouns.one : nouns.many}` : '';
    if (change === 'changed' && list === 'signatories') return count === 1 ? 'bytt undertecknare' : `bytt ${count} undertecknare`;
    const verb = { added: 'lagt till', removed: 'tagit bort', changed: 'ändrat' }[change];
    return `${verb} ${count}${noun}`;
  },
} as const;

/** The fields whose name (terms.ts's FIELD_LABEL) is a neuter noun: "Geografiskt fokus ändrat". */
export const NEUTER_FIELDS: Record<DraftKind, ReadonlySet<string>> = {
  medborgarlofte: new Set(['geographicFocus', 'originals', 'quantity']),
  samverkansoverenskommelse: new Set(['geographicFocus', 'originals', 'quantity', 'statement']),
};

const participle = {
  added: { en: 'tillagd', ett: 'tillagt' },
  removed: { en: 'borttagen', ett: 'borttaget' },
  changed: { en: 'ändrad', ett: 'ändrat' },
} as const;

/** The Swedish of shared/draft/changes.ts (`cli diff`, and later "Ta emot ändringar") and of merge conflicts. */
export const MERGE_TEXT = {
  /** "Aktivitet tillagd", "Fokusområde borttaget", "Löftesmening ändrad". */
  did: (what: string, gender: Noun['gender'], change: keyof typeof participle) => `${capitalize(what)} ${participle[change][gender]}`,
  /** A signatory whose name changed: another person signs. */
  signatoryReplaced: 'Undertecknare bytt',
  /** "Aktiviteternas ordning ändrad". */
  reordered: (list: string, kind: DraftKind) => `${capitalize(ORDER_OF[list]?.(kind) ?? list)} ordning ändrad`,
  /** "Aktivitet ”genomföra…” (Polisen)". */
  item: (noun: Noun, name: string, who: string | null) => `${capitalize(noun.word)}${name ? ` ”${name}”` : ''}${who ? ` (${who})` : ''}`,
  /** "Aktivitet tillagd (Polisen): genomföra …" */
  line: (head: string, value: string) => (value ? `${head}: ${value}` : head),
  /** An item whose naming field is as it was: "Aktivitet ”genomföra…” (Polisen) ändrad" (: antal: 3). */
  itemDid: (item: string, gender: Noun['gender']) => `${item} ${participle.changed[gender]}`,
  /** One changed field of an item, with its new value: "antal: 3". */
  field: (label: string, value: string) => `${label}: ${value}`,
  fieldsSeparator: '; ',
  empty: '(tomt)',
  /** A version of a conflict that has no value there: the item was deleted in it. */
  removed: '(borttagen)',
  openEnd: 'tills vidare',
  /** "Aktivitet ”…” (Kommunen): ändrad av båda", by which sides still have it. */
  conflict: (place: string, gender: Noun['gender'], sides: 'both' | 'ours-only' | 'theirs-only' | 'both-added') =>
    `${place}: ${CONFLICT[sides][gender]}`,
  /** `cli merge`'s summary. */
  merged: (applied: number) => (applied === 0 ? 'Sammanfogat: inga ändringar att ta in.' : `Sammanfogat: ${applied === 1 ? '1 ändring' : `${applied} ändringar`} togs in.`),
  conflicts: (count: number) =>
    `${count === 1 ? '1 konflikt' : `${count} konflikter`}: båda värdena finns kvar i utkastet tills någon väljer. Utkastet kan inte markeras klart förrän dess.`,
  /** "Kommentar tillagd av Polisen, Anna Svensson (Löftesmening): Kan vi skriva …" */
  commentAdded: (who: string, place: string, text: string) => `Kommentar tillagd av ${who} (${place}): ${text}`,
  commentRemoved: (who: string, text: string) => `Kommentar av ${who} borttagen: ${text}`,
  commentChanged: (who: string, text: string) => `Kommentar av ${who} ändrad: ${text}`,
  /** "Svar från Kommunen, Eva Ek på kommentaren ”Kan vi skriva…”: Ja." */
  replyAdded: (who: string, comment: string, text: string) => `Svar från ${who} på kommentaren ”${comment}”: ${text}`,
  replyRemoved: (who: string, comment: string, text: string) => `Svar från ${who} på kommentaren ”${comment}” borttaget: ${text}`,
  replyChanged: (who: string, comment: string, text: string) => `Svar från ${who} på kommentaren ”${comment}” ändrat: ${text}`,
  commentResolved: (who: string, comment: string) => `Kommentaren ”${comment}” markerad som löst av ${who}`,
  commentReopened: (comment: string) => `Kommentaren ”${comment}” öppnad igen`,
  needsNewRevision:
    'Utkastet är undertecknat och den andra versionen har ändringar: ett undertecknat utkast ändras aldrig. Gör ändringarna i en ny revision.',
} as const;

const CONFLICT = {
  both: { en: 'ändrad av båda', ett: 'ändrat av båda' },
  'both-added': { en: 'tillagd av båda med olika innehåll', ett: 'tillagt av båda med olika innehåll' },
  'ours-only': { en: 'ändrad här men borttagen i den andra versionen', ett: 'ändrat här men borttaget i den andra versionen' },
  'theirs-only': { en: 'borttagen här men ändrad i den andra versionen', ett: 'borttaget här men ändrat i den andra versionen' },
} as const;

const ORDER_OF: Record<string, (kind: DraftKind) => string> = {
  activities: (kind) => `${ACTIVITY_WORD[kind].theMany}s`,
  parties: () => 'parternas',
  focusAreas: () => 'fokusområdenas',
  signatories: () => 'undertecknarnas',
  attachments: () => 'bilagornas',
  groups: () => 'gruppernas',
  basis: (kind) => ({ medborgarlofte: 'underlagens', samverkansoverenskommelse: 'källornas' })[kind],
  comments: () => 'kommentarernas',
  replies: () => 'svarens',
};

/** "Ändringar att välja mellan" above the editor's form, while a merge has left conflicts open. */
export const CONFLICT_PANEL_TEXT = {
  heading: (count: number) => (count === 1 ? 'En ändring att välja' : `${count} ändringar att välja`),
  intro:
    'Utkastet och den andra versionen har ändrat samma sak på olika sätt. Välj vilken version som ska gälla. Du kan ändra texten efteråt. Utkastet kan markeras som klart när allt är valt.',
  ours: 'I utkastet',
  theirs: 'I den andra versionen',
  keepOurs: 'Behåll utkastets version',
  takeTheirs: 'Ta den andra versionen',
  /** For a screen reader, which conflict a button is about: "… (ändring 2 av 3)". */
  position: (n: number, count: number) => `ändring ${n} av ${count}`,
  done: 'Allt är valt.',
} as const;

/** A list of changes between two versions, section by section (renderer/components/change-list.tsx), and its changed words. */
export const CHANGE_LIST_TEXT = {
  none: 'Inga ändringar.',
  /** The group of changes to what no editor section shows. */
  other: 'Övrigt',
  /**
   * Around the words added or removed inside a text, for a screen reader
   * (the screen shows them underlined or struck through): "[tillagt: snabbt]".
   */
  insertedStart: '[tillagt: ',
  deletedStart: '[borttaget: ',
  end: ']',
} as const;

import { FORMAT, FORMAT_VERSION, LIMITS } from '../draft/limits';

/**
 * The draft file and its format: why a file cannot be read or a draft not
 * written, where its JSON breaks, and how a message quotes what a file held.
 */

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

/** How much of a refused value a message quotes: enough to recognise it, never a hostile file's megabytes. */
const QUOTE_CHARS = 80;

/**
 * A value as a message quotes it: as JSON (a text in quotation marks), cut
 * to about {@link QUOTE_CHARS} characters with "…" where it goes on. A
 * refusal is shown to a person and kept in karantan/'s list, so it must
 * stay short whatever the file held.
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= QUOTE_CHARS) return JSON.stringify(value);
    // Cut by code points, so no emoji is split in half.
    return `${JSON.stringify([...value.slice(0, QUOTE_CHARS)].slice(0, QUOTE_CHARS - 4).join('')).slice(0, -1)}…"`;
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length <= QUOTE_CHARS ? json : `${json.slice(0, QUOTE_CHARS - 1)}…`;
}

/** A name or id from a file in Swedish quotation marks (”f9”), cut as {@link quoteValue} cuts a value. */
export function quoteName(name: string): string {
  return name.length <= QUOTE_CHARS ? `”${name}”` : `”${[...name.slice(0, QUOTE_CHARS)].slice(0, QUOTE_CHARS - 4).join('')}…”`;
}

/** A character as a message shows it: itself in quotation marks, or its code when it cannot be seen. */
export function showCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const invisible = code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0xfeff || code === 0xfffd;
  return invisible ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `”${character}”`;
}

/** Where the JSON of a file breaks, in Swedish (shared/draft/json-error.ts finds it). */
export const JSON_ERROR_MESSAGE = {
  at: (line: number, column: number, what: string) => `rad ${line}, kolumn ${column}: ${what}`,
  end: () => 'filen tar slut innan JSON-objektet är avslutat',
  endInText: () => 'filen tar slut mitt i en text',
  unexpected: (character: string) => `oväntat tecken ${showCharacter(character)}`,
  trailing: (character: string) => `oväntat tecken ${showCharacter(character)} efter JSON-objektet`,
  lineBreakInText: () => 'radbrytning inuti en text (en radbrytning skrivs \\n i JSON)',
  controlInText: (character: string) => `styrtecken ${showCharacter(character)} inuti en text`,
  badEscape: () => 'ogiltig teckenkod efter \\',
  badNumber: () => 'ogiltigt tal',
  unknown: () => 'okänt fel',
} as const;

/** What a path that is no regular file is, in words. */
const NOT_A_FILE_WORD = {
  folder: 'en mapp',
  fifo: 'en namngiven pipe (FIFO)',
  device: 'en enhetsfil',
  socket: 'en socket',
  other: 'något annat än en fil',
} as const;

export type NotAFileKind = keyof typeof NOT_A_FILE_WORD;

/** Messages about reading a draft file; each names what is wrong and what to do. */
export const READ_MESSAGE = {
  tooLarge: (bytes: number) =>
    `Filen är för stor (${megabytes(bytes)}). Ett utkast får vara högst ${megabytes(LIMITS.fileBytes)}; filen har inte lästs.`,
  empty: () => 'Filen är tom. Den kan ha skadats när den sparades eller skickades.',
  /** `where` says where it breaks, from {@link JSON_ERROR_TEXT}. */
  notJson: (where: string) =>
    `Filen är inte giltig JSON och kan inte läsas; den kan vara avkortad eller skadad (${where}).`,
  tooDeep: () => `Filen är för djupt nästlad (mer än ${LIMITS.jsonDepth} nivåer) för att vara ett Samverka-utkast.`,
  notObject: () => 'Filen är inte ett Samverka-utkast: den innehåller inget JSON-objekt.',
  wrongFormat: (found: unknown) =>
    found === undefined
      ? `Filen är inte ett Samverka-utkast: fältet ”format” saknas (väntat ”${FORMAT}”).`
      : `Filen är inte ett Samverka-utkast: fältet ”format” är ${quoteValue(found)}, väntat ”${FORMAT}”.`,
  newerVersion: (found: number, current: number = FORMAT_VERSION) =>
    `Filen är skapad med en nyare version av Samverka (formatversion ${found}); den här versionen läser formatversion ${current}. Uppdatera Samverka för att öppna den. Filen har inte ändrats.`,
  badVersion: (found: unknown, oldest: number, current: number = FORMAT_VERSION) =>
    `Filen har en ogiltig formatversion (${found === undefined ? 'saknas' : quoteValue(found)}); väntat ett heltal från ${oldest} till ${current}.`,
  unknownVersion: (found: number, oldest: number, current: number = FORMAT_VERSION) =>
    `Filen har formatversion ${found}, som Samverka inte känner till; den här versionen läser formatversion ${oldest} till ${current}. Filen har inte ändrats.`,
  hostileKey: (key: string) =>
    `Filen innehåller fältnamnet ”${key}”, som aldrig finns i ett Samverka-utkast och kan användas för att angripa program. Filen har inte lästs; be avsändaren om en ny kopia av utkastet.`,
  invalid: (count: number) =>
    count === 1 ? 'Filen följer inte Samverkas filformat:' : `Filen följer inte Samverkas filformat (${count} fel):`,
  /** The problems after the first `shown` of a long list, as the list's last line. */
  moreProblems: (count: number) => `… och ${count} fel till.`,
  unreadable: (detail: string) => `Filen kunde inte läsas: ${detail}`,
  notFound: (what: string) => `Filen finns inte: ${what}`,
  notAFile: (kind: NotAFileKind) =>
    `Filen är ingen vanlig fil utan ${NOT_A_FILE_WORD[kind]} och har inte lästs. Flytta den från mappen om den inte hör dit.`,
  notUtf8: (line: number, byteInLine: number) =>
    `Filen är inte sparad som UTF-8 och har inte lästs (första felaktiga tecknet på rad ${line}, byte ${byteInLine}). ` +
    'Den kan vara sparad med en annan teckenkodning, till exempel Windows-1252: öppna den i en textredigerare och spara den som UTF-8. Filen har inte ändrats.',
} as const;

/**
 * Why a draft is not written: the writer refuses what the reader would
 * refuse (shared/draft/write-draft.ts), before anything is acknowledged.
 * Each says what to do; the editor still holds the text.
 */
export const WRITE_MESSAGE = {
  // Rounded up, so a draft just over the limit never reads "5,0 MB, mer än 5 MB".
  tooLarge: (bytes: number) =>
    `Utkastet blir ${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB, ` +
    `mer än ${megabytes(LIMITS.fileBytes)}. Ta bort en logotyp eller korta texterna. Ändringen har inte sparats.`,
  tooDeep: () =>
    `Utkastet är för djupt nästlat (mer än ${LIMITS.jsonDepth} nivåer) för att Samverka ska kunna läsa det igen. Ändringen har inte sparats.`,
  hostileKey: (key: string) =>
    `Utkastet innehåller fältnamnet ”${key}”, som Samverka aldrig sparar eftersom det kan användas för att angripa program. Ändringen har inte sparats.`,
  invalid: (problems: string[], shown = 20) =>
    [
      'Utkastet följer inte Samverkas filformat och har inte sparats:',
      ...problems.slice(0, shown).map((problem) => `  – ${problem}`),
      ...(problems.length > shown ? [`  … och ${problems.length - shown} fel till.`] : []),
    ].join('\n'),
  notJson: () => 'Utkastet kan inte skrivas som JSON. Ändringen har inte sparats.',
  other: (reason: string) => `Utkastet kan inte sparas, eftersom Samverka inte skulle kunna läsa det igen: ${reason} Ändringen har inte sparats.`,
} as const;

/**
 * What the file format checks beyond each field's own type (shared/draft/schema.ts):
 * ids used twice, references to what is not there, a period that ends before it
 * starts. The reader names the field before each ("aktivitet 2, part: …").
 */
export const SCHEMA_MESSAGE = {
  partyIdTwice: (id: string) => `id ${quoteName(id)} används av flera parter`,
  activityIdTwice: (id: string) => `id ${quoteName(id)} används av flera aktiviteter`,
  groupIdTwice: (id: string) => `id ${quoteName(id)} används av flera grupper`,
  unknownParty: (id: string) => `parten ${quoteName(id)} finns inte bland parterna`,
  unknownFocusArea: (id: string) => `fokusområdet ${quoteName(id)} finns inte`,
  endBeforeStart: 'slutdatumet ligger före startdatumet',
} as const;

/** The descriptions in the file format's JSON Schema (resources/draft-file.schema.json, written by `npm run schema`). */
export const SCHEMA_TEXT = {
  title: (formatVersion: number) => `Samverka-utkast, formatversion ${formatVersion}`,
  description: 'Ett medborgarlöfte eller en samverkansöverenskommelse mellan kommun och polis.',
  activity: {
    text: 'Aktivitetens text: skrivs ut ord för ord efter inledningen (”Polisen lovar att …”).',
    quantity: 'Målet: antal (till exempel 4).',
    unit: 'Målet: enhet (till exempel ”trygghetsvandringar”).',
    frequency: 'Målet: hur ofta (till exempel ”per år”).',
    minDuration: 'Målet: minsta omfattning (till exempel ”minst två dagar”).',
    place: 'Målet: plats.',
  },
} as const;

/** A type zod expected, as a field's problem names it. */
const TYPE_WORD: Record<string, string> = {
  string: 'text',
  number: 'tal',
  int: 'heltal',
  boolean: 'sant/falskt',
  array: 'lista',
  object: 'objekt',
  null: 'inget värde',
};

/**
 * A field's problem as the file reader finds it (shared/draft/read-draft.ts),
 * after the field's name. zod's own words are English: never shown to a Swedish user.
 */
export const FIELD_ISSUE_MESSAGE = {
  missing: 'saknas',
  wrongType: (expected: string) => `har fel typ (väntat ${TYPE_WORD[expected] ?? expected})`,
  notAllowed: (input: unknown, allowed: readonly unknown[]) =>
    `ogiltigt värde ${quoteValue(input)}; tillåtna: ${allowed.map((v) => JSON.stringify(v)).join(', ')}`,
  tooMany: (max: number | bigint) => `för många (högst ${max})`,
  tooLong: (max: number | bigint) => `för lång text (högst ${max} tecken)`,
  tooLarge: (max: number | bigint) => `för stort (högst ${max})`,
  empty: 'får inte vara tom',
  tooSmall: (min: number | bigint) => `för litet (minst ${min})`,
  badDate: 'ogiltigt datum (väntat ÅÅÅÅ-MM-DD)',
  badTimestamp: 'ogiltig tidpunkt (väntat ISO 8601)',
  badId: 'ogiltigt id (väntat ett UUID)',
  badFormat: (format: string) => `ogiltigt format (${format})`,
  invalid: 'ogiltigt värde',
} as const;

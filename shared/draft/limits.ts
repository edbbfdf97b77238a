/**
 * Limits of the draft file format (file-format.md). They are checked before a
 * file is parsed further, so a huge or hostile file costs little to refuse.
 */
export const FORMAT = 'samverka';
export const FORMAT_VERSION = 1;

export const LIMITS = {
  /** Bytes of one draft file. */
  fileBytes: 5 * 1024 * 1024,
  /** Characters of one long text field. */
  textChars: 20_000,
  /** Characters of a short field: a name, a title, a unit. */
  shortChars: 300,
  /** Characters of an id. */
  idChars: 64,
  activities: 500,
  parties: 8,
  minParties: 2,
  listItems: 200,
  /** Nesting depth of the JSON; a draft needs about 6. */
  jsonDepth: 32,
} as const;

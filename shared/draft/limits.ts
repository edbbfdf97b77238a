/**
 * Limits of the draft file format (file-format.md). They are checked before a
 * file is parsed further, so a huge or hostile file costs little to refuse.
 */
export const FORMAT = 'samverka';
export const FORMAT_VERSION = 2;

export const LIMITS = {
  /**
   * Bytes of one draft file, as the reader takes it and the writer writes it
   * (compact JSON, write-draft.ts). The schema's limits allow more (500
   * activities of 20,000 characters): the writer refuses such a draft before
   * it is saved, saying how large it would be, so nothing is stored that the
   * reader would refuse.
   */
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
  /** Comments in one draft (each with at most `listItems` replies). */
  comments: 500,
  /** Bytes of one party's logo (PNG or JPEG), before base64: 8 parties' logos stay well inside a file's limit. */
  logoBytes: 300 * 1024,
  /** Pixels of a logo's longer side. */
  logoPixels: 4000,
  /** Nesting depth of the JSON; a draft needs about 6. */
  jsonDepth: 32,
} as const;

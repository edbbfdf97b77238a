import { FILE_NAME_TEXT } from '../i18n/messages';
import type { Draft } from './schema';

const TRANSLITERATION: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/** Longest part of a file name taken from the title. */
const TITLE_CHARS = 80;

/** What a suggested file name says besides the draft's title. */
export interface FileNameOptions {
  /** The file holds an agreement with its löften as bilagor: the name ends `-med-medborgarloften`. */
  withPromises?: boolean;
}

/**
 * A file name for sharing, as SKR advises: lower-case a–z, 0–9, "-" and "_",
 * no spaces, no å/ä/ö, descriptive — `medborgarlofte-soderhamn-2020-2021.docx`,
 * or with `withPromises` `samverkansoverenskommelse-…-2027-med-medborgarloften.docx`.
 */
export function suggestFileName(draft: Draft, extension: string, { withPromises = false }: FileNameOptions = {}): string {
  const title = shorten(slug(draft.title.trim() || draft.kind)) || 'utkast';
  const suffix = withPromises ? `-${slug(FILE_NAME_TEXT.withPromises)}` : '';
  return `${title}${suffix}.${extension}`;
}

/** A slug cut to at most {@link TITLE_CHARS}, between words where it has more than one. */
function shorten(slugged: string): string {
  if (slugged.length <= TITLE_CHARS) return slugged;
  const cut = slugged.slice(0, TITLE_CHARS + 1);
  const lastBreak = cut.lastIndexOf('-');
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, TITLE_CHARS);
}

/** Text as a–z, 0–9 and single "-" between words. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäöéüæø]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** How a shared draft's file name ends: "Dela utkast" writes, and "Importera" offers, `<name>.samverka.json`. */
export const SHARED_DRAFT_EXTENSION = 'samverka.json';

/** The suggested name of a shared draft's file: `medborgarlofte-soderhamn-2020-2021.samverka.json`. */
export function sharedDraftFileName(draft: Draft): string {
  return suggestFileName(draft, SHARED_DRAFT_EXTENSION);
}

import { formatPeriodYears } from '../i18n/dates';
import { FILE_NAME_TEXT } from '../i18n/messages';
import type { Draft } from './schema';

const TRANSLITERATION: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/** Longest part of a file name taken from the title. */
const TITLE_CHARS = 80;

/** What a suggested file name says besides the draft's title. */
export interface FileNameOptions {
  /** The file holds an agreement with its löften as bilagor: the name ends `-med-medborgarloften`. */
  withPromises?: boolean;
  /** Words that say what the file holds besides the draft ("uppföljning"), added after the title as a slug. */
  addition?: string;
}

/**
 * A file name for sharing, as SKR advises: lower-case a–z, 0–9, "-" and "_",
 * no spaces, no å/ä/ö, descriptive — `medborgarlofte-soderhamn-2020-2021.docx`,
 * or with `withPromises` `samverkansoverenskommelse-…-2027-med-medborgarloften.docx`.
 * The same for every kind of file: only the extension differs.
 */
export function suggestFileName(draft: Draft, extension: string, options: FileNameOptions = {}): string {
  return `${fileNameStem(draft, options)}.${extension}`;
}

/**
 * The suggested name without its extension: the title as a slug, or, for a
 * draft without a title, its kind and period years (`medborgarlofte-2020-2021`),
 * so a name still says what the file is.
 */
export function fileNameStem(draft: Draft, { withPromises = false, addition = '' }: FileNameOptions = {}): string {
  const title = shorten(slug(draft.title)) || slug(`${draft.kind} ${formatPeriodYears(draft.period)}`) || 'utkast';
  const parts = [title, withPromises ? slug(FILE_NAME_TEXT.withPromises) : '', slug(addition)];
  return parts.filter(Boolean).join('-');
}

/** A slug cut to at most {@link TITLE_CHARS}, between words where it has more than one. */
function shorten(slugged: string): string {
  if (slugged.length <= TITLE_CHARS) return slugged;
  const cut = slugged.slice(0, TITLE_CHARS + 1);
  const lastBreak = cut.lastIndexOf('-');
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut.slice(0, TITLE_CHARS);
}

/** Text as a–z, 0–9 and single "-" between words; other letters lose their accents (é → e) or go. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åäöéüæø]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** How a shared draft's file name ends: "Dela utkast" writes, and "Importera" offers, `<name>.samverka.json`. */
export const SHARED_DRAFT_EXTENSION = 'samverka.json';

/** The suggested name of a shared draft's file: `medborgarlofte-soderhamn-2020-2021.samverka.json`. */
export function sharedDraftFileName(draft: Draft): string {
  return suggestFileName(draft, SHARED_DRAFT_EXTENSION);
}

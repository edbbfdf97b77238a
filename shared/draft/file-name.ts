import { formatPeriodYears } from '../calendar';
import { FILE_NAME_TEXT } from '../i18n/exports';
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
  const title = shorten(slug(draft.title)) || slug(`${draft.kind} ${formatPeriodYears(draft.period)}`) || FILE_NAME_TEXT.untitled;
  const parts = [title, withPromises ? slug(FILE_NAME_TEXT.withPromises) : '', slug(addition)];
  const stem = parts.filter(Boolean).join('-');
  // A draft titled "Con" or "Nul" would be named like a Windows device, which no file can be: the kind makes it a name.
  return isWindowsDeviceName(stem) ? `${stem}-${slug(draft.kind)}` : stem;
}

/**
 * The names Windows keeps for devices, whatever their case and whatever
 * follows the first dot (`con.docx`, `Com1.samverka.json` and `nul .txt`
 * are all the device, not a file); `¹²³` count as digits there too.
 */
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])$/i;

/** Whether Windows would take a file or folder name as a device (the part before its first dot, trailing spaces ignored). */
export function isWindowsDeviceName(name: string): boolean {
  return WINDOWS_DEVICE_NAME.test(name.split('.')[0].trimEnd());
}

/**
 * A file or folder name that every system the app runs on can create and
 * open again: the characters Windows refuses (`<>:"/\|?*`, control
 * characters) become "_", trailing dots and spaces (which Windows drops
 * silently, so the file would be written under another name) are removed,
 * and a device name (`CON`, `nul.docx`, `LPT9`) gets a leading "_". Names
 * the app suggests itself are SKR style and pass unchanged; this is for
 * names it takes from elsewhere and writes without a dialog.
 */
export function windowsSafeFileName(name: string, fallback: string = FILE_NAME_TEXT.file): string {
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '');
  if (!cleaned) return fallback;
  return isWindowsDeviceName(cleaned) ? `_${cleaned}` : cleaned;
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

import { formatPeriodYears } from '../calendar';
import { FILE_NAME_TEXT } from '../i18n/exports';
import { placeOfMunicipality } from './party-names';
import type { Draft } from './schema';

const TRANSLITERATION: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/** Longest part of a file name taken from the title, for a draft without a named municipality. */
const TITLE_CHARS = 60;

/** Most municipalities a file name lists; more are "m-fl". */
const MUNICIPALITIES_NAMED = 3;

/** What a suggested file name says besides the draft's kind, municipality and period. */
export interface FileNameOptions {
  /** The file holds an agreement with its löften as bilagor: the name ends `-med-medborgarloften`. */
  withPromises?: boolean;
  /** Words that say what the file holds besides the draft ("uppföljning"), added at the end as a slug. */
  addition?: string;
}

/**
 * A file name for sharing, as SKR advises: lower-case a–z, 0–9, "-" and "_",
 * no spaces, no å/ä/ö, descriptive — `medborgarlofte-soderhamn-2020-2021.docx`,
 * or with `withPromises` `samverkansoverenskommelse-hofors-2027-2030-med-medborgarloften.docx`.
 * The same for every kind of file: only the extension differs.
 */
export function suggestFileName(draft: Draft, extension: string, options: FileNameOptions = {}): string {
  return `${fileNameStem(draft, options)}.${extension}`;
}

/**
 * The suggested name without its extension: the draft's kind, its
 * municipalities and its period years (`samverkansoverenskommelse-hofors-2027-2030`),
 * never cut, so a long title cannot cost the name its end year. A draft with
 * no named municipality yet is named by its title instead (without the kind
 * and years it usually repeats), and one without a title as "utkast".
 */
export function fileNameStem(draft: Draft, { withPromises = false, addition = '' }: FileNameOptions = {}): string {
  const kind = slug(draft.kind);
  const years = periodSlug(draft.period);
  const who = municipalitiesSlug(draft) || titleSlug(draft.title, kind, years) || FILE_NAME_TEXT.untitled;
  const parts = [kind, who, years, withPromises ? slug(FILE_NAME_TEXT.withPromises) : '', slug(addition)];
  return parts.filter(Boolean).join('-');
}

/** `2020-2021`, `2027` for one year, `2024-tills-vidare` for an open-ended period, "" without a start. */
function periodSlug(period: Draft['period']): string {
  const years = formatPeriodYears(period);
  if (!years) return '';
  return period.end ? slug(years) : slug(`${years.replace(/–$/, '')} ${FILE_NAME_TEXT.openEnded}`);
}

/** The municipalities' names as places (`soderhamn-ljusdal`), three at most and then "m-fl"; "" when none is named. */
function municipalitiesSlug(draft: Draft): string {
  const places = draft.parties
    .filter((party) => party.role === 'kommun')
    .map((party) => slug(placeOfMunicipality(party.name)))
    .filter(Boolean);
  const named = [...new Set(places)];
  const listed = named.slice(0, MUNICIPALITIES_NAMED);
  if (named.length > MUNICIPALITIES_NAMED) listed.push(slug(FILE_NAME_TEXT.andOthers));
  return listed.join('-');
}

/** The title as a slug without the kind it starts with and the years it ends with, cut between words. */
function titleSlug(title: string, kind: string, years: string): string {
  let slugged = slug(title);
  // "Medborgarlöfte för Söderhamn …": the kind, and the word joining it to the name, are said by the name's first part.
  if (slugged === kind || slugged.startsWith(`${kind}-`)) slugged = slugged.slice(kind.length + 1).replace(/^(for|mellan)-/, '');
  if (years && (slugged === years || slugged.endsWith(`-${years}`))) slugged = slugged.slice(0, -years.length).replace(/-$/, '');
  return shorten(slugged);
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

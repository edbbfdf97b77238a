import type { Draft } from './schema';

const TRANSLITERATION: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u', æ: 'ae', ø: 'o' };

/**
 * A file name for sharing, as SKR advises: lower-case a–z, 0–9, "-" and "_",
 * no spaces, no å/ä/ö, descriptive — `medborgarlofte-soderhamn-2020-2021.docx`.
 */
export function suggestFileName(draft: Draft, extension: string): string {
  const words = draft.title.trim() || draft.kind;
  const slug = words
    .toLowerCase()
    .replace(/[åäöéüæø]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'utkast'}.${extension}`;
}

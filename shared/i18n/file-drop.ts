/**
 * What the window says when files are dropped on it
 * (renderer/components/file-drop.tsx). A shared draft starts "Importera
 * utkast" with the file, with that panel's own texts (library.ts); anything
 * else is left unopened, and this says so.
 */

/** A dropped file's name as quoted: its own name, cut so that a long one cannot fill the window. */
const quoted = (name: string) => {
  const characters = [...name];
  return `”${characters.length > 80 ? `${characters.slice(0, 76).join('')}…` : name}”`;
};

export const FILE_DROP_TEXT = {
  /** The only files that may be dropped: what "Dela utkast" writes. */
  draftSuffix: '.samverka.json',
  notDraft: (name: string) =>
    `${quoted(name)} öppnades inte. Bara utkast som delats från Samverka, filer som slutar på .samverka.json, kan släppas här.`,
  several: (count: number) => `Släpp en fil i taget. Ingen av de ${count} filerna öppnades.`,
  close: 'Stäng',
} as const;

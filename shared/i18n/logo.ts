import type { ImageMediaType, ImageProblem } from '../draft/image';
import { LIMITS } from '../draft/limits';
import { formatBytes } from './file-system';

/**
 * The Swedish texts of the parties' logos: why a logo is refused (when it is
 * picked, and when a draft file carries a bad one), the editor's logo
 * controls, and the text the document falls back on for a logo without its
 * own alternative text.
 */

const FORMAT_NAME: Record<ImageMediaType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/** A size over the limit, never rounded down to it ("301 kB", not "300 kB"; "2,4 MB"). */
const sizeOver = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : formatBytes(bytes));

const PICK_AGAIN = 'Välj en logotyp sparad som PNG eller JPEG.';
const SAVE_SMALLER = 'Spara den i mindre storlek och försök igen.';

/**
 * Why a picked file cannot be a logo, as whole sentences: what is wrong,
 * then what to do.
 */
export function pickedLogoMessage(problem: ImageProblem): string {
  switch (problem.kind) {
    case 'empty':
      return `Filen är tom. ${PICK_AGAIN}`;
    case 'not-image':
      return `Filen är inte en PNG- eller JPEG-bild. ${PICK_AGAIN}`;
    case 'other-format':
      return `Filen är en ${problem.format}-bild; logotypen måste vara PNG eller JPEG. Spara om den som PNG i ett bildprogram och försök igen.`;
    case 'unsupported-jpeg':
      return 'Bilden är en sorts JPEG som många program inte kan visa (förlustfri eller aritmetiskt kodad). Spara om den som vanlig JPEG eller som PNG och försök igen.';
    case 'damaged':
      return 'Bilden är skadad eller ofullständig och kan inte användas. Spara logotypen på nytt som PNG eller JPEG och försök igen.';
    case 'too-large':
      return `Logotypen är ${sizeOver(problem.bytes)}; den får vara högst ${formatBytes(LIMITS.logoBytes)}. ${SAVE_SMALLER}`;
    case 'too-many-pixels':
      return `Logotypen är ${problem.width} × ${problem.height} pixlar; den får vara högst ${LIMITS.logoPixels} pixlar på längsta sidan. ${SAVE_SMALLER}`;
    case 'wrong-media-type':
      return `Bilden är märkt som ${FORMAT_NAME[problem.declared]} men är en ${FORMAT_NAME[problem.actual]}-bild. ${PICK_AGAIN}`;
  }
}

/**
 * Why a draft's logo is refused, as the file reader lists a field's problem
 * after the field's name ("Part 1, logotyp: bilden är skadad …"): a
 * fragment, since the file as a whole is refused and its message says what to do.
 */
export function logoFieldMessage(problem: ImageProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'bilden saknas';
    case 'not-image':
      return 'bilden är inte en PNG- eller JPEG-bild';
    case 'other-format':
      return `bilden är en ${problem.format}-bild; en logotyp måste vara PNG eller JPEG`;
    case 'unsupported-jpeg':
      return 'bilden är en sorts JPEG som många program inte kan visa';
    case 'damaged':
      return 'bilden är skadad eller ofullständig';
    case 'too-large':
      return `bilden är ${sizeOver(problem.bytes)}; en logotyp får vara högst ${formatBytes(LIMITS.logoBytes)}`;
    case 'too-many-pixels':
      return `bilden är ${problem.width} × ${problem.height} pixlar; en logotyp får vara högst ${LIMITS.logoPixels} pixlar på längsta sidan`;
    case 'wrong-media-type':
      return `bilden är märkt som ${FORMAT_NAME[problem.declared]} men är en ${FORMAT_NAME[problem.actual]}-bild`;
  }
}

/** Messages of picking a logo that are about the file rather than the image. */
export const LOGO_MESSAGE = {
  unreadable: (detail: string) => `Filen kunde inte läsas (${detail}). Kontrollera att den finns och går att öppna, eller välj en annan fil.`,
  notAFile: () => `Det valda är inte en fil. ${PICK_AGAIN}`,
  /** The cause for `unreadable` when the file is gone (fileSystemCause words ENOENT for a folder). */
  missing: 'filen finns inte längre',
} as const;

/** The logo controls of a party in the editor, and the document's fallback text. */
export const LOGO_TEXT = {
  legend: 'Logotyp',
  hint: `Valfritt. PNG eller JPEG, högst ${formatBytes(LIMITS.logoBytes)}. Visas överst på dokumentets första sida.`,
  add: 'Lägg till logotyp',
  /** Accessible names say whose logo: every party has the same buttons. */
  addLabel: (n: number) => `Lägg till logotyp för part ${n}`,
  replace: 'Byt logotyp',
  replaceLabel: (n: number) => `Byt logotyp för part ${n}`,
  remove: 'Ta bort logotyp',
  removeLabel: (n: number) => `Ta bort logotyp för part ${n}`,
  alt: 'Alternativtext',
  altHint: (fallback: string) =>
    `Vad logotypen visar, för den som inte ser bilden, till exempel ”Söderhamns kommuns logotyp”. Lämnas fältet tomt står det ”${fallback}”.`,
  /** Where the logo will be shown and how large it is, under the preview in the editor. */
  size: (width: number, height: number, mediaType: ImageMediaType) => `${FORMAT_NAME[mediaType]}, ${width} × ${height} pixlar`,
  /** The alternative text of a logo whose party wrote none: never empty, so a screen reader always says whose logo it is. */
  documentAlt: (party: string) => `Logotyp för ${party}`,
} as const;

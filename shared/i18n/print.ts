import { inSentence } from './sentence';

/**
 * "Skriv ut": the print preview page (renderer/print), and the Node side's
 * messages when printing or making the PDF fails. The PDF export's own words
 * are in exports.ts.
 */

/** The print preview page, `#/utkast/<id>/skriv-ut`. */
export const PRINT_TEXT = {
  eyebrow: 'Skriv ut',
  heading: (title: string) => `Skriv ut ${title}`,
  untitled: '(utan titel)',
  back: 'Tillbaka till utkastet',
  intro: 'Skriv ut dokumentet för underskrift, eller exportera det som PDF för publicering. Båda görs av det sparade utkastet.',
  loading: 'Hämtar dokumentet…',
  loadFailed: (message: string) => `Dokumentet kunde inte hämtas: ${inSentence(message)}.`,
  retry: 'Försök igen',
  /** The settings beside the sheets. */
  settings: 'Inställningar för utskrift',
  pages: (pages: number) => (pages === 1 ? 'Dokumentet har 1 sida.' : `Dokumentet har ${pages} sidor.`),
  measuring: 'Sidorna räknas…',
  copies: 'Antal exemplar',
  copiesHint: (originals: number | null) =>
    originals === null
      ? 'Utkastet anger inte hur många original som upprättas, så två exemplar är förvalt. Du kan ändra antalet i utskriftsdialogen också.'
      : `Dokumentet upprättas i ${originals} original. Du kan ändra antalet i utskriftsdialogen också.`,
  copiesInvalid: (min: number, max: number) => `Skriv ett heltal från ${min} till ${max}.`,
  print: 'Skriv ut',
  pdf: 'Exportera PDF',
  previewHint: 'Så här blir dokumentet på papper. Utskriften och PDF-filen får exakt de här sidorna.',
  /** The live line under "Skriv ut" (in the shape of the export panel's result lines). */
  printRun: {
    running: 'Öppnar utskriftsdialogen…',
    done: () => 'Dokumentet skickades till skrivaren.',
    cancelled: 'Utskriften avbröts.',
    failed: (message: string) => `Kunde inte skriva ut: ${inSentence(message)}.`,
    /** Never shown: the print page saves nothing before it prints. */
    notSaved: 'De senaste ändringarna är inte sparade. Gå tillbaka till utkastet och försök spara igen först.',
  },
} as const;

/** The Node side's messages when a PDF or a print job fails; each says what to do. */
export const PRINT_MESSAGE = {
  pdfFailed: (detail: string) => `PDF-filen kunde inte göras: ${inSentence(detail)}. Ingen fil skrevs; försök igen.`,
  printFailed: (detail: string) => `Dokumentet kunde inte skrivas ut: ${inSentence(detail)}. Försök igen, eller exportera en PDF och skriv ut den.`,
  /** The print window did not lay the document out in time. */
  timeout: (seconds: number) => `dokumentet blev inte klart att skriva ut inom ${seconds} sekunder`,
  /** The print window's page could not read the draft. */
  notLoaded: 'dokumentet kunde inte läsas in för utskrift',
  /** The PDF was made but could not be finished for publishing (artifacts, bookmarks, metadata: electron/services/pdf-publish.ts). */
  notPublished: 'tillgänglighetsanpassningen av PDF-filen misslyckades',
} as const;

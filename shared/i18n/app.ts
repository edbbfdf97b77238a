/**
 * The app as a whole: the window's title and the texts of every page's
 * frame, the messages of the boundary between the window and the Node side,
 * and the operating system's dialogs.
 */

export const APP_TEXT = {
  name: 'Samverka',
  tagline: 'Medborgarlöften och samverkansöverenskommelser',
  documentTitle: (page?: string) => (page ? `${page} – Samverka` : 'Samverka'),
  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Adressen leder inte till någon sida i Samverka.',
  backToStart: 'Till alla dokument',
  dataFolder: 'Datamapp och säkerhetskopior',
  unexpected: (detail: string) => `Något gick fel: ${detail}`,
} as const;

/** Messages of the boundary between the window and the Node side. */
export const IPC_MESSAGE = {
  unknownChannel: (name: string) => `Okänd funktion ”${name}”.`,
  invalidArguments: (fields: string[]) => `Uppgifterna kunde inte tas emot; kontrollera ${fields.join(', ')}.`,
  unexpected: (detail: string) => `Ett oväntat fel inträffade: ${detail}`,
} as const;

/** Texts of the operating system's dialogs. */
export const DIALOG_TEXT = {
  saveTitle: { docx: 'Exportera till Word', draft: 'Dela utkast', pdf: 'Exportera PDF', csv: 'Exportera uppföljning som CSV', image: 'Spara bild' },
  openTitle: { docx: 'Öppna Word-dokument', draft: 'Importera utkast', pdf: 'Öppna PDF', csv: 'Öppna CSV-fil', image: 'Välj logotyp (PNG eller JPEG)' },
  /** The dialog's file filter per kind of file; a shared draft is `<name>.samverka.json`. */
  filter: {
    docx: { name: 'Word-dokument', extensions: ['docx'] },
    draft: { name: 'Samverka-utkast', extensions: ['json'] },
    pdf: { name: 'PDF-dokument', extensions: ['pdf'] },
    csv: { name: 'CSV-fil (Excel)', extensions: ['csv'] },
    image: { name: 'Bild (PNG eller JPEG)', extensions: ['png', 'jpg', 'jpeg'] },
  },
} as const;

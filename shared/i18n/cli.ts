/** What the command line prints. */
export const CLI_TEXT = {
  usage: `Användning:
  npm run cli -- check <utkast.json>
      Kontrollerar filen och om utkastet är klart för underskrift.
      Slutkod 0: klart, 1: inte klart (fel listas), 2: filen kan inte läsas eller följer inte formatet.
  npm run cli -- export <utkast.json> [-o <fil.docx>]
      Skriver utkastet som Word-dokument (förvalt namn enligt SKR:s råd, bredvid utkastet).
      Slutkod 0: exporterat, 2: filen kan inte läsas, 3: dokumentet kunde inte skrivas.
  npm run cli -- merge --base <gemensam.json> --ours <vår.json> --theirs <deras.json> -o <ut.json>
      Sammanfogar två versioner av ett utkast som utgår från en gemensam version: det som bara
      den ena sidan ändrat tas in, det som båda ändrat olika blir en konflikt där båda värdena
      sparas i ut-filen (konflikterna listas). Ett undertecknat utkast ändras aldrig.
      Slutkod 0: sammanfogat utan konflikter, 1: sammanfogat med konflikter (eller undertecknat:
      ändringarna hör till en ny revision), 2: en fil kan inte läsas (inget skrivs), 3: ut-filen kunde inte skrivas.
  npm run cli -- diff <a.json> <b.json>
      Listar ändringarna från a till b, en per rad med det nya värdet.
      Slutkod 0: inga ändringar, 1: ändringar finns, 2: en fil kan inte läsas.
Filerna som läses ändras aldrig.`,
  unknownCommand: (command: string) => `Okänt kommando ”${command}”.`,
  missingFile: 'Ange utkastfilen.',
  cannotRead: (file: string) => `Kan inte läsa ${file}:`,
  ready: 'Klart för underskrift: inga fel.',
  notReady: (errors: number) => `Inte klart för underskrift: ${errors === 1 ? '1 fel' : `${errors} fel`}.`,
  warnings: (count: number) => (count === 1 ? '1 varning:' : `${count} varningar:`),
  errorLine: (message: string) => `  Fel: ${message}`,
  warningLine: (message: string) => `  Varning: ${message}`,
  sameFile: 'Utfilen får inte vara samma fil som utkastet.',
  mergeFiles: 'Ange --base, --ours, --theirs och -o.',
  diffFiles: 'Ange två utkastfiler.',
  noDifferences: 'Inga ändringar.',
  written: (file: string) => `Skrev ${file}`,
  exported: (file: string) => `Exporterade ${file}`,
  exportNotReady: (errors: number) =>
    `Observera: utkastet är inte klart för underskrift (${errors === 1 ? '1 fel' : `${errors} fel`}); dokumentet är exporterat ändå.`,
} as const;

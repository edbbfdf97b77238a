import type { Draft, DraftKind, DraftStatus } from '../draft/schema';
import type { EmailAttachment } from '../ipc/vocabulary';
import { formatPeriodYears } from '../calendar';
import { KIND_LABEL } from './terms';
import { inSentence } from './sentence';

/**
 * Texts of "Skicka med e-post": the default subject and body of the email
 * draft, the panel's words, and the Node side's messages (each says what
 * failed and what to do).
 */


/** The files "Skicka med e-post" can attach, as the checkboxes name them. */
export const EMAIL_ATTACHMENT_LABEL: Record<EmailAttachment, string> = {
  docx: 'Word-dokument (.docx)',
  pdf: 'PDF',
  utkast: 'Utkastfil (.samverka.json)',
};

/** What each attached file is, after its name in the body, for a reader who has no Samverka. */
const ATTACHMENT_NOTE: Record<EmailAttachment, string> = {
  docx: 'Word-dokument',
  pdf: 'PDF',
  utkast: 'utkastfil som kan öppnas med ”Importera utkast” i Samverka',
};

/** "medborgarlöftet" / "samverkansöverenskommelsen": the document named in a sentence. */
const DEFINITE: Record<DraftKind, string> = {
  medborgarlofte: 'medborgarlöftet',
  samverkansoverenskommelse: 'samverkansöverenskommelsen',
};

/** The article before "undertecknade": a löfte is neuter (det), an agreement common gender (den). */
const DEFINITE_ARTICLE: Record<DraftKind, string> = {
  medborgarlofte: 'det',
  samverkansoverenskommelse: 'den',
};

/** How the subject ends for each status; a löfte is neuter (ett), an agreement common gender (en). */
const SUBJECT_STATUS: Record<DraftStatus, Record<DraftKind, string>> = {
  utkast: { medborgarlofte: 'utkast för synpunkter', samverkansoverenskommelse: 'utkast för synpunkter' },
  klar: { medborgarlofte: 'klart för underskrift', samverkansoverenskommelse: 'klar för underskrift' },
  undertecknad: { medborgarlofte: 'undertecknat', samverkansoverenskommelse: 'undertecknad' },
};

/** The draft's name in a subject: its title, or its kind and years when it has no title yet. */
function documentName(draft: Pick<Draft, 'kind' | 'title' | 'period'>): string {
  const title = draft.title.trim();
  if (title) return title;
  return [KIND_LABEL[draft.kind], formatPeriodYears(draft.period)].filter(Boolean).join(' ');
}

/** The default subject: "Medborgarlöfte för Söderhamn 2020–2021 – utkast för synpunkter". */
export function emailSubject(draft: Pick<Draft, 'kind' | 'title' | 'period' | 'status'>): string {
  return `${documentName(draft)} – ${SUBJECT_STATUS[draft.status][draft.kind]}`;
}

/**
 * The document as the body's sentence names it, after its kind's definite
 * form: a title that starts with the kind word ("Medborgarlöfte för Söderhamn
 * 2020–2021") reads on from it — "medborgarlöftet för Söderhamn 2020–2021" —
 * rather than repeating it in quotes; any other title is quoted after the
 * kind ("medborgarlöftet ”Trygghet i Söderhamn”").
 */
function documentInSentence(draft: Pick<Draft, 'kind' | 'title' | 'period'>): string {
  const what = DEFINITE[draft.kind];
  const name = documentName(draft);
  const label = KIND_LABEL[draft.kind];
  const startsWithKind = new RegExp(`^(?:${label}|${what})(?=\\s|$)`, 'iu');
  return startsWithKind.test(name) ? name.replace(startsWithKind, what) : `${what} ”${name}”`;
}

/** The default body's opening sentence, by status. */
function opening(draft: Pick<Draft, 'kind' | 'title' | 'period' | 'status'>): string {
  const named = documentInSentence(draft);
  switch (draft.status) {
    case 'utkast':
      return `Här kommer ett utkast till ${named}. Vi tar gärna emot era synpunkter.`;
    case 'klar':
      return `Här kommer ${named}, ${SUBJECT_STATUS.klar[draft.kind]}.`;
    case 'undertecknad':
      return `Här kommer ${DEFINITE_ARTICLE[draft.kind]} undertecknade ${named}.`;
  }
}

/**
 * The default body: short, polite, naming each attached file and what it is,
 * and signed with nothing personal (the user adds a name in the mail program).
 */
export function emailBody(
  draft: Pick<Draft, 'kind' | 'title' | 'period' | 'status'>,
  files: readonly { attachment: EmailAttachment; fileName: string }[],
): string {
  const lines = ['Hej!', '', opening(draft)];
  if (files.length > 0) {
    lines.push('', files.length === 1 ? 'Bifogad fil:' : 'Bifogade filer:');
    for (const { attachment, fileName } of files) lines.push(`– ${fileName} (${ATTACHMENT_NOTE[attachment]})`);
  }
  lines.push('', 'Vänliga hälsningar');
  return lines.join('\n');
}

/**
 * Messages of "Skicka med e-post" from the Node side; the panel puts them
 * after "E-postutkastet kunde inte skapas:". Nothing is left behind when one
 * is given: the half-made email's folder is removed.
 */
export const EMAIL_MESSAGE = {
  /** Why the outbox folder cannot be made when a file (not a folder) has its name or is in its path. */
  notAFolder: 'det finns en fil med samma namn där mappen ska ligga',
  folderFailed: (folder: string, cause: string) =>
    `Mappen ”${folder}” för e-postutkast kunde inte skapas: ${cause}. Frigör utrymme eller kontrollera behörigheten och försök igen.`,
  writeFailed: (fileName: string, cause: string) =>
    `Filen ”${fileName}” kunde inte skrivas: ${cause}. Inga filer sparades; frigör utrymme eller kontrollera behörigheten och försök igen.`,
  pdfFailed: (detail: string) =>
    `PDF:en kunde inte göras (${inSentence(detail)}). Inga filer sparades; försök igen, eller skicka utan PDF.`,
} as const;

/** The "Skicka med e-post" panel in the editor's side column. */
export const EMAIL_TEXT = {
  summary: 'Skicka med e-post',
  intro: 'Skapar ett e-postutkast med filerna bifogade och öppnar det i ditt e-postprogram. Där fyller du i mottagare och skickar.',
  attachments: 'Bifoga',
  noAttachment: 'Välj minst en fil att bifoga.',
  subject: 'Ämne',
  subjectMissing: 'Skriv ett ämne.',
  body: 'Meddelande',
  bodyHint: 'Du kan ändra texten här eller i e-postprogrammet.',
  withPromises: 'Ta med medborgarlöftena som bilagor i Word-dokumentet och PDF:en',
  button: 'Skapa e-post',
  running: 'Skapar e-postutkastet…',
  opened: 'E-postutkastet öppnades i ditt e-postprogram.',
  notOpened: (folder: string) =>
    `E-postutkastet kunde inte öppnas i ett e-postprogram; filerna visas i mappen ”${folder}”. Öppna .eml-filen där eller bifoga filerna själv.`,
  cancelled: 'Inget e-postutkast skapades.',
  failed: (message: string) => `E-postutkastet kunde inte skapas: ${inSentence(message)}.`,
  notSaved: 'E-postutkastet skapades inte: de senaste ändringarna är inte sparade. Försök spara igen först.',
  hint: 'Filerna görs av det sparade utkastet, som sparas först. Versionen som skickas behålls under Versioner.',
} as const;

import type { PartyRole } from '../draft/vocabulary';
import { firstWords } from './sentence';

/**
 * Whom a comment's author speaks for, as a thread shows it and the change
 * lines name it: "Polisen, Anna Svensson". The roles of terms.ts's
 * ROLE_LABEL, in the definite form an author speaks for.
 */
export const AUTHOR_ROLE_LABEL: Record<PartyRole, string> = {
  kommun: 'Kommunen',
  polis: 'Polisen',
  annan: 'Annan part',
};

/** "Polisen, Anna Svensson"; the role alone while the name is blank. */
export const authorName = (author: { role: PartyRole; name: string }) =>
  [AUTHOR_ROLE_LABEL[author.role] ?? author.role, author.name.trim()].filter(Boolean).join(', ');

/** Who sent a shared file, as "Ta emot ändringar" names it: "Polisen (Anna Svensson)"; the role alone while the name is blank. */
export const senderName = (author: { role: PartyRole; name: string }) => {
  const role = AUTHOR_ROLE_LABEL[author.role] ?? author.role;
  return author.name.trim() ? `${role} (${author.name.trim()})` : role;
};

/** Kommentarer in the editor: the "Kommentera" control, a thread, "Jag företräder". */
export const COMMENT_TEXT = {
  /** The control beside a section, a field or an activity card; `where` for a screen reader. */
  comment: 'Kommentera',
  commentOn: (where: string) => `Kommentera ${where}`,
  /** The control once the place has comments: "Kommentarer (2 öppna)". */
  comments: (open: number, total: number) => (open > 0 ? `Kommentarer (${open} ${open === 1 ? 'öppen' : 'öppna'})` : `Kommentarer (${total} ${total === 1 ? 'löst' : 'lösta'})`),
  /** The control's name once there are comments: its visible words and the place. */
  commentsOn: (visible: string, where: string) => `${visible} om ${where}`,
  threadsHeading: (where: string) => `Kommentarer om ${where}`,
  newComment: 'Ny kommentar',
  add: 'Lägg till kommentar',
  reply: 'Svara',
  replyLabel: 'Ditt svar',
  sendReply: 'Skicka svar',
  resolve: 'Markera som löst',
  reopen: 'Öppna igen',
  resolved: (by: string, at: string) => `Löst av ${by}, ${at}`,
  open: 'Öppen',
  close: 'Stäng kommentarerna',
  cancel: 'Avbryt',
  /** What is written is not printed: said once, under the box. */
  notPrinted: 'Kommentarer syns för alla som får filen men skrivs aldrig ut i dokumentet.',
  /** A comment shown on its section because what it is about was removed. */
  aboutRemoved: 'Gäller något som har tagits bort ur utkastet.',
  emptyText: 'Skriv något i kommentaren först.',
  emptyReply: 'Skriv något i svaret först.',
  /** At the file format's limits; what was typed stays in the box. */
  tooManyComments: (limit: number) => `Utkastet har redan ${limit} kommentarer, fler än så rymmer det inte. Din text finns kvar i rutan.`,
  tooManyReplies: (limit: number) => `Kommentaren har redan ${limit} svar, fler än så rymmer den inte. Ditt svar finns kvar i rutan.`,
  /** "Jag företräder": asked before the first comment, kept in the data folder. */
  author: {
    heading: 'Jag företräder',
    intro: 'Dina kommentarer visas med vem du företräder och ditt namn. Du anger det en gång; det sparas i datamappen.',
    role: 'Part',
    name: 'Ditt namn',
    save: 'Spara',
    missingName: 'Skriv ditt namn.',
    /** Shown above the comment box once it is set: "Du kommenterar som Polisen, Anna Svensson." */
    as: (who: string) => `Du kommenterar som ${who}.`,
    change: 'Ändra',
  },
  /** A comment's place, for the panel and the control's label: "löftesmeningen" is said "Löftesmening" elsewhere. */
  place: (label: string) => label.charAt(0).toLowerCase() + label.slice(1),
  section: (name: string) => `avsnittet ${name}`,
  /** A comment's or a reply's byline: "Polisen, Anna Svensson · 2026-11-21 10:00". */
  written: 'skrev',
  repliesLabel: 'Svar',
  /** For a screen reader, which comment a button is about; each starts with its visible words (speech control finds it by them): "Svara på kommentaren från Polisen, Anna Svensson". */
  replyTo: (who: string) => `Svara på kommentaren från ${who}`,
  resolveComment: (who: string) => `Markera som löst, kommentaren från ${who}`,
  reopenComment: (who: string) => `Öppna igen, kommentaren från ${who}`,
} as const;

/** Refusals and failures of the author setting (electron/services/author.ts). */
export const COMMENT_MESSAGE = {
  authorUnreadable: 'Inställningen för vem du företräder kunde inte läsas. Ange den igen.',
} as const;

/** The first words of a comment, to name it. */
export const commentName = (text: string) => firstWords(text);

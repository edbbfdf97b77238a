import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import { windowsSafeFileName } from '../../shared/draft/file-name';

/** One file carried by an email draft, byte for byte. */
export interface EmlAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** What an email draft holds; no From or To: the user fills them in in the mail program. */
export interface EmlMessage {
  subject: string;
  /** Plain text; any line breaks (\n, \r\n, \r) become CRLF. */
  body: string;
  attachments: readonly EmlAttachment[];
  date: Date;
  /** Without angle brackets; a random one `@samverka.invalid` when not given. */
  messageId?: string;
  /** The multipart boundary; a random one when not given (tests pass their own). */
  boundary?: string;
}

/** Content types by how a file name ends; the longest ending first, so `.samverka.json` is JSON. */
const CONTENT_TYPES: readonly [string, string][] = [
  ['.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['.pdf', 'application/pdf'],
  ['.json', 'application/json'],
  ['.csv', 'text/csv'],
];

/** The content type of a file we attach, by its name; `application/octet-stream` for anything else. */
export function contentTypeOf(fileName: string): string {
  const lower = fileName.toLowerCase();
  return CONTENT_TYPES.find(([ending]) => lower.endsWith(ending))?.[1] ?? 'application/octet-stream';
}

/**
 * An email draft as an RFC 5322 message (an `.eml` file), composed by
 * nodemailer's MailComposer: `X-Unsent: 1`, so Outlook opens it as a draft to
 * edit and send (Thunderbird and Apple Mail open it too), a subject, a UTF-8
 * text body and the files attached byte for byte. Every line ends CRLF; the
 * message is plain ASCII (the subject in RFC 2047 base64 words, the body
 * quoted-printable, so it stays readable in the file, file names in RFC 2231
 * and RFC 2047 form, files in base64). `mailto:` cannot carry files, which is
 * why the app writes this instead.
 */
export async function buildEml(message: EmlMessage): Promise<Uint8Array> {
  const root = new MailComposer({
    headers: { 'X-Unsent': '1' },
    // One line of words: a line break or tab the user pasted has no place in a header.
    subject: message.subject.replace(/\s+/g, ' ').trim(),
    date: message.date,
    messageId: `<${message.messageId ?? `${randomUUID()}@samverka.invalid`}>`,
    // An alternative rather than `text`, which an empty body would leave out: the message always has its text part.
    // Every line break as \n, which `newline` writes as CRLF (a lone \r would stay a bare CR).
    alternatives: [{ contentType: 'text/plain; charset=utf-8', content: message.body.replace(/\r\n?/g, '\n') }],
    attachments: message.attachments.map(({ fileName, contentType, bytes }) => ({
      // The mail program saves the file under this name, on Windows too: never a device name or a name ending in a dot.
      filename: windowsSafeFileName(fileName),
      contentType,
      content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
    })),
    // Non-ASCII header text as base64 words (=?UTF-8?B?…?=); the body always quoted-printable, which nodemailer
    // would otherwise trade for base64 in a mostly non-ASCII text; every line ending CRLF.
    textEncoding: 'B',
    encoding: 'quoted-printable',
    newline: 'windows',
    // "=_" cannot occur in base64 or quoted-printable; checked below all the same.
    boundaryPrefix: '=_samverka',
  }).compile();
  if (message.boundary) root.boundary = message.boundary;
  const eml = await root.build();
  // A multipart message (body and files) has a delimiter line before each part and one after the last.
  const { boundary } = root;
  if (boundary) {
    const delimiters = eml.toString('latin1').split('\r\n').filter((line) => line.startsWith(`--${boundary}`));
    if (delimiters.length !== root.childNodes.length + 1) throw new Error('The boundary occurs in a part.');
  }
  return new Uint8Array(eml.buffer, eml.byteOffset, eml.byteLength);
}

import { randomBytes, randomUUID } from 'node:crypto';
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
  /** Plain text; any line breaks (\n, \r\n) become CRLF. */
  body: string;
  attachments: readonly EmlAttachment[];
  date: Date;
  /** Without angle brackets; a random one `@samverka.invalid` when not given. */
  messageId?: string;
  /** The multipart boundary; a random one when not given (tests pass their own). */
  boundary?: string;
}

const CRLF = '\r\n';
/** RFC 5322's recommended line length; every line we write keeps to it. */
const MAX_LINE = 78;
/** RFC 2045's limit for encoded lines (base64, quoted-printable). */
const ENCODED_LINE = 76;

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
 * An email draft as an RFC 5322 message (an `.eml` file): `X-Unsent: 1`, so
 * Outlook opens it as a draft to edit and send (Thunderbird and Apple Mail
 * open it too), a subject, a UTF-8 text body and the files attached
 * byte for byte. Every line ends CRLF and keeps within 78 characters; the
 * message is plain ASCII (non-ASCII text is encoded: RFC 2047 in the subject,
 * quoted-printable in the body, RFC 2231 in file names, base64 in files).
 * `mailto:` cannot carry files, which is why the app writes this instead.
 */
export function buildEml(message: EmlMessage): Uint8Array {
  const boundary = message.boundary ?? `=_samverka_${randomBytes(16).toString('hex')}`;
  const parts = [textPart(message.body), ...message.attachments.map(attachmentPart)];
  // "=_" cannot occur in base64 or quoted-printable, nor in the headers we write; checked all the same.
  if (parts.some((part) => part.includes(`--${boundary}`))) throw new Error('The boundary occurs in a part.');
  const headers = [
    'X-Unsent: 1',
    `Date: ${rfc5322Date(message.date)}`,
    foldHeader('Subject', encodeHeaderText(message.subject)),
    `Message-ID: <${message.messageId ?? `${randomUUID()}@samverka.invalid`}>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed;${CRLF} boundary="${boundary}"`,
  ];
  const text = [
    ...headers,
    '',
    'This is a multi-part message in MIME format.',
    ...parts.flatMap((part) => [`--${boundary}`, part]),
    `--${boundary}--`,
    '',
  ].join(CRLF);
  return new TextEncoder().encode(text);
}

/** The body part: UTF-8 text, quoted-printable, so it stays readable in the file. */
function textPart(body: string): string {
  return ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(body)].join(CRLF);
}

/**
 * One file: base64 in 76-character lines, named in both the content type
 * (`name`, which some programs read) and the disposition. The quoted names
 * are an ASCII stand-in cut to fit a line; the exact name, where it differs,
 * follows in RFC 2231 form, which parsers prefer.
 */
function attachmentPart({ fileName: given, contentType, bytes }: EmlAttachment): string {
  // The mail program saves the file under this name, on Windows too: never a device name or a name ending in a dot.
  const fileName = windowsSafeFileName(given);
  const fallback = asciiFileName(fileName);
  const short = fitFileName(fallback, MAX_LINE - ' filename="";'.length);
  const disposition = ['attachment', `filename="${short}"`, ...(short === fileName ? [] : rfc2231('filename', fileName))];
  return [
    `Content-Type: ${contentType};${CRLF} name="${short}"`,
    'Content-Transfer-Encoding: base64',
    `Content-Disposition: ${disposition.join(`;${CRLF} `)}`,
    '',
    base64Lines(bytes),
  ].join(CRLF);
}

/** A file name cut to `max` characters, keeping its extension (`.samverka.json` whole). */
function fitFileName(name: string, max: number): string {
  if (name.length <= max) return name;
  const match = /(\.[A-Za-z0-9]{1,10}){1,2}$/.exec(name);
  const extension = match && match[0].length < max / 2 ? match[0] : '';
  return `${name.slice(0, max - extension.length)}${extension}`;
}

/** Base64 in lines of 76 characters. */
export function base64Lines(bytes: Uint8Array): string {
  const encoded = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += ENCODED_LINE) lines.push(encoded.slice(at, at + ENCODED_LINE));
  return lines.join(CRLF);
}

/**
 * Quoted-printable (RFC 2045) of UTF-8 text: printable ASCII as it is, other
 * bytes as =XX, hard line breaks as CRLF, and soft breaks ("=" at the end)
 * that keep lines within 76 characters without splitting a character.
 */
export function quotedPrintable(text: string): string {
  const encoder = new TextEncoder();
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => {
      const chars = Array.from(line);
      const tokens = chars.map((char, index) => {
        const last = index === chars.length - 1;
        if (char === ' ' || char === '\t') return last ? hexBytes(encoder.encode(char)) : char;
        const code = char.codePointAt(0)!;
        if (code >= 33 && code <= 126 && char !== '=') return char;
        return hexBytes(encoder.encode(char));
      });
      // A line starting with "." or "From " is treated specially by some mail software; encode its first byte.
      if (tokens.length > 0 && (line.startsWith('.') || line.startsWith('From '))) tokens[0] = hexBytes(encoder.encode(chars[0]));
      const out: string[] = [];
      let current = '';
      for (const token of tokens) {
        if (current.length + token.length > ENCODED_LINE - 1) {
          out.push(`${current}=`);
          current = '';
        }
        current += token;
      }
      out.push(current);
      return out.join(CRLF);
    })
    .join(CRLF);
}

const hexBytes = (bytes: Uint8Array) => Array.from(bytes, (byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** Whether text is printable ASCII (with spaces), which a header can carry as it is. */
const isPlainAscii = (text: string) => /^[\x20-\x7e]*$/.test(text);

/**
 * Header text as it may be written: printable ASCII as it is, anything else
 * as RFC 2047 encoded-words (UTF-8, base64), each at most 68 characters and
 * never splitting a character, one a folded line; `foldHeader` puts them on lines.
 */
export function encodeHeaderText(text: string): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (isPlainAscii(clean) && !/=\?/.test(clean)) return clean.split(/(?<= )/);
  const words: string[] = [];
  const encoder = new TextEncoder();
  let chunk: number[] = [];
  const flush = () => {
    if (chunk.length > 0) words.push(`=?UTF-8?B?${Buffer.from(chunk).toString('base64')}?= `);
    chunk = [];
  };
  for (const char of clean) {
    const bytes = encoder.encode(char);
    // 42 bytes are 56 base64 characters: "Subject: " and the word stay within 78.
    if (chunk.length + bytes.length > 42) flush();
    chunk.push(...bytes);
  }
  flush();
  return words.map((word, index) => (index === words.length - 1 ? word.trimEnd() : word));
}

/**
 * "Name: value", folded (CRLF and a space) before a piece that would make the
 * line longer than 78 characters. Adjacent encoded-words may be split by
 * folding: decoders drop the whitespace between them.
 */
export function foldHeader(name: string, pieces: readonly string[]): string {
  const lines: string[] = [];
  let current = `${name}: `;
  let empty = true;
  for (const piece of pieces) {
    if (!empty && (current + piece).trimEnd().length > MAX_LINE) {
      lines.push(current.trimEnd());
      current = ` ${piece}`;
    } else {
      current += piece;
    }
    empty = false;
  }
  lines.push(current.trimEnd());
  return lines.join(CRLF);
}

/** A file name as a quoted header parameter may hold it: letters, digits and a few signs; others become "_". */
function asciiFileName(fileName: string): string {
  const plain = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._ ()-]/g, '_');
  return windowsSafeFileName(plain);
}

/**
 * An RFC 2231 parameter with the exact UTF-8 name (`filename*=UTF-8''…`),
 * split into numbered pieces (`filename*0*=`, `filename*1*=` …), each
 * whole characters, when it would not fit on a line.
 */
function rfc2231(name: string, value: string): string[] {
  const encoder = new TextEncoder();
  // One token per character, so no piece ends inside a character's bytes.
  const encoded = Array.from(value, (char) =>
    /^[A-Za-z0-9!#$&+.^_`|~-]$/.test(char)
      ? char
      : Array.from(encoder.encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  const whole = `UTF-8''${encoded.join('')}`;
  if (` ${name}*=${whole};`.length <= MAX_LINE) return [`${name}*=${whole}`];
  const pieces: string[] = [];
  let current = "UTF-8''";
  for (const token of encoded) {
    if (current.length + token.length > 60) {
      pieces.push(current);
      current = '';
    }
    current += token;
  }
  pieces.push(current);
  return pieces.map((piece, index) => `${name}*${index}*=${piece}`);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as RFC 5322 writes it, in local time with its offset: "Thu, 12 Mar 2026 14:02:00 +0100". */
export function rfc5322Date(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${DAYS[date.getDay()]}, ${pad(date.getDate())} ${MONTHS[date.getMonth()]} ${date.getFullYear()} ${time} ${zone}`;
}

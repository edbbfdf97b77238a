import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEml, contentTypeOf, quotedPrintable } from '../../../../electron/services/email';

/**
 * The `.eml` builder, read back by a real MIME parser (mailparser): what a
 * mail program finds in the file must be what we put in, byte for byte.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DATE = new Date('2026-03-12T13:02:05Z');

const SUBJECT = 'Medborgarlöfte för Söderhamn 2020–2021 – utkast för synpunkter från Polismyndigheten, lokalpolisområde Hälsingland';
const BODY = [
  'Hej!',
  '',
  'Här kommer ett utkast till medborgarlöftet ”Medborgarlöfte för Söderhamn 2020–2021”. Vi tar gärna emot era synpunkter före midsommar, så att styrgruppen hinner gå igenom dem.',
  '.en rad som börjar med punkt',
  'From en rad som börjar som ett kuvert',
  'a=b och 100 % säkert ',
  'tab\tmitt i',
  'åäöÅÄÖ€😀'.repeat(12),
  '',
  'Vänliga hälsningar',
].join('\n');

/** Every byte value, in a random order, plus more random bytes: what a .docx or .pdf may hold. */
function binary(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  bytes.set(randomBytes(size));
  for (let i = 0; i < 256; i++) bytes[i] = i;
  return bytes;
}

function attachments() {
  return [
    { fileName: 'medborgarlofte-for-soderhamn-2020-2021.docx', contentType: DOCX, bytes: binary(40_000) },
    { fileName: 'medborgarlofte-for-soderhamn-2020-2021.pdf', contentType: 'application/pdf', bytes: binary(3_001) },
    {
      fileName: 'medborgarlofte-for-soderhamn-2020-2021.samverka.json',
      contentType: 'application/json',
      bytes: new TextEncoder().encode('{\n  "title": "Medborgarlöfte för Söderhamn 2020–2021"\n}\n'),
    },
    // Not a name the app makes, but the builder must carry any name exactly (RFC 2231, in pieces when long).
    { fileName: 'Medborgarlöfte för Söderhamn – undertecknat av kommunstyrelsens ordförande och lokalpolisområdeschefen.pdf', contentType: 'application/pdf', bytes: binary(300) },
  ];
}

describe('buildEml', () => {
  it('makes a message whose subject, body and attachments a MIME parser reads back exactly', async () => {
    const files = attachments();
    const eml = buildEml({ subject: SUBJECT, body: BODY, attachments: files, date: DATE, messageId: 'test-1@samverka.invalid' });
    const mail = await simpleParser(Buffer.from(eml));

    expect(mail.subject).toBe(SUBJECT);
    expect(mail.text).toBe(BODY);
    expect(mail.date?.toISOString()).toBe(DATE.toISOString());
    expect(mail.messageId).toBe('<test-1@samverka.invalid>');
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.headers.get('mime-version')).toBe('1.0');
    // No sender or recipient: the user fills them in in the mail program.
    expect(mail.from).toBeUndefined();
    expect(mail.to).toBeUndefined();

    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.contentDisposition])).toEqual(
      files.map((f) => [f.fileName, f.contentType, 'attachment']),
    );
    mail.attachments.forEach((attachment, i) => {
      expect(attachment.content.equals(Buffer.from(files[i].bytes)), files[i].fileName).toBe(true);
    });
  });

  it('is plain ASCII with CRLF line ends, lines within 78 characters, encoded lines within 76', () => {
    const eml = Buffer.from(buildEml({ subject: SUBJECT, body: BODY, attachments: attachments(), date: DATE }));
    expect([...eml].every((byte) => byte < 128)).toBe(true);
    const text = eml.toString('ascii');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    // The Word content type is one token of 71 characters: its header line cannot be folded.
    const long = lines.filter((line) => line.length > 78);
    expect(new Set(long)).toEqual(new Set([`Content-Type: ${DOCX};`]));
    const head = text.slice(0, text.indexOf('\r\n\r\n'));
    expect(head).toMatch(/^X-Unsent: 1\r\n/);
    expect(head).toMatch(/\r\nSubject: =\?UTF-8\?B\?/);
    expect(head).not.toMatch(/^(From|To|Cc):/im);
    // The body in quoted-printable, attachments in base64: every such line keeps to 76.
    const encoded = lines.filter((line) => !/^[\w-]+: |^\s/.test(line) && (/^[A-Za-z0-9+/=]+$/.test(line) || line.endsWith('=')));
    expect(encoded.length).toBeGreaterThan(500);
    expect(encoded.every((line) => line.length <= 76)).toBe(true);
  });

  it('keeps a plain ASCII subject readable and folds it under 78 characters', async () => {
    const subject = 'Samverkansoverenskommelse Ljusdal 2027-2030 - utkast for synpunkter fran kommunen och polisen i Ljusdal';
    const eml = new TextDecoder().decode(buildEml({ subject, body: 'Hej', attachments: [], date: DATE }));
    expect(eml).toContain('Subject: Samverkansoverenskommelse Ljusdal 2027-2030 - utkast for synpunkter\r\n fran');
    expect((await simpleParser(Buffer.from(eml))).subject).toBe(subject);
  });

  it('uses a random boundary, different for every message, and never one that occurs in a part', () => {
    const boundary = (eml: Uint8Array) => /boundary="([^"]+)"/.exec(new TextDecoder().decode(eml))![1];
    const message = { subject: 'Ämne', body: 'Hej', attachments: attachments(), date: DATE };
    expect(boundary(buildEml(message))).not.toBe(boundary(buildEml(message)));
    expect(() => buildEml({ ...message, body: 'rad\n--grans', boundary: 'grans' })).toThrow('The boundary occurs in a part.');
  });

  it('names each kind of file by its content type', () => {
    expect(contentTypeOf('a.docx')).toBe(DOCX);
    expect(contentTypeOf('a.PDF')).toBe('application/pdf');
    expect(contentTypeOf('a.samverka.json')).toBe('application/json');
    expect(contentTypeOf('a.bin')).toBe('application/octet-stream');
  });
});

describe('quotedPrintable', () => {
  it('splits long lines with soft breaks, never inside a character, and encodes trailing spaces', () => {
    const encoded = quotedPrintable(`${'ö'.repeat(40)}\nslut `);
    const lines = encoded.split('\r\n');
    expect(lines.every((line) => line.length <= 76)).toBe(true);
    // Each soft-broken line ends "=" after whole =C3=B6 pairs.
    expect(lines[0]).toMatch(/^(=C3=B6)+=$/);
    expect(lines.at(-1)).toBe('slut=20');
  });
});

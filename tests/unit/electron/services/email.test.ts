import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEml, contentTypeOf } from '../../../../electron/services/email';

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
    { fileName: 'medborgarlofte-soderhamn-2020-2021.docx', contentType: DOCX, bytes: binary(40_000) },
    { fileName: 'medborgarlofte-soderhamn-2020-2021.pdf', contentType: 'application/pdf', bytes: binary(3_001) },
    {
      fileName: 'medborgarlofte-soderhamn-2020-2021.samverka.json',
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
    const eml = await buildEml({ subject: SUBJECT, body: BODY, attachments: files, date: DATE, messageId: 'test-1@samverka.invalid' });
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

  it('is plain ASCII with CRLF line ends, lines within 78 characters, encoded lines within 76', async () => {
    const eml = Buffer.from(await buildEml({ subject: SUBJECT, body: BODY, attachments: attachments(), date: DATE }));
    expect([...eml].every((byte) => byte < 128)).toBe(true);
    const text = eml.toString('ascii');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    // The Word content type, one token of 71 characters, goes on a folded line of its own.
    expect(lines.filter((line) => line.length > 78)).toEqual([]);
    expect(lines).toContain(` ${DOCX};`);
    const head = text.slice(0, text.indexOf('\r\n\r\n'));
    expect(head).toMatch(/^X-Unsent: 1\r\n/);
    expect(head).toMatch(/\r\nSubject: =\?UTF-8\?B\?/);
    expect(head).not.toMatch(/^(From|To|Cc):/im);
    // The body in quoted-printable, attachments in base64: every such line keeps to 76.
    const encoded = lines.filter((line) => !/^[\w-]+: |^\s/.test(line) && (/^[A-Za-z0-9+/=]+$/.test(line) || line.endsWith('=')));
    expect(encoded.length).toBeGreaterThan(500);
    expect(encoded.every((line) => line.length <= 76)).toBe(true);
  });

  it('ends every line of the body CRLF, whichever line breaks it was written with', async () => {
    const eml = Buffer.from(await buildEml({ subject: 'Rader', body: 'ett\rtvå\r\ntre\nfyra', attachments: attachments().slice(2), date: DATE }));
    expect(eml.toString('ascii').replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect((await simpleParser(eml)).text).toBe('ett\ntvå\ntre\nfyra');
  });

  it('keeps a plain ASCII subject readable and folds it under 78 characters', async () => {
    const subject = 'Samverkansoverenskommelse Ljusdal 2027-2030 - utkast for synpunkter fran kommunen och polisen i Ljusdal';
    const eml = new TextDecoder().decode(await buildEml({ subject, body: 'Hej', attachments: [], date: DATE }));
    const header = /\r\nSubject: (.*(?:\r\n .*)*)/.exec(eml)![1];
    expect(header.split('\r\n').length).toBeGreaterThan(1);
    expect(eml.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    // Unfolded (the line breaks taken out), the header is the subject as it was written: not encoded.
    expect(header.replace(/\r\n/g, '')).toBe(subject);
    expect((await simpleParser(Buffer.from(eml))).subject).toBe(subject);
  });

  it('uses a random boundary, different for every message, and never one that occurs in a part', async () => {
    const boundary = (eml: Uint8Array) => /boundary="([^"]+)"/.exec(new TextDecoder().decode(eml))![1];
    const message = { subject: 'Ämne', body: 'Hej', attachments: attachments(), date: DATE };
    expect(boundary(await buildEml(message))).not.toBe(boundary(await buildEml(message)));
    await expect(buildEml({ ...message, body: 'rad\n--grans', boundary: 'grans' })).rejects.toThrow('The boundary occurs in a part.');
  });

  it('names each kind of file by its content type', () => {
    expect(contentTypeOf('a.docx')).toBe(DOCX);
    expect(contentTypeOf('a.PDF')).toBe('application/pdf');
    expect(contentTypeOf('a.samverka.json')).toBe('application/json');
    expect(contentTypeOf('a.bin')).toBe('application/octet-stream');
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { DocumentPrinter } from '../../../../electron/services/service-deps';
import { sharedDraftText } from '../../../../electron/services/sharing';
import type { DocumentTarget } from '../../../../shared/documents/document-route';
import { emailBody, emailSubject } from '../../../../shared/i18n/email';
import type { EmailRequest } from '../../../../shared/ipc/contract';
import { pdfPublishing, publishPdf } from '../../../../electron/services/pdf-publish';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { normalizeSpace, paragraphTexts, readDocxPart } from '../../../support/docx-tools';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { handmadeTaggedPdf } from '../../../support/pdf-tools';
import { caller } from '../../../support/caller';
import { testHandlers, testShell } from '../../../support/test-shell';

/**
 * "Skicka med e-post" through the contract on a data folder and an outbox on
 * the real disk. The `.eml` is read back with a real MIME parser (mailparser)
 * and each attachment compared, byte for byte, with the file written beside it.
 * The PDF comes from a stand-in printer (the real one is Chromium's; see the
 * e2e test); opening the mail program is recorded, or made to fail.
 */

const PROMISE_ID = exampleDraft().id;
/** A fixed clock: 12 March 2026, 14:02 local time. */
const NOW = new Date(2026, 2, 12, 14, 2, 5);
/** What the printer makes: a tagged PDF (as Chromium's), with a string of bytes that are not text, which the service finishes for publishing. */
const PDF_BYTES = await handmadeTaggedPdf({ content: 'BT /F1 12 Tf 10 10 Td (\\000\\377\\200\\r\\n) Tj ET' });

function printer({ fails = false } = {}): DocumentPrinter & { pdfs: DocumentTarget[] } {
  const pdfs: DocumentTarget[] = [];
  return {
    pdfs,
    pdf: async (target) => {
      pdfs.push(target);
      if (fails) throw new Error('Target page, context or browser has been closed');
      return PDF_BYTES;
    },
    print: async () => false,
  };
}

async function services({ pdf = printer(), openFails = false, outboxDir }: { pdf?: ReturnType<typeof printer>; openFails?: boolean; outboxDir?: string } = {}) {
  const dataDir = tempDir();
  const shell = testShell(pdf);
  const outbox = outboxDir ?? shell.outboxDir;
  const store = await DraftStore.open(dataDir);
  const opened: string[] = [];
  const logged: string[] = [];
  const handlers = testHandlers(store, {
    ...shell,
    outboxDir: outbox,
    openPath: async (file) => {
      if (openFails) throw new Error('No application is associated with the specified file');
      opened.push(file);
    },
    now: () => NOW,
    log: (message) => void logged.push(message),
  });
  await store.save(agreementDraft());
  await store.save(exampleDraft());
  const call = caller(handlers);
  return { store, call, opened, revealed: shell.revealed, outbox, logged, pdf };
}

const request = (change: Partial<EmailRequest> = {}): EmailRequest => ({
  subject: 'Medborgarlöfte för Söderhamn 2020–2021 – utkast för synpunkter',
  body: 'Hej!\n\nHär kommer utkastet till medborgarlöftet.\n\nVänliga hälsningar',
  attachments: ['docx', 'pdf', 'utkast'],
  withPromises: false,
  ...change,
});

const parse = (file: string): Promise<ParsedMail> => simpleParser(readFileSync(file));

describe('createEmail', () => {
  it('writes the files and an .eml carrying exactly them, opens it, keeps the version and lists it', async () => {
    const { call, store, opened, outbox, pdf } = await services();
    const result = await call('createEmail', PROMISE_ID, request());

    const folder = path.dirname(result.path);
    expect(path.dirname(folder)).toBe(outbox);
    expect(path.basename(folder)).toBe('2026-03-12-1402-medborgarlofte-soderhamn-2020-2021');
    expect(result).toEqual({
      path: path.join(folder, 'medborgarlofte-soderhamn-2020-2021.eml'),
      fileName: 'medborgarlofte-soderhamn-2020-2021.eml',
      attachments: [
        'medborgarlofte-soderhamn-2020-2021.docx',
        'medborgarlofte-soderhamn-2020-2021.pdf',
        'medborgarlofte-soderhamn-2020-2021.samverka.json',
      ],
      opened: true,
    });
    expect(readdirSync(folder).sort()).toEqual([...result.attachments, result.fileName].sort());
    expect(opened).toEqual([result.path]);
    expect(pdf.pdfs).toEqual([{ draftId: PROMISE_ID, withPromises: false }]);

    const mail = await parse(result.path);
    expect(mail.subject).toBe(request().subject);
    expect(mail.text).toBe(request().body);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.date?.getTime()).toBe(new Date(2026, 2, 12, 14, 2, 5).getTime());
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      [result.attachments[0], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [result.attachments[1], 'application/pdf'],
      [result.attachments[2], 'application/json'],
    ]);
    for (const attachment of mail.attachments) {
      expect(attachment.content.equals(readFileSync(path.join(folder, attachment.filename!))), attachment.filename).toBe(true);
    }

    // The files are the real ones: the Word document of the stored draft, its PDF, and the draft as shared.
    const stored = await store.get(PROMISE_ID);
    const docText = paragraphTexts(readDocxPart(mail.attachments[0].content, 'word/document.xml')).map(normalizeSpace).join('\n');
    expect(docText).toContain(normalizeSpace(stored.statement));
    expect(mail.attachments[1].content.equals(Buffer.from(await publishPdf(PDF_BYTES, pdfPublishing(stored))))).toBe(true);
    expect(mail.attachments[2].content.toString('utf8')).toBe(sharedDraftText(stored));

    const versions = await call('listVersions', PROMISE_ID);
    expect(versions.map((v) => [v.reason, v.kept])).toEqual([['e-post', true]]);
    const recent = await call('listRecentExports', PROMISE_ID);
    expect(recent.map(({ kind, path: file, fileName, exists }) => ({ kind, file, fileName, exists }))).toEqual([
      { kind: 'e-post', file: result.path, fileName: result.fileName, exists: true },
    ]);
  });

  it('attaches only what was chosen, in the fixed order docx, pdf, utkast, and makes no PDF unless asked', async () => {
    const { call, pdf } = await services();
    const result = await call('createEmail', PROMISE_ID, request({ attachments: ['utkast', 'docx'] }));
    expect(result.attachments).toEqual(['medborgarlofte-soderhamn-2020-2021.docx', 'medborgarlofte-soderhamn-2020-2021.samverka.json']);
    expect(pdf.pdfs).toEqual([]);
    const mail = await parse(result.path);
    expect(mail.attachments.map((a) => a.filename)).toEqual(result.attachments);
  });

  it('carries an agreement with its löften as bilagor, named so', async () => {
    const { call, pdf } = await services();
    await call('setAgreement', PROMISE_ID, AGREEMENT_ID);
    const subject = emailSubject(agreementDraft());
    const result = await call('createEmail', AGREEMENT_ID, request({ subject, attachments: ['docx', 'pdf'], withPromises: true }));
    expect(result.attachments.every((name) => /-med-medborgarloften\.(docx|pdf)$/.test(name))).toBe(true);
    expect(pdf.pdfs).toEqual([{ draftId: AGREEMENT_ID, withPromises: true }]);
    const mail = await parse(result.path);
    expect(mail.subject).toBe(subject);
    const docText = paragraphTexts(readDocxPart(mail.attachments[0].content, 'word/document.xml')).map(normalizeSpace).join('\n');
    expect(docText).toContain(normalizeSpace(exampleDraft().statement));
  });

  it('never replaces an earlier email: a second one in the same minute gets a folder of its own', async () => {
    const { call, outbox } = await services();
    const first = await call('createEmail', PROMISE_ID, request({ attachments: ['utkast'] }));
    const before = readFileSync(first.path);
    const second = await call('createEmail', PROMISE_ID, request({ attachments: ['utkast'], subject: 'Andra' }));
    expect(readdirSync(outbox).sort()).toEqual(['2026-03-12-1402-medborgarlofte-soderhamn-2020-2021', '2026-03-12-1402-medborgarlofte-soderhamn-2020-2021-2']);
    expect(readFileSync(first.path).equals(before)).toBe(true);
    expect((await parse(second.path)).subject).toBe('Andra');
    const recent = await call('listRecentExports', PROMISE_ID);
    expect(recent.map((entry) => entry.path)).toEqual([second.path, first.path]);
  });

  it('shows the email in the file manager when no mail program opens it', async () => {
    const { call, revealed, logged } = await services({ openFails: true });
    const result = await call('createEmail', PROMISE_ID, request());
    expect(result.opened).toBe(false);
    expect(revealed).toEqual([result.path]);
    expect(existsSync(result.path)).toBe(true);
    expect(logged).toEqual(['Samverka: the email draft could not be opened; showing it in the file manager']);
  });

  it('leaves nothing behind and keeps no version when a file cannot be made, and says so in Swedish', async () => {
    const { call, outbox, opened } = await services({ pdf: printer({ fails: true }) });
    await expect(call('createEmail', PROMISE_ID, request())).rejects.toThrow(
      'PDF:en kunde inte göras (Target page, context or browser has been closed). Inga filer sparades; försök igen, eller skicka utan PDF.',
    );
    expect(readdirSync(outbox)).toEqual([]);
    expect(opened).toEqual([]);
    expect(await call('listVersions', PROMISE_ID)).toEqual([]);
    expect(await call('listRecentExports', PROMISE_ID)).toEqual([]);
  });

  it('says in Swedish when the outbox folder cannot be made', async () => {
    const blocked = path.join(tempDir(), 'e-post');
    writeFileSync(blocked, 'a file where the folder should be');
    const { call } = await services({ outboxDir: blocked });
    await expect(call('createEmail', PROMISE_ID, request())).rejects.toThrow(
      `Mappen ”${blocked}” för e-postutkast kunde inte skapas: det finns en fil med samma namn där mappen ska ligga. Frigör utrymme eller kontrollera behörigheten och försök igen.`,
    );
  });

  it('refuses a request without attachments or subject before it reaches the service', async () => {
    const { call, outbox } = await services();
    await expect(call('createEmail', PROMISE_ID, request({ attachments: [] }))).rejects.toThrow(/Uppgifterna kunde inte tas emot/);
    await expect(call('createEmail', PROMISE_ID, request({ subject: '  ' }))).rejects.toThrow(/Uppgifterna kunde inte tas emot/);
    await expect(call('createEmail', PROMISE_ID, request({ attachments: ['docx', 'docx'] }))).rejects.toThrow(/Uppgifterna kunde inte tas emot/);
    expect(readdirSync(outbox)).toEqual([]);
  });
});

describe('the default subject and body', () => {
  it('name the draft, its status and each attached file, in Swedish', () => {
    const draft = exampleDraft();
    expect(emailSubject(draft)).toBe('Medborgarlöfte för Söderhamn 2020–2021 – utkast för synpunkter');
    expect(emailSubject({ ...draft, status: 'klar' })).toBe('Medborgarlöfte för Söderhamn 2020–2021 – klart för underskrift');
    expect(emailSubject({ ...draft, status: 'undertecknad', kind: 'samverkansoverenskommelse', title: '' })).toBe(
      'Samverkansöverenskommelse 2020–2021 – undertecknad',
    );
    expect(
      emailBody(draft, [
        { attachment: 'docx', fileName: 'a.docx' },
        { attachment: 'utkast', fileName: 'a.samverka.json' },
      ]),
    ).toBe(
      [
        'Hej!',
        '',
        'Här kommer ett utkast till medborgarlöftet för Söderhamn 2020–2021. Vi tar gärna emot era synpunkter.',
        '',
        'Bifogade filer:',
        '– a.docx (Word-dokument)',
        '– a.samverka.json (utkastfil som kan öppnas med ”Importera utkast” i Samverka)',
        '',
        'Vänliga hälsningar',
      ].join('\n'),
    );
  });

  it('never repeat the kind after its own kind word: a title that starts with it reads on from the definite form (issue 17)', () => {
    const opening = (change: Partial<ReturnType<typeof exampleDraft>>) => emailBody({ ...exampleDraft(), ...change }, []).split('\n')[2];
    expect(opening({ status: 'klar' })).toBe('Här kommer medborgarlöftet för Söderhamn 2020–2021, klart för underskrift.');
    expect(opening({ status: 'undertecknad' })).toBe('Här kommer det undertecknade medborgarlöftet för Söderhamn 2020–2021.');
    expect(opening({ title: 'Medborgarlöftet för Söderhamn 2020–2021' })).toBe(
      'Här kommer ett utkast till medborgarlöftet för Söderhamn 2020–2021. Vi tar gärna emot era synpunkter.',
    );
    expect(opening({ kind: 'samverkansoverenskommelse', title: 'Samverkansöverenskommelse mellan Hofors kommun och Polismyndigheten 2027–2030', status: 'klar' })).toBe(
      'Här kommer samverkansöverenskommelsen mellan Hofors kommun och Polismyndigheten 2027–2030, klar för underskrift.',
    );
    // Without a title, the kind and years name it; a title of other words is quoted after the kind.
    expect(opening({ title: '' })).toBe('Här kommer ett utkast till medborgarlöftet 2020–2021. Vi tar gärna emot era synpunkter.');
    expect(opening({ title: 'Trygghet i Söderhamn' })).toBe('Här kommer ett utkast till medborgarlöftet ”Trygghet i Söderhamn”. Vi tar gärna emot era synpunkter.');
    expect(opening({ title: 'Medborgarlöftena 2020' })).toBe('Här kommer ett utkast till medborgarlöftet ”Medborgarlöftena 2020”. Vi tar gärna emot era synpunkter.');
  });
});

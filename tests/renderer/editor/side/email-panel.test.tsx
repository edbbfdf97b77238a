import fs from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from '../../helpers/app-harness';
import { openEditor, region } from '../../helpers/editor';

/**
 * "Skicka med e-post" and "Senaste exporter" in the editor's side column,
 * against the real Node side (the e2e host's services: the outbox is
 * `<exportDir>/e-post`, and opening a file is recorded, so it "opens").
 */

let harness: Harness;

beforeEach(async () => {
  harness = await openHarness();
});

afterEach(async () => {
  await harness.close();
});

const TITLE = 'Medborgarlöfte för Bollnäs 2026';
const seed = () => harness.seedDraft((draft) => ({ ...draft, title: TITLE, period: { start: '2026-01-01', end: '2026-12-31' } }));

/** Opens the disclosure and returns the panel. */
function emailPanel(): HTMLElement {
  const summary = screen.getByText('Skicka med e-post', { selector: 'summary' });
  const details = summary.closest('details')!;
  if (!details.open) fireEvent.click(summary);
  return details;
}

const subjectField = () => within(emailPanel()).getByLabelText('Ämne') as HTMLInputElement;
const bodyField = () => within(emailPanel()).getByLabelText('Meddelande') as HTMLTextAreaElement;
const checkbox = (name: string) => within(emailPanel()).getByLabelText(name) as HTMLInputElement;
const createButton = () => within(emailPanel()).getByRole('button', { name: 'Skapa e-post' });
const recentList = () => region('Senaste exporter');

describe('"Skicka med e-post"', () => {
  it('offers subject and body from the draft and the chosen files, and follows the choice until edited', async () => {
    const draft = await seed();
    await openEditor(draft);
    expect(subjectField().value).toBe('Medborgarlöfte för Bollnäs 2026 – utkast för synpunkter');
    expect(checkbox('Word-dokument (.docx)').checked).toBe(true);
    expect(checkbox('Utkastfil (.samverka.json)').checked).toBe(true);
    expect(checkbox('PDF').checked).toBe(false);
    expect(bodyField().value).toContain('– medborgarlofte-bollnas-2026.docx (Word-dokument)');
    expect(bodyField().value).not.toContain('.pdf');

    fireEvent.click(checkbox('PDF'));
    expect(bodyField().value).toContain('– medborgarlofte-bollnas-2026.pdf (PDF)');

    fireEvent.change(bodyField(), { target: { value: 'Hej Anna! Här är filerna.' } });
    fireEvent.click(checkbox('PDF'));
    expect(bodyField().value).toBe('Hej Anna! Här är filerna.');
  });

  it('creates the email with what the user chose and wrote, says it opened, and lists it among the recent exports', async () => {
    const draft = await seed();
    await openEditor(draft);
    expect(await within(recentList()).findByText(/Inget exporterat ännu/)).toBeTruthy();

    fireEvent.change(subjectField(), { target: { value: 'Bollnäs löfte – till polisen' } });
    fireEvent.change(bodyField(), { target: { value: 'Hej!\n\nSe bifogade filer.\n\nVänliga hälsningar' } });
    fireEvent.click(createButton());

    expect(await within(emailPanel()).findByText('E-postutkastet öppnades i ditt e-postprogram.', {}, { timeout: 5000 })).toBeTruthy();
    const outbox = path.join(harness.exportDir, 'e-post');
    const [folder] = fs.readdirSync(outbox);
    const eml = path.join(outbox, folder, 'medborgarlofte-bollnas-2026.eml');
    const mail = await simpleParser(fs.readFileSync(eml));
    expect(mail.subject).toBe('Bollnäs löfte – till polisen');
    expect(mail.text).toBe('Hej!\n\nSe bifogade filer.\n\nVänliga hälsningar');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['medborgarlofte-bollnas-2026.docx', 'medborgarlofte-bollnas-2026.samverka.json']);

    // The list fetched anew after the email: its file, its kind, and the buttons naming it.
    const item = (await within(recentList()).findByText('medborgarlofte-bollnas-2026.eml', {}, { timeout: 5000 })).closest('li')!;
    expect(within(item).getByText(/^E-post ·/)).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Öppna medborgarlofte-bollnas-2026.eml' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Visa i mappen medborgarlofte-bollnas-2026.eml' })).toBeTruthy();
  });

  it('asks for at least one file, and for a subject, before anything is written', async () => {
    const draft = await seed();
    let calls = 0;
    window.samverka = { ...harness.bridge, createEmail: async (...args) => (calls++, harness.bridge.createEmail(...args)) };
    await openEditor(draft);
    fireEvent.click(checkbox('Word-dokument (.docx)'));
    fireEvent.click(checkbox('Utkastfil (.samverka.json)'));
    fireEvent.click(createButton());
    expect(within(emailPanel()).getByRole('alert').textContent).toBe('Välj minst en fil att bifoga.');

    fireEvent.click(checkbox('PDF'));
    expect(within(emailPanel()).queryByRole('alert')).toBeNull();
    fireEvent.change(subjectField(), { target: { value: '   ' } });
    fireEvent.click(createButton());
    expect(within(emailPanel()).getByRole('alert').textContent).toBe('Skriv ett ämne.');
    expect(subjectField().getAttribute('aria-invalid')).toBe('true');
    expect(calls).toBe(0);
    expect(fs.existsSync(path.join(harness.exportDir, 'e-post'))).toBe(false);
  });

  it('holds the form still while the email is made, every control keeping the focus it may have', async () => {
    const draft = await seed();
    const sent: unknown[] = [];
    let answer!: () => void;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    window.samverka = {
      ...harness.bridge,
      createEmail: async (...args) => {
        sent.push(args[1]);
        await answered;
        return harness.bridge.createEmail(...args);
      },
    };
    await openEditor(draft);
    fireEvent.click(createButton());
    await waitFor(() => expect(sent).toHaveLength(1));
    // Busy, not disabled: a disabled control drops the focus to the page.
    expect(createButton().getAttribute('aria-disabled')).toBe('true');
    expect([subjectField().readOnly, bodyField().readOnly]).toEqual([true, true]);
    expect(checkbox('PDF').disabled).toBe(false);
    fireEvent.click(checkbox('PDF'));
    expect(checkbox('PDF').checked).toBe(false);
    fireEvent.click(createButton());
    fireEvent.submit(createButton().closest('form')!);

    answer();
    expect(await within(emailPanel()).findByText('E-postutkastet öppnades i ditt e-postprogram.', {}, { timeout: 5000 })).toBeTruthy();
    expect(createButton().getAttribute('aria-disabled')).toBeNull();
    expect(sent).toHaveLength(1);
    fireEvent.click(checkbox('PDF'));
    expect(checkbox('PDF').checked).toBe(true);
  });

  it('says where the files are when no mail program opened the email, and shows a refusal in Swedish', async () => {
    const draft = await seed();
    const folder = path.join(harness.exportDir, 'e-post', '2026-03-12-1402-medborgarlofte-bollnas-2026');
    let answer: 'shown' | 'refused' = 'shown';
    window.samverka = {
      ...harness.bridge,
      createEmail: async () =>
        answer === 'shown'
          ? { ok: true, value: { path: path.join(folder, 'x.eml'), fileName: 'x.eml', attachments: ['x.docx'], opened: false } }
          : { ok: false, error: { code: 'email-write-failed', message: 'Filen ”x.docx” kunde inte skrivas: disken är full. Inga filer sparades; försök igen.' } },
    };
    await openEditor(draft);
    fireEvent.click(createButton());
    expect(await within(emailPanel()).findByText(`E-postutkastet kunde inte öppnas i ett e-postprogram; filerna visas i mappen ”${folder}”. Öppna .eml-filen där eller bifoga filerna själv.`)).toBeTruthy();

    answer = 'refused';
    fireEvent.click(createButton());
    expect((await within(emailPanel()).findByRole('alert')).textContent).toBe(
      'E-postutkastet kunde inte skapas: Filen ”x.docx” kunde inte skrivas: disken är full. Inga filer sparades; försök igen.',
    );
  });
});

describe('"Senaste exporter"', () => {
  it('lists an export and a share, opens one by its id, and says when a file is gone', async () => {
    const draft = await seed();
    const opened: [string, string, string][] = [];
    window.samverka = {
      ...harness.bridge,
      openRecentExport: async (id, exportId, action) => {
        opened.push([id, exportId, action]);
        return harness.bridge.openRecentExport(id, exportId, action);
      },
    };
    await openEditor(draft);
    fireEvent.click(screen.getByRole('button', { name: 'Exportera till Word' }));
    await within(recentList()).findByText('medborgarlofte-bollnas-2026.docx', {}, { timeout: 5000 });
    fireEvent.click(screen.getByRole('button', { name: 'Dela utkast' }));
    await within(recentList()).findByText('medborgarlofte-bollnas-2026.samverka.json', {}, { timeout: 5000 });
    const names = within(recentList()).getAllByRole('listitem').map((item) => item.firstChild?.textContent);
    expect(names).toEqual(['medborgarlofte-bollnas-2026.samverka.json', 'medborgarlofte-bollnas-2026.docx']);

    fireEvent.click(within(recentList()).getByRole('button', { name: 'Öppna medborgarlofte-bollnas-2026.docx' }));
    await waitFor(() => expect(opened).toHaveLength(1));
    expect(opened[0][0]).toBe(draft.id);
    expect(opened[0][2]).toBe('open');
    expect(within(recentList()).queryByRole('alert')).toBeNull();

    // The file is moved away. The list never looks at the files (a network path would be connected to), so it
    // is still listed; opening it finds it gone and says so.
    fs.rmSync(path.join(harness.exportDir, 'medborgarlofte-bollnas-2026.docx'));
    fireEvent.focus(window);
    fireEvent.click(within(recentList()).getByRole('button', { name: 'Öppna medborgarlofte-bollnas-2026.docx' }));
    const problem = await within(recentList()).findByRole('alert');
    expect(problem.textContent).toBe('Det gick inte: Filen ”medborgarlofte-bollnas-2026.docx” finns inte längre där den sparades. Exportera utkastet igen.');
    expect(opened).toHaveLength(2);
  });
});

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { buildEml } from '../../../../electron/services/email';
import { fileNameStem, isWindowsDeviceName, sharedDraftFileName, suggestFileName, windowsSafeFileName } from '../../../../shared/draft/file-name';
import { followUpFileName } from '../../../../electron/services/follow-up-handlers';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { exampleDraft } from '../../../support/fixtures';

/**
 * Windows cannot create a file named like a device (CON, PRN, AUX, NUL,
 * COM0–9, LPT0–9, whatever the case and whatever follows the first dot) and
 * silently drops trailing dots and spaces. A data folder or an export folder
 * on a municipal Windows computer must never be handed such a name.
 */

const DEVICES = ['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM9', 'COM0', 'LPT1', 'LPT9', 'LPT0', 'COM¹', 'CONIN$', 'CONOUT$'];
const SKR_NAME = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/;

const draft = (change: Partial<Draft> = {}): Draft => draftSchema.parse({ ...exampleDraft(), ...change });

/** A draft named by its title alone: no municipality named, no period. */
const titledOnly = (title: string, change: Partial<Draft> = {}): Draft => {
  const base = draft({ title, period: { start: null, end: null }, ...change });
  return { ...base, parties: base.parties.map((party) => (party.role === 'kommun' ? { ...party, name: '' } : party)) };
};

/** What Windows itself would refuse or rename: a device name before the first dot, or a name ending in a dot or space. */
const unsafeOnWindows = (name: string) => isWindowsDeviceName(name) || /[. ]$/.test(name) || /[<>:"/\\|?*\u0000-\u001f]/.test(name);

describe('isWindowsDeviceName', () => {
  it('knows the device names in any case, with or without an extension', () => {
    for (const device of DEVICES) {
      for (const name of [device, device.toLowerCase(), `${device}.docx`, `${device.toLowerCase()}.samverka.json`, `${device} .txt`]) {
        expect(isWindowsDeviceName(name), name).toBe(true);
      }
    }
  });

  it('leaves names that merely contain one alone', () => {
    for (const name of ['console.docx', 'con-2.pdf', 'nul-medborgarlofte.docx', 'com10.csv', 'lpt.pdf', 'auxilium.eml', 'com-1.docx', 'xcon.txt']) {
      expect(isWindowsDeviceName(name), name).toBe(false);
    }
  });
});

describe('suggested file names on Windows', () => {
  it('never suggests a device name, for any kind of file; SKR style stays', () => {
    for (const device of DEVICES) {
      const titled = titledOnly(device);
      const names = [
        ...['docx', 'pdf', 'eml', 'csv'].map((extension) => suggestFileName(titled, extension)),
        sharedDraftFileName(titled),
        `${fileNameStem(titled)}.eml`,
      ];
      for (const name of names) {
        expect(unsafeOnWindows(name), name).toBe(false);
        expect(name).toMatch(SKR_NAME);
      }
    }
    // The name starts with the draft's kind, so a title is never the whole name.
    expect(suggestFileName(titledOnly('Con'), 'docx')).toBe('medborgarlofte-con.docx');
    expect(suggestFileName(titledOnly('NUL', { kind: 'samverkansoverenskommelse' }), 'pdf')).toBe('samverkansoverenskommelse-nul.pdf');
    expect(sharedDraftFileName(titledOnly('lpt9'))).toBe('medborgarlofte-lpt9.samverka.json');
  });

  it('keeps names that only start like a device as they are', () => {
    expect(suggestFileName(titledOnly('Con amore'), 'docx')).toBe('medborgarlofte-con-amore.docx');
    expect(suggestFileName(titledOnly('Nul'), 'csv', { addition: 'Uppföljning' })).toBe('medborgarlofte-nul-uppfoljning.csv');
    expect(followUpFileName(titledOnly('AUX'), new Date('2026-11-21T10:00:00Z'), 'csv')).toBe('uppfoljning-medborgarlofte-aux-2026-11-21.csv');
  });

  it('never ends a name in a dot or a space, whatever the title', () => {
    for (const title of ['Löfte.', 'Löfte. . .', 'Trygghet   ', '...', '. ', 'Medborgarlöfte 2026 .']) {
      const name = suggestFileName(titledOnly(title), 'docx');
      expect(unsafeOnWindows(name), name).toBe(false);
      expect(name).toMatch(SKR_NAME);
    }
  });
});

describe('windowsSafeFileName', () => {
  it('makes names from elsewhere safe to write without a dialog', () => {
    expect(windowsSafeFileName('con.docx')).toBe('_con.docx');
    expect(windowsSafeFileName('NUL')).toBe('_NUL');
    expect(windowsSafeFileName('Com1.samverka.json')).toBe('_Com1.samverka.json');
    expect(windowsSafeFileName('protokoll. ')).toBe('protokoll');
    expect(windowsSafeFileName('rapport...')).toBe('rapport');
    expect(windowsSafeFileName('a<b>c:d"e/f\\g|h?i*j\u0001.pdf')).toBe('a_b_c_d_e_f_g_h_i_j_.pdf');
    expect(windowsSafeFileName(' . ')).toBe('fil');
    expect(windowsSafeFileName('', 'utkast')).toBe('utkast');
  });

  it('passes SKR names through unchanged', () => {
    for (const name of ['medborgarlofte-soderhamn-2020-2021.docx', 'console.pdf', 'con-medborgarlofte.eml']) expect(windowsSafeFileName(name)).toBe(name);
  });
});

describe('the .eml draft on Windows', () => {
  it('names an attachment so a Windows mail program can save it, in both forms of the name', async () => {
    const eml = await buildEml({
      subject: 'Utkast',
      body: 'Hej',
      date: new Date('2026-03-12T13:02:05Z'),
      attachments: [
        { fileName: 'con.docx', contentType: 'application/octet-stream', bytes: new Uint8Array([1, 2, 3]) },
        { fileName: 'Löfte för Söderhamn. ', contentType: 'application/octet-stream', bytes: new Uint8Array([4]) },
      ],
    });
    const parsed = await simpleParser(Buffer.from(eml));
    const names = parsed.attachments.map((attachment) => attachment.filename ?? '');
    expect(names).toEqual(['_con.docx', 'Löfte för Söderhamn']);
    const text = new TextDecoder().decode(eml);
    expect(text).not.toMatch(/filename="con\.docx"/);
    for (const name of names) expect(unsafeOnWindows(name), name).toBe(false);
  });
});

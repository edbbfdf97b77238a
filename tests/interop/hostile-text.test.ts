import { Packer } from 'docx';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDraftDocument } from '../../shared/documents/draft-document';
import type { Draft } from '../../shared/draft/schema';
import { exampleDraft } from '../support/fixtures';
import { INTEROP_OUT, convertWithLibreOffice, normalizeSpace, readDocxPart, readPdfPages, readWithPythonDocx, renderPages } from '../support/docx-tools';

/**
 * Text no form should produce, straight into the Word builder: every C0 and
 * C1 control character, lone surrogates, the non-characters U+FFFE and
 * U+FFFF, emoji (ZWJ sequences, flags), Arabic and Hebrew amid Swedish, a
 * 10,000-character paragraph and XML's own syntax. The draft is built in
 * memory, past the schema that strips control characters on input, because
 * the builder must never write a character XML 1.0 forbids whatever it gets:
 * one such character and Word refuses the whole file.
 */

const FILE = path.join(INTEROP_OUT, 'fientlig-text.docx');

const codePoints = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const CONTROLS = [...codePoints(0x00, 0x1f), ...codePoints(0x7f, 0x9f)];
/** Kept: tab, and the line breaks that split a text into lines. */
const WHITE_SPACE = new Set([0x09, 0x0a, 0x0d]);

/** Text with characters XML 1.0 cannot hold, and what a reader should find of it, white space collapsed. */
interface Hostile {
  text: string;
  readable: string;
}

/** "k0<U+0000>x k1<U+0001>x …": a readable marker around each control character, which is gone or turned to space. */
const CONTROL_CHARACTERS: Hostile = {
  text: CONTROLS.map((cp) => `k${cp.toString(16)}${String.fromCharCode(cp)}x`).join(' '),
  readable: normalizeSpace(CONTROLS.map((cp) => `k${cp.toString(16)}${WHITE_SPACE.has(cp) ? ' ' : ''}x`).join(' ')),
};
const LONE_SURROGATES: Hostile = { text: 'ensam\uD800hög\uDBFFsurrogat\uDC00låg\uDFFFslut', readable: 'ensamhögsurrogatlågslut' };
const NONCHARACTERS: Hostile = { text: 'icke\uFFFEtecken\uFFFFslut', readable: 'icketeckenslut' };

const EMOJI = 'Polisen 👮‍♀️ och familjen 👨‍👩‍👧‍👦 under regnbågsflaggan 🏳️‍🌈 och flaggorna 🇸🇪 🇺🇦, tumme 👍🏽';
const RTL = 'Tryggheten i centrum – الأمن في المدينة – הביטחון בעיר – gäller alla, även på arabiska och hebreiska.';
const XML = 'Tecken <>&"\' och ]]> och <w:t>inte en tagg</w:t></w:r></w:p> och &amp; och <![CDATA[x]]> och &#0; slut';

/** A paragraph of exactly 10,000 characters, numbered so that a lost or repeated piece shows. */
const LONG = (() => {
  let text = '';
  for (let i = 1; text.length < 10_000; i++) text += `ord${i} `;
  return text.slice(0, 10_000);
})();

/** The last whole word of the long paragraph: it printed to the end. */
const LONG_LAST_WORD = LONG.split(' ').at(-2)!;

/** Characters XML 1.0 does not allow, and the C1 controls, which no reader shows. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

function hostileDraft(): Draft {
  const draft = exampleDraft();
  const everything = (label: string) => `${label} ${CONTROL_CHARACTERS.text} ${LONE_SURROGATES.text} ${NONCHARACTERS.text}`;
  return {
    ...draft,
    title: `Medborgarlöfte <för> "Ljusdal" & 'Söderhamn' ]]> 🇸🇪 ${everything('titel')}`,
    parties: [
      { ...draft.parties[0], name: `Söderhamns kommun ${everything('part')}`, diarienummer: `KS <2019>/512 & ${CONTROL_CHARACTERS.text}` },
      { ...draft.parties[1], name: `Polismyndigheten, lokalpolisområde Hälsingland ${EMOJI}` },
    ],
    statement: `${RTL}\n\n${EMOJI}`,
    background: [everything('bakgrund'), XML, LONG].join('\n\n'),
    geographicFocus: `Centrum ${CONTROL_CHARACTERS.text}`,
    basis: [{ type: 'enkat', description: `Enkät ${everything('underlag')}`, date: null, respondents: 420 }],
    focusAreas: [{ id: 'f1', title: `Fokus ${XML}`, problem: everything('problem'), causes: RTL, goal: EMOJI, indicator: '' }],
    activities: [
      { ...draft.activities[0], text: everything('aktivitet'), place: `Torget ${CONTROL_CHARACTERS.text}`, unit: `vandringar ${NONCHARACTERS.text}`, quantity: 2 },
      { ...draft.activities[1], text: XML },
      { ...draft.activities[2], text: RTL },
      { ...draft.activities[3], text: EMOJI },
    ],
    followUpPlan: everything('uppföljning'),
    communication: XML,
    organisation: RTL,
    attachments: [{ title: `Bilaga ${everything('bilaga')}` }],
    signatories: [
      { ...draft.signatories[0], name: `Sven-Erik ${LONE_SURROGATES.text}`, title: `Ordförande ${CONTROL_CHARACTERS.text}`, place: `Söder<hamn> ${NONCHARACTERS.text}` },
      { ...draft.signatories[1], name: 'عائشة כהן Berglund', title: `Lokalpolisområdeschef ${EMOJI}` },
    ],
  };
}

/** Pieces every reader must find, white space collapsed. */
const READABLE = [
  CONTROL_CHARACTERS.readable,
  LONE_SURROGATES.readable,
  NONCHARACTERS.readable,
  'الأمن في المدينة',
  'הביטחון בעיר',
  normalizeSpace(RTL),
  EMOJI,
  'Tecken <>&"\' och ]]> och <w:t>inte en tagg</w:t></w:r></w:p> och &amp; och <![CDATA[x]]> och &#0; slut',
  normalizeSpace(LONG),
  'Söderhamns kommun',
  `Sven-Erik ${LONE_SURROGATES.readable}`,
  'عائشة כהן Berglund',
];

let bytes: Buffer;

beforeAll(async () => {
  await mkdir(INTEROP_OUT, { recursive: true });
  bytes = await Packer.toBuffer(buildDraftDocument(hostileDraft()));
  await writeFile(FILE, bytes);
});

describe('hostile text in the Word document', () => {
  it('holds everything it was meant to hold', () => {
    expect(LONG).toHaveLength(10_000);
    expect(CONTROL_CHARACTERS.text).toMatch(NOT_XML);
    expect(CONTROLS).toHaveLength(32 + 33);
  });

  it('writes no character that XML 1.0 forbids, in any part', () => {
    for (const part of ['word/document.xml', 'docProps/core.xml', 'word/header1.xml', 'word/header2.xml', 'word/footer1.xml', 'word/footer2.xml']) {
      const xml = readDocxPart(bytes, part);
      expect(NOT_XML.exec(xml), part).toBeNull();
      // XML's own syntax arrives as text, never as markup.
      expect(xml, part).not.toContain('<w:t>inte en tagg');
      expect(xml, part).not.toContain(']]>');
    }
  });

  it('opens in python-docx with the readable text intact', async () => {
    const text = normalizeSpace(await readWithPythonDocx(FILE));
    for (const expected of READABLE) expect(text, expected.slice(0, 40)).toContain(expected);
    expect(text).not.toMatch(NOT_XML);
  });

  it('opens in LibreOffice with the readable text intact', async () => {
    const text = normalizeSpace(await readFile(await convertWithLibreOffice(FILE, 'txt'), 'utf8'));
    for (const expected of READABLE) expect(text, expected.slice(0, 40)).toContain(expected);
  });

  it('prints to PDF and renders every page for a person to look at', async () => {
    const pdf = await convertWithLibreOffice(FILE, 'pdf');
    const pages = await readPdfPages(pdf);
    const printed = normalizeSpace(pages.join(' '));
    // The fonts decide how emoji and right-to-left scripts print; plain Latin text must be there whatever they are.
    for (const expected of [CONTROL_CHARACTERS.readable, LONE_SURROGATES.readable, NONCHARACTERS.readable, 'ord1 ord2', LONG_LAST_WORD, `Sven-Erik ${LONE_SURROGATES.readable}`]) {
      expect(printed, expected).toContain(expected);
    }
    pages.forEach((page, i) => expect(normalizeSpace(page)).toContain(`Sida ${i + 1} av ${pages.length}`));
    const pngs = await renderPages(pdf, path.join(INTEROP_OUT, 'fientlig-text'));
    expect(pngs).toHaveLength(pages.length);
    for (const png of pngs) expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
  });
});

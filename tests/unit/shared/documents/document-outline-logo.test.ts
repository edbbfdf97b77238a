import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { LOGO_ROW, appendixOutlines, documentOutline, type OutlineLogo, type OutlinePageHeader } from '../../../../shared/documents/document-outline';
import { buildDraftDocument } from '../../../../shared/documents/draft-document';
import { encodeBase64 } from '../../../../shared/draft/image';
import { draftSchema, type Draft, type PartyLogo } from '../../../../shared/draft/schema';
import { agreementDraft } from '../../../support/agreement';
import { readDocxPart } from '../../../support/docx-tools';
import { exampleDraft } from '../../../support/fixtures';
import { jpeg, municipalityLogoPng, png, policeLogoJpeg } from '../../../support/images';

/**
 * The logos as the document outline places them for both renderers: in
 * party order, 10 mm high at their own proportions, spread over the text
 * width from its left edge to its right, each with a text alternative; and
 * the Word document's first-page header built from them.
 */

const MM = 72 / 25.4;
const pngLogo = (width: number, height: number, alt = ''): PartyLogo => ({ mediaType: 'image/png', data: encodeBase64(png(width, height, () => [0, 0, 0, 255])), alt });

function logosOf(draft: Draft): OutlineLogo[] {
  return (documentOutline(draft)[0] as OutlinePageHeader).logos;
}

function withPartyLogos(...logos: (PartyLogo | undefined)[]): Draft {
  const base = draftSchema.parse(exampleDraft());
  const parties = logos.map((logo, i) => ({ id: `p${i}`, role: i === 0 ? ('polis' as const) : ('kommun' as const), name: `Part nummer ${i + 1}`, ...(logo ? { logo } : {}) }));
  return { ...base, parties, activities: [], signatories: [] };
}

/** The right edge of the last logo, and the gaps between neighbours. */
function spread(logos: readonly OutlineLogo[]) {
  const last = logos[logos.length - 1];
  return {
    right: last.left + last.width,
    gaps: logos.slice(1).map((logo, i) => logo.left - (logos[i].left + logos[i].width)),
  };
}

describe('the logos of the first page', () => {
  it('are none without logos', () => {
    expect(logosOf(draftSchema.parse(exampleDraft()))).toEqual([]);
  });

  it('are 10 mm high at their proportions, from the left edge to the right, with the party\'s text or "Logotyp för <part>"', () => {
    const draft = draftSchema.parse(exampleDraft());
    draft.parties[0].logo = { mediaType: 'image/png', data: encodeBase64(municipalityLogoPng()), alt: '  Söderhamns kommuns\nlogotyp ' };
    draft.parties[1].logo = { mediaType: 'image/jpeg', data: encodeBase64(policeLogoJpeg()), alt: '' };
    const logos = logosOf(draft);
    expect(logos.map(({ mediaType, alt, left }) => ({ mediaType, alt, left }))).toEqual([
      { mediaType: 'image/png', alt: 'Söderhamns kommuns logotyp', left: 0 },
      { mediaType: 'image/jpeg', alt: 'Logotyp för Polismyndigheten, lokalpolisområde Hälsingland', left: expect.any(Number) },
    ]);
    expect(logos.map(({ width, height }) => [width, height])).toEqual([
      [expect.closeTo(20 * MM, 1), expect.closeTo(10 * MM, 1)],
      [expect.closeTo(10 * MM, 1), expect.closeTo(10 * MM, 1)],
    ]);
    expect(spread(logos).right).toBeCloseTo(LOGO_ROW.width, 1);
    expect(LOGO_ROW.width).toBeCloseTo(160 * MM - 1, 1);
  });

  it('leave out parties without a logo, and put a single logo at the left edge', () => {
    const logos = logosOf(withPartyLogos(undefined, pngLogo(300, 100), undefined));
    expect(logos).toHaveLength(1);
    expect(logos[0]).toMatchObject({ left: 0, alt: 'Logotyp för Part nummer 2' });
  });

  it('make a very wide logo lower rather than wider than 60 mm', () => {
    const [logo] = logosOf(withPartyLogos(pngLogo(3000, 100)));
    expect(logo.width).toBeCloseTo(60 * MM, 1);
    expect(logo.height).toBeCloseTo(2 * MM, 1);
  });

  it('shrink all alike so that eight fit across the text with room between them', () => {
    const logos = logosOf(withPartyLogos(...Array.from({ length: 8 }, () => pngLogo(300, 100))));
    expect(logos).toHaveLength(8);
    const heights = new Set(logos.map((logo) => logo.height));
    expect(heights.size).toBe(1);
    expect([...heights][0]).toBeLessThan(10 * MM);
    const { right, gaps } = spread(logos);
    expect(right).toBeCloseTo(LOGO_ROW.width, 1);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(LOGO_ROW.minGap - 0.05);
  });

  it('of an appended löfte are its own parties\', on its own first page', () => {
    const promise = draftSchema.parse({ ...exampleDraft(), id: '7d4f6a52-3c1e-4f0b-8a2d-5e6f7a8b9c0d' });
    promise.parties[1].logo = { mediaType: 'image/jpeg', data: encodeBase64(jpeg(4, 4, () => [0, 0, 200])), alt: 'Polisens logotyp' };
    const agreement = agreementDraft();
    const [appendix] = appendixOutlines(agreement, { appendices: [promise] });
    expect((appendix[0] as OutlinePageHeader).logos.map((logo) => logo.alt)).toEqual(['Polisens logotyp']);
    expect(logosOf(agreement)).toEqual([]);
  });
});

describe('the Word document\'s first-page header', () => {
  it('holds the logos as pictures with their alternative text, placed by tab stops at their left edges', async () => {
    const draft = draftSchema.parse(exampleDraft());
    draft.parties[0].logo = { mediaType: 'image/png', data: encodeBase64(municipalityLogoPng()), alt: 'Söderhamns kommuns logotyp' };
    draft.parties[1].logo = { mediaType: 'image/jpeg', data: encodeBase64(policeLogoJpeg()), alt: '' };
    const docx = new Uint8Array(await Packer.toBuffer(buildDraftDocument(draft)));
    const document = readDocxPart(docx, 'word/document.xml');
    const first = document.match(/<w:headerReference w:type="first" r:id="(\w+)"\/>/)![1];
    const rels = readDocxPart(docx, 'word/_rels/document.xml.rels');
    const target = rels.match(new RegExp(`Id="${first}"[^>]*Target="([^"]+)"`))![1];
    const header = readDocxPart(docx, `word/${target}`);
    const descriptions = [...header.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map(([, descr]) => descr);
    expect(descriptions).toEqual(['Söderhamns kommuns logotyp', 'Logotyp för Polismyndigheten, lokalpolisområde Hälsingland']);
    const [, second] = logosOf(draft);
    expect(header).toContain(`<w:tab w:val="left" w:pos="${Math.round(second.left * 20)}"/>`);
    expect(header).toMatch(/<w:jc w:val="left"\/>/);
  });
});

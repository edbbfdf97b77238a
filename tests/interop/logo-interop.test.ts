import { Packer } from 'docx';
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDraftDocument } from '../../shared/documents/draft-document';
import { LOGO_ROW } from '../../shared/documents/document-outline';
import { encodeBase64 } from '../../shared/draft/image';
import { draftSchema, type Draft } from '../../shared/draft/schema';
import { exampleDraft } from '../support/fixtures';
import { INTEROP_OUT, SYSTEM_PYTHON, convertAllWithLibreOffice, readPdfPages, renderPages } from '../support/docx-tools';
import { municipalityLogoPng, policeLogoJpeg } from '../support/images';

/**
 * A medborgarlöfte with two logos (the municipality's PNG with its own text
 * alternative, the police's JPEG without one), as its recipients open it:
 * python-docx finds both pictures in the first page's header with their
 * alternative texts, and the document's title, headings, language and the
 * signature blocks' layout table; LibreOffice prints it with both images on
 * page 1 and the text exactly where it is without logos.
 * test-results/interop/logo-page-1.png is for a person to look at.
 */

const run = promisify(execFile);

const withLogos: Draft = (() => {
  const draft = draftSchema.parse(exampleDraft());
  const [kommun, polis] = draft.parties;
  return draftSchema.parse({
    ...draft,
    parties: [
      { ...kommun, logo: { mediaType: 'image/png', data: encodeBase64(municipalityLogoPng()), alt: 'Söderhamns kommuns logotyp' } },
      { ...polis, logo: { mediaType: 'image/jpeg', data: encodeBase64(policeLogoJpeg()), alt: '' } },
      ...draft.parties.slice(2),
    ],
  });
})();
const withoutLogos: Draft = draftSchema.parse(exampleDraft());

const file = (name: string, ext: string) => path.join(INTEROP_OUT, `${name}.${ext}`);

/** What python-docx finds of the logos and the accessibility settings. */
interface Inspection {
  sections: { firstHeaderImages: { descr: string; name: string; contentType: string; widthPt: number; heightPt: number }[]; defaultHeaderImages: number }[];
  title: string;
  bodyStyles: string[];
  languages: string[];
  tables: { firstRowLook: string | null; headerRows: number }[];
}

const INSPECT = String.raw`
import json, sys
import docx
from docx.oxml.ns import qn

d = docx.Document(sys.argv[1])
NS = {'wp': 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
      'a': 'http://schemas.openxmlformats.org/drawingml/2006/main',
      'pic': 'http://schemas.openxmlformats.org/drawingml/2006/picture',
      'r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'}

def images(header):
    found = []
    for inline in header._element.findall('.//wp:inline', NS):
        pr = inline.find('wp:docPr', NS)
        blip = inline.find('.//a:blip', NS)
        part = header.part.related_parts[blip.get(qn('r:embed'))]
        extent = inline.find('wp:extent', NS)
        found.append({'descr': pr.get('descr') or '', 'name': pr.get('name') or '', 'contentType': part.content_type,
                      'widthPt': int(extent.get('cx')) / 12700, 'heightPt': int(extent.get('cy')) / 12700})
    return found

sections = [{'firstHeaderImages': images(s.first_page_header),
             'defaultHeaderImages': len(s.header._element.findall('.//wp:inline', NS))} for s in d.sections]
langs = sorted({el.get(qn('w:val')) for el in d.styles.element.iter(qn('w:lang'))})
tables = []
for t in d.tables:
    look = t._tbl.tblPr.find(qn('w:tblLook'))
    tables.append({'firstRowLook': look.get(qn('w:firstRow')) if look is not None else None,
                   'headerRows': len(t._tbl.findall('.//' + qn('w:tblHeader')))})
print(json.dumps({'sections': sections, 'title': d.core_properties.title, 'languages': langs, 'tables': tables,
                  'bodyStyles': [p.style.name for p in d.paragraphs]}, ensure_ascii=False))
`;

/** The top edge (pt) of each word on page 1, from pdftotext's bounding boxes: where the text lies on the page. */
async function wordTops(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-bbox', '-f', '1', '-l', '1', pdf, '-']);
  return [...stdout.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(([, top, word]) => `${Math.round(Number(top))} ${word}`);
}

let inspection: Inspection;

beforeAll(async () => {
  await mkdir(INTEROP_OUT, { recursive: true });
  await writeFile(file('logotyper', 'docx'), await Packer.toBuffer(buildDraftDocument(withLogos)));
  await writeFile(file('utan-logotyper', 'docx'), await Packer.toBuffer(buildDraftDocument(withoutLogos)));
  await convertAllWithLibreOffice([file('logotyper', 'docx'), file('utan-logotyper', 'docx')], 'pdf', INTEROP_OUT);
  const { stdout } = await run(SYSTEM_PYTHON, ['-c', INSPECT, file('logotyper', 'docx')]);
  inspection = JSON.parse(stdout) as Inspection;
});

describe('a document with logos, in python-docx', () => {
  it('has both logos in the first page\'s header, with their text alternatives, at the row\'s size', () => {
    const [section] = inspection.sections;
    expect(section.firstHeaderImages.map(({ descr, name, contentType }) => ({ descr, name, contentType }))).toEqual([
      { descr: 'Söderhamns kommuns logotyp', name: 'Söderhamns kommuns logotyp', contentType: 'image/png' },
      { descr: 'Logotyp för Polismyndigheten, lokalpolisområde Hälsingland', name: 'Logotyp för Polismyndigheten, lokalpolisområde Hälsingland', contentType: 'image/jpeg' },
    ]);
    // 10 mm high, each as wide as its proportions make it (2:1 and 1:1).
    for (const image of section.firstHeaderImages) expect(image.heightPt).toBeCloseTo(LOGO_ROW.height, 1);
    expect(section.firstHeaderImages.map((image) => Math.round(image.widthPt / image.heightPt))).toEqual([2, 1]);
    // The later pages' header is the parties' names only.
    expect(section.defaultHeaderImages).toBe(0);
  });

  it('keeps its title, headings, Swedish language, and a layout table without header rows', () => {
    expect(inspection.title).toBe(withLogos.title);
    expect(inspection.bodyStyles[0]).toBe('Title');
    expect(inspection.bodyStyles).toContain('Heading 1');
    expect(inspection.bodyStyles).toContain('Heading 2');
    expect(inspection.languages).toEqual(['sv-SE']);
    // The signature blocks' table lays blocks out; it has no header row and no header-row look.
    expect(inspection.tables).toHaveLength(1);
    expect(inspection.tables[0].headerRows).toBe(0);
    expect(['0', 'false']).toContain(inspection.tables[0].firstRowLook);
  });
});

describe('a document with logos, printed by LibreOffice', () => {
  it('shows both images on page 1 and nowhere else', async () => {
    const { stdout } = await run('pdfimages', ['-list', file('logotyper', 'pdf')]);
    const rows = stdout.split('\n').slice(2).filter((line) => line.trim());
    const pages = rows.map((line) => Number(line.trim().split(/\s+/)[0]));
    // An image with transparency is listed with its soft mask (smask) as a second entry.
    const images = rows.filter((line) => line.trim().split(/\s+/)[2] === 'image');
    // LibreOffice may resample an image to 300 dpi; its proportions stay.
    const proportions = images.map((line) => {
      const [width, height] = line.trim().split(/\s+/).slice(3, 5).map(Number);
      return Math.round(width / height);
    });
    expect(proportions).toEqual([2, 1]);
    expect(new Set(pages)).toEqual(new Set([1]));
  });

  it('sets the text exactly where it is without logos: they fit in the top margin', async () => {
    const [withPages, withoutPages] = await Promise.all([readPdfPages(file('logotyper', 'pdf')), readPdfPages(file('utan-logotyper', 'pdf'))]);
    expect(withPages).toEqual(withoutPages);
    const [tops, topsWithout] = await Promise.all([wordTops(file('logotyper', 'pdf')), wordTops(file('utan-logotyper', 'pdf'))]);
    expect(tops.length).toBeGreaterThan(50);
    expect(tops).toEqual(topsWithout);
  });

  it('renders page 1 for a person to look at', async () => {
    const [first] = await renderPages(file('logotyper', 'pdf'), path.join(INTEROP_OUT, 'logo-page'), 80);
    expect(first).toBe(path.join(INTEROP_OUT, 'logo-page-1.png'));
  });
});

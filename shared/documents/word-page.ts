import {
  BuilderElement,
  Document,
  Footer,
  NextAttributeComponent,
  PageOrientation,
  Paragraph,
  StringContainer,
  Tab,
  TextRun,
  XmlComponent,
  type IPropertiesOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import { DOCUMENT_LANGUAGE, PAGE, STYLE } from './document-styles';

/**
 * A Word document the app writes, with its language, sv-SE, among its core
 * properties (docProps/core.xml `dc:language`) as well as in its styles, so
 * that a reader or an accessibility check finds it without opening the text.
 * Every .docx goes through here (`buildDraftDocument`, `buildFollowUpReport`),
 * so it is in the file whoever packs it.
 */
export function wordDocument(options: IPropertiesOptions): Document {
  const document = new Document(options);
  document.CoreProperties.addChildElement(new StringContainer('dc:language', DOCUMENT_LANGUAGE));
  return document;
}

/** The A4 page of every Word document the app writes: portrait, 2.5 cm margins, header and footer inside them. */
export const A4_PAGE: NonNullable<ISectionPropertiesOptions['page']> = {
  size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
  margin: {
    top: PAGE.margin,
    right: PAGE.margin,
    bottom: PAGE.margin,
    left: PAGE.margin,
    header: PAGE.headerDistance,
    footer: PAGE.footerDistance,
  },
};

/** What the page fields of a footer show until they are worked out again: a page's number and the number of pages. */
export interface CachedPageNumbers {
  page: number;
  pages: number;
}

/**
 * The running footer: what the document is, then a tab and "Sida X av Y",
 * X and Y being Word's PAGE and NUMPAGES fields. Word and LibreOffice work
 * them out for each page they lay out; a reader that does not lay out pages
 * (python-docx, a search index, a phone's quick preview) shows the result
 * the field was written with, `cached`, rather than "Sida  av ".
 */
export function pageFooter(
  text: string,
  { pageLabel, ofLabel }: { pageLabel: string; ofLabel: string },
  cached: CachedPageNumbers = { page: 1, pages: 1 },
): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [
          new TextRun(text),
          new TextRun({ children: [new Tab(), pageLabel] }),
          ...field('PAGE', String(cached.page)),
          new TextRun(ofLabel),
          ...field('NUMPAGES', String(cached.pages)),
        ],
      }),
    ],
  });
}

/**
 * A field as Word writes one, a run for each part: begin, the field code,
 * separate, the result as last worked out, end.
 */
function field(code: string, result: string): TextRun[] {
  return [
    new TextRun({ children: [fieldCharacter('begin')] }),
    new TextRun({ children: [new FieldCode(code)] }),
    new TextRun({ children: [fieldCharacter('separate')] }),
    new TextRun(result),
    new TextRun({ children: [fieldCharacter('end')] }),
  ];
}

function fieldCharacter(type: 'begin' | 'separate' | 'end'): XmlComponent {
  return new BuilderElement<{ type: string }>({ name: 'w:fldChar', attributes: { type: { key: 'w:fldCharType', value: type } } });
}

/** `<w:instrText xml:space="preserve"> PAGE </w:instrText>` */
class FieldCode extends XmlComponent {
  constructor(code: string) {
    super('w:instrText');
    this.root.push(new NextAttributeComponent<{ space: string }>({ space: { key: 'xml:space', value: 'preserve' } }));
    this.root.push(` ${code} `);
  }
}

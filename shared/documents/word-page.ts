import { Footer, PageNumber, PageOrientation, Paragraph, Tab, TextRun, type ISectionPropertiesOptions } from 'docx';
import { PAGE, STYLE } from './document-styles';

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

/** The running footer: what the document is, then a tab and "Sida X av Y" with Word's own page fields. */
export function pageFooter(text: string, { pageLabel, ofLabel }: { pageLabel: string; ofLabel: string }): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        children: [new TextRun(text), new TextRun({ children: [new Tab(), pageLabel, PageNumber.CURRENT, ofLabel, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

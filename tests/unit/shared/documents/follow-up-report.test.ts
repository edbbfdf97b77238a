import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildFollowUpReport } from '../../../../shared/documents/follow-up-report';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { FOLLOW_UP_REPORT_TEXT } from '../../../../shared/i18n/follow-up';
import { exampleDraft, fourPartyAgreement } from '../../../support/fixtures';
import { paragraphTexts, readDocxPart } from '../../../support/docx-tools';

/** The report's Word XML (body and core properties) without LibreOffice; tests/interop/follow-up-report.test.ts opens it in real readers. */
async function partsOf(draft: Draft, date = new Date('2026-11-21T10:00:00.000Z')) {
  const bytes = new Uint8Array(await Packer.toBuffer(buildFollowUpReport(draft, { date })));
  return { body: readDocxPart(bytes, 'word/document.xml'), core: readDocxPart(bytes, 'docProps/core.xml'), styles: readDocxPart(bytes, 'word/styles.xml') };
}

describe('buildFollowUpReport', () => {
  it('titles the report after the draft without saying its kind twice, dated in Swedish time', async () => {
    const { body, core } = await partsOf(draftSchema.parse(exampleDraft()), new Date('2026-11-21T23:30:00.000Z'));
    expect(paragraphTexts(body)[0]).toBe('Uppföljning av medborgarlöfte för Söderhamn 2020–2021, 22 november 2026');
    expect(core).toContain('<dc:title>Uppföljning av medborgarlöfte för Söderhamn 2020–2021, 22 november 2026</dc:title>');
  });

  it('names an agreement as one, and a title that does not start with the kind gets it before', () => {
    expect(FOLLOW_UP_REPORT_TEXT.title('samverkansoverenskommelse', 'Samverkansöverenskommelse mellan Tanums kommun och Polismyndigheten', '1 mars 2026')).toBe(
      'Uppföljning av samverkansöverenskommelse mellan Tanums kommun och Polismyndigheten, 1 mars 2026',
    );
    expect(FOLLOW_UP_REPORT_TEXT.title('medborgarlofte', 'Trygg i Söderhamn 2025', '1 mars 2026')).toBe('Uppföljning av medborgarlöfte Trygg i Söderhamn 2025, 1 mars 2026');
  });

  it('uses the draft document\'s styles, in Swedish, and marks each table\'s first row as a repeated header', async () => {
    const { body, styles } = await partsOf(fourPartyAgreement());
    for (const id of ['Title', 'Heading1', 'Heading2', 'ListBullet', 'FactLine', 'TableText']) expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toContain('w:val="sv-SE"');
    // The chart, and a table per group: the police; Söderhamn; Ljusdal; the police with Söderhamn; the company with the police.
    expect(body.match(/<w:tbl>/g)).toHaveLength(1 + 5);
    expect(body.match(/<w:tblHeader\/>/g)).toHaveLength(5);
    expect(paragraphTexts(body)).toContain('AB Söderhamnshem: 0 av 1 genomförda');
  });

  it('speaks of an agreement\'s åtaganden, and of a löfte\'s aktiviteter as before (issue 17)', async () => {
    const agreement = await partsOf(fourPartyAgreement());
    const texts = paragraphTexts(agreement.body);
    expect(texts).toEqual(expect.arrayContaining(['Ett gemensamt åtagande räknas för var och en av parterna.', 'Åtaganden per status', 'Åtaganden', 'Åtagande']));
    expect(texts.find((text) => text.startsWith('Stapeldiagram'))).toMatch(/^Stapeldiagram över antal åtaganden per status: /);
    expect(texts.find((text) => / av \d+ åtaganden? är genomför/.test(text))).toBeDefined();
    expect(texts.filter((text) => /aktivitet/i.test(text))).toEqual([]);
    expect(agreement.core).toContain('samverkansöverenskommelse');
    const promise = paragraphTexts((await partsOf(draftSchema.parse(exampleDraft()))).body);
    expect(promise).toEqual(expect.arrayContaining(['Aktiviteter per status', 'Aktiviteter', 'Aktivitet']));
    expect(promise.filter((text) => /åtagande/i.test(text))).toEqual([]);
  });

  it('says there is nothing to follow up for a draft without activities, and writes no empty tables', async () => {
    const { body } = await partsOf({ ...draftSchema.parse(exampleDraft()), activities: [] });
    expect(paragraphTexts(body)).toContain('Utkastet har inga aktiviteter att följa upp.');
    expect(body).not.toContain('<w:tbl>');
  });

  it('gives the statuses\' shares in whole percent that add up to 100 (issue 17: 1 of 3 each was 33 + 33 + 33)', async () => {
    const draft = draftSchema.parse(exampleDraft());
    const statuses = ['ej-paborjad', 'pagar', 'genomford'] as const;
    const activities = statuses.map((status, i) => ({ ...draft.activities[i % draft.activities.length], id: `a${i}`, followUp: { status, outcome: null, comment: '' } }));
    const { body } = await partsOf({ ...draft, activities });
    const shares = paragraphTexts(body)
      .map((text) => /^\d+ \((\d+) %\)$/.exec(text)?.[1])
      .filter((share) => share !== undefined)
      .map(Number);
    expect(shares.filter((share) => share > 0)).toHaveLength(3);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(100);
  });

  it('leaves out characters XML forbids, whatever the follow-up holds', async () => {
    const draft = draftSchema.parse(exampleDraft());
    draft.activities[0].followUp = { status: 'pagar', outcome: null, comment: 'Fel\u0007tecken <&> kvar' };
    const { body } = await partsOf(draft);
    expect(paragraphTexts(body)).toContain('Feltecken <&> kvar');
    expect(body).not.toContain('\u0007');
  });
});

import { describe, expect, it } from 'vitest';
import { fileNameStem, sharedDraftFileName, suggestFileName } from '../../../../shared/draft/file-name';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { eightPartyAgreement, exampleDraft, fourPartyAgreement } from '../../../support/fixtures';

/** File names as SKR advises for sharing: a–z, 0–9 and "-", no spaces, no å/ä/ö, descriptive. */

const SKR_NAME = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/;

const draft = (change: Partial<Draft> = {}): Draft => draftSchema.parse({ ...exampleDraft(), ...change });

/** The example with its kommun party named `name` (the example's is "Söderhamns kommun"). */
const municipalityNamed = (name: string, change: Partial<Draft> = {}): Draft => {
  const example = draft(change);
  return { ...example, parties: example.parties.map((party) => (party.role === 'kommun' ? { ...party, name } : party)) };
};

describe('suggestFileName', () => {
  it('names every kind of file by kind, municipality and period, with only the extension differing', () => {
    const names = ['docx', 'pdf', 'eml', 'csv'].map((extension) => suggestFileName(draft(), extension));
    expect(names).toEqual([
      'medborgarlofte-soderhamn-2020-2021.docx',
      'medborgarlofte-soderhamn-2020-2021.pdf',
      'medborgarlofte-soderhamn-2020-2021.eml',
      'medborgarlofte-soderhamn-2020-2021.csv',
    ]);
    expect(sharedDraftFileName(draft())).toBe('medborgarlofte-soderhamn-2020-2021.samverka.json');
    for (const name of names) expect(name).toMatch(SKR_NAME);
  });

  it('keeps the end year of a long agreement title (bug 3 of issue 17)', () => {
    const agreement = draft({
      kind: 'samverkansoverenskommelse',
      title: 'Samverkansöverenskommelse mellan Hofors kommun och Polismyndigheten, lokalpolisområde Sandviken, 2027–2030',
      period: { start: '2027-01-01', end: '2030-12-31' },
      parties: [
        { id: 'kommun', role: 'kommun', name: 'Hofors kommun' },
        { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Sandviken' },
      ],
      activities: [],
      signatories: [],
    });
    expect(suggestFileName(agreement, 'docx')).toBe('samverkansoverenskommelse-hofors-2027-2030.docx');
    expect(suggestFileName(agreement, 'docx', { withPromises: true })).toBe('samverkansoverenskommelse-hofors-2027-2030-med-medborgarloften.docx');
  });

  it('names the municipality as the place, with å, ä, ö as a, a, o', () => {
    const named = (name: string) => fileNameStem(municipalityNamed(name));
    expect(named('Ovanåkers kommun')).toBe('medborgarlofte-ovanaker-2020-2021');
    expect(named('Bollnäs kommun')).toBe('medborgarlofte-bollnas-2020-2021');
    expect(named('Kalix kommun')).toBe('medborgarlofte-kalix-2020-2021');
    expect(named('Stockholms stad')).toBe('medborgarlofte-stockholm-2020-2021');
    expect(named('Västerås stad')).toBe('medborgarlofte-vasteras-2020-2021');
    expect(named('Älvdalen')).toBe('medborgarlofte-alvdalen-2020-2021');
    expect(named('Region Gävleborg')).toBe('medborgarlofte-region-gavleborg-2020-2021');
  });

  it('names several municipalities, three at most and then "m-fl"', () => {
    expect(fileNameStem(fourPartyAgreement())).toBe('samverkansoverenskommelse-soderhamn-ljusdal-2024-2027');
    expect(fileNameStem(eightPartyAgreement())).toBe('samverkansoverenskommelse-soderhamn-ljusdal-bollnas-m-fl-2024-tills-vidare');
  });

  it('names one year, an open-ended period and no period', () => {
    const period = (start: string | null, end: string | null) => fileNameStem(draft({ period: { start, end } }));
    expect(period('2027-01-01', '2027-12-31')).toBe('medborgarlofte-soderhamn-2027');
    expect(period('2027-01-01', null)).toBe('medborgarlofte-soderhamn-2027-tills-vidare');
    expect(period(null, null)).toBe('medborgarlofte-soderhamn');
  });

  it('names a draft without a named municipality by its title, then "utkast", always with kind and period', () => {
    const unnamed = (title: string) => suggestFileName(municipalityNamed('', { title }), 'docx');
    expect(unnamed('Medborgarlöfte för Söderhamn 2020–2021')).toBe('medborgarlofte-soderhamn-2020-2021.docx');
    expect(unnamed('Trygghet i centrum')).toBe('medborgarlofte-trygghet-i-centrum-2020-2021.docx');
    expect(unnamed('')).toBe('medborgarlofte-utkast-2020-2021.docx');
    expect(unnamed('–––')).toBe('medborgarlofte-utkast-2020-2021.docx');
    const long = fileNameStem(municipalityNamed('', { title: 'Ett mycket långt medborgarlöfte '.repeat(6) }));
    expect(long).toMatch(/^medborgarlofte-ett-mycket-langt-medborgarlofte-[a-z-]+-2020-2021$/);
    expect(long.length).toBeLessThanOrEqual(100);
  });

  it('says when an agreement carries its löften, and what else a file holds', () => {
    expect(suggestFileName(fourPartyAgreement(), 'docx', { withPromises: true })).toBe(
      'samverkansoverenskommelse-soderhamn-ljusdal-2024-2027-med-medborgarloften.docx',
    );
    expect(suggestFileName(draft(), 'csv', { addition: 'Uppföljning' })).toBe('medborgarlofte-soderhamn-2020-2021-uppfoljning.csv');
  });
});

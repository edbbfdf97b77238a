import { describe, expect, it } from 'vitest';
import { fileNameStem, sharedDraftFileName, suggestFileName } from '../../../../shared/draft/file-name';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { exampleDraft, fourPartyAgreement } from '../../../support/fixtures';

/** File names as SKR advises for sharing: a–z, 0–9 and "-", no spaces, no å/ä/ö, descriptive. */

const SKR_NAME = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/;

const draft = (change: Partial<Draft> = {}): Draft => draftSchema.parse({ ...exampleDraft(), ...change });

describe('suggestFileName', () => {
  it('names every kind of file from the title, with only the extension differing', () => {
    const names = ['docx', 'pdf', 'eml', 'csv'].map((extension) => suggestFileName(draft(), extension));
    expect(names).toEqual([
      'medborgarlofte-for-soderhamn-2020-2021.docx',
      'medborgarlofte-for-soderhamn-2020-2021.pdf',
      'medborgarlofte-for-soderhamn-2020-2021.eml',
      'medborgarlofte-for-soderhamn-2020-2021.csv',
    ]);
    expect(sharedDraftFileName(draft())).toBe('medborgarlofte-for-soderhamn-2020-2021.samverka.json');
    for (const name of names) expect(name).toMatch(SKR_NAME);
  });

  it('writes å, ä, ö, accents and signs as a–z and single hyphens', () => {
    const name = suggestFileName(draft({ title: '  Medborgarlöfte: Årjäng & Töreboda — Señor Müller/Ærø  2026 ' }), 'docx');
    expect(name).toBe('medborgarlofte-arjang-toreboda-senor-muller-aero-2026.docx');
    expect(name).toMatch(SKR_NAME);
  });

  it('names a draft without a title by its kind and period years', () => {
    expect(suggestFileName(draft({ title: '' }), 'docx')).toBe('medborgarlofte-2020-2021.docx');
    expect(suggestFileName(draft({ title: '   ', kind: 'samverkansoverenskommelse', period: { start: '2024-01-01', end: null } }), 'pdf')).toBe(
      'samverkansoverenskommelse-2024.pdf',
    );
    expect(suggestFileName(draft({ title: '', period: { start: null, end: null } }), 'eml')).toBe('medborgarlofte.eml');
    // A title of signs only says nothing either.
    expect(suggestFileName(draft({ title: '–––' }), 'docx')).toBe('medborgarlofte-2020-2021.docx');
  });

  it('says when an agreement carries its löften, and what else a file holds', () => {
    const agreement = fourPartyAgreement();
    expect(suggestFileName(agreement, 'docx', { withPromises: true })).toBe(
      'samverkansoverenskommelse-mellan-soderhamns-kommun-ljusdals-kommun-ab-med-medborgarloften.docx',
    );
    expect(suggestFileName(draft(), 'csv', { addition: 'Uppföljning' })).toBe('medborgarlofte-for-soderhamn-2020-2021-uppfoljning.csv');
    expect(fileNameStem(draft())).toBe('medborgarlofte-for-soderhamn-2020-2021');
  });

  it('cuts a long title between words, at most 80 characters', () => {
    const stem = fileNameStem(draft({ title: 'Ett mycket långt medborgarlöfte '.repeat(6) }));
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem).toMatch(/^ett-mycket-langt-medborgarlofte-.*-[a-z]+$/);
    expect(`${stem}-`).toMatch(/^((ett|mycket|langt|medborgarlofte)-)+$/);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftFromExample, exampleChoiceProblems, exampleOriginsOf, examplePeriod, UNKNOWN_ORIGIN } from '../../../../shared/draft/from-example';
import { checkReadiness, isReady } from '../../../../shared/draft/readiness';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { ROOT } from '../../../support/fixtures';

const DIR = path.join(ROOT, 'resources/examples');
const read = (id: string): Draft => draftSchema.parse(JSON.parse(readFileSync(path.join(DIR, `${id}.samverka.json`), 'utf8')));
const origins = exampleOriginsOf(JSON.parse(readFileSync(path.join(DIR, 'exempel.json'), 'utf8')));
const LJUSDAL = 'medborgarlofte-ljusdal-2022-2024';
const SODERHAMN = 'medborgarlofte-soderhamn-2020-2021';
const AGREEMENT = 'samverkansoverenskommelse-exempelvik-2023-2026';
const fromExample = (id: string, choices: { municipality: string; policeArea: string; startYear: number }) =>
  draftFromExample(read(id), origins.get(id)!, choices);

/** Every text of a draft, for looking for a name in it. */
const allText = (draft: Draft) => JSON.stringify(draft);

describe('draftFromExample', () => {
  it('makes the Ljusdal löfte Åsele’s: parties, title, period and place of signing, no names or diarienummer', () => {
    const example = read(LJUSDAL);
    const draft = fromExample(LJUSDAL, { municipality: 'Åsele', policeArea: 'Södra Lappland', startYear: 2027 });

    expect(draft.parties).toEqual([
      { id: 'kommun', role: 'kommun', name: 'Åsele kommun', diarienummer: '' },
      { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Södra Lappland', diarienummer: '' },
    ]);
    expect(draft.title).toBe('Medborgarlöfte för Åsele 2027–2029');
    expect(draft.period).toEqual({ start: '2027-01-01', end: '2029-12-31' });
    expect(draft.signatories).toEqual([
      { partyId: 'kommun', name: '', title: 'Kommunstyrelsens ordförande', place: 'Åsele', date: null },
      { partyId: 'polis', name: '', title: 'Lokalpolisområdeschef', place: 'Åsele', date: null },
    ]);
    expect(allText(draft)).not.toContain('Marit Holmstrand');
    expect(allText(draft)).not.toContain('Krusenstjerna');
    expect(allText(draft)).not.toContain('KS 2021/587');
    // The texts stay the example's: they state Ljusdal's facts.
    expect(draft).toMatchObject({ statement: example.statement, background: example.background, basis: example.basis });
    // Ljusdal's town centre, printed in the title block, is left for Åsele's own.
    expect(draft.geographicFocus).toBe('');
    expect(draft.activities.map((a) => a.text)).toEqual(example.activities.map((a) => a.text));
    expect(draft.status).toBe('utkast');
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('is not ready to sign until the user’s signatories are named, and then is', () => {
    const draft = fromExample(LJUSDAL, { municipality: 'Töreboda', policeArea: 'Skaraborg', startYear: 2027 });
    const errors = checkReadiness(draft).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([
      'Undertecknare 1 (för Töreboda kommun) saknar namn.',
      'Undertecknare 1 (för Polismyndigheten, lokalpolisområde Skaraborg) saknar namn.',
    ]);
    const signed = { ...draft, signatories: draft.signatories.map((s, i) => ({ ...s, name: ['Anna Öberg', 'Per Åström'][i] })) };
    expect(isReady(checkReadiness(signed))).toBe(true);
  });

  it('signs in the user’s municipality only where the example signed in its own', () => {
    const draft = fromExample(SODERHAMN, { municipality: 'Töreboda', policeArea: 'lokalpolisområde Skaraborg', startYear: 2026 });
    expect(draft.title).toBe('Medborgarlöfte för Töreboda 2026–2027');
    expect(draft.period).toEqual({ start: '2026-01-01', end: '2027-12-31' });
    expect(draft.parties.map((p) => p.name)).toEqual(['Töreboda kommun', 'Polismyndigheten, lokalpolisområde Skaraborg']);
    // Söderhamn's police signed in Hudiksvall: not the user's place, so left for the user.
    expect(draft.signatories.map((s) => [s.name, s.place])).toEqual([
      ['', 'Töreboda'],
      ['', ''],
    ]);
  });

  it('makes the agreement example the user’s, its title naming both parties and its four years', () => {
    const example = read(AGREEMENT);
    const draft = fromExample(AGREEMENT, { municipality: 'Töreboda', policeArea: 'Skaraborg', startYear: 2027 });
    expect(draft.kind).toBe('samverkansoverenskommelse');
    expect(draft.title).toBe('Samverkansöverenskommelse mellan Töreboda kommun och Polismyndigheten, lokalpolisområde Skaraborg 2027–2030');
    expect(draft.period).toEqual({ start: '2027-01-01', end: '2030-12-31' });
    expect(draft.parties.map((p) => [p.name, p.diarienummer])).toEqual([
      ['Töreboda kommun', ''],
      ['Polismyndigheten, lokalpolisområde Skaraborg', ''],
    ]);
    expect(draft.signatories.map((s) => [s.name, s.title, s.place])).toEqual([
      ['', 'Kommunstyrelsens ordförande', 'Töreboda'],
      ['', 'Lokalpolisområdeschef', 'Töreboda'],
    ]);
    expect(draft).toMatchObject({ statement: example.statement, focusAreas: example.focusAreas, groups: example.groups, attachments: example.attachments });
    const filled = { ...draft, signatories: draft.signatories.map((s, i) => ({ ...s, name: ['Anna Öberg', 'Per Åström'][i] })) };
    // Ready once named; the diarienummer, which are the user's to give, are warned about.
    expect(isReady(checkReadiness(filled))).toBe(true);
    expect(checkReadiness(filled).map((f) => f.field)).toEqual([
      ['parties', 0, 'diarienummer'],
      ['parties', 1, 'diarienummer'],
    ]);
  });

  it('replaces names in the title only as whole words, once', () => {
    const example = { ...read(LJUSDAL), title: 'Ljusdals kommun och Ljusdalshem: löfte för Ljusdal 2022–2024' };
    const draft = draftFromExample(example, origins.get(LJUSDAL)!, { municipality: 'Ljusdal Norra', policeArea: 'Hälsingland', startYear: 2025 });
    expect(draft.title).toBe('Ljusdal Norra kommun och Ljusdalshem: löfte för Ljusdal Norra 2025–2027');
  });

  it('keeps a title that does not state the municipality or the years as it is, and the parties still become the user’s', () => {
    const example = { ...read(LJUSDAL), title: 'Trygg i centrum' };
    const draft = draftFromExample(example, UNKNOWN_ORIGIN, { municipality: 'Åre', policeArea: 'Jämtland', startYear: 2027 });
    expect(draft.title).toBe('Trygg i centrum');
    expect(draft.parties.map((p) => p.name)).toEqual(['Åre kommun', 'Polismyndigheten, lokalpolisområde Jämtland']);
    // Without the example's municipality, no place of signing can be known.
    expect(draft.signatories.map((s) => s.place)).toEqual(['', '']);
  });

  it('starts the follow-up anew and drops the example’s links and logos', () => {
    const example = read(SODERHAMN);
    const followed: Draft = {
      ...example,
      status: 'undertecknad',
      relatedIds: ['0b6a4f2e-1c3d-4e5f-8a9b-7c6d5e4f3a2b'],
      parties: example.parties.map((p) => ({ ...p, logo: { mediaType: 'image/png' as const, data: 'AAAA', alt: 'logga' } })),
      activities: example.activities.map((a) => ({ ...a, review: true, followUp: { status: 'genomford' as const, outcome: 3, comment: 'klart' } })),
    };
    const draft = draftFromExample(followed, origins.get(SODERHAMN)!, { municipality: 'Ölme', policeArea: 'Värmland', startYear: 2027 });
    expect(draft.status).toBe('utkast');
    expect(draft.relatedIds).toEqual([]);
    expect(draft.parties.every((p) => !('logo' in p))).toBe(true);
    expect(draft.activities.every((a) => !('review' in a) && a.followUp?.status === 'ej-paborjad' && a.followUp.outcome === null)).toBe(true);
  });
});

describe('examplePeriod', () => {
  it('moves the period to the first year, as long as it was', () => {
    expect(examplePeriod({ start: '2020-01-01', end: '2021-12-31' }, 2027)).toEqual({ start: '2027-01-01', end: '2028-12-31' });
    expect(examplePeriod({ start: '2024-07-01', end: '2025-06-30' }, 2026)).toEqual({ start: '2026-07-01', end: '2027-06-30' });
    // Ending the day before 1 March: 29 February in a leap year.
    expect(examplePeriod({ start: '2022-03-01', end: '2023-02-28' }, 2027)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
  });

  it('keeps an open end open, with its revision interval, and starts a period without a start on 1 January', () => {
    expect(examplePeriod({ start: '2023-01-01', end: null, revisionMonths: 12 }, 2027)).toEqual({ start: '2027-01-01', end: null, revisionMonths: 12 });
    expect(examplePeriod({ start: null, end: null }, 2027)).toEqual({ start: '2027-01-01', end: null });
  });
});

describe('exampleChoiceProblems', () => {
  const ok = { municipality: 'Töreboda', policeArea: 'Skaraborg', startYear: '2027' };

  it('accepts a municipality, an area and a four-digit year', () => {
    expect(exampleChoiceProblems(ok)).toEqual({});
    expect(exampleChoiceProblems({ ...ok, municipality: ' Åsele ', policeArea: 'lokalpolisområde Södra Lappland' })).toEqual({});
  });

  it('says in Swedish what is missing or wrong, field by field', () => {
    expect(exampleChoiceProblems({ municipality: ' ', policeArea: '', startYear: '27' })).toEqual({
      municipality: 'Skriv kommunens namn.',
      policeArea: 'Skriv lokalpolisområdets namn.',
      startYear: 'Skriv året med fyra siffror, till exempel 2027.',
    });
    expect(exampleChoiceProblems({ ...ok, municipality: 'Töreboda kommun', policeArea: 'lokalpolisområde ', startYear: '1999' })).toEqual({
      municipality: 'Skriv bara kommunens namn, utan ”kommun” eller ”stad”, till exempel Töreboda.',
      policeArea: 'Skriv lokalpolisområdets namn.',
      startYear: 'Skriv ett år mellan 2000 och 2099.',
    });
  });
});

describe('exampleOriginsOf', () => {
  it('describes every bundled example', () => {
    expect([...origins.keys()].sort()).toEqual([LJUSDAL, SODERHAMN, AGREEMENT]);
    expect(origins.get(AGREEMENT)).toMatchObject({ municipality: 'Exempelvik', policeArea: 'Exempeldalen', source: expect.stringContaining('påhittat') });
  });

  it('leaves out what does not parse', () => {
    expect(exampleOriginsOf({ examples: { a: { municipality: 'X', policeArea: 'Y' }, b: { municipality: 3 } } })).toEqual(new Map([['a', { municipality: 'X', policeArea: 'Y', source: undefined }]]));
    expect(exampleOriginsOf(null).size).toBe(0);
  });
});

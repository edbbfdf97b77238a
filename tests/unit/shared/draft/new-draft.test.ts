import { describe, expect, it } from 'vitest';
import { newDraft, promiseFromAgreement, type NewDraftDefaults } from '../../../../shared/draft/new-draft';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';

const ID = '1d2c3b4a-5f6e-4d7c-8b9a-0f1e2d3c4b5a';
const fromAgreement = (agreement: Draft, now: string) => promiseFromAgreement(agreement, { id: ID, now: new Date(now) });
const period = (start: string | null, end: string | null, revisionMonths?: number | null) => ({ start, end, revisionMonths });

describe('promiseFromAgreement', () => {
  it('makes a valid löfte of the agreement, linked to it', () => {
    const created = fromAgreement(agreementDraft(), '2026-03-01T10:00:00Z');
    expect(draftSchema.safeParse(created).success).toBe(true);
    expect(created).toMatchObject({ id: ID, kind: 'medborgarlofte', status: 'utkast', relatedIds: [AGREEMENT_ID], activities: [] });
    expect(created.createdAt).toBe('2026-03-01T10:00:00.000Z');
  });

  it('takes the parties without the agreement\'s diarienummer', () => {
    const created = fromAgreement(agreementDraft(), '2026-03-01T10:00:00Z');
    expect(created.parties).toEqual(agreementDraft().parties.map((party) => ({ ...party, diarienummer: '' })));
  });

  it('takes the focus areas as copies, and the signatories without dates', () => {
    const agreement = agreementDraft({ signatories: agreementDraft().signatories.map((s) => ({ ...s, date: '2023-12-01' })) });
    const created = fromAgreement(agreement, '2026-03-01T10:00:00Z');
    expect(created.focusAreas).toEqual(agreement.focusAreas);
    expect(created.focusAreas[0]).not.toBe(agreement.focusAreas[0]);
    expect(created.signatories).toEqual(agreement.signatories.map((s) => ({ ...s, date: null })));
    expect(created.originals).toBe(agreement.originals);
  });

  it('suggests a title naming the municipalities and the years, or none without municipality names', () => {
    expect(fromAgreement(agreementDraft(), '2026-03-01T10:00:00Z').title).toBe('Medborgarlöfte för Ljusdals kommun och Ovanåkers kommun 2026');
    const unnamed = agreementDraft({ parties: agreementDraft().parties.map((p) => (p.role === 'kommun' ? { ...p, name: ' ' } : p)) });
    expect(fromAgreement(unnamed, '2026-03-01T10:00:00Z').title).toBe('');
  });

  it.each([
    ['a short agreement: the whole of it', period('2024-03-01', '2026-06-30'), '2025-05-01', { start: '2024-03-01', end: '2026-06-30' }],
    ['a long agreement: this year', period('2024-01-01', '2027-12-31'), '2026-03-01', { start: '2026-01-01', end: '2026-12-31' }],
    ['from October: next year', period('2024-01-01', '2027-12-31'), '2026-10-15', { start: '2027-01-01', end: '2027-12-31' }],
    ['before the agreement: its first year', period('2024-01-01', '2027-12-31'), '2022-05-01', { start: '2024-01-01', end: '2024-12-31' }],
    ['after the agreement: its last year', period('2024-01-01', '2027-12-31'), '2031-05-01', { start: '2027-01-01', end: '2027-12-31' }],
    ['an agreement ending mid-year', period('2023-07-01', '2027-06-30'), '2027-03-01', { start: '2027-01-01', end: '2027-06-30' }],
    ['tills vidare, starting mid-year', period('2026-04-01', null, 12), '2026-02-01', { start: '2026-04-01', end: '2026-12-31' }],
    ['no dates', period(null, null), '2026-02-01', { start: '2026-01-01', end: '2026-12-31' }],
  ])('chooses the period inside the agreement\'s: %s', (_label, agreementPeriod, now, expected) => {
    expect(fromAgreement(agreementDraft({ period: agreementPeriod }), `${now}T10:00:00Z`).period).toEqual(expected);
  });
});

describe('newDraft', () => {
  const NOW = new Date('2026-03-01T10:00:00Z');
  const create = (defaults?: NewDraftDefaults, kind: Draft['kind'] = 'medborgarlofte') => newDraft({ id: ID, kind, now: NOW, defaults });

  it('starts without defaults with the usual kommun and polis, unnamed, one original each', () => {
    const draft = create();
    expect(draftSchema.safeParse(draft).success).toBe(true);
    expect(draft.parties).toEqual([
      { id: 'kommun', role: 'kommun', name: '', diarienummer: '' },
      { id: 'polis', role: 'polis', name: '', diarienummer: '' },
    ]);
    expect(draft.signatories).toEqual([]);
    expect(draft.originals).toBe(2);
    expect(create({})).toEqual(draft);
  });

  it('names the kommun after the municipality', () => {
    expect(create({ municipality: ' Ljusdals kommun ' }).parties.map((p) => p.name)).toEqual(['Ljusdals kommun', '']);
  });

  it('starts with the organisation\'s parties and their signatories, in the order of the parties', () => {
    const defaults: NewDraftDefaults = {
      municipality: 'Tanums kommun',
      parties: [
        { role: 'polis', name: 'Polisen LPO Norra Bohuslän', signatories: [{ title: 'Lokalpolisområdeschef' }] },
        { role: 'kommun', signatories: [{ name: 'Liza Kettil', title: 'Kommunstyrelsens ordförande' }, { name: 'Eva Eriksson' }] },
        { role: 'kommun', name: 'Strömstads kommun' },
        { role: 'annan', name: 'Räddningstjänsten' },
      ],
    };
    for (const kind of ['medborgarlofte', 'samverkansoverenskommelse'] as const) {
      const draft = create(defaults, kind);
      expect(draftSchema.safeParse(draft).success).toBe(true);
      expect(draft.parties.map((p) => [p.id, p.role, p.name])).toEqual([
        ['polis', 'polis', 'Polisen LPO Norra Bohuslän'],
        ['kommun', 'kommun', 'Tanums kommun'],
        ['part-3', 'kommun', 'Strömstads kommun'],
        ['part-4', 'annan', 'Räddningstjänsten'],
      ]);
      expect(draft.signatories).toEqual([
        { partyId: 'polis', name: '', title: 'Lokalpolisområdeschef', place: '', date: null },
        { partyId: 'kommun', name: 'Liza Kettil', title: 'Kommunstyrelsens ordförande', place: '', date: null },
        { partyId: 'kommun', name: 'Eva Eriksson', title: '', place: '', date: null },
      ]);
      expect(draft.originals).toBe(4);
    }
  });

  it('keeps the usual parties when the list is outside the format\'s limits', () => {
    const usual = create({ municipality: 'Ljusdals kommun' }).parties;
    expect(create({ municipality: 'Ljusdals kommun', parties: [{ role: 'kommun' }] }).parties).toEqual(usual);
    expect(create({ municipality: 'Ljusdals kommun', parties: Array.from({ length: 9 }, () => ({ role: 'annan' as const })) }).parties).toEqual(usual);
  });
});

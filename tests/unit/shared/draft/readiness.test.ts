import { describe, expect, it } from 'vitest';
import { checkReadiness, containsPersonnummer, isReady } from '../../../../shared/draft/readiness';
import { newDraft } from '../../../../shared/draft/new-draft';
import { exampleDraft } from '../../../support/fixtures';

describe('checkReadiness', () => {
  it('finds nothing wrong with the complete example', () => {
    expect(checkReadiness(exampleDraft()).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lists what a new draft is missing, each pointing at its field', () => {
    const draft = newDraft({ id: '5b0d6c1e-8f5a-4d3e-9b1a-2c7e4f6a9d11', kind: 'medborgarlofte', now: new Date('2026-03-01') });
    const findings = checkReadiness(draft);
    expect(isReady(findings)).toBe(false);
    expect(findings.map((f) => f.field.join('.'))).toEqual(['title', 'statement', 'parties.0.name', 'parties.1.name', 'activities']);
    expect(findings[0].message).toBe('Titel saknas.');
  });

  it('flags activities without a party or text, a missing period and too few parties', () => {
    const draft = exampleDraft();
    draft.activities[0].partyIds = [];
    draft.activities[1].text = ' ';
    draft.period = { start: null, end: null };
    draft.parties = draft.parties.slice(0, 1);
    draft.activities = draft.activities.slice(0, 2);
    const messages = checkReadiness(draft).map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Aktivitet 1 saknar ansvarig part.',
        'Aktivitet 2 saknar text.',
        'Periodens startdatum saknas.',
        'Minst två parter behövs (nu 1).',
      ]),
    );
  });

  it('flags a personnummer anywhere in the text, naming the field', () => {
    const draft = exampleDraft();
    draft.activities[2].text = 'stödja 19811218-9876 med boende';
    const finding = checkReadiness(draft).find((f) => f.message.includes('personnummer'));
    expect(finding?.field).toEqual(['activities', 2, 'text']);
    expect(finding?.message).toContain('aktivitet 3, text');
  });
});

describe('containsPersonnummer', () => {
  it.each(['811218-9876', '198112189876', '19811218-9876', 'född 811278-9873 (samordningsnummer)'])('finds %s', (text) => {
    expect(containsPersonnummer(text)).toBe(true);
  });
  it.each(['KS 2019/512', 'A123.456/2019', '811218-9875', 'ring 0270-123456', '2020-01-01 – 2021-12-31', 'minst 1000000000 kronor'])(
    'leaves %s alone',
    (text) => {
      expect(containsPersonnummer(text)).toBe(false);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { v1ActivitySentence, type V1Activity } from '../../../../shared/draft/v1-activity-sentence';
import fixture from '../../../fixtures/drafts/v1-soderhamn.json';
import { everyCombinationOfFields } from '../../../support/activity-fields';

/**
 * The sentence format version 1 printed for an activity, kept frozen for the
 * migration to version 2: these tests pin what it printed.
 */
const draft = fixture as { activities: V1Activity[] };

const sentence = (fields: V1Activity) => v1ActivitySentence({ text: '', ...fields });

/** What a sentence must never contain, whatever is filled in. */
function expectWellFormed(text: string) {
  expect(text).not.toMatch(/\s{2,}/u);
  expect(text).not.toMatch(/\s[,.]/u);
  expect(text).not.toMatch(/,\s*,/u);
  expect(text).not.toMatch(/^[\s,]|[\s,]$/u);
  expect(text).not.toMatch(/(?<![\p{L}\p{N}])([\p{L}\p{N}]+) \1(?![\p{L}\p{N}])/iu);
}

describe('v1ActivitySentence', () => {
  it('works every field into one sentence', () => {
    expect(
      sentence({
        text: 'genomföra riktade insatser mot narkotikabrott bland unga',
        quantity: 2,
        unit: 'insatser',
        frequency: 'per år',
        minDuration: 'vardera minst två dagar',
        place: 'Söderhamns centrum',
      }),
    ).toBe('genomföra minst 2 riktade insatser mot narkotikabrott bland unga per år, vardera minst två dagar, i Söderhamns centrum');
  });

  it('says "vardera" for a duration of several occasions when the writer left it out', () => {
    expect(
      sentence({ text: 'genomföra riktade insatser', quantity: 2, unit: 'insatser', minDuration: 'minst två dagar' }),
    ).toBe('genomföra minst 2 riktade insatser, vardera minst två dagar');
    expect(sentence({ text: 'genomföra en riktad insats', quantity: 1, unit: 'insats', minDuration: 'minst två dagar' })).toBe(
      'genomföra en riktad insats, minst två dagar',
    );
    expect(sentence({ text: 'patrullera', quantity: 3, minDuration: 'minst två timmar per tillfälle' })).toBe(
      'patrullera minst 3 gånger, minst två timmar per tillfälle',
    );
    expect(sentence({ text: 'patrullera', quantity: 3, minDuration: 'på kvällstid' })).toBe('patrullera minst 3 gånger, på kvällstid');
  });

  it('prints text alone as it was written, continuing "… lovar att"', () => {
    expect(sentence({ text: 'vidareutveckla SSPF' })).toBe('vidareutveckla SSPF');
    expect(sentence({ text: '  Genomföra   trygghetsvandringar.  ' })).toBe('genomföra trygghetsvandringar');
    expect(sentence({ text: 'SSPF-möten hålls varje månad' })).toBe('SSPF-möten hålls varje månad');
  });

  it('counts "gånger" when a quantity has no unit', () => {
    expect(sentence({ text: 'genomföra trygghetsvandringar', quantity: 4, frequency: 'per år' })).toBe(
      'genomföra trygghetsvandringar minst 4 gånger per år',
    );
    expect(sentence({ text: 'bjuda in till medborgardialog', quantity: 1, frequency: 'per termin' })).toBe(
      'bjuda in till medborgardialog minst en gång per termin',
    );
  });

  it('sets the count off after the text when the unit is not in it', () => {
    expect(
      sentence({ text: 'arbeta med fotpatrullering', quantity: 4, unit: 'pass', frequency: 'per vecka', minDuration: 'minst två timmar', place: 'Stortorget' }),
    ).toBe('arbeta med fotpatrullering i Stortorget, minst 4 pass per vecka, vardera minst två timmar');
  });

  it('puts the count before the adjectives of the counted noun', () => {
    expect(sentence({ text: 'starta nya grannsamverkansområden', quantity: 8, unit: 'grannsamverkansområden' })).toBe(
      'starta minst 8 nya grannsamverkansområden',
    );
    expect(sentence({ text: 'genomföra riktade och samordnade insatser', quantity: 3, unit: 'insatser' })).toBe(
      'genomföra minst 3 riktade och samordnade insatser',
    );
    expect(sentence({ text: 'genomföra trafikkontroller', quantity: 50, unit: 'trafikkontroller', frequency: 'per år' })).toBe(
      'genomföra minst 50 trafikkontroller per år',
    );
  });

  it('keeps how often and where before a closing relative clause', () => {
    expect(
      sentence({
        text: 'genomföra trygghetsvandringar där särskilt ungas perspektiv tillvaratas',
        quantity: 2,
        unit: 'trygghetsvandringar',
        frequency: 'per år',
        place: 'Söderhamns centrum',
      }),
    ).toBe('genomföra minst 2 trygghetsvandringar per år i Söderhamns centrum där särskilt ungas perspektiv tillvaratas');
    expect(sentence({ text: 'vidareutveckla SSPF, där skolan deltar', place: 'Ljusdal', minDuration: 'minst ett möte' })).toBe(
      'vidareutveckla SSPF, minst ett möte, i Ljusdal, där skolan deltar',
    );
  });

  it('does not repeat what the text already says', () => {
    expect(
      sentence({ text: 'genomföra två trygghetsvandringar per år i Söderhamns centrum', quantity: 2, unit: 'trygghetsvandringar', frequency: 'per år', place: 'Söderhamns centrum' }),
    ).toBe('genomföra två trygghetsvandringar per år i Söderhamns centrum');
    expect(sentence({ text: 'genomföra minst 4 trygghetsvandringar', quantity: 4, unit: 'trygghetsvandringar' })).toBe(
      'genomföra minst 4 trygghetsvandringar',
    );
    // A count that disagrees with the quantity is left for the writer to settle, not doubled.
    expect(sentence({ text: 'genomföra 3 riktade insatser', quantity: 2, unit: 'insatser' })).toBe('genomföra 3 riktade insatser');
    expect(sentence({ text: 'genomföra insatser, vardera minst två dagar', quantity: 2, unit: 'insatser', minDuration: 'vardera minst två dagar' })).toBe(
      'genomföra minst 2 insatser, vardera minst två dagar',
    );
  });

  it('gives a place its own preposition when it has none', () => {
    expect(sentence({ text: 'patrullera', place: 'på Stortorget' })).toBe('patrullera på Stortorget');
    expect(sentence({ text: 'patrullera', place: 'vid resecentrum' })).toBe('patrullera vid resecentrum');
    expect(sentence({ text: 'patrullera', place: 'Ljusdals tätort' })).toBe('patrullera i Ljusdals tätort');
  });

  it('treats zero, empty and white-space fields as not set', () => {
    expect(sentence({ text: 'patrullera', quantity: 0, unit: ' ', frequency: '', minDuration: '  ', place: '' })).toBe('patrullera');
    expect(sentence({ text: 'patrullera', quantity: null })).toBe('patrullera');
    expect(sentence({})).toBe('');
    expect(sentence({ text: ' . ' })).toBe('');
  });

  it('still reads when the text is missing', () => {
    expect(sentence({ quantity: 2, unit: 'insatser', place: 'Ljusdal' })).toBe('minst 2 insatser i Ljusdal');
    expect(sentence({ quantity: 3 })).toBe('minst 3 gånger');
    expect(sentence({ place: 'Ljusdal', frequency: 'per år' })).toBe('per år i Ljusdal');
  });

  it('writes numbers the Swedish way', () => {
    expect(sentence({ text: 'nå invånare', quantity: 12000, unit: 'invånare' })).toBe('nå minst 12\u00a0000 invånare');
    expect(sentence({ text: 'genomföra utbildningar', quantity: 2.5, unit: 'timmar' })).toBe('genomföra utbildningar, minst 2,5 timmar');
  });

  it('never leaves dangling commas, doubled spaces or doubled words, whatever is filled in', () => {
    for (const chosen of everyCombinationOfFields()) {
      const text = sentence(chosen);
      expectWellFormed(text);
      // Every field that was set shows up in the sentence.
      for (const [key, value] of Object.entries(chosen)) {
        if (key === 'quantity') expect(text).toContain('minst 2');
        else if (key === 'text') expect(text).toContain('där unga deltar');
        else expect(text).toContain(String(value));
      }
    }
  });

  it('phrases the example activities of the Söderhamn promise', () => {
    expect(draft.activities.map((a) => v1ActivitySentence(a))).toEqual([
      'arbeta förebyggande med närvaro, främst genom fotpatrullering, mot ordningsstörningar, missbruk och brottslighet i Söderhamns centrum',
      'genomföra minst 2 riktade insatser mot ungdomar och narkotikamissbruk per år, vardera minst två dagar, i Söderhamn',
      'säkerställa närvaro av centrumvärd och förordnade ordningsvakter i Söderhamns centrum',
      'genomföra minst 2 trygghetsvandringar per år i Söderhamns centrum där särskilt ungas perspektiv tillvaratas',
    ]);
  });

  it('is deterministic', () => {
    const a = draft.activities[1];
    expect(v1ActivitySentence(a)).toBe(v1ActivitySentence(structuredClone(a)));
  });
});

import { describe, expect, it } from 'vitest';
import {
  readTarget,
  suggestSentence,
  targetMismatches,
  type ActivityTarget,
} from '../../../../shared/draft/activity-target';
import { formatCount } from '../../../../shared/i18n/document';
import { everyCombinationOfFields } from '../../../support/activity-fields';
import cases from './activity-target.cases.json';

/**
 * One real phrasing: the details readTarget must find in it and, where the
 * row has one, the sentence suggestSentence makes from those details and a
 * short text typed first (`from`). The table is data, grouped by where the
 * phrasings come from: activity-target.cases.json.
 */
interface Row {
  text: string;
  note?: string;
  target: Partial<ActivityTarget>;
  suggest?: { from: string; sentence: string };
}

const GROUPS: { source: string; rows: Row[] }[] = cases.groups;
const ROWS: Row[] = GROUPS.flatMap((group) => group.rows);

const target = (found: Partial<ActivityTarget>): ActivityTarget => ({
  quantity: null,
  unit: '',
  frequency: '',
  minDuration: '',
  place: '',
  ...found,
});

const SUGGESTED = ROWS.filter((row): row is Row & { suggest: NonNullable<Row['suggest']> } => row.suggest !== undefined);

/** What a suggestion must never contain, whatever is filled in. */
function expectWellFormed(text: string) {
  expect(text).not.toMatch(/\s{2,}/u);
  expect(text).not.toMatch(/\s[,.]/u);
  expect(text).not.toMatch(/,\s*,/u);
  expect(text).not.toMatch(/^[\s,]|[\s,.]$/u);
  expect(text).not.toMatch(/^\p{Lu}\p{Ll}/u);
  expect(text).not.toMatch(/(?<![\p{L}\p{N}])([\p{L}\p{N}]+) \1(?![\p{L}\p{N}])/iu);
  // Counts up to twelve are words; a count of one is never a digit before a plural.
  expect(text).not.toMatch(/minst (?:[1-9]|1[0-2])(?![\d\u00a0,])/u);
}

describe('the phrasing table', () => {
  it('has at least 40 rows, 25 of them with a suggestion', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(SUGGESTED.length).toBeGreaterThanOrEqual(25);
  });
});

describe('readTarget', () => {
  it.each(ROWS)('reads "$text"', ({ text, target: found }) => {
    expect(readTarget(text)).toEqual(target(found));
  });

  it('reads Swedish number words and digits alike', () => {
    expect(readTarget('genomföra tjugo kontroller').quantity).toBe(20);
    expect(readTarget('genomföra tjugofem kontroller').quantity).toBe(25);
    expect(readTarget('genomföra elva kontroller').quantity).toBe(11);
    expect(readTarget('genomföra 11 kontroller').quantity).toBe(11);
    expect(readTarget('genomföra minst 2,5 timmar fotpatrullering per vecka').quantity).toBe(2.5);
  });

  it('takes no count from years, dates, times, ranges, ages and shares', () => {
    for (const text of [
      'under 2020 och 2021 genomföra insatser',
      'genomföra insatsen 2021-06-01',
      'träffas den 3/4',
      'samlas 18.00 vid stationen',
      'genomföra 2-3 insatser',
      'genomföra två till tre insatser',
      'rikta insatser mot 13–17-åringar',
      'minska brotten med 10 %',
      'nå 4-åringar',
      'genomföra insatser vecka 32',
      'bli 1:a kommun med SSPF',
    ]) {
      expect(readTarget(text).quantity, text).toBeNull();
    }
  });

  it('reads "en" and "ett" as an article unless something makes them a count', () => {
    expect(readTarget('låta en fältsekreterare arbeta kvällstid').quantity).toBeNull();
    expect(readTarget('skapa ett nätverk för föreningar').quantity).toBeNull();
    expect(readTarget('skapa minst ett nätverk för föreningar')).toMatchObject({ quantity: 1, unit: 'nätverk' });
  });
});

describe('suggestSentence', () => {
  it.each(SUGGESTED)('suggests "$suggest.sentence"', ({ target: found, suggest }) => {
    const sentence = suggestSentence({ text: suggest.from, ...found });
    expect(sentence).toBe(suggest.sentence);
    expectWellFormed(sentence);
  });

  it('reads back the quantity, unit and frequency it was given', () => {
    for (const { target: found, suggest } of SUGGESTED) {
      const details = target(found);
      const back = readTarget(suggestSentence({ text: suggest.from, ...details }));
      expect(back.quantity, suggest.sentence).toBe(details.quantity);
      expect(back.frequency, suggest.sentence).toBe(details.frequency);
      if (details.unit && details.quantity !== 1) expect(back.unit, suggest.sentence).toBe(details.unit);
      // For one, the unit is put in the singular: "minst en trygghetsvandring" is the same unit.
      if (details.unit) expect(targetMismatches({ text: suggest.sentence, ...details }), suggest.sentence).toEqual([]);
    }
  });

  it('counts the noun of the text when no unit is given', () => {
    expect(suggestSentence({ text: 'genomföra trygghetsvandringar', quantity: 4, frequency: 'per år' })).toBe(
      'genomföra minst fyra trygghetsvandringar per år',
    );
    expect(suggestSentence({ text: 'patrullera', quantity: 3 })).toBe('patrullera minst tre gånger');
    expect(suggestSentence({ quantity: 3 })).toBe('minst tre gånger');
  });

  it('writes counts up to twelve in words and larger ones in digits, the Swedish way', () => {
    expect(suggestSentence({ quantity: 12, unit: 'kontroller' })).toBe('minst tolv kontroller');
    expect(suggestSentence({ quantity: 13, unit: 'kontroller' })).toBe('minst 13 kontroller');
    expect(suggestSentence({ quantity: 2.5, unit: 'timmar' })).toBe('minst 2,5 timmar');
  });

  it('makes the counted noun agree with the count', () => {
    expect(suggestSentence({ quantity: 1, unit: 'riktade insatser' })).toBe('minst en riktad insats');
    expect(suggestSentence({ quantity: 1, unit: 'utbildningstillfällen' })).toBe('minst ett utbildningstillfälle');
    expect(suggestSentence({ quantity: 1, unit: 'pass' })).toBe('minst ett pass');
    expect(suggestSentence({ quantity: 1, unit: 'gånger' })).toBe('minst en gång');
    expect(suggestSentence({ quantity: 1, unit: 'nya möten' })).toBe('minst ett nytt möte');
    expect(suggestSentence({ quantity: 4, unit: 'trygghetsvandring' })).toBe('minst fyra trygghetsvandringar');
    expect(suggestSentence({ quantity: 3, unit: 'gång' })).toBe('minst tre gånger');
    expect(suggestSentence({ text: 'genomföra riktade insatser', quantity: 1, unit: 'insatser' })).toBe('genomföra minst en riktad insats');
    // An adjective whose singular the rules do not know is not guessed at.
    expect(suggestSentence({ quantity: 1, unit: 'blåa lappar' })).toBe('blåa lappar minst en gång');
  });

  it('says "vardera" before a duration only when there are several occasions', () => {
    expect(suggestSentence({ text: 'genomföra insatser', quantity: 2, unit: 'insatser', minDuration: 'vardera minst två dagar' })).toBe(
      'genomföra minst två insatser, vardera minst två dagar',
    );
    expect(suggestSentence({ text: 'genomföra insatser', quantity: 1, unit: 'insatser', minDuration: 'vardera minst två dagar' })).toBe(
      'genomföra minst en insats, minst två dagar',
    );
    expect(suggestSentence({ text: 'patrullera', quantity: 3, minDuration: 'minst två timmar per tillfälle' })).toBe(
      'patrullera minst tre gånger, minst två timmar per tillfälle',
    );
  });

  it('gives a place "i" or "på" as it needs and keeps capitals only for names', () => {
    const at = (place: string) => suggestSentence({ text: 'patrullera', place });
    expect(at('Söderhamns centrum')).toBe('patrullera i Söderhamns centrum');
    expect(at('Centrum')).toBe('patrullera i centrum');
    expect(at('Centrala Gislaved')).toBe('patrullera i centrala Gislaved');
    expect(at('Östra Göinge')).toBe('patrullera i Östra Göinge');
    expect(at('Torget')).toBe('patrullera på torget');
    expect(at('Stortorget')).toBe('patrullera på Stortorget');
    expect(at('Storgatan')).toBe('patrullera på Storgatan');
    expect(at('Kungsvägen')).toBe('patrullera på Kungsvägen');
    expect(at('stationen')).toBe('patrullera på stationen');
    expect(at('fritidsgården')).toBe('patrullera på fritidsgården');
    expect(at('två skolor')).toBe('patrullera på två skolor');
    expect(at('Ica Maxi')).toBe('patrullera på Ica Maxi');
    expect(at('på Stortorget')).toBe('patrullera på Stortorget');
    expect(at('vid resecentrum')).toBe('patrullera vid resecentrum');
    expect(at('Ljusdals tätort')).toBe('patrullera i Ljusdals tätort');
  });

  it('does not repeat what the text already says', () => {
    const all = { quantity: 2, unit: 'trygghetsvandringar', frequency: 'per år', place: 'Söderhamns centrum' };
    expect(suggestSentence({ text: 'Genomföra två trygghetsvandringar per år i Söderhamns centrum.', ...all })).toBe(
      'genomföra två trygghetsvandringar per år i Söderhamns centrum',
    );
    expect(suggestSentence({ text: 'genomföra 2 trygghetsvandringar/år i Söderhamns centrum', ...all })).toBe(
      'genomföra 2 trygghetsvandringar/år i Söderhamns centrum',
    );
    // A count or frequency that disagrees is the writer's to settle (targetMismatches warns); it is not doubled.
    expect(suggestSentence({ text: 'genomföra 3 riktade insatser varje månad', quantity: 2, unit: 'insatser', frequency: 'per år' })).toBe(
      'genomföra 3 riktade insatser varje månad',
    );
    expect(suggestSentence({ text: 'genomföra insatser om minst en dag', quantity: 2, unit: 'insatser', minDuration: 'minst två dagar' })).toBe(
      'genomföra minst två insatser om minst en dag',
    );
    expect(suggestSentence({ text: 'patrullera i Söderhamns centrum', place: 'Söderhamn' })).toBe('patrullera i Söderhamns centrum');
    expect(suggestSentence({ text: 'patrullera i centrum i Söderhamns centrum', place: 'Söderhamns centrum' })).toBe(
      'patrullera i centrum i Söderhamns centrum',
    );
  });

  it('completes the first sentence and keeps the rest', () => {
    expect(
      suggestSentence({
        text: 'Genomföra riktade insatser. Insatserna ska företrädesvis riktas in mot ungdomar och narkotikamissbruk.',
        quantity: 2,
        unit: 'insatser',
        frequency: 'per år',
      }),
    ).toBe('genomföra minst två riktade insatser per år. Insatserna ska företrädesvis riktas in mot ungdomar och narkotikamissbruk');
  });

  it('writes a frequency the way a sentence says it', () => {
    expect(suggestSentence({ quantity: 2, unit: 'insatser', frequency: '/år' })).toBe('minst två insatser per år');
    expect(suggestSentence({ text: 'patrullera', frequency: 'Per vecka' })).toBe('patrullera varje vecka');
    expect(suggestSentence({ text: 'patrullera', frequency: 'i månaden' })).toBe('patrullera i månaden');
  });

  it('returns the text alone when no detail adds to it, and "" when there is nothing at all', () => {
    expect(suggestSentence({ text: '  Genomföra   trygghetsvandringar.  ' })).toBe('genomföra trygghetsvandringar');
    expect(suggestSentence({ text: 'vidareutveckla SSPF' })).toBe('vidareutveckla SSPF');
    expect(suggestSentence({})).toBe('');
    expect(suggestSentence({ text: ' . ', quantity: 0, unit: ' ', frequency: '', minDuration: '  ', place: '' })).toBe('');
    expect(suggestSentence({ text: '', quantity: null })).toBe('');
  });

  it('never leaves dangling commas, doubled spaces or doubled words, whatever is filled in', () => {
    for (const chosen of everyCombinationOfFields()) {
      const sentence = suggestSentence(chosen);
      expectWellFormed(sentence);
      for (const [key, value] of Object.entries(chosen)) {
        if (key === 'quantity') expect(sentence).toMatch(/minst två/u);
        else if (key === 'text') expect(sentence).toContain('där unga deltar');
        else if (key === 'frequency' && !('quantity' in chosen)) expect(sentence).toContain('varje år');
        else expect(sentence).toContain(String(value));
      }
    }
  });
});

describe('targetMismatches', () => {
  const measured = ROWS.filter(({ target: found }) => found.quantity != null || found.unit || found.frequency);

  it.each(measured)('finds nothing missing when "$text" is checked against its own details', ({ text, target: found }) => {
    expect(targetMismatches({ text, ...target(found) })).toEqual([]);
  });

  it('names the changed quantity, unit or frequency', () => {
    for (const { text, target: found } of measured) {
      const details = target(found);
      if (details.quantity !== null) {
        const changed = targetMismatches({ text, ...details, quantity: details.quantity + 1 });
        expect(changed, text).toEqual([{ field: 'quantity', stated: formatCount(details.quantity + 1), inText: expect.any(String) }]);
      }
      if (details.unit) {
        expect(targetMismatches({ text, ...details, unit: 'cykelpatruller' }), text).toEqual([
          { field: 'unit', stated: 'cykelpatruller', inText: details.quantity !== null ? expect.any(String) : null },
        ]);
      }
      const other = details.frequency === 'per kvartal' ? 'per halvår' : 'per kvartal';
      expect(targetMismatches({ text, ...details, frequency: other }), text).toEqual([
        { field: 'frequency', stated: other, inText: details.frequency ? expect.any(String) : null },
      ]);
    }
  });

  it('says what the text says instead, in its own words', () => {
    expect(targetMismatches({ text: 'genomföra tre trygghetsvandringar per år', quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' })).toEqual([
      { field: 'quantity', stated: '4', inText: 'tre' },
    ]);
    expect(targetMismatches({ text: 'genomföra två insatser/månad', quantity: 2, unit: 'trygghetsvandringar', frequency: 'per år' })).toEqual([
      { field: 'unit', stated: 'trygghetsvandringar', inText: 'insatser' },
      { field: 'frequency', stated: 'per år', inText: '/månad' },
    ]);
  });

  it('warns about details the text does not say at all', () => {
    expect(targetMismatches({ text: 'genomföra trygghetsvandringar', quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' })).toEqual([
      { field: 'quantity', stated: '4', inText: null },
      { field: 'frequency', stated: 'per år', inText: null },
    ]);
    expect(targetMismatches({ text: '', quantity: 12000, unit: 'invånare', frequency: 'vid behov' })).toEqual([
      { field: 'quantity', stated: '12\u00a0000', inText: null },
      { field: 'unit', stated: 'invånare', inText: null },
      { field: 'frequency', stated: 'vid behov', inText: null },
    ]);
    // A count after a preposition is not the activity's: two schools are not two utbildningstillfällen.
    expect(targetMismatches({ text: 'hålla utbildningar på två skolor', quantity: 2, unit: 'utbildningstillfällen' })).toEqual([
      { field: 'quantity', stated: '2', inText: null },
      { field: 'unit', stated: 'utbildningstillfällen', inText: null },
    ]);
  });

  it('tolerates inflection, number words and other ways of saying a frequency', () => {
    const ok = (text: string, details: Parameters<typeof targetMismatches>[0] extends infer T ? Omit<T & object, 'text'> : never) =>
      expect(targetMismatches({ text, ...details }), text).toEqual([]);
    ok('genomföra minst en trygghetsvandring', { quantity: 1, unit: 'trygghetsvandringar' });
    ok('genomföra två trygghetsvandringar', { quantity: 2, unit: 'trygghetsvandring' });
    ok('genomföra 4 trafikkontroller', { quantity: 4, unit: 'kontroller' });
    ok('genomföra fyra kontroller', { quantity: 4, unit: 'kontroll' });
    ok('träffas i insatsgrupperna', { unit: 'insatsgrupper' });
    for (const text of ['två insatser per år', 'två insatser/år', 'två insatser om året', 'två insatser årligen', 'två insatser varje år']) {
      ok(text, { quantity: 2, unit: 'insatser', frequency: 'per år' });
      ok(text, { quantity: 2, unit: 'insatser', frequency: 'årligen' });
    }
    for (const text of ['träffas en gång i månaden', 'träffas en gång per månad', 'träffas varje månad', 'träffas månadsvis']) {
      ok(text, { frequency: 'i månaden' });
      ok(text, { frequency: 'en gång i månaden' });
      ok(text, { frequency: 'per månad' });
    }
    ok('genomföra trygghetsvandringar minst 4 gånger per år', { quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' });
    ok('stötta föreningar vid behov', { frequency: 'vid behov' });
  });

  it('compares only count, unit and frequency, and nothing when the details are empty', () => {
    expect(targetMismatches({ text: 'patrullera', minDuration: 'minst två timmar', place: 'Söderhamns centrum' })).toEqual([]);
    expect(targetMismatches({ text: 'genomföra tre insatser per år', quantity: null, unit: '', frequency: '' })).toEqual([]);
    expect(targetMismatches({ text: '' })).toEqual([]);
  });
});

describe('robustness', () => {
  const HOSTILE: unknown[] = [
    '',
    ' ',
    '\u0000\u0001\u200b',
    '.'.repeat(20_000) + 'x',
    ', '.repeat(10_000) + 'x',
    '/'.repeat(5_000),
    '-'.repeat(5_000) + '1',
    '1'.repeat(5_000),
    '1 000 '.repeat(3_000) + '0001',
    'minst '.repeat(3_000),
    'i Söderhamns '.repeat(2_000),
    'en gång i månaden '.repeat(1_000),
    'a'.repeat(20_000) + '. B',
    '99999999999999999999999 insatser',
    '🚓 patrullera 🚓 2 🚓 gånger',
    'שלום 3 מבצעים',
    '(.*)+ [ \\ $& $1',
    null,
    undefined,
    42,
    {},
  ];

  it('never throws on hostile, empty or huge input', () => {
    for (const input of HOSTILE) {
      const text = input as string;
      expect(() => readTarget(text)).not.toThrow();
      expect(() => suggestSentence({ text, quantity: 2, unit: text, frequency: text, minDuration: text, place: text })).not.toThrow();
      expect(() => targetMismatches({ text, quantity: 2, unit: text, frequency: text })).not.toThrow();
      expect(() => suggestSentence(input as never)).not.toThrow();
    }
    for (const quantity of [NaN, Infinity, -1, 0, 1e21, 2.5]) {
      expect(() => suggestSentence({ text: 'patrullera', quantity, unit: 'pass' })).not.toThrow();
      expect(() => targetMismatches({ text: 'patrullera', quantity, unit: 'pass' })).not.toThrow();
    }
    expect(suggestSentence({ text: 'patrullera', quantity: NaN, unit: '', place: '' })).toBe('patrullera');
  });

  it('reads a 20,000-character text', () => {
    let text = '';
    for (let i = 0; text.length < 20_000; i++) text += `${ROWS[i % ROWS.length].text} `;
    text = text.slice(0, 20_000);
    const found = readTarget(text);
    expect(found).toEqual(readTarget(text));
    expect(typeof suggestSentence({ text, quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år', place: 'Ljusdal' })).toBe('string');
    expect(Array.isArray(targetMismatches({ text, quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' }))).toBe(true);
  });

  it('is deterministic', () => {
    for (const { text, target: found } of ROWS) {
      expect(readTarget(text)).toEqual(readTarget(String(text)));
      expect(suggestSentence({ text, ...found })).toBe(suggestSentence({ text, ...structuredClone(found) }));
    }
  });
});

describe('targetMismatches, asked again for the same activity', () => {
  it('answers from the last reading while the activity is unchanged, and reads again when it was changed in place', () => {
    const activity = { text: 'genomföra trygghetsvandringar', quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' };
    const first = targetMismatches(activity);
    expect(first.map((m) => m.field)).toEqual(['quantity', 'frequency']);
    expect(targetMismatches(activity)).toBe(first);
    activity.text = 'genomföra minst fyra trygghetsvandringar per år';
    expect(targetMismatches(activity)).toEqual([]);
    activity.quantity = 5;
    expect(targetMismatches(activity).map((m) => m.field)).toEqual(['quantity']);
  });
});

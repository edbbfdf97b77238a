import { FORMAT_VERSION } from '../../../../shared/draft/limits';
import { describe, expect, it } from 'vitest';
import { readDraftText, validateDraft, cleanText } from '../../../../shared/draft/read-draft';
import { LIMITS } from '../../../../shared/draft/limits';
import { exampleDraft } from '../../../support/fixtures';

const text = (value: unknown) => JSON.stringify(value);

describe('readDraftText', () => {
  it('reads the bundled example', () => {
    const result = readDraftText(text(exampleDraft()));
    expect(result.ok).toBe(true);
  });

  it('refuses malformed JSON with a Swedish message', () => {
    const result = readDraftText(text(exampleDraft()).slice(0, 200));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-json' } });
    if (!result.ok) expect(result.error.message).toMatch(/inte giltig JSON/);
  });

  it('refuses an empty file', () => {
    expect(readDraftText('  \n')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses a foreign format, naming the field', () => {
    const result = readDraftText(text({ ...exampleDraft(), format: 'annat' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'not-samverka' } });
    if (!result.ok) expect(result.error.message).toContain('”format” är "annat"');
  });

  it('refuses a newer formatVersion', () => {
    const result = readDraftText(text({ ...exampleDraft(), formatVersion: 7 }));
    expect(result).toMatchObject({ ok: false, error: { code: 'newer-version' } });
    if (!result.ok) expect(result.error.message).toMatch(/nyare version av Samverka \(formatversion 7\)/);
  });

  it('refuses an activity naming a party that does not exist', () => {
    const draft = exampleDraft();
    draft.activities[1].partyIds = ['polis', 'brandkaren'];
    const result = readDraftText(text(draft));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!result.ok) expect(result.error.problems).toEqual(['Aktivitet 2, part: parten ”brandkaren” finns inte bland parterna']);
  });

  it('refuses a signatory of an unknown party, an unknown focus area and a period ending before it starts', () => {
    const draft = exampleDraft();
    draft.signatories[0].partyId = 'x';
    draft.activities[0].focusAreaId = 'f9';
    draft.period = { start: '2021-01-01', end: '2020-12-31' };
    const result = readDraftText(text(draft));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.problems).toEqual(
        expect.arrayContaining([
          'Undertecknare 1, part: parten ”x” finns inte bland parterna',
          'Aktivitet 1, fokusområde: fokusområdet ”f9” finns inte',
          'Period, slutdatum: slutdatumet ligger före startdatumet',
        ]),
      );
    }
  });

  it('names missing and mistyped fields in Swedish', () => {
    const draft: Record<string, unknown> = { ...exampleDraft(), statement: 42 };
    delete draft.title;
    const result = readDraftText(text(draft));
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.problems).toEqual(['Titel: saknas', 'Löftesmening: har fel typ (väntat text)']);
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = `{"format":"samverka","x":"${'a'.repeat(LIMITS.fileBytes)}"}`;
    expect(readDraftText(huge)).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('refuses absurd nesting', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(readDraftText(`{"format":"samverka","formatVersion":1,"x":${deep}}`)).toMatchObject({ ok: false, error: { code: 'too-deep' } });
  });

  it('keeps fields it does not know, at every level', () => {
    const draft = { ...exampleDraft(), municipalityLogo: 'x.png' } as Record<string, unknown>;
    (draft.parties as Record<string, unknown>[])[0].contact = 'registrator@kommun.se';
    const result = readDraftText(text(draft));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft).toMatchObject({ municipalityLogo: 'x.png', parties: [{ contact: 'registrator@kommun.se' }, {}] });
  });

  it.each([
    ['__proto__ at the top', (json: string) => json.replace('{"format"', '{"__proto__":{"polluted":true},"format"')],
    ['constructor.prototype at the top', (json: string) => json.replace('{"format"', '{"constructor":{"prototype":{"bad":1}},"format"')],
    ['__proto__ in a party', (json: string) => json.replace('"role":"kommun"', '"role":"kommun","__proto__":{"isAdmin":true}')],
    ['prototype deep in an activity', (json: string) => json.replace('"followUp":{', '"followUp":{"prototype":1,')],
  ])('refuses a file with a key that reaches a prototype (%s), touching no prototype', (_label, poison) => {
    const raw = poison(text(exampleDraft()));
    expect(raw).not.toBe(text(exampleDraft()));
    const result = readDraftText(raw);
    expect(result).toMatchObject({ ok: false, error: { code: 'hostile' } });
    if (!result.ok) expect(result.error.message).toMatch(/^Filen innehåller fältnamnet ”(__proto__|constructor|prototype)”.*Filen har inte lästs/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a newer formatVersion before judging anything else of the file', () => {
    const raw = text({ ...exampleDraft(), formatVersion: FORMAT_VERSION + 1, title: 42 }).replace('{"format"', '{"__proto__":{},"format"');
    expect(readDraftText(raw)).toMatchObject({ ok: false, error: { code: 'newer-version' } });
  });

  it.each([
    ['missing', undefined, /ogiltig formatversion \(saknas\); väntat ett heltal från 0 till 2/],
    ['a text', '1', /ogiltig formatversion \("1"\)/],
    ['a fraction', 0.5, /ogiltig formatversion \(0\.5\)/],
    ['negative', -1, /formatversion -1, som Samverka inte känner till/],
  ])('refuses a formatVersion that is %s, in Swedish', (_label, formatVersion, message) => {
    const result = readDraftText(text({ ...exampleDraft(), formatVersion }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('removes control characters but keeps tabs and newlines', () => {
    const draft = exampleDraft();
    draft.background = 'Rad ett\u0000\u0007\n\tRad två\u001b';
    const result = validateDraft(draft);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft.background).toBe('Rad ett\n\tRad två');
    expect(cleanText('a\u000Bb\r\nc')).toBe('ab\r\nc');
  });
});

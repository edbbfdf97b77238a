import { describe, expect, it } from 'vitest';
import { xmlSafeDraft, xmlSafeText } from '../../../../shared/draft/xml-safe-text';

describe('xmlSafeText', () => {
  it('removes what XML 1.0 forbids and the C1 controls, keeping tab and line breaks', () => {
    expect(xmlSafeText('a\u0000b\u0008c\u000Bd\u001Fe\u007Ff\u0085g\u009Fh')).toBe('abcdefgh');
    expect(xmlSafeText('rad\tett\nrad två\r\nslut')).toBe('rad\tett\nrad två\r\nslut');
    expect(xmlSafeText('ensam\uD800hög\uDBFFsurrogat\uDC00låg\uDFFFslut')).toBe('ensamhögsurrogatlågslut');
    expect(xmlSafeText('icke\uFFFEtecken\uFFFFslut')).toBe('icketeckenslut');
  });

  it('keeps emoji, right-to-left scripts and XML syntax, which the writers escape', () => {
    for (const text of ['👮‍♀️ 🏳️‍🌈 🇸🇪 👍🏽', 'الأمن في المدينة – הביטחון בעיר', 'Tecken <>&"\' och ]]> och <w:t>']) expect(xmlSafeText(text)).toBe(text);
  });
});

describe('xmlSafeDraft', () => {
  it('cleans every string however deep, leaves other values alone and does not touch its input', () => {
    const input = { title: 'T\u0001', n: 3, none: null, flag: true, list: [{ name: 'a\uFFFF', items: ['\u0002b', 4] }] };
    const before = structuredClone(input);
    expect(xmlSafeDraft(input)).toEqual({ title: 'T', n: 3, none: null, flag: true, list: [{ name: 'a', items: ['b', 4] }] });
    expect(input).toEqual(before);
  });
});

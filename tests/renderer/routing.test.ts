import { describe, expect, it } from 'vitest';
import { editorHref, parseRoute } from '../../renderer/routing';
import { nameSuggestions } from '../../renderer/editor/sections/parties-section';

describe('parseRoute', () => {
  it('reads the start page and a draft', () => {
    expect(parseRoute('')).toEqual({ page: 'start' });
    expect(parseRoute('#/')).toEqual({ page: 'start' });
    const id = '2f0c9a52-7d3e-4f1b-9c1a-6b2e8d4f0a11';
    expect(parseRoute(editorHref(id))).toEqual({ page: 'editor', draftId: id });
    expect(parseRoute(`#/utkast/${id}/`)).toEqual({ page: 'editor', draftId: id });
  });

  it('sends anything else to "not found"', () => {
    expect(parseRoute('#/utkast/')).toEqual({ page: 'not-found' });
    expect(parseRoute('#/utkast/a/b')).toEqual({ page: 'not-found' });
    expect(parseRoute('#/annat')).toEqual({ page: 'not-found' });
    expect(parseRoute('#/utkast/%E0%A4%A')).toEqual({ page: 'not-found' });
  });
});

describe('nameSuggestions', () => {
  it('offers the usual forms of a party name', () => {
    expect(nameSuggestions('polis', '')).toEqual(['Polismyndigheten, lokalpolisområde ']);
    expect(nameSuggestions('kommun', 'Söderhamn')).toEqual(['Söderhamns kommun', 'Polismyndigheten, lokalpolisområde Söderhamn']);
    expect(nameSuggestions('kommun', 'Kramfors')[0]).toBe('Kramfors kommun');
    expect(nameSuggestions('polis', 'Hälsingland')[0]).toBe('Polismyndigheten, lokalpolisområde Hälsingland');
    expect(nameSuggestions('kommun', 'Tanums kommun')).toEqual(['Polismyndigheten, lokalpolisområde ']);
  });
});

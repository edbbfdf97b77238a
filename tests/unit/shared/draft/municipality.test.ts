import { describe, expect, it } from 'vitest';
import { municipalityName, placeOfMunicipality } from '../../../../shared/draft/municipality';

describe('a municipality as a party and as a place', () => {
  it('names a place as its municipality, in the genitive unless it ends in s, x or z', () => {
    expect(municipalityName('Söderhamn')).toBe('Söderhamns kommun');
    expect(municipalityName('Hofors')).toBe('Hofors kommun');
    expect(municipalityName('Kalix')).toBe('Kalix kommun');
  });

  it('reads the place back from the name, whether its own name ends in s or not', () => {
    for (const place of ['Söderhamn', 'Hofors', 'Bollnäs', 'Kalix', 'Ovanåker', 'Västerås', 'Ljusdal', 'Gävle']) {
      expect(placeOfMunicipality(municipalityName(place))).toBe(place);
    }
    expect(placeOfMunicipality('Stockholms stad')).toBe('Stockholm');
    expect(placeOfMunicipality('  Borås stad ')).toBe('Borås');
    expect(placeOfMunicipality('Region Gävleborg')).toBe('Region Gävleborg');
    expect(placeOfMunicipality('Söderhamn')).toBe('Söderhamn');
    expect(placeOfMunicipality('')).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { municipalityPartyName, placeOfMunicipality, policeAreaName, policePartyName } from '../../../../shared/draft/party-names';

describe('municipalityPartyName', () => {
  it('adds the genitive s to a name that ends in a consonant', () => {
    expect(municipalityPartyName('Söderhamn')).toBe('Söderhamns kommun');
    expect(municipalityPartyName('Ljusdal')).toBe('Ljusdals kommun');
    expect(municipalityPartyName(' Höör ')).toBe('Höörs kommun');
  });

  it('adds none to a name that ends in s, x, z or a vowel, å, ä and ö included', () => {
    expect(municipalityPartyName('Kramfors')).toBe('Kramfors kommun');
    expect(municipalityPartyName('Kalix')).toBe('Kalix kommun');
    expect(municipalityPartyName('Töreboda')).toBe('Töreboda kommun');
    expect(municipalityPartyName('Åsele')).toBe('Åsele kommun');
    expect(municipalityPartyName('Umeå')).toBe('Umeå kommun');
    expect(municipalityPartyName('Malmö')).toBe('Malmö kommun');
    expect(municipalityPartyName('Täby')).toBe('Täby kommun');
  });
});

describe('policePartyName', () => {
  it('names the lokalpolisområde as the police party, whichever way the area was written', () => {
    expect(policePartyName('Skaraborg')).toBe('Polismyndigheten, lokalpolisområde Skaraborg');
    expect(policePartyName('lokalpolisområde Skaraborg')).toBe('Polismyndigheten, lokalpolisområde Skaraborg');
    expect(policePartyName('LPO  Södra Lappland')).toBe('Polismyndigheten, lokalpolisområde Södra Lappland');
    expect(policeAreaName('Polismyndigheten, lokalpolisområdet Ängelholm ')).toBe('Ängelholm');
  });
});

describe('a municipality as a party and as a place', () => {
  it('reads the place back from the name, whether its own name ends in s or not', () => {
    for (const place of ['Söderhamn', 'Hofors', 'Bollnäs', 'Kalix', 'Ovanåker', 'Västerås', 'Ljusdal', 'Gävle']) {
      expect(placeOfMunicipality(municipalityPartyName(place))).toBe(place);
    }
    expect(placeOfMunicipality('Stockholms stad')).toBe('Stockholm');
    expect(placeOfMunicipality('  Borås stad ')).toBe('Borås');
    expect(placeOfMunicipality('Region Gävleborg')).toBe('Region Gävleborg');
    expect(placeOfMunicipality('Söderhamn')).toBe('Söderhamn');
    expect(placeOfMunicipality('')).toBe('');
  });
});

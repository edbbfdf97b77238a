import { SECTION_TEXT } from '../i18n/editor';

const T = SECTION_TEXT.parties;

/**
 * The usual name of a municipality as a party, from its place name:
 * "Söderhamn" → "Söderhamns kommun"; a name ending in s, x or z, or in a
 * vowel, takes no extra s ("Kramfors kommun", "Töreboda kommun", "Åsele
 * kommun"). A few municipalities write themselves otherwise ("Falu
 * kommun", "Borås stad"): the user changes the name in the draft.
 */
export function municipalityPartyName(place: string): string {
  const name = place.trim();
  return /[sxzaeiouyåäö]$/iu.test(name) ? `${name}${T.municipalitySuffix}` : `${name}s${T.municipalitySuffix}`;
}

/** "Hälsingland" → "Polismyndigheten, lokalpolisområde Hälsingland". */
export const policePartyName = (area: string): string => `${T.policePrefix}${policeAreaName(area)}`;

/**
 * The name of a lokalpolisområde as the user may write it, without the words
 * around it: "Hälsingland" of "lokalpolisområde Hälsingland", "LPO Hälsingland"
 * or "Polismyndigheten, lokalpolisområde Hälsingland".
 */
export function policeAreaName(text: string): string {
  return text
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/^(polismyndigheten,?\s*)?(lokalpolisområdet?|lpo)(\s+|$)/iu, '');
}

/** The municipalities whose place name itself ends in s or x, so that "… kommun" after it is no genitive. */
const PLACES_ENDING_IN_S = new Set(
  [
    'Alingsås', 'Bengtsfors', 'Bollnäs', 'Borås', 'Degerfors', 'Grums', 'Hagfors', 'Hofors', 'Hällefors', 'Höganäs', 'Kalix',
    'Kramfors', 'Munkfors', 'Mönsterås', 'Robertsfors', 'Sotenäs', 'Storfors', 'Strängnäs', 'Torsås', 'Tranås', 'Vännäs', 'Västerås',
  ].map((place) => place.toLowerCase()),
);

const MUNICIPALITY_NAME = /^(.+?)\s+(kommun|stad)$/i;

/**
 * The place a municipality party's name names: "Söderhamns kommun" → "Söderhamn",
 * "Hofors kommun" → "Hofors", "Stockholms stad" → "Stockholm"; a name of
 * another form ("Region Gävleborg", "Söderhamn") as it is, trimmed.
 */
export function placeOfMunicipality(name: string): string {
  const match = MUNICIPALITY_NAME.exec(name.trim());
  if (!match) return name.trim();
  const place = match[1];
  const genitive = /s$/i.test(place) && !PLACES_ENDING_IN_S.has(place.toLowerCase());
  return genitive ? place.slice(0, -1) : place;
}

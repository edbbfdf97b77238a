import { SECTION_TEXT } from '../i18n/editor';

/**
 * A municipality's name as a party's name and as a place. Swedish names a
 * kommun in the genitive ("Söderhamns kommun") unless its place name ends in
 * s, x or z ("Hofors kommun", "Kalix kommun"); a few are "stad" ("Stockholms stad").
 */

/** The municipalities whose place name itself ends in s or x, so that "… kommun" after it is no genitive. */
const PLACES_ENDING_IN_S = new Set(
  [
    'Alingsås', 'Bengtsfors', 'Bollnäs', 'Borås', 'Degerfors', 'Grums', 'Hagfors', 'Hofors', 'Hällefors', 'Höganäs', 'Kalix',
    'Kramfors', 'Munkfors', 'Mönsterås', 'Robertsfors', 'Sotenäs', 'Storfors', 'Strängnäs', 'Torsås', 'Tranås', 'Vännäs', 'Västerås',
  ].map((place) => place.toLowerCase()),
);

const MUNICIPALITY_NAME = /^(.+?)\s+(kommun|stad)$/i;

/** "Söderhamn" → "Söderhamns kommun"; a name ending in s, x or z takes no extra s ("Kramfors kommun"). */
export function municipalityName(place: string): string {
  const suffix = SECTION_TEXT.parties.municipalitySuffix;
  return /[sxz]$/i.test(place) ? `${place}${suffix}` : `${place}s${suffix}`;
}

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

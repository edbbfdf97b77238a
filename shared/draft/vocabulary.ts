/**
 * The draft format's closed lists, as `as const` arrays and the types they
 * name. A leaf: it imports nothing, so the schema, the texts that label
 * these words (shared/i18n) and everything else can import it without a cycle.
 */

export const DRAFT_KINDS = ['medborgarlofte', 'samverkansoverenskommelse'] as const;
export const DRAFT_STATUSES = ['utkast', 'klar', 'undertecknad'] as const;
export const PARTY_ROLES = ['kommun', 'polis', 'annan'] as const;
export const BASIS_TYPES = [
  'medborgardialog',
  'medarbetardialog',
  'enkat',
  'brottsstatistik',
  'underrattelser',
  'lagesbild',
  'annat',
] as const;
/** The groups of an agreement's organisation (domain.md): who steers, who prepares, who works. */
export const GROUP_TYPES = ['styrgrupp', 'beredningsgrupp', 'lokalt-rad', 'arbetsgrupp', 'annan'] as const;
export const FOLLOW_UP_STATUSES = [
  'ej-paborjad',
  'pagar',
  'genomford',
  'delvis-genomford',
  'ej-genomford',
  'installd',
] as const;
/** The image types a party's logo may be. */
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;

export type DraftKind = (typeof DRAFT_KINDS)[number];
export type DraftStatus = (typeof DRAFT_STATUSES)[number];
export type PartyRole = (typeof PARTY_ROLES)[number];
export type BasisType = (typeof BASIS_TYPES)[number];
export type GroupType = (typeof GROUP_TYPES)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The DOM ids of the editor's sections, which the navigation jumps to. */
export const SECTION_IDS = {
  basics: 'section-basics',
  parties: 'section-parties',
  basis: 'section-basis',
  focusAreas: 'section-focus-areas',
  statement: 'section-statement',
  activities: 'section-activities',
  followUp: 'section-follow-up',
  signatures: 'section-signatures',
} as const;

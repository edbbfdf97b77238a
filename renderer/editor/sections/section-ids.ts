/** The DOM ids of the editor's sections, which the navigation jumps to. */
export const SECTION_IDS = {
  basics: 'section-basics',
  parties: 'section-parties',
  basis: 'section-basis',
  sources: 'section-sources',
  focusAreas: 'section-focus-areas',
  statement: 'section-statement',
  organisation: 'section-organisation',
  activities: 'section-activities',
  followUp: 'section-follow-up',
  attachments: 'section-attachments',
  linkedPromises: 'section-linked-promises',
  signatures: 'section-signatures',
} as const;

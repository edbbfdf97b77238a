import type { ComponentType } from 'react';
import type { DraftKind } from '../../../shared/draft/schema';
import { SECTION_TEXT } from '../../../shared/i18n/ui';
import { ActivitiesSection } from './activities-section';
import { BasicsSection } from './basics-section';
import { BasisSection } from './basis-section';
import { FocusAreasSection } from './focus-areas-section';
import { FollowUpSection } from './follow-up-section';
import { SECTION_IDS } from './section-ids';
import { SignaturesSection } from './signatures-section';
import { StatementSection } from './statement-section';

export type SectionKey = 'basics' | 'basis' | 'focusAreas' | 'statement' | 'activities' | 'followUp' | 'signatures';

/** One section of the editor; it takes everything it needs from the editor context. */
export interface EditorSectionDef {
  key: SectionKey;
  /** The DOM id of its region, which the navigation jumps to. */
  id: string;
  /** Its name in the navigation and its heading. */
  name: (kind: DraftKind) => string;
  /** The draft's top-level fields it edits, so a readiness finding can be counted against it. */
  fields: readonly string[];
  Component: ComponentType;
}

const N = SECTION_TEXT.names;

const basics: EditorSectionDef = {
  key: 'basics',
  id: SECTION_IDS.basics,
  name: () => N.basics,
  fields: ['title', 'period', 'parties', 'geographicFocus', 'kind', 'status'],
  Component: BasicsSection,
};
const basis: EditorSectionDef = { key: 'basis', id: SECTION_IDS.basis, name: () => N.basis, fields: ['basis'], Component: BasisSection };
const focusAreas: EditorSectionDef = {
  key: 'focusAreas',
  id: SECTION_IDS.focusAreas,
  name: () => N.focusAreas,
  fields: ['focusAreas'],
  Component: FocusAreasSection,
};
const statement: EditorSectionDef = {
  key: 'statement',
  id: SECTION_IDS.statement,
  name: (kind) => N.statement[kind],
  fields: ['statement', 'background'],
  Component: StatementSection,
};
const activities: EditorSectionDef = {
  key: 'activities',
  id: SECTION_IDS.activities,
  name: (kind) => N.activities[kind],
  fields: ['activities'],
  Component: ActivitiesSection,
};
const followUp: EditorSectionDef = {
  key: 'followUp',
  id: SECTION_IDS.followUp,
  name: () => N.followUp,
  fields: ['followUpPlan', 'communication', 'organisation', 'attachments'],
  Component: FollowUpSection,
};
const signatures: EditorSectionDef = {
  key: 'signatures',
  id: SECTION_IDS.signatures,
  name: () => N.signatures,
  fields: ['signatories', 'originals'],
  Component: SignaturesSection,
};

/**
 * The sections of each kind of document, in the order the user works
 * through them (close to the order of the printed document).
 */
export const EDITOR_SECTIONS: Record<DraftKind, readonly EditorSectionDef[]> = {
  medborgarlofte: [basics, basis, focusAreas, statement, activities, followUp, signatures],
  samverkansoverenskommelse: [basics, basis, focusAreas, statement, activities, followUp, signatures],
};

/** The section that shows the field at `path` (a readiness finding's), or null when none does. */
export function sectionOf(path: readonly (string | number)[], sections: readonly EditorSectionDef[]): EditorSectionDef | null {
  // "This party has no signatory" points at the party's signatories, which Underskrifter shows.
  const top = path[0] === 'parties' && path[2] === 'signatories' ? 'signatories' : path[0];
  return sections.find((section) => typeof top === 'string' && section.fields.includes(top)) ?? null;
}

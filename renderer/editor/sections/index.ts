import type { ComponentType } from 'react';
import type { DraftKind } from '../../../shared/draft/schema';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { ActivitiesSection } from './activities-section';
import { AttachmentsSection } from './attachments-section';
import { BasicsSection } from './basics-section';
import { BasisSection } from './basis-section';
import { FocusAreasSection } from './focus-areas-section';
import { FollowUpSection } from './follow-up-section';
import { OrganisationSection } from './organisation-section';
import { SECTION_IDS } from './section-ids';
import { SignaturesSection } from './signatures-section';
import { StatementSection } from './statement-section';

export type SectionKey =
  | 'basics'
  | 'basis'
  | 'focusAreas'
  | 'statement'
  | 'organisation'
  | 'activities'
  | 'followUp'
  | 'attachments'
  | 'signatures';

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
const basis: EditorSectionDef = {
  key: 'basis',
  id: SECTION_IDS.basis,
  name: (kind) => N.basis[kind],
  fields: ['basis', 'situation'],
  Component: BasisSection,
};
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
const organisation: EditorSectionDef = {
  key: 'organisation',
  id: SECTION_IDS.organisation,
  name: () => N.organisation,
  fields: ['organisation', 'groups'],
  Component: OrganisationSection,
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
  name: (kind) => N.followUp[kind],
  fields: ['followUpPlan', 'communication', 'documentation'],
  Component: FollowUpSection,
};
const attachments: EditorSectionDef = {
  key: 'attachments',
  id: SECTION_IDS.attachments,
  name: () => N.attachments,
  fields: ['attachments'],
  Component: AttachmentsSection,
};
const signatures: EditorSectionDef = {
  key: 'signatures',
  id: SECTION_IDS.signatures,
  name: () => N.signatures,
  fields: ['signatories', 'originals'],
  Component: SignaturesSection,
};

/**
 * What a medborgarlöfte has no section of its own for (text a file brought
 * along) is counted where it would go: its agreement link under
 * Grunduppgifter, its organisation and bilagor under Uppföljning.
 */
const promiseBasics: EditorSectionDef = { ...basics, fields: [...basics.fields, 'relatedIds'] };
const promiseFollowUp: EditorSectionDef = { ...followUp, fields: [...followUp.fields, 'organisation', 'groups', 'attachments'] };
/** An agreement's löften are listed among its bilagor. */
const agreementAttachments: EditorSectionDef = { ...attachments, fields: [...attachments.fields, 'relatedIds'] };

/**
 * The sections of each kind of document, in the order the user works
 * through them (close to the order of the printed document). Both kinds
 * share the sections; what differs is which and in what order, and the
 * texts each section picks by `draft.kind`.
 */
export const EDITOR_SECTIONS: Record<DraftKind, readonly EditorSectionDef[]> = {
  medborgarlofte: [promiseBasics, basis, focusAreas, statement, activities, promiseFollowUp, signatures],
  samverkansoverenskommelse: [
    basics,
    statement,
    basis,
    focusAreas,
    organisation,
    activities,
    followUp,
    agreementAttachments,
    signatures,
  ],
};

/** The section that shows the field at `path` (a readiness finding's), or null when none does. */
export function sectionOf(path: readonly (string | number)[], sections: readonly EditorSectionDef[]): EditorSectionDef | null {
  // "This party has no signatory" points at the party's signatories, which Underskrifter shows.
  const top = path[0] === 'parties' && path[2] === 'signatories' ? 'signatories' : path[0];
  return sections.find((section) => typeof top === 'string' && section.fields.includes(top)) ?? null;
}

import type { ComponentType } from 'react';
import type { DraftKind } from '../../../shared/draft/schema';
import { ActivitiesSection } from './activities-section';
import { BasicsSection } from './basics-section';
import { PartiesSection } from './parties-section';
import { StatementSection } from './statement-section';

/** One section of the editor; it takes everything it needs from the editor context. */
export interface EditorSectionDef {
  key: string;
  Component: ComponentType;
}

const basics: EditorSectionDef = { key: 'basics', Component: BasicsSection };
const parties: EditorSectionDef = { key: 'parties', Component: PartiesSection };
const statement: EditorSectionDef = { key: 'statement', Component: StatementSection };
const activities: EditorSectionDef = { key: 'activities', Component: ActivitiesSection };

/**
 * The sections of each kind of document, in the order of the printed
 * document. New sections (underlag, fokusområden, underskrifter …) are added
 * here, per kind.
 */
export const EDITOR_SECTIONS: Record<DraftKind, readonly EditorSectionDef[]> = {
  medborgarlofte: [basics, parties, statement, activities],
  samverkansoverenskommelse: [basics, parties, statement, activities],
};

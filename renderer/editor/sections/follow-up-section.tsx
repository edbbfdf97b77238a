import { Fragment, memo } from 'react';
import type { DraftKind } from '../../../shared/draft/schema';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { EditorSection } from '../editor-section';
import { useDraft } from '../editor-context';
import { TextAreaField } from '../fields';
import { SECTION_IDS } from './section-ids';
import { CommentControl } from '../comments';
import { COMMENT_TEXT } from '../../../shared/i18n/comments';

const T = SECTION_TEXT.followUp;

type Part = 'documentation' | 'followUpPlan' | 'communication';

/** The texts of the section per kind, in print order: an agreement also says how the work is documented. */
const PARTS: Record<DraftKind, readonly Part[]> = {
  medborgarlofte: ['followUpPlan', 'communication'],
  samverkansoverenskommelse: ['documentation', 'followUpPlan', 'communication'],
};

/** Where each text's comments are. */
const TARGET: Record<Part, Part[]> = { documentation: ['documentation'], followUpPlan: ['followUpPlan'], communication: ['communication'] };

function label(part: Part, kind: DraftKind): { label: string; hint: string } {
  switch (part) {
    case 'documentation':
      return { label: T.documentation, hint: T.documentationHint };
    case 'followUpPlan':
      return { label: T.plan[kind], hint: T.planHint[kind] };
    case 'communication':
      return { label: T.communication, hint: T.communicationHint[kind] };
  }
}

/**
 * Uppföljning och kommunikation (a löfte: how it is followed up, how
 * residents hear of it); for an agreement also its Dokumentation, and the
 * follow-up says when the agreement is revised.
 */
export const FollowUpSection = memo(function FollowUpSection() {
  const kind = useDraft((d) => d.kind);
  return (
    <EditorSection id={SECTION_IDS.followUp} heading={SECTION_TEXT.names.followUp[kind]} intro={T.intro[kind]}>
      {PARTS[kind].map((part) => (
        <Fragment key={part}>
          <TextAreaField path={[part]} rows={4} {...label(part, kind)} />
          <CommentControl target={TARGET[part]} where={COMMENT_TEXT.place(label(part, kind).label)} id={`comments-${part}`} />
        </Fragment>
      ))}
    </EditorSection>
  );
});

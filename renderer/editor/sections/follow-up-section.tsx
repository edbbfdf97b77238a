import { SECTION_TEXT } from '../../../shared/i18n/ui';
import { EditorSection } from '../editor-section';
import { TextAreaField } from '../fields';
import { SECTION_IDS } from './section-ids';

const T = SECTION_TEXT.followUp;

/** Uppföljning och kommunikation: how the promise is followed up, and how residents hear of it. */
export function FollowUpSection() {
  return (
    <EditorSection id={SECTION_IDS.followUp} heading={SECTION_TEXT.names.followUp} intro={T.intro}>
      <TextAreaField path={['followUpPlan']} label={T.plan} hint={T.planHint} rows={4} />
      <TextAreaField path={['communication']} label={T.communication} hint={T.communicationHint} rows={4} />
    </EditorSection>
  );
}

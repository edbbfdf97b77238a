import { SECTION_TEXT } from '../../../shared/i18n/ui';
import { EditorSection } from '../editor-section';
import { useEditor } from '../editor-context';
import { TextAreaField } from '../fields';
import { SECTION_IDS } from './section-ids';

const T = SECTION_TEXT.statement;

/** Löftet: the löftesmening (a medborgarlöfte's; an agreement's purpose) and the background. */
export function StatementSection() {
  const { draft } = useEditor();
  return (
    <EditorSection id={SECTION_IDS.statement} heading={SECTION_TEXT.names.statement[draft.kind]}>
      <TextAreaField path={['statement']} label={T.label[draft.kind]} hint={T.hint[draft.kind]} rows={3} />
      <TextAreaField path={['background']} label={T.background} hint={T.backgroundHint} rows={6} />
    </EditorSection>
  );
}

import { SECTION_TEXT } from '../../../shared/i18n/ui';
import { EditorSection } from '../editor-section';
import { useEditor } from '../editor-context';
import { TextAreaField } from '../fields';

const T = SECTION_TEXT.statement;

/** The löftesmening (a medborgarlöfte) or the purpose (a samverkansöverenskommelse). */
export function StatementSection() {
  const { draft } = useEditor();
  return (
    <EditorSection id="section-statement" heading={T.heading[draft.kind]}>
      <TextAreaField path={['statement']} label={T.label[draft.kind]} hint={T.hint[draft.kind]} rows={3} />
    </EditorSection>
  );
}

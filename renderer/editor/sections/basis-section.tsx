import { newBasis } from '../../../shared/draft/new-draft';
import { BASIS_TYPES } from '../../../shared/draft/schema';
import { LIMITS } from '../../../shared/draft/limits';
import { SECTION_TEXT } from '../../../shared/i18n/ui';
import { fieldId } from '../draft-paths';
import { addBasis } from '../draft-updates';
import { EditorSection } from '../editor-section';
import { useEditor } from '../editor-context';
import { DateField, NumberField, SelectField, TextAreaField } from '../fields';
import { AddButton, ItemFieldset } from './item-fieldset';
import { SECTION_IDS } from './section-ids';

const T = SECTION_TEXT.basis;

const TYPE_OPTIONS = BASIS_TYPES.map((type) => ({ value: type, label: T.types[type] }));

/** Underlag: the dialogues, surveys and statistics the promise is built on. */
export function BasisSection() {
  const { draft, update, remove, requestFocus } = useEditor();
  return (
    <EditorSection id={SECTION_IDS.basis} heading={SECTION_TEXT.names.basis} intro={T.intro}>
      {draft.basis.length === 0 && <p className="list-empty">{T.empty}</p>}
      {draft.basis.map((_, index) => (
        // Underlag have no ids; every field is controlled, so a position is key enough.
        <ItemFieldset
          key={index}
          legend={T.legend(index + 1)}
          removeLabel={T.removeLabel(index + 1)}
          onRemove={() => {
            remove({ kind: 'basis', index });
            requestFocus(`${SECTION_IDS.basis}-heading`);
          }}
        >
          <div className="item__grid item__grid--basis">
            <SelectField path={['basis', index, 'type']} label={T.type} options={TYPE_OPTIONS} className="basis__type" />
            <DateField path={['basis', index, 'date']} label={T.date} className="basis__date" />
            <NumberField
              path={['basis', index, 'respondents']}
              label={T.respondents}
              integer
              invalidMessage={SECTION_TEXT.number.invalidInteger}
              className="basis__respondents"
            />
            <TextAreaField path={['basis', index, 'description']} label={T.description} hint={T.descriptionHint} rows={2} className="basis__description" />
          </div>
        </ItemFieldset>
      ))}
      <AddButton
        id={fieldId(['basis'])}
        label={T.add}
        disabled={draft.basis.length >= LIMITS.listItems}
        onClick={() => {
          const index = draft.basis.length;
          update((d) => addBasis(d, newBasis()));
          requestFocus(fieldId(['basis', index, 'type']));
        }}
      />
    </EditorSection>
  );
}

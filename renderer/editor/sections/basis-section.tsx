import { memo, type ReactNode } from 'react';
import { newBasis } from '../../../shared/draft/new-draft';
import { BASIS_TYPES, type DraftKind } from '../../../shared/draft/schema';
import { LIMITS } from '../../../shared/draft/limits';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { fieldId } from '../draft-paths';
import { addBasis } from '../draft-updates';
import { EditorSection, EditorSubsection } from '../editor-section';
import { useDraft, useEditor } from '../editor-context';
import { DateField, NumberField, SelectField, TextAreaField } from '../fields';
import { AddButton, ItemFieldset } from './item-fieldset';
import { SECTION_IDS } from './section-ids';
import { classNames } from '../../class-names';
import items from './item-fieldset.module.css';
import styles from './basis-section.module.css';

const T = SECTION_TEXT.basis;

const TYPE_OPTIONS = BASIS_TYPES.map((type) => ({ value: type, label: T.types[type] }));

/**
 * Where the list of underlag sits: a löfte's underlag are the section; an
 * agreement's are the sources ("Källor") of its gemensam lägesbild, under
 * the summary, in a subsection of their own.
 */
const HAS_SITUATION: Record<DraftKind, boolean> = { medborgarlofte: false, samverkansoverenskommelse: true };

/** The heading a removal leaves focus on: the list's own. */
const listHeadingId = (kind: DraftKind) => `${HAS_SITUATION[kind] ? SECTION_IDS.sources : SECTION_IDS.basis}-heading`;

function BasisList() {
  const { update, remove, requestFocus } = useEditor();
  const kind = useDraft((d) => d.kind);
  const count = useDraft((d) => d.basis.length);
  return (
    <>
      {count === 0 && <p className="list-empty">{T.empty[kind]}</p>}
      {Array.from({ length: count }, (_, index) => (
        // Underlag have no ids; every field is controlled, so a position is key enough.
        <ItemFieldset
          key={index}
          legend={T.legend[kind](index + 1)}
          removeLabel={T.removeLabel[kind](index + 1)}
          namedBy={['basis', index, 'description']}
          onRemove={() => {
            remove({ kind: 'basis', index });
            requestFocus(listHeadingId(kind));
          }}
        >
          <div className={classNames(items.grid, styles.grid)}>
            <SelectField path={['basis', index, 'type']} label={T.type[kind]} options={TYPE_OPTIONS} />
            <DateField path={['basis', index, 'date']} label={T.date} />
            <NumberField
              path={['basis', index, 'respondents']}
              label={T.respondents}
              integer
              invalidMessage={SECTION_TEXT.number.invalidInteger}
            />
            <TextAreaField path={['basis', index, 'description']} label={T.description} hint={T.descriptionHint} rows={2} className={styles.description} />
          </div>
        </ItemFieldset>
      ))}
      <AddButton
        id={fieldId(['basis'])}
        label={T.add[kind]}
        disabled={count >= LIMITS.listItems}
        onClick={() => {
          const index = count;
          update((d) => addBasis(d, newBasis()));
          requestFocus(fieldId(['basis', index, 'type']));
        }}
      />
    </>
  );
}

/**
 * Underlag (a löfte: the dialogues, surveys and statistics it is built on)
 * or Gemensam lägesbild (an agreement: its summary, and the same list as its sources).
 */
export const BasisSection = memo(function BasisSection() {
  const kind = useDraft((d) => d.kind);
  let body: ReactNode = <BasisList />;
  if (HAS_SITUATION[kind]) {
    body = (
      <>
        <TextAreaField path={['situation']} label={T.situation} hint={T.situationHint} rows={5} />
        <EditorSubsection id={SECTION_IDS.sources} heading={T.sourcesHeading} intro={T.sourcesIntro}>
          {body}
        </EditorSubsection>
      </>
    );
  }
  return (
    <EditorSection id={SECTION_IDS.basis} heading={SECTION_TEXT.names.basis[kind]} intro={T.intro[kind]}>
      {body}
    </EditorSection>
  );
});

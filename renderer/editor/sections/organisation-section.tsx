import { memo } from 'react';
import { newGroup } from '../../../shared/draft/new-draft';
import { GROUP_TYPES } from '../../../shared/draft/schema';
import { GROUP_LABEL } from '../../../shared/i18n/terms';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { fieldId } from '../draft-paths';
import { addGroup, canAddGroup } from '../draft-updates';
import { EditorSection, EditorSubsection } from '../editor-section';
import { useDraft, useEditor } from '../editor-context';
import { sameItems } from '../editor-store';
import { SelectField, TextAreaField, TextField } from '../fields';
import { AddButton, ItemFieldset } from './item-fieldset';
import { SECTION_IDS } from './section-ids';
import { classNames } from '../../class-names';
import items from './item-fieldset.module.css';

const T = SECTION_TEXT.organisation;

const TYPE_OPTIONS = GROUP_TYPES.map((type) => ({ value: type, label: GROUP_LABEL[type] }));

const GROUPS_ID = `${SECTION_IDS.organisation}-groups`;

/**
 * Organisation (an agreement's): a short introduction, and the groups that
 * steer, prepare and do the work, each with its members by function and its
 * meeting rhythm.
 */
export const OrganisationSection = memo(function OrganisationSection() {
  const { update, remove, requestFocus } = useEditor();
  const groupIds = useDraft((d) => (d.groups ?? []).map((group) => group.id), sameItems);
  const addable = useDraft(canAddGroup);
  return (
    <EditorSection id={SECTION_IDS.organisation} heading={SECTION_TEXT.names.organisation} intro={T.intro}>
      <TextAreaField path={['organisation']} label={T.text} hint={T.textHint} rows={3} />
      <EditorSubsection id={GROUPS_ID} heading={T.groupsHeading}>
        {groupIds.length === 0 && <p className="list-empty">{T.empty}</p>}
        {groupIds.map((groupId, index) => (
          <ItemFieldset
            key={groupId}
            legend={T.legend(index + 1)}
            removeLabel={T.removeLabel(index + 1)}
            namedBy={['groups', index, 'name']}
            onRemove={() => {
              remove({ kind: 'group', id: groupId });
              requestFocus(`${GROUPS_ID}-heading`);
            }}
          >
            <div className={classNames(items.grid, items.two)}>
              <SelectField path={['groups', index, 'type']} label={T.type} options={TYPE_OPTIONS} />
              <TextField path={['groups', index, 'name']} label={T.name} hint={T.nameHint} />
              <TextAreaField path={['groups', index, 'members']} label={T.members} hint={T.membersHint} rows={2} />
              <TextField path={['groups', index, 'meetings']} label={T.meetings} hint={T.meetingsHint} />
            </div>
          </ItemFieldset>
        ))}
        <AddButton
          id={fieldId(['groups'])}
          label={T.add}
          disabled={!addable}
          onClick={() => {
            const index = groupIds.length;
            update((d) => addGroup(d, newGroup(crypto.randomUUID())));
            requestFocus(fieldId(['groups', index, 'type']));
          }}
        />
      </EditorSubsection>
    </EditorSection>
  );
});

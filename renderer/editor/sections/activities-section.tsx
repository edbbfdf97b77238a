import { LIMITS } from '../../../shared/draft/limits';
import { SECTION_TEXT } from '../../../shared/i18n/ui';
import { groupActivities, type ActivityGroup } from '../../../shared/draft/activity-groups';
import { fieldId } from '../draft-paths';
import { addActivity, canAddActivity, removeActivity, updateActivity } from '../draft-updates';
import { newActivity } from '../../../shared/draft/new-draft';
import { EditorSection } from '../editor-section';
import { useEditor } from '../editor-context';
import { FieldFrame, TextAreaField } from '../fields';

const T = SECTION_TEXT.activities;

/** A DOM-safe id for a group (its key holds party ids joined by "+"). */
const groupDomId = (group: ActivityGroup) => `activity-group-${group.key.replace(/[^a-zA-Z0-9_-]/g, '_') || 'orphans'}`;

/** The id of a group's "Lägg till aktivitet" button; the first group's doubles as the anchor of `["activities"]`. */
const addButtonId = (group: ActivityGroup, first: boolean) =>
  first ? fieldId(['activities']) : `${groupDomId(group)}-add`;

function ActivityItem({ group, item, position }: { group: ActivityGroup; item: ActivityGroup['items'][number]; position: number }) {
  const { update, requestFocus } = useEditor();
  const label = T.item(position);
  return (
    <li className="activity">
      <TextAreaField path={['activities', item.index, 'text']} label={label} rows={2} className="activity__text" />
      {group.kind === 'orphan' && <AssignParty activityId={item.activity.id} index={item.index} />}
      <div className="activity__actions">
        <button
          type="button"
          className="button button--quiet button--danger"
          // Named "Ta bort" and described by the activity's label: an aria-label such as
          // "Ta bort aktivitet 1" would also answer to a search for the label "Aktivitet 1".
          aria-describedby={`${fieldId(['activities', item.index, 'text'])}-label ${groupDomId(group)}-heading`}
          onClick={() => {
            update((d) => removeActivity(d, item.activity.id));
            requestFocus(`${groupDomId(group)}-heading`);
          }}
        >
          {T.remove}
        </button>
      </div>
    </li>
  );
}

/** For an activity whose party was removed: choose the group it belongs to now. */
function AssignParty({ activityId, index }: { activityId: string; index: number }) {
  const { draft, update, commit } = useEditor();
  const id = fieldId(['activities', index, 'partyIds']);
  const targets = groupActivities(draft, { includeEmpty: true }).filter((g) => g.kind !== 'orphan');
  return (
    <FieldFrame id={id} label={T.assignParty} className="activity__assign">
      {(describedBy) => (
        <select
          id={id}
          className="input input--select"
          value=""
          aria-describedby={describedBy}
          onChange={(event) => {
            const target = targets.find((g) => g.key === event.target.value);
            if (!target) return;
            update((d) => updateActivity(d, activityId, (a) => ({ ...a, partyIds: [...target.partyIds] })));
            commit();
          }}
        >
          <option value="">{T.assignPlaceholder}</option>
          {targets.map((group) => (
            <option key={group.key} value={group.key}>
              {group.lead}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

function ActivityGroupView({ group, first }: { group: ActivityGroup; first: boolean }) {
  const { draft, update, requestFocus } = useEditor();
  const headingId = `${groupDomId(group)}-heading`;
  const addable = canAddActivity(draft);
  return (
    <section className={`activity-group activity-group--${group.kind}`} aria-labelledby={headingId}>
      <h3 className="activity-group__heading" id={headingId} tabIndex={-1}>
        {group.lead}
      </h3>
      {group.kind === 'orphan' && <p className="activity-group__intro">{T.orphanIntro}</p>}
      {group.items.length === 0 ? (
        <p className="activity-group__empty">{T.emptyGroup}</p>
      ) : (
        <ol className="activity-list">
          {group.items.map((item, i) => (
            <ActivityItem key={item.activity.id} group={group} item={item} position={i + 1} />
          ))}
        </ol>
      )}
      {group.kind !== 'orphan' && (
        <div className="section-actions">
          <button
            type="button"
            id={addButtonId(group, first)}
            className="button button--secondary"
            disabled={!addable}
            onClick={() => {
              const index = draft.activities.length;
              update((d) => addActivity(d, newActivity(crypto.randomUUID(), group.partyIds)));
              requestFocus(fieldId(['activities', index, 'text']));
            }}
          >
            {T.add}
          </button>
          {!addable && <span className="section-actions__note">{T.maxReached(LIMITS.activities)}</span>}
        </div>
      )}
    </section>
  );
}

/** The activities, grouped by who promises them, in the order the document prints them. */
export function ActivitiesSection() {
  const { draft } = useEditor();
  const groups = groupActivities(draft, { includeEmpty: true });
  return (
    <EditorSection id="section-activities" heading={T.heading[draft.kind]} intro={T.intro[draft.kind]}>
      <div className="activity-groups">
        {groups.map((group, i) => (
          <ActivityGroupView key={group.key || 'orphans'} group={group} first={i === 0} />
        ))}
      </div>
    </EditorSection>
  );
}

import { createContext, memo, useCallback, useContext, useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { activityText, groupActivities, sameGrouping, type ActivityGroup } from '../../../shared/draft/activity-groups';
import { LIMITS } from '../../../shared/draft/limits';
import { newActivity } from '../../../shared/draft/new-draft';
import type { Activity, Draft, DraftKind } from '../../../shared/draft/schema';
import { REVIEW_TEXT } from '../../../shared/i18n/follow-up';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { fieldId } from '../draft-paths';
import { addActivity, canAddActivity, moveActivity, moveActivityToParties, updateActivity, withTextRead } from '../draft-updates';
import { suggestSentence, targetMismatches } from '../../../shared/draft/activity-target';
import { formatCount } from '../../../shared/i18n/document';
import { EditorSection } from '../editor-section';
import { useDraft, useEditor } from '../editor-context';
import { sameItems, useKept } from '../editor-store';
import { FieldFrame, NumberField, TextAreaField, TextField, useSignedLook } from '../fields';
import { SECTION_IDS } from './section-ids';
import { classNames } from '../../class-names';
import { aroundFocused, useWindowList } from '../../components/window-list';
import disclosure from '../disclosure.module.css';
import fieldStyles from '../fields.module.css';
import { RemoveButton } from './item-fieldset';
import items from './item-fieldset.module.css';
import styles from './activities-section.module.css';
import { CommentControl, useOrphanComments } from '../comments';
import { COMMENT_TEXT } from '../../../shared/i18n/comments';

const T = SECTION_TEXT.activities;

const FREQUENCY_LIST_ID = 'activity-frequency-suggestions';

/** Where the comments on the section as a whole are: its list. */
const SECTION_TARGET = ['activities'];

/**
 * From this many activities on, only the cards in and near the window are
 * rendered (see `ActivityList`); below it every card is, as the DOM always was.
 *
 * Why: with every card in the DOM, a keystroke's script, style and layout are
 * flat (each field renders alone), but Chromium's work per frame grows with
 * the cards: content-visibility's checks of which card is on screen (about
 * 1.9 ms a key at 500), paint, cull rects, compositing inputs, a PaintLayer
 * per card: a key at 500 activities cost 1.6–1.9 times one at 20 (issue 16
 * asks for at most 1.5). Windowed, the DOM holds about as many cards at 500
 * as at 60. Below 60 (four times a usual draft) the cost is small, and the
 * cards stay exactly as they were.
 *
 * What is kept: every card's place and height (the space of the cards not
 * rendered), the Tab order (the focused card and its neighbours, and each
 * group's first and last card, are always rendered), a screen reader's "3 av
 * 120" (aria-posinset, aria-setsize), and every way the editor leads to a
 * card (readiness findings, undo of a removal, a new activity: see
 * `registerReveal`). What is lost: the cards far from the window are not in
 * the accessibility tree, so a screen reader's list of form fields holds only
 * the rendered ones. (The app has no find-in-page.)
 */
export const WINDOW_FROM = 60;

/** A card's height before it is measured (two lines of text, a target, its details closed), in rem. */
const CARD_ESTIMATE_REM = 26;
/** The space between two cards, in rem: `--space-3`, as `.activity + .activity` has it. */
const CARD_GAP_REM = 0.75;
/** Cards rendered beyond each edge of the window: a card is about a third of it high. */
const CARD_OVERSCAN = 4;

/** Pixels for rem, at the document's font size. */
const remToPx = (rem: number) => rem * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);

/** A group's look: the activities nobody promises yet stand out as a warning. */
const GROUP_CLASS: Record<ActivityGroup['kind'], string | undefined> = { single: undefined, joint: undefined, orphan: styles.orphans };

/** A DOM-safe id for a group (its key holds party ids joined by "+"). */
const groupDomId = (group: Pick<ActivityGroup, 'key'>) => `activity-group-${group.key.replace(/[^a-zA-Z0-9_-]/g, '_') || 'orphans'}`;

/** A DOM-safe id for an element of one activity, stable while the activity moves. */
const activityDomId = (activity: Activity, part: string) => `activity-${activity.id.replace(/[^a-zA-Z0-9_-]/g, '_')}-${part}`;

/** The id of a group's "Lägg till aktivitet" button; the first group's doubles as the anchor of `["activities"]`. */
const addButtonId = (group: Pick<ActivityGroup, 'key'>, first: boolean) => (first ? fieldId(['activities']) : `${groupDomId(group)}-add`);

/** Where an activity will be after `moveActivity`, to keep focus on it. */
const indexAfter = (draft: Draft, activityId: string, direction: -1 | 1) =>
  moveActivity(draft, activityId, direction).activities.findIndex((a) => a.id === activityId);

/** The activity once looked over: "Markera som genomgången" drops the mark "Starta nästa period" set. */
function reviewed(activity: Activity): Activity {
  const { review: _done, ...rest } = activity;
  return rest;
}

const hasDetails = (activity: Activity) => activityTarget(activity) !== '' || Boolean(activity.responsible?.trim());

/**
 * The activity's measurable target as the details state it, the way
 * follow-up compares against it: "4 trygghetsvandringar per år, minst två
 * dagar, Söderhamns centrum"; "" without one.
 */
function activityTarget(activity: Activity): string {
  const count = [activity.quantity != null ? formatCount(activity.quantity) : '', activity.unit?.trim(), activity.frequency?.trim()].filter(Boolean).join(' ');
  return [count, activity.minDuration?.trim(), activity.place?.trim()].filter(Boolean).join(', ');
}

/** What the collapsed "Detaljer" row says: the target and who answers for it, or what can be filled in. */
function detailsSummary(activity: Activity): string {
  const parts = [activityTarget(activity), activity.responsible?.trim()].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : T.detailsEmpty;
}

/** The activity's text as typed: its target details follow what it says (see `withTextRead`). */
const writeText = (activityId: string) => (draft: Draft, text: string) => updateActivity(draft, activityId, (a) => withTextRead(a, text));

/**
 * A sentence the details suggest, when they state a target the text does not
 * say (or there is no text yet): "" when there is nothing to suggest.
 */
function suggestionFor(activity: Activity): string {
  if (activity.text.trim() && targetMismatches(activity).length === 0) return '';
  const suggestion = suggestSentence(activity);
  return suggestion && suggestion !== activity.text.trim() ? suggestion : '';
}

/**
 * What the section shows of the grouping: the groups, and which activity is
 * where, without the activities themselves. Typing in an activity leaves it
 * as it was (`sameLayout`), so only that activity's card renders.
 */
interface GroupLayout {
  key: string;
  lead: string;
  partyIds: readonly string[];
  kind: ActivityGroup['kind'];
  /** Each activity's id and its index in `draft.activities`, in the group's order. */
  items: readonly { id: string; index: number }[];
}

/** A group an activity can be given to ("Vem lovar aktiviteten?"). */
type Target = Pick<GroupLayout, 'key' | 'lead' | 'partyIds'>;

const layoutOf = (draft: Draft): GroupLayout[] =>
  groupActivities(draft, { includeEmpty: true }).map(({ key, lead, partyIds, kind, items }) => ({
    key,
    lead,
    partyIds,
    kind,
    items: items.map(({ activity, index }) => ({ id: activity.id, index })),
  }));

/** `layoutOf`, grouped again only when the grouping can have changed (see `sameGrouping`), not on every keystroke in an activity. */
function layoutMemo(): (draft: Draft) => GroupLayout[] {
  let last: { draft: Draft; layout: GroupLayout[] } | null = null;
  return (draft) => {
    last = last && sameGrouping(last.draft, draft) ? { draft, layout: last.layout } : { draft, layout: layoutOf(draft) };
    return last.layout;
  };
}

const sameTarget = (a: Target, b: Target) => a.key === b.key && a.lead === b.lead && sameItems(a.partyIds, b.partyIds);

const sameGroup = (a: GroupLayout, b: GroupLayout) =>
  sameTarget(a, b) && a.kind === b.kind && a.items.length === b.items.length && a.items.every((item, i) => item.id === b.items[i].id && item.index === b.items[i].index);

const sameLayout = (a: readonly GroupLayout[], b: readonly GroupLayout[]) => a === b || a.length === b.length && a.every((group, i) => sameGroup(group, b[i]));

const sameTargets = (a: readonly Target[], b: readonly Target[]) => a.length === b.length && a.every((target, i) => sameTarget(target, b[i]));

/** The activity with this id, looked for first where it was (`index`). */
const activityAt = (draft: Draft, index: number, id: string) =>
  draft.activities[index]?.id === id ? draft.activities[index] : draft.activities.find((a) => a.id === id);

/** Says a move in the section's polite live region ("Aktivitet 2 flyttad till plats 3"): the card's focus stays where it was, so nothing else tells a screen reader. */
const AnnounceMove = createContext<(message: string) => void>(() => undefined);

/** The id of that live region. */
const MOVED_ID = 'activities-moved';

interface CardProps {
  activityId: string;
  /** Its index in `draft.activities`, which its fields' paths use. */
  index: number;
  /** Its number in its group, from 1. */
  position: number;
  /** How many activities its group has. */
  count: number;
  groupKey: string;
  groupKind: ActivityGroup['kind'];
  lead: string;
  /** The groups an activity can be given to ("Vem lovar aktiviteten?"). */
  targets: readonly Target[];
  /** The draft's kind, whose word its texts use ("Aktivitet 2", "Åtagande 2"). */
  kind: DraftKind;
  /** In a windowed list (see `WINDOW_FROM`): the virtualizer's measuring of the card, and the space of the cards not rendered before it. */
  measure?: (element: HTMLElement | null) => void;
  before?: number;
}

/**
 * One activity: its text, the sentence it prints as, its target, and its
 * details. Memoised on item-level props and reading only its own activity, so
 * typing in one activity renders that card alone.
 */
const ActivityCard = memo(function ActivityCard({ activityId, index, position, count, groupKey, groupKind, lead, targets, kind, measure, before }: CardProps) {
  const { latest, update, remove, requestFocus, locked } = useEditor();
  const announce = useContext(AnnounceMove);
  // Run when the activity at its index changes; one that moved away is followed by the section, which renders this card anew.
  const activity = useDraft((d) => activityAt(d, index, activityId), undefined, [['activities', index]]);
  const textId = fieldId(['activities', index, 'text']);
  const first = position === 1;
  const last = position === count;
  const [initiallyOpen] = useState(() => activity !== undefined && hasDetails(activity));

  const move = useCallback(
    (direction: -1 | 1, focusId: (newIndex: number) => string, selection?: readonly [number, number]) => {
      if ((direction < 0 && first) || (direction > 0 && last)) return;
      const newIndex = indexAfter(latest(), activityId, direction);
      update((d) => moveActivity(d, activityId, direction));
      requestFocus(focusId(newIndex), { selection });
      announce(T.moved(kind, position, position + direction));
    },
    [first, last, position, activityId, latest, update, requestFocus, announce, kind],
  );

  const onTextKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || locked) return;
      if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
      event.preventDefault();
      const { selectionStart, selectionEnd } = event.currentTarget;
      move(event.key === 'ArrowUp' ? -1 : 1, (i) => fieldId(['activities', i, 'text']), [selectionStart, selectionEnd]);
    },
    [locked, move],
  );
  const write = useMemo(() => writeText(activityId), [activityId]);
  const commentTarget = useMemo(() => ['activities', { id: activityId }], [activityId]);

  // Gone from the draft before the section caught up (removed): the section drops this card in the same render.
  if (!activity) return null;
  const sentenceId = activityDomId(activity, 'sentence');
  const reviewId = activityDomId(activity, 'review');
  const text = activityText(activity);
  // What `activityPromise` says, from the group's lead (the same lead-in of the same parties): the card needs no more of the draft.
  const sentence = groupKind === 'orphan' ? text : `${lead} ${text}`;
  const target = activityTarget(activity);
  const targetId = activityDomId(activity, 'target');
  const suggestion = locked ? '' : suggestionFor(activity);
  // Named by their visible words and described by the activity and its group: an aria-label such as
  // "Flytta upp aktivitet 1" would also answer to a search for the label "Aktivitet 1".
  const describedBy = `${textId}-label ${groupDomId({ key: groupKey })}-heading`;

  // Windowed, a screen reader still says where the card is in its group ("3 av 120"): the list holds only some.
  const windowed = measure
    ? { ref: measure, 'data-index': position - 1, 'aria-posinset': position, 'aria-setsize': count, style: { marginTop: before } }
    : undefined;
  return (
    <li className={styles.activity} {...windowed}>
      <TextAreaField
        path={['activities', index, 'text']}
        label={T.item(kind, position)}
        rows={2}
        className={styles.text}
        describedBy={[activity.review ? reviewId : '', sentenceId, target ? targetId : ''].filter(Boolean).join(' ')}
        onKeyDown={onTextKeyDown}
        write={write}
      />
      {!locked && (
        <div className={styles.actions}>
          {([-1, 1] as const).map((step) => {
            const direction = step < 0 ? 'up' : 'down';
            return (
              <button
                key={direction}
                type="button"
                id={activityDomId(activity, direction)}
                className={classNames('button', styles.move)}
                aria-disabled={(step < 0 ? first : last) || undefined}
                aria-describedby={describedBy}
                aria-keyshortcuts={step < 0 ? 'Alt+ArrowUp' : 'Alt+ArrowDown'}
                title={T.moveHint(kind)}
                onClick={() => move(step, () => activityDomId(activity, direction))}
              >
                <span aria-hidden="true" className={styles.moveIcon}>{step < 0 ? '↑' : '↓'}</span>
                <span className="visually-hidden">{step < 0 ? T.moveUp : T.moveDown}</span>
              </button>
            );
          })}
          <RemoveButton
            label={T.removeLabel(kind, position)}
            namedBy={['activities', index, 'text']}
            describedBy={describedBy}
            onRemove={() => {
              remove({ kind: 'activity', id: activity.id });
              requestFocus(`${groupDomId({ key: groupKey })}-heading`);
            }}
          />
        </div>
      )}
      <p className={classNames(styles.sentence, !text && styles.sentenceEmpty)} id={sentenceId} data-activity-part="sentence">
        <span className={styles.sentenceLabel}>{T.preview(kind)} </span>
        {text ? sentence : T.previewEmpty}
      </p>
      {target && (
        <p className={styles.target} id={targetId} data-activity-part="target">
          <span className={styles.targetLabel}>{T.target}</span> {target}
        </p>
      )}
      {suggestion && <Suggestion activity={activity} suggestion={suggestion} textId={textId} describedBy={describedBy} />}
      {activity.review && <ReviewNotice activity={activity} kind={kind} id={reviewId} textId={textId} describedBy={describedBy} />}
      <CommentControl target={commentTarget} where={COMMENT_TEXT.place(T.item(kind, position))} id={activityDomId(activity, 'comments')} />
      <div className={styles.meta}>
        <PartySelect activity={activity} index={index} groupKey={groupKey} orphan={groupKind === 'orphan'} targets={targets} label={T.assignParty[kind]} />
        <FocusAreaSelect activity={activity} index={index} />
      </div>
      <details className={classNames(disclosure.disclosure, styles.details)} open={initiallyOpen}>
        <summary className={disclosure.summary}>
          {T.details}
          <span className={disclosure.note}>{detailsSummary(activity)}</span>
        </summary>
        <div className={classNames(disclosure.body, styles.grid)}>
          <NumberField
            path={['activities', index, 'quantity']}
            label={T.quantity}
            invalidMessage={SECTION_TEXT.number.invalid}
            className={styles.quantity}
          />
          <TextField path={['activities', index, 'unit']} label={T.unit} placeholder={T.unitExample} />
          <TextField
            path={['activities', index, 'frequency']}
            label={T.frequency}
            list={FREQUENCY_LIST_ID}
            placeholder={T.frequencyExample}
            className={styles.frequency}
          />
          <TextField
            path={['activities', index, 'minDuration']}
            label={T.minDuration}
            placeholder={T.minDurationExample}
            className={styles.duration}
          />
          <TextField path={['activities', index, 'place']} label={T.place} placeholder={T.placeExample} className={styles.place} />
          <TextField path={['activities', index, 'responsible']} label={T.responsible} hint={T.responsibleHint} className={styles.responsible} />
        </div>
      </details>
    </li>
  );
});

/**
 * A sentence made from the details, shown before it is taken: "Använd
 * förslaget" puts it in the text as one step that undo takes back, and leaves
 * focus in the text to edit it. Nothing reaches the printed page without
 * that click.
 */
function Suggestion({ activity, suggestion, textId, describedBy }: { activity: Activity; suggestion: string; textId: string; describedBy: string }) {
  const { update, commit, requestFocus } = useEditor();
  const id = activityDomId(activity, 'suggestion');
  return (
    <div className={styles.suggestion} data-activity-part="suggestion">
      <p id={id}>
        <span className={styles.targetLabel}>{T.suggestion}</span> ”{suggestion}”
      </p>
      <button
        type="button"
        className="button button--small"
        aria-describedby={`${id} ${describedBy}`}
        onClick={() => {
          update((d) => updateActivity(d, activity.id, (a) => ({ ...a, text: suggestion })));
          commit();
          requestFocus(textId);
        }}
      >
        {T.useSuggestion}
      </button>
    </div>
  );
}

/**
 * On an activity that "Starta nästa period" carried over from a finished one:
 * it was done last period, so look it over before the new one is signed.
 * "Markera som genomgången" ("genomgånget" for an åtagande) clears the mark as an ordinary edit (undo,
 * autosave) and leaves focus in the activity's text.
 */
function ReviewNotice({ activity, kind, id, textId, describedBy }: { activity: Activity; kind: DraftKind; id: string; textId: string; describedBy: string }) {
  const { update, commit, requestFocus, locked } = useEditor();
  return (
    <div className={classNames('notice', 'notice--warning', styles.review)}>
      <p id={id}>{REVIEW_TEXT.notice(kind)}</p>
      {!locked && (
        <button
          type="button"
          className="button button--small"
          aria-describedby={describedBy}
          onClick={() => {
            update((d) => updateActivity(d, activity.id, reviewed));
            commit();
            requestFocus(textId);
          }}
        >
          {REVIEW_TEXT.done(kind)}
        </button>
      )}
    </div>
  );
}

/** "Vem lovar aktiviteten?": moves the activity to another group (last there), keeping focus on it. */
function PartySelect({ activity, index, groupKey, orphan, targets, label }: {
  activity: Activity;
  index: number;
  groupKey: string;
  orphan: boolean;
  targets: readonly Target[];
  /** "Vem lovar aktiviteten?", in the words of the draft's kind. */
  label: string;
}) {
  const { latest, update, commit, requestFocus, locked } = useEditor();
  const look = useSignedLook();
  const id = fieldId(['activities', index, 'partyIds']);
  return (
    <FieldFrame id={id} label={label} compact>
      {(describedBy) => (
        <select
          id={id}
          className={classNames(fieldStyles.input, fieldStyles.select, orphan && fieldStyles.attention, look)}
          value={orphan ? '' : groupKey}
          disabled={locked}
          aria-describedby={describedBy}
          onChange={(event) => {
            const target = targets.find((g) => g.key === event.target.value);
            if (!target) return;
            const moved = moveActivityToParties(latest(), activity.id, target.partyIds);
            const newIndex = moved.activities.findIndex((a) => a.id === activity.id);
            update((d) => moveActivityToParties(d, activity.id, target.partyIds));
            commit();
            requestFocus(fieldId(['activities', newIndex, 'partyIds']));
          }}
        >
          {orphan && <option value="">{T.assignPlaceholder}</option>}
          {targets.map((target) => (
            <option key={target.key} value={target.key}>
              {target.lead}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/** The activity's fokusområde, when the draft has any. */
function FocusAreaSelect({ activity, index }: { activity: Activity; index: number }) {
  const { update, commit, locked } = useEditor();
  const look = useSignedLook();
  const focusAreas = useDraft((d) => d.focusAreas, undefined, ['focusAreas']);
  if (focusAreas.length === 0) return null;
  const id = fieldId(['activities', index, 'focusAreaId']);
  return (
    <FieldFrame id={id} label={T.focusArea} compact>
      {(describedBy) => (
        <select
          id={id}
          className={classNames(fieldStyles.input, fieldStyles.select, look)}
          value={activity.focusAreaId ?? ''}
          disabled={locked}
          aria-describedby={describedBy}
          onChange={(event) => {
            const focusAreaId = event.target.value || null;
            update((d) => updateActivity(d, activity.id, (a) => ({ ...a, focusAreaId })));
            commit();
          }}
        >
          <option value="">{T.noFocusArea}</option>
          {focusAreas.map((area, i) => (
            <option key={area.id} value={area.id}>
              {area.title.trim() || SECTION_TEXT.focusAreas.untitled(i + 1)}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * A group's cards: all of them in a short draft; from `WINDOW_FROM` activities
 * on, those in and near the window, the focused one with its neighbours, the
 * first and the last (so that Tab from the group before, or Shift+Tab from
 * the group after, finds one) and `revealed`. The space of the others is a
 * margin above each rendered card and a padding below the last, so the list
 * holds only its cards.
 */
function ActivityList({ group, targets, kind, windowed, revealed }: {
  group: GroupLayout;
  targets: readonly Target[];
  kind: DraftKind;
  windowed: boolean;
  /** An activity to render wherever the window is (one the editor is about to focus), or null. */
  revealed: string | null;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const { items } = group;
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const kept = useMemo(() => {
    if (!windowed) return [];
    const position = (id: string | null) => (id === null ? -1 : items.findIndex((item) => item.id === id));
    return [0, items.length - 1, ...aroundFocused(position(focusedId), items.length), position(revealed)];
  }, [windowed, items, focusedId, revealed]);
  const getItemKey = useCallback((i: number) => items[i].id, [items]);
  const [sizes] = useState(() => ({ estimate: remToPx(CARD_ESTIMATE_REM), gap: remToPx(CARD_GAP_REM) }));
  const list = useWindowList({
    count: items.length,
    estimate: sizes.estimate,
    overscan: CARD_OVERSCAN,
    getItemKey,
    kept,
    listRef,
    gap: sizes.gap,
    enabled: windowed,
  });

  const card = (i: number, windowProps?: Pick<CardProps, 'measure' | 'before'>) => (
    <ActivityCard
      key={items[i].id}
      activityId={items[i].id}
      index={items[i].index}
      position={i + 1}
      count={items.length}
      groupKey={group.key}
      groupKind={group.kind}
      lead={group.lead}
      targets={targets}
      kind={kind}
      {...windowProps}
    />
  );
  if (!windowed) return <ol className={styles.list} ref={listRef}>{items.map((_, i) => card(i))}</ol>;

  const onFocus = (event: FocusEvent) => {
    const index = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]')?.dataset.index;
    if (index !== undefined) setFocusedId(items[Number(index)]?.id ?? null);
  };
  const onBlur = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedId(null);
  };
  return (
    <ol className={styles.list} ref={listRef} style={{ paddingBottom: list.after }} onFocus={onFocus} onBlur={onBlur}>
      {list.items.map(({ item, before }) => card(item.index, { measure: list.virtualizer.measureElement, before }))}
    </ol>
  );
}

const ActivityGroupView = memo(function ActivityGroupView({ group, first, targets, kind, windowed, revealed }: {
  group: GroupLayout;
  first: boolean;
  targets: readonly Target[];
  kind: DraftKind;
  windowed: boolean;
  revealed: string | null;
}) {
  const { latest, update, requestFocus, locked } = useEditor();
  const addable = useDraft(canAddActivity, undefined, ['activities']);
  const headingId = `${groupDomId(group)}-heading`;
  return (
    <section className={classNames(styles.group, GROUP_CLASS[group.kind])} aria-labelledby={headingId}>
      <h3 className={styles.groupHeading} id={headingId} tabIndex={-1}>
        {group.lead}
      </h3>
      {group.kind === 'orphan' && <p className={styles.groupIntro}>{T.orphanIntro[kind]}</p>}
      {group.items.length === 0 ? (
        <p className={styles.groupIntro}>{T.emptyGroup(kind)}</p>
      ) : (
        <ActivityList group={group} targets={targets} kind={kind} windowed={windowed} revealed={revealed} />
      )}
      {group.kind !== 'orphan' && !locked && (
        <div className={items.sectionActions}>
          <button
            type="button"
            id={addButtonId(group, first)}
            className="button button--secondary"
            disabled={!addable}
            onClick={() => {
              const index = latest().activities.length;
              update((d) => addActivity(d, newActivity(crypto.randomUUID(), group.partyIds)));
              requestFocus(fieldId(['activities', index, 'text']));
            }}
          >
            {T.add(kind)}
          </button>
          {!addable && <span className={items.note}>{T.maxReached(kind, LIMITS.activities)}</span>}
        </div>
      )}
    </section>
  );
});

/** The activities, grouped by who promises them, in the order the document prints them. */
export const ActivitiesSection = memo(function ActivitiesSection() {
  const kind = useDraft((d) => d.kind);
  const [selectLayout] = useState(layoutMemo);
  const groups = useDraft(selectLayout, sameLayout, ['activities', 'parties', 'kind']);
  const targets = useKept(
    groups.filter((g) => g.kind !== 'orphan').map(({ key, lead, partyIds }) => ({ key, lead, partyIds })),
    sameTargets,
  );
  const windowed = useDraft((d) => d.activities.length >= WINDOW_FROM, undefined, ['activities']);
  // The activity the editor is about to focus (a finding, an undone removal, a new one), rendered wherever the window is.
  const [revealed, setRevealed] = useState<string | null>(null);
  const { latest, registerReveal } = useEditor();
  useEffect(() => registerReveal('activities', (index) => setRevealed(latest().activities[index]?.id ?? null)), [registerReveal, latest]);
  const [moved, setMoved] = useState('');
  const orphans = useOrphanComments();
  return (
    <EditorSection id={SECTION_IDS.activities} heading={SECTION_TEXT.names.activities[kind]} intro={`${T.intro[kind]} ${T.moveHint(kind)}`}>
      <CommentControl target={SECTION_TARGET} where={COMMENT_TEXT.section(SECTION_TEXT.names.activities[kind])} id="comments-section-activities" also={orphans} />
      <datalist id={FREQUENCY_LIST_ID}>
        {T.frequencySuggestions.map((suggestion) => (
          <option key={suggestion} value={suggestion} />
        ))}
      </datalist>
      <AnnounceMove.Provider value={setMoved}>
        <div className={styles.groups}>
          {groups.map((group, i) => (
            <ActivityGroupView
              key={group.key || 'orphans'}
              group={group}
              first={i === 0}
              targets={targets}
              kind={kind}
              windowed={windowed}
              revealed={revealed !== null && group.items.some((item) => item.id === revealed) ? revealed : null}
            />
          ))}
        </div>
      </AnnounceMove.Provider>
      <p id={MOVED_ID} className="visually-hidden" aria-live="polite">
        {moved}
      </p>
    </EditorSection>
  );
});

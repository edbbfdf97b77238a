import { memo, useState } from 'react';
import { newFocusArea } from '../../../shared/draft/new-draft';
import type { DraftKind, FocusArea } from '../../../shared/draft/schema';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { fieldId } from '../draft-paths';
import { addFocusArea, canAddFocusArea } from '../draft-updates';
import { EditorSection } from '../editor-section';
import { useDraft, useEditor } from '../editor-context';
import { sameItems } from '../editor-store';
import { TextAreaField, TextField } from '../fields';
import { AddButton, ItemFieldset } from './item-fieldset';
import { SECTION_IDS } from './section-ids';
import { classNames } from '../../class-names';
import disclosure from '../disclosure.module.css';
import items from './item-fieldset.module.css';
import styles from './focus-areas-section.module.css';
import { CommentControl } from '../comments';
import { COMMENT_TEXT } from '../../../shared/i18n/comments';

/** Where the section's own comments are. */
const SECTION_TARGET = ['focusAreas'];

const T = SECTION_TEXT.focusAreas;

const hasAnalysis = (area: FocusArea) => [area.problem, area.causes, area.goal, area.indicator].some((text) => text?.trim());

/**
 * Whether problem, orsaker, mål and indikator are always shown: an
 * agreement must state them (Brå), a löfte may, so there they fold away.
 */
const ANALYSIS_REQUIRED: Record<DraftKind, boolean> = { medborgarlofte: false, samverkansoverenskommelse: true };

function AnalysisFields({ index }: { index: number }) {
  return (
    <>
      <TextAreaField path={['focusAreas', index, 'problem']} label={T.problem} rows={2} />
      <TextAreaField path={['focusAreas', index, 'causes']} label={T.causes} rows={2} />
      <TextAreaField path={['focusAreas', index, 'goal']} label={T.goal} hint={T.goalHint} rows={2} />
      <TextAreaField path={['focusAreas', index, 'indicator']} label={T.indicator} hint={T.indicatorHint} rows={2} />
    </>
  );
}

const FocusAreaFields = memo(function FocusAreaFields({ areaId, index, kind }: { areaId: string; index: number; kind: DraftKind }) {
  const { latest, remove, requestFocus } = useEditor();
  // Open from the start when something is written there; after that, the user decides.
  const [initiallyOpen] = useState(() => latest().focusAreas.some((area) => area.id === areaId && hasAnalysis(area)));
  return (
    <ItemFieldset
      legend={T.legend(index + 1)}
      removeLabel={T.removeLabel(index + 1)}
      namedBy={['focusAreas', index, 'title']}
      onRemove={() => {
        remove({ kind: 'focusArea', id: areaId });
        requestFocus(`${SECTION_IDS.focusAreas}-heading`);
      }}
    >
      <TextField path={['focusAreas', index, 'title']} label={T.title} hint={T.titleHint} />
      {ANALYSIS_REQUIRED[kind] ? (
        <div className={classNames(items.grid, items.two, styles.analysis)}>
          <AnalysisFields index={index} />
        </div>
      ) : (
        <details className={disclosure.disclosure} open={initiallyOpen}>
          <summary className={disclosure.summary}>
            {T.more} <span className={disclosure.note}>{T.moreOptional}</span>
          </summary>
          <div className={classNames(disclosure.body, items.grid, items.two)}>
            <AnalysisFields index={index} />
          </div>
        </details>
      )}
    </ItemFieldset>
  );
});

/** Fokusområden: the prioritised problems, each with problem, causes, goal and indicator (optional in a löfte). */
export const FocusAreasSection = memo(function FocusAreasSection() {
  const { update, requestFocus } = useEditor();
  const kind = useDraft((d) => d.kind);
  const areaIds = useDraft((d) => d.focusAreas.map((area) => area.id), sameItems);
  const addable = useDraft(canAddFocusArea);
  return (
    <EditorSection id={SECTION_IDS.focusAreas} heading={SECTION_TEXT.names.focusAreas} intro={T.intro[kind]}>
      <CommentControl target={SECTION_TARGET} where={COMMENT_TEXT.section(SECTION_TEXT.names.focusAreas)} id="comments-section-focus-areas" />
      {areaIds.length === 0 && <p className="list-empty">{T.empty}</p>}
      {areaIds.map((areaId, index) => (
        <FocusAreaFields key={areaId} areaId={areaId} index={index} kind={kind} />
      ))}
      <AddButton
        id={fieldId(['focusAreas'])}
        label={T.add}
        disabled={!addable}
        onClick={() => {
          const index = areaIds.length;
          update((d) => addFocusArea(d, newFocusArea(crypto.randomUUID())));
          requestFocus(fieldId(['focusAreas', index, 'title']));
        }}
      />
    </EditorSection>
  );
});

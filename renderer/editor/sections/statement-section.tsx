import { Fragment, memo } from 'react';
import type { DraftKind } from '../../../shared/draft/schema';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { EditorSection } from '../editor-section';
import { useDraft } from '../editor-context';
import { TextAreaField } from '../fields';
import { SECTION_IDS } from './section-ids';
import { CommentControl } from '../comments';
import { COMMENT_TEXT } from '../../../shared/i18n/comments';

const T = SECTION_TEXT.statement;

type Part = 'statement' | 'background';

/** Where the löftesmening's and the background's comments are. */
const STATEMENT = ['statement'];
const BACKGROUND = ['background'];

/**
 * The order of the two texts as each document prints them: a löfte opens
 * with its löftesmening, an agreement with its parties and background
 * before its purpose.
 */
const ORDER: Record<DraftKind, readonly Part[]> = {
  medborgarlofte: ['statement', 'background'],
  samverkansoverenskommelse: ['background', 'statement'],
};

/** Löftet (a medborgarlöfte's löftesmening and background) or Bakgrund och syfte (an agreement's). */
export const StatementSection = memo(function StatementSection() {
  const kind = useDraft((d) => d.kind);
  return (
    <EditorSection id={SECTION_IDS.statement} heading={SECTION_TEXT.names.statement[kind]}>
      {ORDER[kind].map((part) =>
        part === 'statement' ? (
          <Fragment key={part}>
            <TextAreaField path={['statement']} label={T.label[kind]} hint={T.hint[kind]} rows={3} />
            <CommentControl target={STATEMENT} where={COMMENT_TEXT.place(T.label[kind])} id="comments-statement" />
          </Fragment>
        ) : (
          <Fragment key={part}>
            <TextAreaField path={['background']} label={T.background[kind]} hint={T.backgroundHint[kind]} rows={6} />
            <CommentControl target={BACKGROUND} where={COMMENT_TEXT.place(T.background[kind])} id="comments-background" />
          </Fragment>
        ),
      )}
    </EditorSection>
  );
});

import { memo, useMemo, useState } from 'react';
import { firstPromiseAttachment } from '../../../shared/documents/document-outline';
import { linkIndex } from '../../../shared/draft/links';
import { newAttachment } from '../../../shared/draft/new-draft';
import type { DraftKind, DraftSummary } from '../../../shared/draft/schema';
import { LINK_TEXT, SECTION_TEXT } from '../../../shared/i18n/editor';
import { api } from '../../api';
import { editorHref, navigate } from '../../routing';
import { fieldId } from '../draft-paths';
import { addAttachment, canAddAttachment } from '../draft-updates';
import { EditorSection, EditorSubsection } from '../editor-section';
import { useDraft, useDraftAsOf, useEditor } from '../editor-context';
import { FieldFrame, TextField, useSignedLook } from '../fields';
import { useLinks } from '../library-links';
import { AddButton, RemoveButton } from './item-fieldset';
import { SECTION_IDS } from './section-ids';
import { messageOf } from '../../components/messages';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';
import items from './item-fieldset.module.css';
import styles from './attachments-section.module.css';
import { BusyButton } from '../../components/busy-button';

const T = SECTION_TEXT.attachments;

const titleOf = (summary: DraftSummary) => summary.title.trim() || LINK_TEXT.untitled;

/** The DOM id of a linked löfte's link, to focus it once it is linked. */
const linkedId = (promiseId: string) => `linked-promise-${promiseId}`;

const LINK_SELECT_ID = 'link-promise-select';

const ATTACHMENTS = ['attachments'] as const;

/** The agreement's own bilagor: a title each, in the order they are numbered. */
function AttachmentList() {
  const { update, remove, requestFocus, locked } = useEditor();
  const count = useDraft((d) => (d.attachments ?? []).length);
  const addable = useDraft(canAddAttachment);
  return (
    <>
      {count === 0 && <p className="list-empty">{T.empty}</p>}
      {count > 0 && (
        <ol className={styles.list}>
          {Array.from({ length: count }, (_, index) => (
            // Bilagor have no ids; the title is controlled, so a position is key enough.
            <li key={index} className={styles.attachment}>
              <TextField path={['attachments', index, 'title']} label={T.label(index + 1)} placeholder={T.example} />
              {!locked && (
                <RemoveButton
                  label={T.removeLabel(index + 1)}
                  namedBy={['attachments', index, 'title']}
                  className={styles.remove}
                  onRemove={() => {
                    remove({ kind: 'attachment', index });
                    requestFocus(`${SECTION_IDS.attachments}-heading`);
                  }}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <AddButton
        id={fieldId(['attachments'])}
        label={T.add}
        disabled={!addable}
        onClick={() => {
          const index = count;
          update((d) => addAttachment(d, newAttachment()));
          requestFocus(fieldId(['attachments', index, 'title']));
        }}
      />
    </>
  );
}

/**
 * The agreement's medborgarlöften, numbered on after its own bilagor as the
 * document lists them: each opens in its editor and can be unlinked; an
 * existing löfte can be linked, and "Nytt medborgarlöfte" creates one from
 * the agreement (saved first, since the new löfte copies the stored
 * agreement) and opens it. Links are the store's (see library-links.ts);
 * they change at once and are not undone with "Ångra". They can change on a
 * signed agreement too: löften are written after it is signed.
 */
/** The drafts an agreement can list among its bilagor: the medborgarlöften. */
const IS_PROMISE: Record<DraftKind, boolean> = { medborgarlofte: true, samverkansoverenskommelse: false };

function LinkedPromises() {
  const { flush, requestFocus } = useEditor();
  const draftId = useDraft((d) => d.id);
  // Numbered after the titled attachments; the function reads the whole draft, so it runs when they change.
  const withAttachments = useDraftAsOf(ATTACHMENTS);
  const first = useMemo(() => firstPromiseAttachment(withAttachments), [withAttachments]);
  const look = useSignedLook();
  const { summaries, links, loaded, loadError, setAgreement } = useLinks();
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState<'link' | 'create' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const linked = new Set(links.promises.map((promise) => promise.id));
  const candidates = summaries.filter((summary) => IS_PROMISE[summary.kind] && !linked.has(summary.id));
  const headingId = `${SECTION_IDS.linkedPromises}-heading`;

  const change = async (promiseId: string, agreementId: string | null, focusId: string) => {
    setBusy('link');
    setProblem(null);
    const refusal = await setAgreement(promiseId, agreementId);
    setBusy(null);
    if (refusal !== null) {
      setProblem(LINK_TEXT.failed(refusal));
      return;
    }
    setChosen('');
    requestFocus(focusId);
  };

  const createPromise = async () => {
    setBusy('create');
    setProblem(null);
    try {
      if (!(await flush())) {
        setProblem(T.notSaved);
        setBusy(null);
        return;
      }
      const promise = await api.createPromise(draftId);
      navigate(editorHref(promise.id));
    } catch (error) {
      setProblem(T.createFailed(messageOf(error)));
      setBusy(null);
    }
  };

  // Indexed once per library read, not per candidate and keystroke.
  const linksIn = useMemo(() => linkIndex(summaries), [summaries]);
  const candidateLabel = (summary: DraftSummary) => {
    const other = linksIn(summary).agreement;
    return other ? T.inOtherAgreement(titleOf(summary), titleOf(other)) : titleOf(summary);
  };

  return (
    <EditorSubsection id={SECTION_IDS.linkedPromises} heading={T.promisesHeading} intro={T.promisesIntro}>
      {!loaded && <p className="loading">{LINK_TEXT.loading}</p>}
      {loadError && <p className="notice notice--error">{LINK_TEXT.loadFailed(loadError)}</p>}
      {loaded && links.promises.length === 0 && <p className="list-empty">{T.noPromises}</p>}
      {links.promises.length > 0 && (
        <ol className={styles.list} start={first}>
          {links.promises.map((promise, i) => (
            <li key={promise.id} className={styles.promise}>
              <a id={linkedId(promise.id)} href={editorHref(promise.id)} className={styles.promiseLink}>
                {T.promiseEntry(first + i, titleOf(promise))}
              </a>
              <BusyButton
                type="button"
                className="button button--quiet button--danger"
                aria-label={T.unlinkLabel(titleOf(promise))}
                busy={busy !== null}
                onClick={() => void change(promise.id, null, headingId)}
              >
                {T.unlink}
              </BusyButton>
            </li>
          ))}
        </ol>
      )}
      {loaded && (
        <div className={styles.linkPromise}>
          {candidates.length === 0 ? (
            <p className="panel__hint">{T.noCandidates}</p>
          ) : (
            <div className={styles.linkRow}>
              <FieldFrame id={LINK_SELECT_ID} label={T.linkExisting} className={styles.linkField}>
                {(describedBy) => (
                  <select
                    id={LINK_SELECT_ID}
                    className={classNames(fieldStyles.input, fieldStyles.select, look)}
                    value={chosen}
                    aria-describedby={describedBy}
                    disabled={busy !== null}
                    onChange={(event) => setChosen(event.target.value)}
                  >
                    <option value="">{T.choosePromise}</option>
                    {candidates.map((summary) => (
                      <option key={summary.id} value={summary.id}>
                        {candidateLabel(summary)}
                      </option>
                    ))}
                  </select>
                )}
              </FieldFrame>
              <BusyButton
                type="button"
                className="button button--secondary"
                busy={!chosen || busy !== null}
                onClick={() => void change(chosen, draftId, linkedId(chosen))}
              >
                {T.link}
              </BusyButton>
            </div>
          )}
        </div>
      )}
      <div className={items.sectionActions}>
        <BusyButton type="button" className="button button--secondary" busy={busy !== null} onClick={() => void createPromise()}>
          {busy === 'create' ? T.creating : T.newPromise}
        </BusyButton>
      </div>
      <div aria-live="polite">
        {problem && (
          <p className="notice notice--error" role="alert">
            {problem}
          </p>
        )}
      </div>
    </EditorSubsection>
  );
}

/** Bilagor (an agreement's): its own attachments by title, then the medborgarlöften that belong to it. */
export const AttachmentsSection = memo(function AttachmentsSection() {
  return (
    <EditorSection id={SECTION_IDS.attachments} heading={SECTION_TEXT.names.attachments} intro={T.intro}>
      <AttachmentList />
      <LinkedPromises />
    </EditorSection>
  );
});

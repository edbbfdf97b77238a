import { useState } from 'react';
import { SECTION_TEXT, LINK_TEXT } from '../../../shared/i18n/editor';
import { editorHref } from '../../routing';
import { fieldId } from '../draft-paths';
import { useDraft, useEditor } from '../editor-context';
import { FieldFrame, useSignedLook } from '../fields';
import { useLinks } from '../library-links';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';
import styles from './agreement-link-field.module.css';
import type { DraftKind } from '../../../shared/draft/schema';

const T = SECTION_TEXT.basics;

/** The id of the select, which a finding about the löfte's links leads to. */
const SELECT_ID = fieldId(['relatedIds']);

/**
 * "Samverkansöverenskommelse" in a löfte's Grunduppgifter: the agreement it
 * belongs to, chosen among the library's agreements ("Ingen": none), with a
 * link to open it. A change goes to the store at once (which updates the
 * agreement's list of löften too); it is not an edit of the draft, so it is
 * not undone with "Ångra". A signed löfte keeps the agreement it was signed
 * under (the select is disabled, as every field is).
 */
/** The drafts a löfte can belong to: the agreements. */
const IS_AGREEMENT: Record<DraftKind, boolean> = { medborgarlofte: false, samverkansoverenskommelse: true };

export function AgreementLinkField() {
  const { locked } = useEditor();
  const draftId = useDraft((d) => d.id);
  const look = useSignedLook();
  const { summaries, links, loaded, loadError, setAgreement } = useLinks();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const agreements = summaries.filter((summary) => IS_AGREEMENT[summary.kind]);
  const current = links.agreement;
  const error = problem ? LINK_TEXT.failed(problem) : loadError ? LINK_TEXT.loadFailed(loadError) : undefined;

  const choose = async (agreementId: string | null) => {
    setBusy(true);
    setProblem(await setAgreement(draftId, agreementId));
    setBusy(false);
  };

  return (
    <div className={fieldStyles.spaced}>
      <FieldFrame id={SELECT_ID} label={T.agreement} hint={T.agreementHint} error={error}>
        {(describedBy) => (
          <select
            id={SELECT_ID}
            className={classNames(fieldStyles.input, fieldStyles.select, look)}
            value={current?.id ?? ''}
            disabled={locked || !loaded || busy}
            aria-describedby={describedBy}
            onChange={(event) => void choose(event.target.value || null)}
          >
            <option value="">{T.noAgreement}</option>
            {agreements.map((agreement) => (
              <option key={agreement.id} value={agreement.id}>
                {agreement.title.trim() || LINK_TEXT.untitled}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
      {current && (
        <p className={styles.open}>
          <a href={editorHref(current.id)}>{T.openAgreement}</a>
        </p>
      )}
    </div>
  );
}

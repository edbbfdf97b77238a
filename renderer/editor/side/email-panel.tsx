import { useId, useState, type FormEvent } from 'react';
import { sharedDraftFileName, suggestFileName } from '../../../shared/draft/file-name';
import { LIMITS } from '../../../shared/draft/limits';
import type { Draft } from '../../../shared/draft/schema';
import { EMAIL_ATTACHMENT_LABEL, EMAIL_TEXT, emailBody, emailSubject } from '../../../shared/i18n/email';
import { EMAIL_ATTACHMENTS, type EmailAttachment, type EmailResult } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { FileRunResult, useFileRun } from './file-run';
import { WithPromisesOption } from './with-promises-option';
import { classNames } from '../../class-names';
import { signedLook } from '../fields';
import fieldStyles from '../fields.module.css';
import disclosure from '../disclosure.module.css';
import styles from './email-panel.module.css';

/** What a fresh panel attaches: a draft goes for comments (Word, and the file another Samverka imports); a finished one as Word and PDF. */
const DEFAULT_ATTACHMENTS: Record<Draft['status'], readonly EmailAttachment[]> = {
  utkast: ['docx', 'utkast'],
  klar: ['docx', 'pdf'],
  undertecknad: ['docx', 'pdf'],
};

/** The folder a file lies in, from its path as the Node side gives it (either kind of separator). */
const folderOf = (file: string) => file.replace(/[\\/][^\\/]*$/, '');

/**
 * "Skicka med e-post": the files to attach, the subject and the body, then an
 * `.eml` draft that the mail program opens (the Node side writes it; see
 * electron/services/email-handlers.ts). Subject and body start from the
 * draft and the chosen files and follow them until the user edits them.
 * The Node side makes the files from the draft as stored, so the pending
 * save is flushed first; an unsaved draft is not sent.
 */
export function EmailPanel({ draft, flush, linkedPromises }: {
  draft: Draft;
  flush: () => Promise<boolean>;
  /** How many medborgarlöften belong to the draft (an agreement's); 0 offers no choice. */
  linkedPromises: number;
}) {
  const id = useId();
  const [chosen, setChosen] = useState<readonly EmailAttachment[]>(DEFAULT_ATTACHMENTS[draft.status]);
  const [withPromises, setWithPromises] = useState(false);
  /** What the user wrote; null while the default is shown. */
  const [subjectEdit, setSubjectEdit] = useState<string | null>(null);
  const [bodyEdit, setBodyEdit] = useState<string | null>(null);
  const [problem, setProblem] = useState<'attachments' | 'subject' | null>(null);

  const attachments = EMAIL_ATTACHMENTS.filter((attachment) => chosen.includes(attachment));
  const bilagor = withPromises && linkedPromises > 0;
  const files = attachments.map((attachment) => ({
    attachment,
    fileName: attachment === 'utkast' ? sharedDraftFileName(draft) : suggestFileName(draft, attachment, { withPromises: bilagor }),
  }));
  const subject = subjectEdit ?? emailSubject(draft);
  const body = bodyEdit ?? emailBody(draft, files);

  const [state, run] = useFileRun<EmailResult>(flush, () =>
    api.createEmail(draft.id, { subject: subject.trim(), body, attachments: [...attachments], withPromises: bilagor }),
  );
  const running = state.kind === 'running';

  const toggle = (attachment: EmailAttachment, on: boolean) => {
    setChosen((list) => (on ? [...list, attachment] : list.filter((item) => item !== attachment)));
    if (on && problem === 'attachments') setProblem(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (attachments.length === 0) return setProblem('attachments');
    if (!subject.trim()) return setProblem('subject');
    setProblem(null);
    void run();
  };

  const ids = {
    attachmentsError: `${id}-attachments-error`,
    subject: `${id}-subject`,
    subjectError: `${id}-subject-error`,
    body: `${id}-body`,
    bodyHint: `${id}-body-hint`,
    hint: `${id}-hint`,
  };

  return (
    <div className="panel" data-panel="email">
      <details className={disclosure.disclosure}>
        <summary className={classNames(disclosure.summary, styles.summary)}>{EMAIL_TEXT.summary}</summary>
        <form className={disclosure.body} noValidate onSubmit={submit}>
          <p className="panel__text">{EMAIL_TEXT.intro}</p>
          <fieldset className={styles.attachments} aria-describedby={problem === 'attachments' ? ids.attachmentsError : undefined}>
            <legend className={fieldStyles.label}>{EMAIL_TEXT.attachments}</legend>
            {EMAIL_ATTACHMENTS.map((attachment) => (
              <div className={classNames(fieldStyles.field, fieldStyles.checkboxField)} key={attachment}>
                <input
                  id={`${id}-${attachment}`}
                  type="checkbox"
                  className={fieldStyles.checkbox}
                  checked={chosen.includes(attachment)}
                  disabled={running}
                  onChange={(event) => toggle(attachment, event.target.checked)}
                />
                <label className={styles.choiceLabel} htmlFor={`${id}-${attachment}`}>
                  {EMAIL_ATTACHMENT_LABEL[attachment]}
                </label>
              </div>
            ))}
            {problem === 'attachments' && (
              <p className={fieldStyles.error} id={ids.attachmentsError} role="alert">
                {EMAIL_TEXT.noAttachment}
              </p>
            )}
          </fieldset>
          {linkedPromises > 0 && (
            <WithPromisesOption
              id={`${id}-with-promises`}
              label={EMAIL_TEXT.withPromises}
              count={linkedPromises}
              checked={withPromises}
              disabled={running}
              onChange={setWithPromises}
            />
          )}
          <div className={fieldStyles.field}>
            <label className={fieldStyles.label} htmlFor={ids.subject}>
              {EMAIL_TEXT.subject}
            </label>
            <input
              id={ids.subject}
              type="text"
              className={classNames(fieldStyles.input, signedLook(draft))}
              value={subject}
              maxLength={LIMITS.shortChars}
              disabled={running}
              aria-invalid={problem === 'subject' || undefined}
              aria-describedby={problem === 'subject' ? ids.subjectError : undefined}
              onChange={(event) => {
                setSubjectEdit(event.target.value);
                if (problem === 'subject') setProblem(null);
              }}
            />
            {problem === 'subject' && (
              <p className={fieldStyles.error} id={ids.subjectError} role="alert">
                {EMAIL_TEXT.subjectMissing}
              </p>
            )}
          </div>
          <div className={fieldStyles.field}>
            <label className={fieldStyles.label} htmlFor={ids.body}>
              {EMAIL_TEXT.body}
            </label>
            <textarea
              id={ids.body}
              className={classNames(fieldStyles.input, fieldStyles.multiline, signedLook(draft))}
              rows={8}
              value={body}
              maxLength={LIMITS.textChars}
              disabled={running}
              aria-describedby={ids.bodyHint}
              onChange={(event) => setBodyEdit(event.target.value)}
            />
            <p className={fieldStyles.hint} id={ids.bodyHint}>
              {EMAIL_TEXT.bodyHint}
            </p>
          </div>
          <button type="submit" className="button button--secondary button--wide" disabled={running} aria-describedby={ids.hint}>
            {EMAIL_TEXT.button}
          </button>
          <p className="panel__hint" id={ids.hint}>
            {EMAIL_TEXT.hint}
          </p>
          <FileRunResult
            state={state}
            className={styles.result}
            text={{ ...EMAIL_TEXT, done: (_fileName, result) => (result.opened ? EMAIL_TEXT.opened : EMAIL_TEXT.notOpened(folderOf(result.path))) }}
            tone={(result) => (result.opened ? 'success' : 'warning')}
          />
        </form>
      </details>
    </div>
  );
}

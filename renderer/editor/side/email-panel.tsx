import { memo, useId, useState, type FormEvent, type ReactNode } from 'react';
import { sharedDraftFileName, suggestFileName } from '../../../shared/draft/file-name';
import { LIMITS } from '../../../shared/draft/limits';
import type { Draft } from '../../../shared/draft/schema';
import { EMAIL_ATTACHMENT_LABEL, EMAIL_TEXT, emailBody, emailSubject } from '../../../shared/i18n/email';
import { EMAIL_ATTACHMENTS, type EmailAttachment, type EmailResult } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { FileRunResult, useFileRun } from './file-run';
import { WithPromisesOption } from './with-promises-option';
import { useWithPromises } from '../../components/use-with-promises';
import { BusyButton } from '../../components/busy-button';
import { classNames } from '../../class-names';
import { useDraftAsOf } from '../editor-context';
import { CheckboxField, useSignedLook } from '../fields';
import fieldStyles from '../fields.module.css';
import disclosure from '../disclosure.module.css';
import styles from './email-panel.module.css';

/** What a fresh panel attaches: a draft goes for comments (Word, and the file another Samverka imports); a finished one as Word and PDF. */
const DEFAULT_ATTACHMENTS: Record<Draft['status'], readonly EmailAttachment[]> = {
  utkast: ['docx', 'utkast'],
  klar: ['docx', 'pdf'],
  undertecknad: ['docx', 'pdf'],
};

/** What the panel reads of the draft: its name and status make the subject, the body and the files' names. */
const NAMING = ['id', 'kind', 'title', 'period', 'status'] as const;

/** A control (the subject, the body) under its label, with what follows it: its error or its hint. */
function Labelled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className={fieldStyles.field}>
      <label className={fieldStyles.label} htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

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
export const EmailPanel = memo(function EmailPanel({ flush, linkedPromises }: {
  flush: () => Promise<boolean>;
  /** How many medborgarlöften belong to the draft (an agreement's); 0 offers no choice. */
  linkedPromises: number;
}) {
  const draft = useDraftAsOf(NAMING);
  const look = useSignedLook();
  const id = useId();
  const [chosen, setChosen] = useState<readonly EmailAttachment[]>(DEFAULT_ATTACHMENTS[draft.status]);
  const { withPromises: bilagor, option: withPromisesOption } = useWithPromises(linkedPromises);
  /** What the user wrote; null while the default is shown. */
  const [subjectEdit, setSubjectEdit] = useState<string | null>(null);
  const [bodyEdit, setBodyEdit] = useState<string | null>(null);
  const [problem, setProblem] = useState<'attachments' | 'subject' | null>(null);

  const attachments = EMAIL_ATTACHMENTS.filter((attachment) => chosen.includes(attachment));
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

  // While the email is made the form holds still but keeps the focus: the fields are read-only and the checkboxes
  // ignore a change. Disabled, the control that had the focus would drop it to the page (Enter in a checkbox makes the email).
  const toggle = (attachment: EmailAttachment, on: boolean) => {
    if (running) return;
    setChosen((list) => (on ? [...list, attachment] : list.filter((item) => item !== attachment)));
    if (on && problem === 'attachments') setProblem(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (running) return;
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
              <CheckboxField
                key={attachment}
                id={`${id}-${attachment}`}
                label={EMAIL_ATTACHMENT_LABEL[attachment]}
                labelClassName={styles.choiceLabel}
                checked={chosen.includes(attachment)}
                disabled={false}
                onChange={(checked) => toggle(attachment, checked)}
              />
            ))}
            {problem === 'attachments' && (
              <p className={fieldStyles.error} id={ids.attachmentsError} role="alert">
                {EMAIL_TEXT.noAttachment}
              </p>
            )}
          </fieldset>
          {withPromisesOption && (
            <WithPromisesOption
              id={`${id}-with-promises`}
              label={EMAIL_TEXT.withPromises}
              {...withPromisesOption}
              onChange={(checked) => running || withPromisesOption.onChange(checked)}
              disabled={false}
            />
          )}
          <Labelled id={ids.subject} label={EMAIL_TEXT.subject}>
            <input
              id={ids.subject}
              type="text"
              className={classNames(fieldStyles.input, look)}
              value={subject}
              maxLength={LIMITS.shortChars}
              readOnly={running}
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
          </Labelled>
          <Labelled id={ids.body} label={EMAIL_TEXT.body}>
            <textarea
              id={ids.body}
              className={classNames(fieldStyles.input, fieldStyles.multiline, look)}
              rows={8}
              value={body}
              maxLength={LIMITS.textChars}
              readOnly={running}
              aria-describedby={ids.bodyHint}
              onChange={(event) => setBodyEdit(event.target.value)}
            />
            <p className={fieldStyles.hint} id={ids.bodyHint}>
              {EMAIL_TEXT.bodyHint}
            </p>
          </Labelled>
          <BusyButton type="submit" className="button button--secondary button--wide" busy={running} aria-describedby={ids.hint}>
            {EMAIL_TEXT.button}
          </BusyButton>
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
});

import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatTimestamp } from '../../shared/calendar';
import { LIMITS } from '../../shared/draft/limits';
import { PARTY_ROLES, type CommentAuthor, type ConflictPath, type Draft, type DraftComment, type PartyRole } from '../../shared/draft/schema';
import { AUTHOR_ROLE_LABEL, authorName, COMMENT_TEXT as T } from '../../shared/i18n/comments';
import { api, ApiError } from '../api';
import { classNames } from '../class-names';
import { addComment, commentTargetKey, replyToComment, setCommentResolved } from './draft-updates';
import { useDraft, useEditor } from './editor-context';
import { sameItems } from './editor-store';
import fieldStyles from './fields.module.css';
import styles from './comments.module.css';

const NO_COMMENTS: readonly DraftComment[] = [];

/**
 * The comments about activities no longer in the draft (removed here, or by
 * the other side of a merge), so that they can still be read and resolved:
 * an open one stays a readiness warning. Looked for again only when the
 * comments or the number of activities change, never on a keystroke.
 */
export function useOrphanComments(): readonly DraftComment[] {
  const { latest } = useEditor();
  const comments = useDraft((d) => d.comments ?? NO_COMMENTS, undefined, ['comments']);
  const count = useDraft((d) => d.activities.length, undefined, ['activities']);
  const [found, setFound] = useState<readonly DraftComment[]>(NO_COMMENTS);
  useEffect(() => {
    const ids = new Set(latest().activities.map((a) => a.id));
    const orphans = comments.filter((c) => {
      const [list, step] = c.target;
      return list === 'activities' && typeof step === 'object' && !ids.has(step.id);
    });
    setFound((was) => (sameItems(was, orphans) ? was : orphans.length > 0 ? orphans : NO_COMMENTS));
  }, [comments, count, latest]);
  return found;
}

/** The comments about one place, in the draft's order. */
function commentsAt(draft: Draft, key: string): readonly DraftComment[] {
  const found = (draft.comments ?? NO_COMMENTS).filter((c) => commentTargetKey(c.target) === key);
  return found.length > 0 ? found : NO_COMMENTS;
}

/**
 * "Kommentera" beside a section, a field or an activity card, and the
 * comments about that place once it has some ("Kommentarer (1 öppen)"): a
 * button that opens their threads and a box for a new one below it. Each
 * control reads the draft's comments only when they change (`on:
 * ["comments"]`), so typing in a text costs it nothing however many cards
 * have one. A locked draft shows the comments it has, and takes no new ones.
 *
 * @param target where the comments are, as the file says it (`["statement"]`, `["activities", { id }]`)
 * @param where the place in words, for the labels ("löftesmeningen", "aktivitet 3")
 * @param id a DOM id for this control, unique in the page
 */
export const CommentControl = memo(function CommentControl({ target, where, id, also = NO_COMMENTS }: {
  target: ConflictPath;
  where: string;
  id: string;
  /** Comments shown here besides those about `target`: those about an activity no longer in the draft, on its section. */
  also?: readonly DraftComment[];
}) {
  const { locked } = useEditor();
  const key = commentTargetKey(target);
  const own = useDraft((d) => commentsAt(d, key), sameItems, ['comments']);
  const comments = useMemo(() => (also.length > 0 ? [...own, ...also] : own), [own, also]);
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    toggleRef.current?.focus();
  }, []);
  if (locked && comments.length === 0) return null;
  const openCount = comments.filter((c) => !c.resolved).length;
  const visible = comments.length === 0 ? T.comment : T.comments(openCount, comments.length);
  return (
    <div className={styles.control}>
      <button
        ref={toggleRef}
        type="button"
        id={`${id}-toggle`}
        className={classNames('button', 'button--quiet', 'button--small', openCount > 0 && styles.hasOpen)}
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        aria-label={comments.length === 0 ? T.commentOn(where) : T.commentsOn(visible, where)}
        onClick={() => setOpen((was) => !was)}
      >
        {visible}
      </button>
      {open && <CommentPanel id={id} target={target} where={where} comments={comments} onClose={close} />}
    </div>
  );
});

/** The threads about one place and, unless the draft is locked, the box for a new comment; Escape closes it. */
function CommentPanel({ id, target, where, comments, onClose }: {
  id: string;
  target: ConflictPath;
  where: string;
  comments: readonly DraftComment[];
  onClose: () => void;
}) {
  const { locked, update, commit, requestFocus, latest } = useEditor();
  const [author, setAuthor] = useAuthor();
  // Who was set before "Ändra", to start the form from.
  const [previous, setPrevious] = useState<CommentAuthor | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const newId = `${id}-new`;
  const headingId = `${id}-heading`;

  // Opened: to the box for a new comment, or to "Jag företräder" while nobody is set.
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (focused || author === undefined) return;
    setFocused(true);
    if (locked) document.getElementById(headingId)?.focus();
    else document.getElementById(author ? newId : `${id}-author-role`)?.focus();
  }, [focused, author, locked, headingId, newId, id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!author) return;
    // At the format's limit the draft takes no more: the text stays in the box, said why.
    const problem = !text.trim() ? T.emptyText : (latest().comments?.length ?? 0) >= LIMITS.comments ? T.tooManyComments(LIMITS.comments) : '';
    if (problem) {
      setProblem(problem);
      document.getElementById(newId)?.focus();
      return;
    }
    const comment: DraftComment = { id: crypto.randomUUID(), target: [...target], author, text, createdAt: new Date().toISOString(), replies: [] };
    update((d) => addComment(d, comment));
    commit();
    setText('');
    setProblem('');
    requestFocus(`${id}-${comment.id}`);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };

  return (
    <div className={styles.panel} id={`${id}-panel`} role="group" aria-labelledby={headingId} onKeyDown={onKeyDown}>
      <p className={styles.heading} id={headingId} tabIndex={-1}>
        {T.threadsHeading(where)}
      </p>
      {comments.length > 0 && (
        <ol className={styles.threads}>
          {comments.map((comment) => (
            <Thread
              key={comment.id}
              id={`${id}-${comment.id}`}
              comment={comment}
              author={locked ? null : (author ?? null)}
              elsewhere={commentTargetKey(comment.target) !== commentTargetKey(target)}
            />
          ))}
        </ol>
      )}
      {!locked && author === null && (
        <AuthorForm
          id={`${id}-author`}
          initial={previous}
          onClose={onClose}
          onSaved={(saved) => {
            setAuthor(saved);
            requestFocus(newId);
          }}
        />
      )}
      {!locked && author && (
        <form className={styles.newComment} onSubmit={submit} noValidate>
          <AuthorLine
            author={author}
            onChange={() => {
              setPrevious(author);
              setAuthor(null);
              requestFocus(`${id}-author-role`);
            }}
          />
          <CommentBox id={newId} label={T.newComment} hint={T.notPrinted} value={text} problem={problem} onChange={setText} />
          <FormActions submit={T.add} cancel={T.close} onCancel={onClose} />
        </form>
      )}
      {locked && (
        <button type="button" className="button button--quiet button--small" onClick={onClose}>
          {T.close}
        </button>
      )}
    </div>
  );
}

/**
 * One comment with its replies, "Svara" and "Markera som löst" / "Öppna
 * igen"; `author` null: read only; `elsewhere`: about an item no longer in
 * the draft, shown on its section.
 */
function Thread({ id, comment, author, elsewhere }: { id: string; comment: DraftComment; author: CommentAuthor | null; elsewhere: boolean }) {
  const { update, commit, requestFocus } = useEditor();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [problem, setProblem] = useState('');
  const who = authorName(comment.author);
  const replyId = `${id}-reply`;
  const toggleResolved = () => {
    if (!author) return;
    const resolved = comment.resolved ? null : { by: author, at: new Date().toISOString() };
    update((d) => setCommentResolved(d, comment.id, resolved));
    commit();
    // The button stays where it was with its other words: focus stays on it.
  };
  const sendReply = (event: FormEvent) => {
    event.preventDefault();
    const problem = !author || !reply.trim() ? T.emptyReply : comment.replies.length >= LIMITS.listItems ? T.tooManyReplies(LIMITS.listItems) : '';
    if (!author || problem) {
      setProblem(problem);
      document.getElementById(replyId)?.focus();
      return;
    }
    const added = { id: crypto.randomUUID(), author, text: reply, createdAt: new Date().toISOString() };
    update((d) => replyToComment(d, comment.id, added));
    commit();
    setReply('');
    setProblem('');
    setReplying(false);
    requestFocus(`${id}-${added.id}`);
  };
  return (
    <li className={classNames(styles.thread, comment.resolved && styles.resolved)}>
      <Byline who={who} at={comment.createdAt} />
      {elsewhere && <p className={styles.byline}>{T.aboutRemoved}</p>}
      <p className={styles.text} id={id} tabIndex={-1}>
        {comment.text}
      </p>
      {comment.replies.length > 0 && (
        <ol className={styles.replies} aria-label={T.repliesLabel}>
          {comment.replies.map((r) => (
            <li key={r.id} className={styles.reply}>
              <Byline who={authorName(r.author)} at={r.createdAt} />
              <p className={styles.text} id={`${id}-${r.id}`} tabIndex={-1}>
                {r.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      {comment.resolved && <p className={styles.status}>{T.resolved(authorName(comment.resolved.by), formatTimestamp(comment.resolved.at))}</p>}
      {author && replying && (
        <form className={styles.replyForm} onSubmit={sendReply} noValidate>
          <CommentBox id={replyId} label={T.replyLabel} value={reply} problem={problem} onChange={setReply} />
          <FormActions
            submit={T.sendReply}
            cancel={T.cancel}
            onCancel={() => {
              setReplying(false);
              setReply('');
              setProblem('');
              requestFocus(`${id}-reply-open`);
            }}
          />
        </form>
      )}
      {author && (
        <div className={styles.actions}>
          {!replying && (
            <button
              type="button"
              id={`${id}-reply-open`}
              className="button button--secondary button--small"
              aria-label={T.replyTo(who)}
              onClick={() => {
                setReplying(true);
                requestFocus(replyId);
              }}
            >
              {T.reply}
            </button>
          )}
          <button
            type="button"
            className="button button--quiet button--small"
            aria-label={comment.resolved ? T.reopenComment(who) : T.resolveComment(who)}
            onClick={toggleResolved}
          >
            {comment.resolved ? T.reopen : T.resolve}
          </button>
        </div>
      )}
    </li>
  );
}

/** A form's buttons: the one that submits it, and one that closes or cancels it. */
function FormActions({ submit, cancel, onCancel, busy = false }: { submit: string; cancel: string; onCancel: () => void; busy?: boolean }) {
  return (
    <div className={styles.actions}>
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {submit}
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}

/** A labelled text box for a comment or a reply, with its hint and what is wrong with it. */
function CommentBox({ id, label, hint, value, problem, onChange }: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  problem: string;
  onChange: (value: string) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <>
      <label className={fieldStyles.label} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className={fieldStyles.hint} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className={classNames(fieldStyles.input, fieldStyles.multiline)}
        rows={2}
        maxLength={LIMITS.textChars}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {problem && (
        <p className={fieldStyles.error} id={`${id}-problem`}>
          {problem}
        </p>
      )}
    </>
  );
}

function Byline({ who, at }: { who: string; at: string }) {
  return (
    <p className={styles.byline}>
      <span className={styles.author}>{who}</span> <time dateTime={at}>{formatTimestamp(at)}</time>
    </p>
  );
}

/** "Du kommenterar som Polisen, Anna Svensson. Ändra" */
function AuthorLine({ author, onChange }: { author: CommentAuthor; onChange: () => void }) {
  return (
    <p className={styles.as}>
      {T.author.as(authorName(author))}{' '}
      <button type="button" className="button button--quiet button--small" onClick={onChange}>
        {T.author.change}
      </button>
    </p>
  );
}

/** "Jag företräder": a role and a name, asked once and kept in the data folder (`setAuthor`). */
function AuthorForm({ id, initial, onSaved, onClose }: {
  id: string;
  initial: CommentAuthor | null;
  onSaved: (author: CommentAuthor) => void;
  onClose: () => void;
}) {
  const [role, setRole] = useState<PartyRole>(initial?.role ?? 'kommun');
  const [name, setName] = useState(initial?.name ?? '');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblem(T.author.missingName);
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setBusy(true);
    try {
      onSaved(await api.setAuthor({ role, name }));
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : String(error));
      setBusy(false);
    }
  };
  return (
    <form className={styles.authorForm} onSubmit={save} aria-labelledby={headingId} noValidate>
      <p className={styles.heading} id={headingId}>
        {T.author.heading}
      </p>
      <p className={fieldStyles.hint}>{T.author.intro}</p>
      <div className={styles.authorFields}>
        <div>
          <label className={fieldStyles.label} htmlFor={`${id}-role`}>
            {T.author.role}
          </label>
          <select id={`${id}-role`} className={classNames(fieldStyles.input, fieldStyles.select)} value={role} onChange={(e) => setRole(e.target.value as PartyRole)}>
            {PARTY_ROLES.map((r) => (
              <option key={r} value={r}>
                {AUTHOR_ROLE_LABEL[r]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label className={fieldStyles.label} htmlFor={`${id}-name`}>
            {T.author.name}
          </label>
          <input
            id={`${id}-name`}
            className={fieldStyles.input}
            value={name}
            maxLength={LIMITS.shortChars}
            autoComplete="name"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      </div>
      {problem && (
        <p className={fieldStyles.error} id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
      <FormActions submit={T.author.save} cancel={T.close} onCancel={onClose} busy={busy} />
    </form>
  );
}

/** "Jag företräder" as the data folder keeps it: undefined while it is read, null when not set. */
function useAuthor(): [CommentAuthor | null | undefined, (author: CommentAuthor | null) => void] {
  const [author, setAuthor] = useState<CommentAuthor | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    api.getAuthor().then(
      (found) => live && setAuthor(found),
      () => live && setAuthor(null),
    );
    return () => {
      live = false;
    };
  }, []);
  return [author, setAuthor];
}

import { memo, useState, type ComponentType, type KeyboardEvent, type ReactNode } from 'react';
import { isIsoDate } from '../../shared/calendar';
import { LIMITS } from '../../shared/draft/limits';
import type { Draft } from '../../shared/draft/schema';
import { cleanText } from '../../shared/draft/read-draft';
import { fieldId, getIn, setIn, type FieldPath } from './draft-paths';
import { partOf, useDraft, useEditor } from './editor-context';
import { sameItems } from './editor-store';
import { classNames } from '../class-names';
import styles from './fields.module.css';

/**
 * Field components bound to a path in the draft: each reads its own value
 * from the editor's store, its selector run only when the part of the draft
 * its path lies in changes (and renders again only when that value changes,
 * or its props do: they are memoised, a path compared by its parts), writes changes (cleaned of control characters) through
 * `update` (keyed by the field, so the undo stack gathers typing into one
 * step), saves on blur, carries the id that readiness findings focus, and
 * turns read-only when the draft is locked (undertecknad).
 */

/**
 * The look of a signed draft's inputs: read, not typed into. Only a signature
 * greys them; while the data folder is read-only they are read-only but keep
 * their usual look.
 */
export function useSignedLook(): string | false {
  return useEditor().signed && styles.locked;
}

/** Props alike: each the same, a field's path the same parts (callers write it as a new array each time). */
function sameFieldProps<P extends object>(a: P, b: P): boolean {
  const keysA = Object.keys(a) as (keyof P)[];
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => {
    const [x, y] = [a[key], b[key]];
    return key === 'path' && Array.isArray(x) && Array.isArray(y) ? sameItems(x, y) : Object.is(x, y);
  });
}

/** A field component that renders again only when its props change (see `sameFieldProps`) or its value does. */
const field = <P extends object>(component: (props: P) => ReactNode): ComponentType<P> => memo(component, sameFieldProps);

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  /** Smaller label and input, for a field among others (an activity's party, a follow-up's status). */
  compact?: boolean;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A field's hint under its label, with the id its input is described by; nothing when there is no hint. */
function Hint({ id, children }: { id: string | undefined; children: ReactNode }) {
  return children ? (
    <p className={styles.hint} id={id}>
      {children}
    </p>
  ) : null;
}

/** Label, hint and error around an input, with the ids that tie them together. */
export function FieldFrame({ id, label, hint, error, compact = false, className, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={classNames(styles.field, Boolean(error) && styles.invalid, compact && styles.compact, className)}>
      <label className={styles.label} htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      <Hint id={hintId}>{hint}</Hint>
      {error && (
        <p className={styles.error} id={errorId}>
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}

interface PathFieldProps {
  path: FieldPath;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  /** Ids of more elements that describe the input (e.g. a live preview of the sentence). */
  describedBy?: string;
}

const joinIds = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

const stringAt = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * How a field's new value goes into the draft: set at the field's path, or,
 * for a field whose value others follow (an activity's text fills its
 * target), the caller's own change, applied as the same undo step.
 */
export type WriteValue = (draft: Draft, value: string) => Draft;

/** What a text input or textarea bound to `path` needs: its value, cleaned changes, save on blur. */
function useTextBinding(path: FieldPath, error: string | undefined, write?: WriteValue) {
  const { update, commit, locked } = useEditor();
  const id = fieldId(path);
  return {
    id,
    value: useDraft((draft) => stringAt(getIn(draft, path)), undefined, [partOf(path)]),
    spellCheck: true,
    readOnly: locked,
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => {
      const value = cleanText(event.target.value);
      update((d) => (write ? write(d, value) : setIn(d, path, value)), { key: id });
    },
    onBlur: commit,
  };
}

export const TextField = field(function TextField({ path, label, hint, error, className, describedBy: more, list, placeholder, maxLength = LIMITS.shortChars, autoComplete = 'off' }: PathFieldProps & {
  list?: string;
  /** An example of a value, never the only explanation (that is the label's and the hint's). */
  placeholder?: string;
  maxLength?: number;
  autoComplete?: string;
}) {
  const binding = useTextBinding(path, error);
  const look = useSignedLook();
  return (
    <FieldFrame id={binding.id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <input
          {...binding}
          type="text"
          className={classNames(styles.input, look)}
          maxLength={maxLength}
          list={binding.readOnly ? undefined : list}
          placeholder={binding.readOnly ? undefined : placeholder}
          autoComplete={autoComplete}
          aria-describedby={joinIds(describedBy, more)}
        />
      )}
    </FieldFrame>
  );
});

export const TextAreaField = field(function TextAreaField({ path, label, hint, error, className, describedBy: more, rows = 3, maxLength = LIMITS.textChars, onKeyDown, write }: PathFieldProps & {
  rows?: number;
  maxLength?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  write?: WriteValue;
}) {
  const binding = useTextBinding(path, error, write);
  const look = useSignedLook();
  return (
    <FieldFrame id={binding.id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <textarea
          {...binding}
          className={classNames(styles.input, styles.multiline, look)}
          rows={rows}
          maxLength={maxLength}
          aria-describedby={joinIds(describedBy, more)}
          onKeyDown={onKeyDown}
        />
      )}
    </FieldFrame>
  );
});

/**
 * A number or null: an emptied input stores null. A value outside what the
 * field allows is not stored; the field says what it wants instead, and the
 * stored value stays as it was until the input is valid.
 */
export const NumberField = field(function NumberField({ path, label, hint, className, min = 0, max, integer = false, invalidMessage }: PathFieldProps & {
  min?: number;
  max?: number;
  integer?: boolean;
  invalidMessage: string;
}) {
  const { update, commit, locked } = useEditor();
  const look = useSignedLook();
  const id = fieldId(path);
  const stored = useDraft((draft) => getIn(draft, path), undefined, [partOf(path)]);
  const [typed, setTyped] = useState<{ text: string; for: unknown } | null>(null);
  // What the user typed stays on screen while it is invalid (or an undo changed the stored value under it).
  const showTyped = typed !== null && Object.is(typed.for, stored);
  const text = showTyped ? typed.text : typeof stored === 'number' ? String(stored) : '';
  const invalid = showTyped && parseNumber(typed.text, { min, max, integer }) === undefined;
  return (
    <FieldFrame id={id} label={label} hint={hint} error={invalid ? invalidMessage : undefined} className={className}>
      {(describedBy) => (
        <input
          id={id}
          type="number"
          inputMode={integer ? 'numeric' : 'decimal'}
          className={classNames(styles.input, styles.number, look)}
          min={min}
          max={max}
          step={integer ? 1 : 'any'}
          value={text}
          readOnly={locked}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => {
            const value = parseNumber(event.target.value, { min, max, integer });
            if (value === undefined) {
              setTyped({ text: event.target.value, for: stored });
              return;
            }
            setTyped({ text: event.target.value, for: value });
            update((d) => setIn(d, path, value), { key: id });
          }}
          onBlur={commit}
        />
      )}
    </FieldFrame>
  );
});

/** The number in an input's text, null for an empty input, undefined when it is not allowed. */
export function parseNumber(text: string, { min, max, integer }: { min?: number; max?: number; integer?: boolean }): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return undefined;
  if (integer && !Number.isInteger(value)) return undefined;
  if (min !== undefined && value < min) return undefined;
  if (max !== undefined && value > max) return undefined;
  return value;
}

/** An ISO date (`YYYY-MM-DD`) or null; an emptied date input stores null. */
export const DateField = field(function DateField({ path, label, hint, error, className }: PathFieldProps) {
  const { update, commit, locked } = useEditor();
  const look = useSignedLook();
  const value = useDraft((draft) => stringAt(getIn(draft, path)), undefined, [partOf(path)]);
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <input
          id={id}
          type="date"
          className={classNames(styles.input, styles.date, look)}
          value={value}
          readOnly={locked}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const date = isIsoDate(event.target.value) ? event.target.value : null;
            update((d) => setIn(d, path, date), { key: id });
          }}
          onBlur={commit}
        />
      )}
    </FieldFrame>
  );
});

/** What a select can store: a text (an enum's value), a number, or null for "nothing chosen". */
export type SelectValue = string | number | null;

export interface SelectOption<V extends SelectValue> {
  value: V;
  label: string;
}

/** The `<option>`'s own value for a stored value: null (and a missing value) is "", a number its digits. */
export const optionKey = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/**
 * A choice among `options`, storing the chosen option's value as it is (a
 * number stays a number, "" or null as given). A stored value that is not
 * among the options should be offered by the caller, or the select shows the
 * first option.
 */
export const SelectField = field(Select) as <V extends SelectValue>(props: SelectFieldProps<V>) => ReactNode;

type SelectFieldProps<V extends SelectValue> = PathFieldProps & { options: readonly SelectOption<V>[] };

function Select<V extends SelectValue>({ path, label, hint, className, options }: SelectFieldProps<V>) {
  const { update, commit, locked } = useEditor();
  const look = useSignedLook();
  const value = useDraft((draft) => optionKey(getIn(draft, path)), undefined, [partOf(path)]);
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} className={className}>
      {(describedBy) => (
        <select
          id={id}
          className={classNames(styles.input, styles.select, look)}
          value={value}
          disabled={locked}
          aria-describedby={describedBy}
          onChange={(event) => {
            const option = options.find((o) => optionKey(o.value) === event.target.value);
            if (!option) return;
            update((d) => setIn(d, path, option.value));
            commit();
          }}
          onBlur={commit}
        >
          {options.map((option) => (
            <option key={optionKey(option.value)} value={optionKey(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

/**
 * A checkbox with its label after it and, when given, a hint below: a choice
 * beside the draft's fields ("Gäller tills vidare", what an email carries).
 */
export function CheckboxField({ id, label, checked, disabled, onChange, hint, className, labelClassName = styles.label }: {
  id: string;
  label: ReactNode;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  className?: string;
  labelClassName?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={classNames(styles.field, styles.checkboxField, className)}>
      <input
        id={id}
        type="checkbox"
        className={styles.checkbox}
        checked={checked}
        disabled={disabled}
        aria-describedby={hintId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className={labelClassName} htmlFor={id}>
        {label}
      </label>
      <Hint id={hintId}>{hint}</Hint>
    </div>
  );
}

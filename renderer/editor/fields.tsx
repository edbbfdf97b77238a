import type { ReactNode } from 'react';
import { LIMITS } from '../../shared/draft/limits';
import { cleanText } from '../../shared/draft/read-draft';
import { fieldId, getIn, setIn, type FieldPath } from './draft-paths';
import { useEditor } from './editor-context';

/**
 * Field components bound to a path in the draft: each reads its value from
 * the editor, writes changes (cleaned of control characters) through
 * `update`, saves on blur, and carries the id that readiness findings focus.
 */

interface FieldFrameProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error around an input, with the ids that tie them together. */
export function FieldFrame({ id, label, hint, error, className, children }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id} id={`${id}-label`}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
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
}

const stringAt = (value: unknown) => (typeof value === 'string' ? value : '');

/** What a text input or textarea bound to `path` needs: its value, cleaned changes, save on blur. */
function useTextBinding(path: FieldPath, error: string | undefined) {
  const { draft, update, commit } = useEditor();
  return {
    id: fieldId(path),
    value: stringAt(getIn(draft, path)),
    spellCheck: true,
    'aria-invalid': error ? true : undefined,
    onChange: (event: { target: { value: string } }) => {
      const value = cleanText(event.target.value);
      update((d) => setIn(d, path, value));
    },
    onBlur: commit,
  };
}

export function TextField({ path, label, hint, error, className, list, maxLength = LIMITS.shortChars, autoComplete = 'off' }: PathFieldProps & {
  list?: string;
  maxLength?: number;
  autoComplete?: string;
}) {
  const binding = useTextBinding(path, error);
  return (
    <FieldFrame id={binding.id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <input
          {...binding}
          type="text"
          className="input"
          maxLength={maxLength}
          list={list}
          autoComplete={autoComplete}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

export function TextAreaField({ path, label, hint, error, className, rows = 3, maxLength = LIMITS.textChars }: PathFieldProps & {
  rows?: number;
  maxLength?: number;
}) {
  const binding = useTextBinding(path, error);
  return (
    <FieldFrame id={binding.id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <textarea {...binding} className="input input--multiline" rows={rows} maxLength={maxLength} aria-describedby={describedBy} />
      )}
    </FieldFrame>
  );
}

/** An ISO date (`YYYY-MM-DD`) or null; an emptied date input stores null. */
export function DateField({ path, label, hint, error, className }: PathFieldProps) {
  const { draft, update, commit } = useEditor();
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
      {(describedBy) => (
        <input
          id={id}
          type="date"
          className="input input--date"
          value={stringAt(getIn(draft, path))}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            const value = /^\d{4}-\d{2}-\d{2}$/.test(event.target.value) ? event.target.value : null;
            update((d) => setIn(d, path, value));
          }}
          onBlur={commit}
        />
      )}
    </FieldFrame>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

export function SelectField<V extends string>({ path, label, hint, className, options }: PathFieldProps & {
  options: readonly SelectOption<V>[];
}) {
  const { draft, update, commit } = useEditor();
  const id = fieldId(path);
  return (
    <FieldFrame id={id} label={label} hint={hint} className={className}>
      {(describedBy) => (
        <select
          id={id}
          className="input input--select"
          value={stringAt(getIn(draft, path))}
          aria-describedby={describedBy}
          onChange={(event) => {
            const value = event.target.value as V;
            update((d) => setIn(d, path, value));
            commit();
          }}
          onBlur={commit}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

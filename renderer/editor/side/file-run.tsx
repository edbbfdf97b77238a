import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../components/messages';
import { classNames } from '../../class-names';

/** What a run that wrote a file answers: at least the file's name. */
export interface WrittenFile {
  fileName: string;
}

/** Where a "save the draft, then write a file" run is: export to Word or PDF, share, email. */
export type FileRunState<R extends WrittenFile = WrittenFile> =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; fileName: string; result: R }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/**
 * The event a run that wrote a file sends on `window`, so that what lists the
 * draft's files ("Senaste exporter") fetches them anew. It names no draft:
 * the editor shows one draft at a time, and a list fetched anew is cheap.
 */
export const FILE_WRITTEN_EVENT = 'samverka:file-written';

/** Calls `listener` after every run that wrote a file. */
export function useFileWritten(listener: () => void): void {
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const handle = () => latest.current();
    window.addEventListener(FILE_WRITTEN_EVENT, handle);
    return () => window.removeEventListener(FILE_WRITTEN_EVENT, handle);
  }, []);
}

/**
 * Runs `write` after flushing the pending save (the Node side writes the
 * draft as stored): an unsaved draft is not written (failed with no message),
 * and a `null` result is the user cancelling the file dialog. A file written
 * is announced with {@link FILE_WRITTEN_EVENT}.
 */
export function useFileRun<R extends WrittenFile>(flush: () => Promise<boolean>, write: () => Promise<R | null>) {
  const [state, setState] = useState<FileRunState<R>>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'running' });
    try {
      if (!(await flush())) {
        setState({ kind: 'failed', message: '' });
        return;
      }
      const result = await write();
      setState(result ? { kind: 'done', fileName: result.fileName, result } : { kind: 'cancelled' });
      if (result) window.dispatchEvent(new Event(FILE_WRITTEN_EVENT));
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };

  return [state, run] as const;
}

/** The notice of a finished run, by its tone. */
const TONE_CLASS: Record<'success' | 'warning', string> = { success: 'notice--success', warning: 'notice--warning' };

/** The live line under the button that says how the run went. */
export function FileRunResult<R extends WrittenFile>({ state, className, text, tone }: {
  state: FileRunState<R>;
  className: string;
  text: {
    running: string;
    done: (fileName: string, result: R) => string;
    cancelled: string;
    failed: (message: string) => string;
    notSaved: string;
  };
  /** How a finished run is shown: a success unless told (an email that could not be opened is a warning). */
  tone?: (result: R) => 'success' | 'warning';
}) {
  return (
    <div aria-live="polite" className={className}>
      {state.kind === 'running' && <p className="notice">{text.running}</p>}
      {state.kind === 'done' && <p className={classNames('notice', TONE_CLASS[tone?.(state.result) ?? 'success'])}>{text.done(state.fileName, state.result)}</p>}
      {state.kind === 'cancelled' && <p className="notice">{text.cancelled}</p>}
      {state.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message ? text.failed(state.message) : text.notSaved}
        </p>
      )}
    </div>
  );
}

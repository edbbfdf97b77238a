import { useState } from 'react';
import { messageOf } from '../../components/messages';

/** Where a "save the draft, then write a file" run is: export to Word, or share. */
export type FileRunState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/**
 * Runs `write` after flushing the pending save (the Node side writes the
 * draft as stored): an unsaved draft is not written (failed with no message),
 * and a `null` result is the user cancelling the file dialog.
 */
export function useFileRun(flush: () => Promise<boolean>, write: () => Promise<{ fileName: string } | null>) {
  const [state, setState] = useState<FileRunState>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'running' });
    try {
      if (!(await flush())) {
        setState({ kind: 'failed', message: '' });
        return;
      }
      const result = await write();
      setState(result ? { kind: 'done', fileName: result.fileName } : { kind: 'cancelled' });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };

  return [state, run] as const;
}

/** The live line under the button that says how the run went. */
export function FileRunResult({ state, className, text }: {
  state: FileRunState;
  className: string;
  text: {
    running: string;
    done: (fileName: string) => string;
    cancelled: string;
    failed: (message: string) => string;
    notSaved: string;
  };
}) {
  return (
    <div aria-live="polite" className={className}>
      {state.kind === 'running' && <p className="notice">{text.running}</p>}
      {state.kind === 'done' && <p className="notice notice--success">{text.done(state.fileName)}</p>}
      {state.kind === 'cancelled' && <p className="notice">{text.cancelled}</p>}
      {state.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {state.message ? text.failed(state.message) : text.notSaved}
        </p>
      )}
    </div>
  );
}

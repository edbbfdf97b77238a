import { startTransition, useEffect, useState } from 'react';

/** The longest a deferred value waits for the browser to be idle, counted from the last change. */
const IDLE_TIMEOUT_MS = 150;

/**
 * `value` as it was when the browser was last idle: a change shows once
 * the page has nothing else to do (after the frame the change was made in,
 * or when typing pauses), as a transition that a keystroke interrupts, so
 * the work it causes never runs inside the keystroke. Each change starts
 * the wait again. The first value is shown at once; without `defer` every
 * value is.
 *
 * @returns the value to show, and whether a newer one is waiting
 */
export function useIdleValue<T>(value: T, defer: boolean): { shown: T; pending: boolean } {
  const [shown, setShown] = useState(value);
  const pending = defer && !Object.is(shown, value);

  useEffect(() => {
    if (!pending) return;
    return whenIdle(() => startTransition(() => setShown(value)));
  }, [pending, value]);

  return { shown: defer ? shown : value, pending };
}

/** Runs `task` when the browser is idle (at the latest after {@link IDLE_TIMEOUT_MS}); returns how to cancel it. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  // Without idle callbacks (jsdom): after the events already queued.
  const handle = setTimeout(task, 0);
  return () => clearTimeout(handle);
}

import { waitFor } from '@testing-library/react';

/**
 * The element that should have focus, or how to find it: a function is asked
 * again on every try, for an element React has not rendered yet.
 */
export type FocusTarget = Element | (() => Element | null);

/**
 * Waits until `target` has focus (renderer tier: jsdom and Testing Library).
 * React moves focus in an effect, after the render that a click or a reply
 * starts, so a check made at once races it; this one waits for it, with
 * Testing Library's own timeout, and fails naming what has focus instead.
 */
export async function expectFocused(target: FocusTarget): Promise<void> {
  await waitFor(() => {
    const expected = typeof target === 'function' ? target() : target;
    const focused = document.activeElement;
    if (!expected || focused !== expected) {
      throw new Error(`Expected focus on ${describeElement(expected)}, but it is on ${describeElement(focused)}.`);
    }
  });
}

/** An element as a failure message names it: its tag, id and name (aria-label or text, shortened). */
function describeElement(element: Element | null): string {
  if (!element) return 'nothing';
  if (element === element.ownerDocument.body) return 'the page (<body>)';
  const id = element.id ? `#${element.id}` : '';
  const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const shortName = name.length > 60 ? `${name.slice(0, 59)}…` : name;
  return `<${element.tagName.toLowerCase()}${id}>${shortName ? ` “${shortName}”` : ''}`;
}

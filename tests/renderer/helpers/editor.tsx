import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { App } from '../../../renderer/app';
import type { Draft } from '../../../shared/draft/schema';
import type { Harness } from './app-harness';

/**
 * Renders the app on a draft's editor and waits until it is ready to type
 * in: the fields subscribe to the draft in their effects, after the form is
 * on the page, and the editor focuses its heading in an effect that runs
 * after theirs. A change typed before that would show only once they have
 * subscribed (a machine under load widens the gap).
 */
export async function openEditor(draft: Draft) {
  window.location.hash = `#/utkast/${draft.id}`;
  render(<App />);
  await editorReady();
}

/** Waits until an editor opening (from the start page, after an import) is ready to type in; see {@link openEditor}. */
export async function editorReady() {
  await screen.findByRole('region', { name: 'Grunduppgifter' });
  await waitFor(() => expect(document.activeElement?.matches('h1.page-title')).toBe(true));
}

/** A region (a section of the form, an activity group) by its heading. */
export const region = (name: string) => screen.getByRole('region', { name });

/** The save state: the editor's first status region, named "Sparstatus". */
export const saveStatus = () => screen.getByRole('status', { name: 'Sparstatus' });

/** Waits until the stored draft passes `check`. */
export async function waitForStored(harness: Harness, id: string, check: (stored: Draft) => void) {
  await waitFor(async () => check(await harness.readDraft(id)), { timeout: 3000 });
}

/** The activity group headed `lead` ("Polisen lovar att"). */
export const activityGroup = (lead: string) => region(lead);

/** The list item of activity `n` in a group. */
export function activityItem(lead: string, n: number): HTMLElement {
  const text = within(activityGroup(lead)).getByLabelText(`Aktivitet ${n}`);
  const item = text.closest('li');
  expect(item).not.toBeNull();
  return item as HTMLElement;
}

/** Types into a field and leaves it, which saves at once. */
export function type(field: HTMLElement, value: string) {
  fireEvent.change(field, { target: { value } });
  fireEvent.blur(field);
}

/**
 * A short message for the editor to show when it next opens a draft, left
 * by a page that changed the draft and then went to the editor (the
 * "Versioner" page after a restore). Kept in memory only: a reload drops it.
 */
const notices = new Map<string, string>();

/** Leaves `message` for the editor of draft `draftId`; a later one replaces it. */
export function leaveEditorNotice(draftId: string, message: string): void {
  notices.set(draftId, message);
}

/** The message left for draft `draftId`, or null; it stays until `clearEditorNotice` (React may render twice). */
export function peekEditorNotice(draftId: string): string | null {
  return notices.get(draftId) ?? null;
}

/** Forgets the message left for draft `draftId`: it is shown once. */
export function clearEditorNotice(draftId: string): void {
  notices.delete(draftId);
}

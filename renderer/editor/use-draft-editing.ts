import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Draft, DraftStatus } from '../../shared/draft/schema';
import { createReadinessCheck } from '../../shared/draft/readiness';
import { isLocked } from '../../shared/draft/status';
import { api } from '../api';
import { fieldId, itemOfFieldId, reveal as openDetails, type FieldPath } from './draft-paths';
import { settleStatus } from './draft-status';
import type { DraftUpdate, FocusOptions, UpdateOptions } from './editor-context';
import { createStore, useSelector } from './editor-store';
import { canRedo, canUndo, createUndoStack, undoReducer, type UndoStack, type UndoAction } from './undo';
import { isPresent, removeItem, restoreRemoval, type Removal, type RemovalTarget } from './removals';
import { storableDraft } from './storable-draft';
import { useAutosave } from './use-autosave';

/**
 * The state of one draft being edited: the draft (the only copy of what the
 * user typed until it is stored) inside its undo stack, the autosave, the
 * status rules, and the last removal that can be restored. Every change goes
 * through here, so undo, autosave and "klar → utkast" apply to all of them.
 */
export function useDraftEditing(initial: Draft) {
  // The status rules' readiness check, which checks again only what a change changed.
  const [readiness] = useState(createReadinessCheck);
  // A draft stored as "klar" that has errors today (the readiness rules grew) is an utkast again.
  const [start] = useState(() => settleStatus(initial, readiness.check));
  // The undo stack, outside React: two updates in one event build on each other, and each component reads only its part.
  // Its parts are the draft's: a selector that names the part it reads runs only when that part changes.
  const [store] = useState(() => createStore<UndoStack<Draft>>(createUndoStack(start.draft), (stack) => stack.present));
  // The period last stored: what is saved instead while the editor holds a reversed one (see storableDraft).
  const validPeriod = useRef(initial.period);
  // The version each save is based on: the draft's as it was read, then the one each acknowledged save gave back.
  // The store refuses a save based on any other (the draft changed on another computer meanwhile); the text stays here.
  const basedOn = useRef(initial.updatedAt);
  const autosave = useAutosave<Draft>(
    async (value) => {
      const stored = storableDraft(value, validPeriod.current);
      validPeriod.current = stored.period;
      const result = await api.saveDraft({ ...stored, updatedAt: basedOn.current });
      basedOn.current = result.updatedAt;
      return result;
    },
    { initialUpdatedAt: initial.updatedAt },
  );
  const { change, flush, getState } = autosave;
  const [reverted, setReverted] = useState(start.reverted);
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ id: string; options?: FocusOptions } | null>(null);

  useEffect(() => {
    if (start.reverted) change(start.draft);
  }, [start, change]);

  useEffect(() => {
    if (!focusRequest) return;
    const element = document.getElementById(focusRequest.id);
    if (!element) return;
    openDetails(element);
    element.focus();
    const selection = focusRequest.options?.selection;
    if (selection && (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) {
      element.setSelectionRange(selection[0], selection[1]);
    }
  }, [focusRequest]);

  /** Makes `next` the undo stack; saves when the draft changed. */
  const adopt = useCallback(
    (next: UndoStack<Draft>) => {
      const previous = store.get();
      if (next === previous) return;
      store.set(next);
      if (next.present !== previous.present) change(next.present);
    },
    [store, change],
  );

  const apply = useCallback((action: UndoAction<Draft>) => adopt(undoReducer(store.get(), action)), [store, adopt]);

  const update = useCallback(
    (changeDraft: DraftUpdate, options?: UpdateOptions) => {
      const present = store.get().present;
      if (isLocked(present)) return;
      const changed = changeDraft(present);
      if (changed === present) return;
      const settled = settleStatus(changed, readiness.check);
      apply({ type: 'change', next: settled.draft, key: options?.key ?? null });
      if (settled.reverted) setReverted(true);
    },
    [store, apply, readiness],
  );

  const commit = useCallback(() => {
    apply({ type: 'seal' });
    void flush();
  }, [apply, flush]);

  /** Undo or redo a step. The status is not part of the stack: it stays as it is, unless the step brings errors back. */
  const travel = useCallback(
    (type: 'undo' | 'redo') => {
      const before = store.get();
      if (isLocked(before.present)) return;
      const moved = undoReducer(before, { type });
      if (moved === before) return;
      const status = before.present.status;
      const withStatus = moved.present.status === status ? moved.present : { ...moved.present, status };
      const settled = settleStatus(withStatus, readiness.check);
      adopt(settled.draft === moved.present ? moved : undoReducer(moved, { type: 'replace', present: settled.draft }));
      if (settled.reverted) setReverted(true);
    },
    [store, adopt, readiness],
  );

  const undo = useCallback(() => travel('undo'), [travel]);
  const redo = useCallback(() => travel('redo'), [travel]);

  // The lists that render only some of their items, each with the function that renders one (see `registerReveal`).
  const revealers = useRef(new Map<string, (index: number) => void>());
  const registerReveal = useCallback((list: string, show: (index: number) => void) => {
    revealers.current.set(list, show);
    return () => {
      if (revealers.current.get(list) === show) revealers.current.delete(list);
    };
  }, []);

  // The item is rendered in the same render that serves the request (both are state set in this event), so the effect finds its element.
  const requestFocus = useCallback((id: string, options?: FocusOptions) => {
    const item = itemOfFieldId(id);
    if (item) revealers.current.get(item[0])?.(item[1]);
    setFocusRequest({ id, options });
  }, []);

  // For a caller that looks for the element at once (`focusField`): the item is rendered before this returns.
  const reveal = useCallback((path: FieldPath) => {
    const [list, index] = path;
    if (typeof list !== 'string' || typeof index !== 'number') return;
    const show = revealers.current.get(list);
    if (show) flushSync(() => show(index));
  }, []);

  const remove = useCallback(
    (target: RemovalTarget) => {
      const present = store.get().present;
      if (isLocked(present)) return;
      const result = removeItem(present, target);
      if (!result) return;
      update(() => result.draft);
      setRemoval(result.removal);
    },
    [store, update],
  );

  /** Puts the last removed item back at its place and focuses it. */
  const restore = useCallback(() => {
    if (!removal) return;
    update((d) => restoreRemoval(d, removal));
    setRemoval(null);
    const id = restoredFieldId(store.get().present, removal);
    if (id) requestFocus(id);
  }, [store, removal, update, requestFocus]);

  const dismissRemoval = useCallback(() => setRemoval(null), []);

  /**
   * Changes the status and saves at once. When the Node side refuses, the
   * status goes back to what it was and the refusal's message is returned.
   */
  const setStatus = useCallback(
    async (status: DraftStatus): Promise<string | null> => {
      const before = store.get().present.status;
      if (before === status) return null;
      apply({ type: 'replace', present: { ...store.get().present, status } });
      setReverted(false);
      if (await flush()) return null;
      const state = getState();
      apply({ type: 'replace', present: { ...store.get().present, status: before } });
      return state.kind === 'failed' ? state.message : '';
    },
    [store, apply, flush, getState],
  );

  const latest = useCallback(() => store.get().present, [store]);
  // Only what changes seldom is read here: this hook's component must not render on every keystroke.
  const locked = useSelector(store, (stack) => isLocked(stack.present));
  const undoable = useSelector(store, (stack) => !isLocked(stack.present) && canUndo(stack));
  const redoable = useSelector(store, (stack) => !isLocked(stack.present) && canRedo(stack));
  const removed = useSelector(store, (stack) => removal !== null && !isPresent(stack.present, removal));
  return {
    /** The undo stack; its `present` is the draft. Read it with `useSelector` (or `useDraft` below the context). */
    store,
    latest,
    locked,
    autosave,
    update,
    commit,
    undo,
    redo,
    canUndo: undoable,
    canRedo: redoable,
    requestFocus,
    registerReveal,
    reveal,
    remove,
    /** The last removal, while its item is still gone. */
    removal: removed ? removal : null,
    restore,
    dismissRemoval,
    setStatus,
    /** True after an edit turned a "klar" draft back into an utkast, until the status is changed again. */
    reverted,
  };
}

/** The first field of an item put back, to focus it. */
function restoredFieldId(draft: Draft, removal: Removal): string | null {
  switch (removal.kind) {
    case 'activity': {
      const i = draft.activities.findIndex((a) => a.id === removal.item.id);
      return i < 0 ? null : fieldId(['activities', i, 'text']);
    }
    case 'party': {
      const i = draft.parties.findIndex((p) => p.id === removal.item.id);
      return i < 0 ? null : fieldId(['parties', i, 'role']);
    }
    case 'basis': {
      const i = draft.basis.indexOf(removal.item);
      return i < 0 ? null : fieldId(['basis', i, 'type']);
    }
    case 'focusArea': {
      const i = draft.focusAreas.findIndex((f) => f.id === removal.item.id);
      return i < 0 ? null : fieldId(['focusAreas', i, 'title']);
    }
    case 'signatory': {
      const i = draft.signatories.indexOf(removal.item);
      return i < 0 ? null : fieldId(['signatories', i, 'name']);
    }
    case 'group': {
      const i = (draft.groups ?? []).findIndex((g) => g.id === removal.item.id);
      return i < 0 ? null : fieldId(['groups', i, 'type']);
    }
    case 'attachment': {
      const i = (draft.attachments ?? []).indexOf(removal.item);
      return i < 0 ? null : fieldId(['attachments', i, 'title']);
    }
  }
}

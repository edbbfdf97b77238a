import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createUndoStack, undoReducer, type UndoStack, type UndoAction } from '../../../renderer/editor/undo';

const run = <T>(start: T, ...actions: UndoAction<T>[]): UndoStack<T> => actions.reduce((h, a) => undoReducer(h, a), createUndoStack(start));
const type = (text: string, key = 'field-title'): UndoAction<string> => ({ type: 'change', next: text, key });

describe('undo stack', () => {
  it('starts with nothing to undo or redo', () => {
    const stack = createUndoStack('');
    expect(canUndo(stack)).toBe(false);
    expect(canRedo(stack)).toBe(false);
    expect(undoReducer(stack, { type: 'undo' })).toBe(stack);
    expect(undoReducer(stack, { type: 'redo' })).toBe(stack);
  });

  it('gathers typing in one field into one step', () => {
    const stack = run('', type('M'), type('Me'), type('Med'), type('Medborgarlöfte'));
    expect(stack.present).toBe('Medborgarlöfte');
    expect(stack.past).toEqual(['']);
    const undone = undoReducer(stack, { type: 'undo' });
    expect(undone.present).toBe('');
    expect(canUndo(undone)).toBe(false);
    expect(undoReducer(undone, { type: 'redo' }).present).toBe('Medborgarlöfte');
  });

  it('starts a new step for another field, a structural change, or after a seal', () => {
    let stack = run('', type('a', 'field-title'), type('ab', 'field-title'), type('ab1', 'field-statement'));
    expect(stack.past).toEqual(['', 'ab']);
    // A change without a key (adding an activity, a select) is always a step of its own.
    stack = run(stack.present, { type: 'change', next: 'x' }, { type: 'change', next: 'y' });
    expect(stack.past).toEqual(['ab1', 'x']);
    // Leaving the field (blur) seals its step: typing in it again is a new one.
    stack = run('', type('a'), { type: 'seal' }, type('ab'));
    expect(stack.past).toEqual(['', 'a']);
  });

  it('undoes and redoes in order, and a new change drops what was undone', () => {
    let stack = run('0', { type: 'change', next: '1' }, { type: 'change', next: '2' }, { type: 'change', next: '3' });
    stack = undoReducer(undoReducer(stack, { type: 'undo' }), { type: 'undo' });
    expect(stack.present).toBe('1');
    expect(stack.future).toEqual(['3', '2']);
    stack = undoReducer(stack, { type: 'redo' });
    expect(stack.present).toBe('2');
    stack = undoReducer(stack, { type: 'change', next: 'b' });
    expect(canRedo(stack)).toBe(false);
    expect(stack.past).toEqual(['0', '1', '2']);
  });

  it('does not gather typing across an undo', () => {
    let stack = run('', type('a'), type('ab'));
    stack = undoReducer(stack, { type: 'undo' });
    stack = undoReducer(stack, type('x'));
    stack = undoReducer(stack, type('xy'));
    expect(stack.past).toEqual(['']);
    expect(undoReducer(stack, { type: 'undo' }).present).toBe('');
  });

  it('ignores a change to the same state, and replaces the present without a step', () => {
    const stack = run('a');
    expect(undoReducer(stack, { type: 'change', next: 'a' })).toBe(stack);
    const replaced = undoReducer(stack, { type: 'replace', present: 'A' });
    expect(replaced.present).toBe('A');
    expect(canUndo(replaced)).toBe(false);
  });

  it('keeps at most the limit of steps, forgetting the oldest', () => {
    let stack = createUndoStack(0);
    for (let i = 1; i <= 10; i++) stack = undoReducer(stack, { type: 'change', next: i }, 3);
    expect(stack.past).toEqual([7, 8, 9]);
  });

  it('starts over on reset', () => {
    const stack = undoReducer(run('a', { type: 'change', next: 'b' }), { type: 'reset', present: 'z' });
    expect(stack).toEqual({ past: [], present: 'z', future: [], openKey: null });
  });
});

import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, createHistory, historyReducer, type History, type HistoryAction } from '../../../renderer/editor/history';

const run = <T>(start: T, ...actions: HistoryAction<T>[]): History<T> => actions.reduce((h, a) => historyReducer(h, a), createHistory(start));
const type = (text: string, key = 'field-title'): HistoryAction<string> => ({ type: 'change', next: text, key });

describe('undo history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = createHistory('');
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(historyReducer(history, { type: 'undo' })).toBe(history);
    expect(historyReducer(history, { type: 'redo' })).toBe(history);
  });

  it('gathers typing in one field into one step', () => {
    const history = run('', type('M'), type('Me'), type('Med'), type('Medborgarlöfte'));
    expect(history.present).toBe('Medborgarlöfte');
    expect(history.past).toEqual(['']);
    const undone = historyReducer(history, { type: 'undo' });
    expect(undone.present).toBe('');
    expect(canUndo(undone)).toBe(false);
    expect(historyReducer(undone, { type: 'redo' }).present).toBe('Medborgarlöfte');
  });

  it('starts a new step for another field, a structural change, or after a seal', () => {
    let history = run('', type('a', 'field-title'), type('ab', 'field-title'), type('ab1', 'field-statement'));
    expect(history.past).toEqual(['', 'ab']);
    // A change without a key (adding an activity, a select) is always a step of its own.
    history = run(history.present, { type: 'change', next: 'x' }, { type: 'change', next: 'y' });
    expect(history.past).toEqual(['ab1', 'x']);
    // Leaving the field (blur) seals its step: typing in it again is a new one.
    history = run('', type('a'), { type: 'seal' }, type('ab'));
    expect(history.past).toEqual(['', 'a']);
  });

  it('undoes and redoes in order, and a new change drops what was undone', () => {
    let history = run('0', { type: 'change', next: '1' }, { type: 'change', next: '2' }, { type: 'change', next: '3' });
    history = historyReducer(historyReducer(history, { type: 'undo' }), { type: 'undo' });
    expect(history.present).toBe('1');
    expect(history.future).toEqual(['3', '2']);
    history = historyReducer(history, { type: 'redo' });
    expect(history.present).toBe('2');
    history = historyReducer(history, { type: 'change', next: 'b' });
    expect(canRedo(history)).toBe(false);
    expect(history.past).toEqual(['0', '1', '2']);
  });

  it('does not gather typing across an undo', () => {
    let history = run('', type('a'), type('ab'));
    history = historyReducer(history, { type: 'undo' });
    history = historyReducer(history, type('x'));
    history = historyReducer(history, type('xy'));
    expect(history.past).toEqual(['']);
    expect(historyReducer(history, { type: 'undo' }).present).toBe('');
  });

  it('ignores a change to the same state, and replaces the present without a step', () => {
    const history = run('a');
    expect(historyReducer(history, { type: 'change', next: 'a' })).toBe(history);
    const replaced = historyReducer(history, { type: 'replace', present: 'A' });
    expect(replaced.present).toBe('A');
    expect(canUndo(replaced)).toBe(false);
  });

  it('keeps at most the limit of steps, forgetting the oldest', () => {
    let history = createHistory(0);
    for (let i = 1; i <= 10; i++) history = historyReducer(history, { type: 'change', next: i }, 3);
    expect(history.past).toEqual([7, 8, 9]);
  });

  it('starts over on reset', () => {
    const history = historyReducer(run('a', { type: 'change', next: 'b' }), { type: 'reset', present: 'z' });
    expect(history).toEqual({ past: [], present: 'z', future: [], openKey: null });
  });
});

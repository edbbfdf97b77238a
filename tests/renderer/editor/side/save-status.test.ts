import { describe, expect, it } from 'vitest';
import { saveStateText } from '../../../../renderer/editor/side/save-status';

describe('the words of the save state', () => {
  const now = new Date('2026-03-02T14:30:00');

  it('says "Sparar…" and "Sparat 14:02"', () => {
    expect(saveStateText({ kind: 'saving' }, now)).toBe('Sparar…');
    expect(saveStateText({ kind: 'saved', updatedAt: new Date('2026-03-02T14:02:00').toISOString() }, now)).toBe('Sparat 14:02');
  });

  it('says what failed, why, and that the text is still in the window', () => {
    expect(saveStateText({ kind: 'failed', message: 'Disken är full.' }, now)).toBe(
      'Utkastet kunde inte sparas: Disken är full. Texten finns kvar i fönstret men är inte sparad på datorn; försök igen.',
    );
    // Without a reason from the Node side, it still says what failed and where the text is.
    expect(saveStateText({ kind: 'failed', message: ' ' }, now)).toBe(
      'Utkastet kunde inte sparas. Texten finns kvar i fönstret men är inte sparad på datorn; försök igen.',
    );
  });
});

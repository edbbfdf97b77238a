import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDiff } from '../../../renderer/components/text-diff';

afterEach(cleanup);

const show = (from: string, to: string) => render(<TextDiff from={from} to={to} />).container;
const texts = (container: HTMLElement, selector: string) => [...container.querySelectorAll(selector)].map((node) => node.textContent);

describe('TextDiff', () => {
  it('marks the words added in <ins> and those removed in <del>, with the rest of the text as it is', () => {
    const container = show('Vi lovar att öka tryggheten i centrum.', 'Vi lovar att snabbt öka tryggheten i hela kommunen.');
    expect(texts(container, 'ins')).toEqual(['[tillagt: snabbt]', '[tillagt: hela kommunen]']);
    expect(texts(container, 'del')).toEqual(['[borttaget: centrum]']);
    // Without what was removed, the text reads as the new one.
    const copy = container.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('del, .visually-hidden').forEach((node) => node.remove());
    expect(copy.textContent).toBe('Vi lovar att snabbt öka tryggheten i hela kommunen.');
  });

  it('marks a rewritten phrase as one removal and one addition, not word by word', () => {
    const container = show('lovar att tillsammans öka tryggheten i centrum', 'lovar att minska narkotikan bland unga i centrum');
    expect(texts(container, 'del')).toEqual(['[borttaget: tillsammans öka tryggheten]']);
    expect(texts(container, 'ins')).toEqual(['[tillagt: minska narkotikan bland unga]']);
  });

  it('tells a screen reader where the added and removed words begin and end, hidden from the eye', () => {
    const container = show('en katt', 'en hund');
    const del = container.querySelector('del')!;
    const ins = container.querySelector('ins')!;
    expect([...del.querySelectorAll('.visually-hidden')].map((node) => node.textContent)).toEqual(['[borttaget: ', ']']);
    expect([...ins.querySelectorAll('.visually-hidden')].map((node) => node.textContent)).toEqual(['[tillagt: ', ']']);
  });

  it('shows a text added whole as added, a text removed whole as removed, and an unchanged one unmarked', () => {
    expect(texts(show('', 'besöka skolorna'), 'ins')).toEqual(['[tillagt: besöka skolorna]']);
    expect(texts(show('besöka skolorna', ''), 'del')).toEqual(['[borttaget: besöka skolorna]']);
    const same = show('besöka skolorna', 'besöka skolorna');
    expect(same.querySelectorAll('ins, del')).toHaveLength(0);
    expect(same.textContent).toBe('besöka skolorna');
  });

  it('keeps line breaks and does not mark a change of spacing alone', () => {
    const container = show('Första stycket. Andra stycket.', 'Första stycket.\nAndra stycket.');
    expect(container.querySelectorAll('ins, del')).toHaveLength(0);
    expect(container.textContent).toBe('Första stycket.\nAndra stycket.');
  });
});

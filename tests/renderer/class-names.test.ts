import { describe, expect, it } from 'vitest';
import { classNames } from '../../renderer/class-names';

describe('classNames', () => {
  it('joins the classes that apply with single spaces, in order', () => {
    expect(classNames('card', 'open')).toBe('card open');
    expect(classNames('only')).toBe('only');
  });

  it('drops the parts that are false, null, undefined or empty', () => {
    const open = false;
    expect(classNames('card', open && 'open', null, undefined, '', 'wide')).toBe('card wide');
    expect(classNames(false, null, undefined)).toBe('');
    expect(classNames()).toBe('');
  });
});

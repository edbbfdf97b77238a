import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useWithPromises } from '../../../renderer/components/use-with-promises';

describe('useWithPromises', () => {
  it('offers the choice with the number of löften, off at first, and follows the checkbox', () => {
    const { result } = renderHook(() => useWithPromises(2));
    expect(result.current.withPromises).toBe(false);
    expect(result.current.option).toMatchObject({ count: 2, checked: false });
    act(() => result.current.option!.onChange(true));
    expect(result.current).toMatchObject({ withPromises: true, option: { count: 2, checked: true } });
  });

  it('neither offers nor applies the choice without löften, even one made while there were some', () => {
    const { result, rerender } = renderHook(({ linked }) => useWithPromises(linked), { initialProps: { linked: 1 } });
    act(() => result.current.option!.onChange(true));
    rerender({ linked: 0 });
    expect(result.current).toEqual({ withPromises: false, option: null });
  });
});

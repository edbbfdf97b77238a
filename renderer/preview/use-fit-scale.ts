import { useLayoutEffect, useState, type RefObject } from 'react';

/** An A4 sheet's width, 210 mm, in CSS pixels. */
export const SHEET_WIDTH_PX = (210 * 96) / 25.4;

/**
 * The zoom at which a sheet fills the width of `viewport` (less `gutter`
 * pixels each side), at most 1, following the viewport's size. 1 where
 * nothing can be measured (jsdom).
 */
export function useFitScale(viewport: RefObject<HTMLElement | null>, gutter: number): number {
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const update = () => {
      const width = element.clientWidth;
      if (width <= 0) return;
      // Rounded, so sub-pixel resizes do not re-render the pages.
      const next = Math.min(1, Math.floor(((width - 2 * gutter) / SHEET_WIDTH_PX) * 1000) / 1000);
      setScale((previous) => (previous === next || next <= 0 ? previous : next));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [viewport, gutter]);

  return scale;
}

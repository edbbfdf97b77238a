import { useState } from 'react';

/** What the "Ta med medborgarlöftena som bilagor" checkbox (WithPromisesOption) needs of its choice. */
export interface WithPromisesChoice {
  /** How many löften are linked; always more than 0. */
  count: number;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/**
 * The choice to append an agreement's linked löften, as every place that
 * prints, exports or sends it offers it: off at first, and with no löften
 * neither offered (`option` is null) nor in effect.
 */
export function useWithPromises(linked: number): { withPromises: boolean; option: WithPromisesChoice | null } {
  const [checked, setChecked] = useState(false);
  if (linked === 0) return { withPromises: false, option: null };
  return { withPromises: checked, option: { count: linked, checked, onChange: setChecked } };
}

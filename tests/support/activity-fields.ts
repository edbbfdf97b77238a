/**
 * An activity's text and target details, every one filled in: for tests that
 * make a sentence from each combination of them.
 */
export const ACTIVITY_FIELDS = {
  text: 'genomföra riktade insatser där unga deltar',
  quantity: 2,
  unit: 'insatser',
  frequency: 'per år',
  minDuration: 'minst två dagar',
  place: 'Söderhamns centrum',
} as const;

/** Every combination of {@link ACTIVITY_FIELDS}, from none of them to all of them. */
export function everyCombinationOfFields(): Partial<typeof ACTIVITY_FIELDS>[] {
  const keys = Object.keys(ACTIVITY_FIELDS) as (keyof typeof ACTIVITY_FIELDS)[];
  return Array.from({ length: 1 << keys.length }, (_, mask) =>
    Object.fromEntries(keys.filter((_, i) => mask & (1 << i)).map((key) => [key, ACTIVITY_FIELDS[key]])),
  );
}

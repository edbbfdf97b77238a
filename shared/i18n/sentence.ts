/** A message without its final full stop, so it can be put inside a sentence of ours: `Kunde inte spara: ${inSentence(message)}.` */
export const inSentence = (message: string): string => message.trim().replace(/\.+$/, '');

/** The first words of a text (an activity, a title), up to about 40 characters, with "…" when there is more. */
export function firstWords(text: string): string {
  const whole = text.replace(/\s+/gu, ' ').trim();
  if (whole.length <= 40) return whole;
  const cut = whole.slice(0, 40);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/u, '')}…`;
}

/** A message without its final full stop, so it can be put inside a sentence of ours: `Kunde inte spara: ${inSentence(message)}.` */
export const inSentence = (message: string): string => message.trim().replace(/\.+$/, '');

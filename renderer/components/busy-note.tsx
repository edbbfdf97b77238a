/** The line that says what is under way while a button's action runs ("Importerar…"), read out politely. */
export function BusyNote({ text }: { text: string }) {
  return (
    <p className="loading" aria-live="polite">
      {text}
    </p>
  );
}

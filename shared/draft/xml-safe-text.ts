/**
 * What XML 1.0 forbids in text (C0 controls other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE and U+FFFF), and the C1 controls
 * and DEL, which it allows but no reader shows. One such character and Word
 * refuses the whole file. No `u` flag, so the surrogates are matched as the
 * code units they are.
 */
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A text as a printed document may carry it: the characters of
 * {@link NOT_XML_TEXT} removed, everything else (emoji, right-to-left
 * scripts, "<", "&") kept, since the `docx` package escapes XML's own syntax
 * and React escapes HTML's. The file reader strips control characters too,
 * but a draft can reach the documents by other ways (the editor, a test, a
 * future import).
 */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML_TEXT, '');
}

/** A copy of a draft (or any JSON-like value) with {@link xmlSafeText} applied to every string in it, however deep. */
export function xmlSafeDraft<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => xmlSafeDraft(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, xmlSafeDraft(item)])) as T;
  }
  return value;
}

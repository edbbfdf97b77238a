import { JSON_ERROR_MESSAGE } from '../i18n/draft-file';

/** Where a text stops being JSON, and what is wrong there. */
export interface JsonErrorPlace {
  /** Index into the text (UTF-16 code units) where the problem is; the text's length when it ends too soon. */
  offset: number;
  /** 1-based, counting "\n". */
  line: number;
  /** 1-based, in UTF-16 code units from the start of the line (an emoji counts two). */
  column: number;
  /** In Swedish, from JSON_ERROR_MESSAGE. */
  what: string;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isHex = (code: number) => isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = ['true', 'false', 'null'];

/**
 * Finds where a text that `JSON.parse` refused breaks, to say so in Swedish
 * (V8's own message is English, and its wording changes between versions).
 * A scanner of the JSON grammar (RFC 8259) that keeps its own stack, so a
 * hostile file nested a million deep costs a loop, not the call stack. Run
 * only after `JSON.parse` has failed; null when it finds nothing wrong.
 */
export function locateJsonError(text: string): JsonErrorPlace | null {
  const n = text.length;
  let i = 0;
  const open: string[] = [];
  let expect: 'value' | 'key' | 'after' = 'value';
  const at = (offset: number, what: string): JsonErrorPlace => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset; k++) {
      if (text.charCodeAt(k) === 0x0a) {
        line++;
        lineStart = k + 1;
      }
    }
    return { offset, line, column: offset - lineStart + 1, what };
  };
  const charAt = (offset: number) => String.fromCodePoint(text.codePointAt(offset) ?? 0);
  const unexpected = (offset: number) => at(offset, offset >= n ? JSON_ERROR_MESSAGE.end() : JSON_ERROR_MESSAGE.unexpected(charAt(offset)));
  const skipSpace = () => {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
  };

  /** Moves past the text that starts at `i`; the problem when it is not one. */
  const scanString = (): JsonErrorPlace | null => {
    for (i++; i < n; ) {
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code === 0x5c) {
        if (i + 1 >= n) return at(n, JSON_ERROR_MESSAGE.endInText());
        const escape = text[i + 1];
        if (ESCAPES.has(escape)) i += 2;
        else if (escape === 'u' && [2, 3, 4, 5].every((k) => i + k < n && isHex(text.charCodeAt(i + k)))) i += 6;
        else return at(i, JSON_ERROR_MESSAGE.badEscape());
      } else if (code < 0x20) {
        return at(i, code === 0x0a || code === 0x0d ? JSON_ERROR_MESSAGE.lineBreakInText() : JSON_ERROR_MESSAGE.controlInText(text[i]));
      } else {
        i++;
      }
    }
    return at(n, JSON_ERROR_MESSAGE.endInText());
  };

  /** Moves past the number that starts at `i`: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
  const scanNumber = (): JsonErrorPlace | null => {
    const start = i;
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (i < n && isDigit(text.charCodeAt(i))) while (i < n && isDigit(text.charCodeAt(i))) i++;
    else return at(start, JSON_ERROR_MESSAGE.badNumber());
    if (text[i] === '.') {
      i++;
      if (!(i < n && isDigit(text.charCodeAt(i)))) return at(start, JSON_ERROR_MESSAGE.badNumber());
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!(i < n && isDigit(text.charCodeAt(i)))) return at(start, JSON_ERROR_MESSAGE.badNumber());
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    return null;
  };

  /** Moves past `true`, `false` or `null` at `i`. */
  const scanLiteral = (): JsonErrorPlace | null => {
    const word = LITERALS.find((literal) => text.startsWith(literal, i));
    if (!word) return unexpected(i);
    i += word.length;
    return null;
  };

  for (;;) {
    skipSpace();
    if (i >= n) return expect === 'after' && open.length === 0 ? null : at(n, JSON_ERROR_MESSAGE.end());
    const character = text[i];
    if (expect === 'value') {
      if (character === '{' || character === '[') {
        open.push(character);
        i++;
        skipSpace();
        if (text[i] === (character === '{' ? '}' : ']')) {
          open.pop();
          i++;
          expect = 'after';
        } else {
          expect = character === '{' ? 'key' : 'value';
        }
        continue;
      }
      const problem = character === '"' ? scanString() : character === '-' || isDigit(text.charCodeAt(i)) ? scanNumber() : scanLiteral();
      if (problem) return problem;
      expect = 'after';
    } else if (expect === 'key') {
      if (character !== '"') return unexpected(i);
      const problem = scanString();
      if (problem) return problem;
      skipSpace();
      if (text[i] !== ':') return unexpected(i);
      i++;
      expect = 'value';
    } else {
      const inside = open.at(-1);
      if (inside === undefined) return at(i, JSON_ERROR_MESSAGE.trailing(charAt(i)));
      if (character === ',') {
        i++;
        expect = inside === '{' ? 'key' : 'value';
      } else if (character === (inside === '{' ? '}' : ']')) {
        open.pop();
        i++;
      } else {
        return unexpected(i);
      }
    }
  }
}

/**
 * Where a text that `JSON.parse` refused breaks, as a Swedish phrase for
 * READ_MESSAGE.notJson ("rad 3, kolumn 17: oväntat tecken ”}”").
 */
export function describeJsonError(text: string): string {
  const place = locateJsonError(text);
  return place ? JSON_ERROR_MESSAGE.at(place.line, place.column, place.what) : JSON_ERROR_MESSAGE.unknown();
}

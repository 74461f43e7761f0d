/** A 1-based line and column in a text, as Binance's stream server prints them in errors. */
export interface TextPosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Finds where a text stops being valid JSON, so that the fake can answer
 * `Invalid JSON: expected value at line L column C` like Binance's (serde-based) server.
 *
 * @param text - a frame that `JSON.parse` rejected
 * @returns the position of the first offending character; at the end of the input, the column of
 * the last character (column 0 for an empty text), as serde reports an unexpected end
 *
 * @internal
 */
export function locateJsonError(text: string): TextPosition {
  return positionOf(text, findErrorIndex(text));
}

/**
 * Converts a character index of `text` to a 1-based line and column (an index at or past the
 * end points at the last character).
 *
 * @internal
 */
export function positionOf(text: string, index: number): TextPosition {
  const at = Math.min(index, text.length - 1);
  if (at < 0) return { line: 1, column: 0 };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

class JsonSyntaxError {
  constructor(readonly index: number) {}
}

function findErrorIndex(text: string): number {
  // Sticky patterns are stateful (`lastIndex`), so each call builds its own.
  const numberToken = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  // A JSON string: no raw control character, only the escapes JSON allows.
  const stringToken = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
  let i = 0;
  const skipSpace = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i += 1;
  };
  const fail = (): never => {
    throw new JsonSyntaxError(i);
  };
  const expect = (char: string): void => {
    skipSpace();
    if (text.charAt(i) !== char) fail();
    i += 1;
  };
  const token = (pattern: RegExp): void => {
    pattern.lastIndex = i;
    const match = pattern.exec(text);
    if (match === null) fail();
    else i += match[0].length;
  };
  const value = (): void => {
    skipSpace();
    const char = text.charAt(i);
    if (char === '{') {
      return members('}', () => {
        token(stringToken);
        expect(':');
        value();
      });
    }
    if (char === '[') return members(']', value);
    if (char === '"') return token(stringToken);
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    return token(numberToken);
  };
  const members = (close: string, member: () => void): void => {
    i += 1;
    skipSpace();
    if (text.charAt(i) === close) return void (i += 1);
    for (;;) {
      skipSpace();
      member();
      skipSpace();
      if (text.charAt(i) === close) return void (i += 1);
      expect(',');
    }
  };
  try {
    value();
    skipSpace();
    // Trailing characters after a complete value.
    return i;
  } catch (error: unknown) {
    // Recover deliberately: a syntax error is the answer we are looking for.
    if (error instanceof JsonSyntaxError) return error.index;
    throw error;
  }
}

/**
 * A JSON syntax scanner that keeps track of lines, because JSON.parse does
 * not: it finds the line each comment of an import file starts on, and the
 * line and column where broken JSON breaks (Node's own messages carry a
 * character position at best, or a quote of the text at worst).
 *
 * It builds no values — JSON.parse does that, much faster — so the importer
 * runs JSON.parse first and this scanner alongside.
 */

export type JsonScan = { ok: true; elementLines: number[] } | { ok: false; line: number; column: number; message: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * Checks `text` as one JSON value. When it is valid, `elementLines` holds the
 * 1-based start line of each element of the root array — or, when the root
 * is an object, of its "comments" array. `unit` names the text in messages.
 */
export function scanJson(text: string, unit: 'file' | 'line' = 'file'): JsonScan {
  let i = 0;
  const elementLines: number[] = [];
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') lineStarts.push(k + 1);
  const lineOf = (at: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const describe = (at: number) => (at >= text.length ? `the end of the ${unit}` : JSON.stringify(text[at]));
  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };

  const string = (): string => {
    const start = ++i;
    for (;;) {
      if (i >= text.length) throw new JsonSyntaxError(start - 1, 'a string is never closed (missing closing ")');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) fail('invalid escape in a string (write a backslash as \\\\)');
        i = ESCAPE.lastIndex;
      } else if (c < 0x20) {
        fail('a line break or control character inside a string (write it as \\n)');
      } else i++;
    }
    return text.slice(start, i++);
  };

  const value = (record: 'elements' | 'comments-key' | null): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const key = string();
        ws();
        if (text[i] !== ':') fail(`expected ":" after the property name, found ${describe(i)}`);
        i++;
        const isComments = record === 'comments-key' && key === 'comments';
        if (isComments) elementLines.length = 0; // a repeated key: JSON.parse keeps the last
        value(isComments ? 'elements' : null);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail(`expected "," or "}" after a property, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        ws();
        if (record === 'elements') elementLines.push(lineOf(i));
        value(null);
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail(`expected "," or "]" after an element, found ${describe(i)}`);
      }
    }
    if (c === '"') return void string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) return void (i += literal.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    fail(i >= text.length ? `the ${unit} ends in the middle of a value` : `unexpected ${describe(i)}`);
  };

  try {
    ws();
    value(text[i] === '{' ? 'comments-key' : 'elements');
    ws();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, elementLines };
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      const line = lineOf(e.at);
      return { ok: false, line, column: e.at - lineStarts[line - 1]! + 1, message: e.message };
    }
    if (e instanceof RangeError) return { ok: false, line: 1, column: 1, message: 'nested too deeply' };
    throw e;
  }
}

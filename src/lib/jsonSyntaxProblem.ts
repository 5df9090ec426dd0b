import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineColumn } from './lineColumn.ts';
import type { Problem } from './problem.ts';

/** What stands at `offset`, for "found …". */
function tokenAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const token = /^(?:"(?:[^"\\\n]|\\.)*"?|[\w.+-]+|\S)/.exec(text.slice(offset, offset + 40))?.[0] ?? text[offset]!;
  return `'${token.length > 24 ? `${token.slice(0, 21)}…` : token}'`;
}

/** Words that other languages and JSON5 accept where JSON does not. */
const NOT_JSON: Record<string, string> = {
  NaN: 'JSON has no NaN; write a number or leave the field out',
  Infinity: 'JSON has no Infinity; write a number or leave the field out',
  undefined: 'JSON has no undefined; leave the field out',
  True: 'JSON writes true in lower case',
  False: 'JSON writes false in lower case',
  None: 'JSON writes null',
  Null: 'JSON writes null in lower case',
};

function explain(text: string, error: ParseError): string {
  const found = tokenAt(text, error.offset);
  const before = text.slice(0, error.offset);
  const afterComma = /,\s*$/.test(before);
  const symbol = found.slice(1, -1);
  switch (printParseErrorCode(error.error)) {
    case 'InvalidSymbol':
      if (text[error.offset] === "'") return 'expected a string in double quotes, found one in single quotes';
      if (symbol in NOT_JSON) return `expected a JSON value, found ${found} (${NOT_JSON[symbol]})`;
      if (/[{,]\s*$/.test(before) && /^[A-Za-z_$]/.test(symbol) && /^\s*:/.test(text.slice(error.offset + symbol.length))) {
        return `expected a property name in double quotes, found ${found}`;
      }
      return `expected a JSON value, found ${found}`;
    case 'PropertyNameExpected':
      return afterComma && text[error.offset] === '}'
        ? `expected another property after ',', found '}' (JSON allows no trailing comma)`
        : `expected a property name in double quotes, found ${found}`;
    case 'ValueExpected':
      return afterComma && text[error.offset] === ']'
        ? `expected another value after ',', found ']' (JSON allows no trailing comma)`
        : `expected a value, found ${found}`;
    case 'ColonExpected':
      return `expected ':' after the property name, found ${found}`;
    case 'CommaExpected':
      if (/[^\d.]-?0$/.test(before) && /^\d/.test(text[error.offset] ?? '')) return `expected a number without leading zeros, found '0${symbol}'`;
      return `expected ',' or a closing bracket, found ${found}`;
    case 'CloseBraceExpected':
      return `expected '}' to close the object, found ${found}`;
    case 'CloseBracketExpected':
      return `expected ']' to close the list, found ${found}`;
    case 'EndOfFileExpected':
      return `expected the end of the file after the top-level object, found ${found}`;
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return 'expected JSON, found a comment (JSON has no comments)';
    case 'UnexpectedEndOfString':
      return 'expected a closing \'"\' before the end of the line';
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return `expected a valid escape such as \\n or \\u00e9, found ${found}`;
    case 'InvalidCharacter':
      return 'expected no control characters inside a string (write \\n or \\t)';
    case 'InvalidNumberFormat':
      return `expected a number, found ${found}`;
    default:
      return `expected a JSON value, found ${found}`;
  }
}

/** Deeper nesting than any events file needs; the parser recurses, so it must stop well before the stack does. */
export const MAX_DEPTH = 64;

/** Offset of the first bracket that opens a level deeper than `MAX_DEPTH`, outside strings. */
export function tooDeep(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"' || c === '\n') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === '}' || c === ']') depth--;
  }
  return undefined;
}

/**
 * Parses JSON into a tree with offsets, or returns the first syntax error as a problem.
 * Only the first error is reported: later ones are usually echoes of it.
 */
export function parseJsonTree(file: string, text: string): { root?: Node; problem?: Problem } {
  if (text.trim() === '') {
    return { problem: { code: 'json-syntax', file, line: 1, column: 1, message: 'expected a JSON object, found an empty file' } };
  }
  const marker = /^(?:<{7}|={7}|>{7})(?: |$)/m.exec(text);
  if (marker) {
    return {
      problem: {
        code: 'merge-conflict',
        file,
        ...lineColumn(text, marker.index),
        message: `expected JSON, found the Git conflict marker '${marker[0].trim()}'`,
        hint: 'resolve the merge: keep the right lines and delete the <<<<<<<, ======= and >>>>>>> lines',
      },
    };
  }
  const deep = tooDeep(text);
  if (deep !== undefined) {
    return { problem: { code: 'json-syntax', file, ...lineColumn(text, deep), message: `expected JSON nested at most ${MAX_DEPTH} levels deep, found deeper nesting` } };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first) {
    return {
      problem: { code: 'json-syntax', file, ...lineColumn(text, first.offset), message: explain(text, first) },
    };
  }
  return { root: root! };
}

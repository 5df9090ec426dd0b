import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { lineColumn } from './lineColumn.ts';
import type { Problem } from './problem.ts';

/** What stands at `offset`, for "found …". */
function tokenAt(text: string, offset: number): string {
  if (offset >= text.length) return 'the end of the file';
  const token = /^(?:"(?:[^"\\\n]|\\.)*"?|[\w.+-]+|\S)/.exec(text.slice(offset, offset + 40))?.[0] ?? text[offset]!;
  return `'${token.length > 24 ? `${token.slice(0, 21)}…` : token}'`;
}

function explain(text: string, error: ParseError): string {
  const found = tokenAt(text, error.offset);
  const afterComma = /,\s*$/.test(text.slice(0, error.offset));
  switch (printParseErrorCode(error.error)) {
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

/**
 * Parses JSON into a tree with offsets, or returns the first syntax error as a problem.
 * Only the first error is reported: later ones are usually echoes of it.
 */
export function parseJsonTree(file: string, text: string): { root?: Node; problem?: Problem } {
  if (text.trim() === '') {
    return { problem: { code: 'json-syntax', file, line: 1, column: 1, message: 'expected a JSON object, found an empty file' } };
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

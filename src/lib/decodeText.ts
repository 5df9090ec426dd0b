import type { Problem } from './problem.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Byte offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const [length, min, max] =
      b < 0x80 ? [1, 0, 0] : b >= 0xc2 && b <= 0xdf ? [2, 0x80, 0xbf] : b === 0xe0 ? [3, 0xa0, 0xbf] : b === 0xed ? [3, 0x80, 0x9f]
        : b >= 0xe1 && b <= 0xef ? [3, 0x80, 0xbf] : b === 0xf0 ? [4, 0x90, 0xbf] : b >= 0xf1 && b <= 0xf3 ? [4, 0x80, 0xbf] : b === 0xf4 ? [4, 0x80, 0x8f] : [0, 0, 0];
    if (length === 0) return i;
    // The second byte has the tightest range (no overlong forms, no surrogates); the rest are plain continuations.
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}

/** 1-based line and column (in characters) of a byte offset in bytes that are valid UTF-8 before it. */
function lineColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: [...utf8.decode(bytes.subarray(lineStart, offset))].length + 1 };
}

/**
 * Decodes a file's bytes as UTF-8, dropping a byte-order mark (editors hide it, so offsets
 * match what the maintainer sees), or says where it stops being UTF-8 text.
 * @example decodeText('seeds/a.txt', new Uint8Array([0x41, 0xe9])).problem?.message // 'expected UTF-8 text, found a byte that is not valid UTF-8 at byte 1 (save the file as UTF-8)'
 */
export function decodeText(file: string, bytes: Uint8Array): { text?: string; problem?: Problem } {
  const nul = bytes.indexOf(0);
  const bad = firstInvalidByte(bytes);
  if (bad === -1 && nul === -1) return { text: utf8.decode(bytes) };
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    return { problem: { code: 'not-utf8', file, line: 1, column: 1, message: 'expected UTF-8 text, found UTF-16 (it starts with a UTF-16 byte-order mark)', hint: 'save the file as UTF-8' } };
  }
  if (bad !== -1 && (nul === -1 || bad < nul)) {
    return {
      problem: { code: 'not-utf8', file, ...lineColumnOfByte(bytes, bad), message: `expected UTF-8 text, found a byte that is not valid UTF-8 at byte ${bad}`, hint: 'save the file as UTF-8' },
    };
  }
  return {
    problem: { code: 'binary-file', file, ...lineColumnOfByte(bytes, nul), message: `expected text, found a NUL byte at byte ${nul}`, hint: 'this looks like a binary file, not text' },
  };
}

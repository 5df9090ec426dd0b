import { describe, expect, test } from 'vitest';
import { partsResponse } from '../src/lib/partsResponse.ts';

describe('partsResponse', () => {
  test('answers with the parts joined, in UTF-8, with its content type', async () => {
    const response = partsResponse(['BEGIN\r\n', 'ปะทะ “quoted”', '', '\r\nEND'], 'text/calendar; charset=utf-8');
    expect(response.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    expect(await response.text()).toBe('BEGIN\r\nปะทะ “quoted”\r\nEND');
  });

  test('keeps a surrogate pair whole when a megabyte piece ends between its halves', async () => {
    const emoji = '\u{1F525}';
    const long = 'a'.repeat((1 << 20) - 1);
    const bytes = new Uint8Array(await partsResponse([long + emoji[0]!, `${emoji[1]!}b`], 'text/plain').arrayBuffer());
    expect(bytes.length).toBe(long.length + 4 + 1);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(`${long}${emoji}b`);
  });
});

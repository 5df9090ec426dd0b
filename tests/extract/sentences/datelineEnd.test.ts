import { describe, expect, test } from 'vitest';
import { datelineEnd } from '../../../scripts/lib/extract/sentences/datelineEnd.ts';

describe('datelineEnd: where a wire dateline that opens a sentence ends', () => {
  test.each([
    ['OSLOBURG - The envoy urged calm.', 'The envoy urged calm.'],
    ['NEW HARBOUR, May 3 (Wire) - The envoy urged calm.', 'The envoy urged calm.'],
    ['Port Vella, 3 May 2026 (Wire) — The envoy urged calm.', 'The envoy urged calm.'],
    ['NORTH RIDGE, Arland: The envoy urged calm.', 'The envoy urged calm.'],
    ['Port Vella, Mar 20 (Wire) The envoy urged calm.', 'The envoy urged calm.'],
    ['NORTH RIDGE, 18 Apr. The envoy urged calm.', 'The envoy urged calm.'],
  ])('%s', (text, rest) => {
    expect(text.slice(datelineEnd(text))).toBe(rest);
  });

  test.each([
    'The envoy urged calm.',
    'Arland - its envoy said - wants calm.',
    'On Monday, the envoy urged calm.',
    'UN officials - two of them - urged calm.',
    'On 18 Apr. the envoy urged calm.',
    'Arland, Borea (and others) urged calm.',
  ])('finds none in "%s"', (text) => {
    expect(datelineEnd(text)).toBe(0);
  });
});

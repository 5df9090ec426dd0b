import { describe, expect, test } from 'vitest';
import { isToldAsNew } from '../../../scripts/lib/extract/sentences/isToldAsNew.ts';

describe('isToldAsNew: a noun phrase that orders its happening after others of its kind', () => {
  test.each([
    ['The latest ', true],
    ['Borea freed the men only after a second border ', true],
    ['Arland and Borea held another ', true],
    ['The Kelvask Pass post came under fresh ', true],
    ['Velmora condemned the renewed cross-border ', true],
    ['Its third ', true],
    // A definite or indefinite noun with no ordering word, or an ordering word far from the noun.
    ['The ', false],
    ['Borea condemned the ', false],
    ['after a ', false],
    ['The new government condemned the ', false],
    ['A second time, Velmora condemned the ', false],
  ])('%j before a noun: %s', (before, expected) => {
    expect(isToldAsNew(before)).toBe(expected);
  });
});

describe('isToldAsNew, counted: only a count of the series', () => {
  test.each([
    ['Borea freed the men only after a second border ', true],
    ['Arland and Borea held another ', true],
    ['The third ', true],
    ['The Kelvask Pass post came under fresh ', false],
    ['Velmora condemned the renewed cross-border ', false],
    ['The latest ', false],
  ])('%j before a noun: %s', (before, expected) => {
    expect(isToldAsNew(before, { counted: true })).toBe(expected);
  });
});

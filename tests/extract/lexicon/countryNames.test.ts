import { expect, test } from 'vitest';
import { countryNames } from '../../../scripts/lib/extract/lexicon/countryNames.ts';
import { invented } from '../../helpers/lexicon.ts';

test('countryNames holds the invented countries and no body that is not a country', () => {
  const names = countryNames(invented.lexicon);
  expect(names.has('Arland')).toBe(true);
  expect(names.has('Borea')).toBe(true);
  const others = invented.lexicon.actors.filter((a) => a.type !== 'country').map((a) => a.name);
  expect(others.length).toBeGreaterThan(0);
  expect(others.filter((name) => names.has(name))).toEqual([]);
});

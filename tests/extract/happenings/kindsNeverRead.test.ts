import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

// Kinds of happening that real reports tell in words the lexicon did not read: an airport shut. Every sentence is invented.
const types = (text: string) => findHappenings(text, rules).map((h) => h.type);

describe('an airport shut is a government decision, not a border closed', () => {
  test.each([
    ['Velmora\'s main airport had already closed on Tuesday and Friday.'],
    ['The two airports were shut until dawn on Saturday.'],
    ['Arland closed the airport in its capital for six hours.'],
  ])('%s', (text) => {
    expect(types(text)).toContain('decision');
    expect(types(text)).not.toContain('border-closed');
  });

  test.each([
    ['Arland closed the airport and its crossings with Borea on Sunday.'],
    ['On Friday Arland closed both its airports, as well as the crossings with Borea.'],
    ['Borea closed its airspace to Arlandese aircraft.'],
  ])('crossings or airspace shut with it are still a border closed: %s', (text) => {
    expect(types(text)).toContain('border-closed');
  });

  test('an airport near which something happens closes nothing', () => {
    expect(types('Shells fell close to the airport on Monday.')).not.toContain('decision');
  });
});

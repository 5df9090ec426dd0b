import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

// A title of an act names which of its type's alternatives happened, where the sentence's own verb
// or the event's phase decides it ("Envoy recalled", "Trade resumed"), never the catalogue's
// "Envoy recalled or expelled". Each invented article is read alone.
const now = DateTime.fromISO('2026-12-01', { zone: 'UTC' });
const titles = (sentence: string) =>
  extractEvents({ articles: [article('probe.txt', `Border news\n\n${sentence}\n`, '2024-03-15')], lexicon: invented, now, locale: 'en-GB' }).file.events.map(
    (e) => e.title,
  );

describe('an act is titled by the alternative its sentence decides', () => {
  test.each([
    // a phase decides: trade reopened is trade resumed
    ['Arland reopened the Kelvask crossing to trade on Thursday.', 'Trade resumed by Arland'],
    // an envoy brought home for consultations is recalled
    ['Borea on Thursday called its ambassador in Velmora home for consultations.', 'Envoy recalled by Borea'],
    // forces sent, moved or landed somewhere are deployed, however many
    ['Borea sent 2,000 soldiers to the Kelvask Pass on Thursday.', 'Deployment of forces at Kelvask Pass'],
    // people or ships seized are captured
    ['Arlandese troops seized three Borean fishermen near the Halvane crossing on Thursday.', 'Capture at Halvane crossing'],
    // aircraft that strike are an air strike, not "air or drone"
    ['Arlandese aircraft struck Borean positions in Ondria on Thursday.', 'Air strike in Ondria'],
  ])('%s', (sentence, expected) => {
    expect(titles(sentence)).toContain(expected);
  });

  test('no act of these sentences is titled "X or Y"', () => {
    const all = [
      'Arland reopened the Kelvask crossing to trade on Thursday.',
      'Borea on Thursday called its ambassador in Velmora home for consultations.',
      'Borea sent 2,000 soldiers to the Kelvask Pass on Thursday.',
      'Arlandese troops seized three Borean fishermen near the Halvane crossing on Thursday.',
      'Arlandese aircraft struck Borean positions in Ondria on Thursday.',
    ].flatMap(titles);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((t) => /\bor\b/.test(t))).toEqual([]);
  });
});

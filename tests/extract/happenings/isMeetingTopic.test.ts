import { describe, expect, test } from 'vitest';
import { isMeetingTopic } from '../../../scripts/lib/extract/happenings/isMeetingTopic.ts';

const topic = (text: string, word: string) => isMeetingTopic(text, text.indexOf(word));

describe('isMeetingTopic', () => {
  test.each([
    ['The council held a closed-door meeting on the border fighting.', 'fighting'],
    ['Ministers will hold talks about the recent shelling of the town.', 'shelling'],
    ['The cabinet met in a session to discuss the clashes.', 'clashes'],
    ['Talks on the truce went on late into the night.', 'truce'],
  ])('%s: "%s" is what the meeting is on', (text, word) => {
    expect(topic(text, word)).toBe(true);
  });

  test.each([
    ['The leaders held a meeting on the border as fighting raged near the pass.', 'fighting'],
    ['The talks ended on Monday, and fighting resumed at dawn.', 'fighting'],
    ['Troops clashed near the meeting point on Tuesday.', 'clashed'],
  ])('%s: "%s" is news of its own', (text, word) => {
    expect(topic(text, word)).toBe(false);
  });
});

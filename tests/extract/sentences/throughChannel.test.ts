import { expect, test } from 'vitest';
import { IN_CHANNEL, throughChannel } from '../../../scripts/lib/extract/sentences/throughChannel.ts';

// Invented sentences, of Arland and Borea.
test.each([
  ['Arland said in a statement that Borean boats had rammed its patrol ship.', true],
  ['In an interview with a Velmora radio station, Ana Ruiz said the pass would stay shut.', true],
  ['Writing on X, Lena Ferrin said the cabinet had approved the order.', true],
  ['The Arlandese president said in a televised speech that his country would not back down.', true],
  ['Borea said on Telegram that its troops held the crossing.', true],
  ['Arland said Borean boats had rammed its patrol ship.', false],
  ['The statement said the situation was unacceptable.', false],
  ['Borea denied the charge made in the capital.', false],
  ['Troops on X Street fired into the air, Arland said.', false],
])('throughChannel(%j) is %s', (sentence, expected) => {
  expect(throughChannel(sentence)).toBe(expected);
});

test('IN_CHANNEL reads a channel of up to two words before its noun, and no further', () => {
  const whole = new RegExp(`^(?:${IN_CHANNEL})$`, 'iu');
  expect(whole.test('in a televised address')).toBe(true);
  expect(whole.test('in its letter')).toBe(true);
  expect(whole.test('in a long and angry televised speech')).toBe(false);
});

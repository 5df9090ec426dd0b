import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { sameVoice, voiceOf } from '../../../scripts/lib/extract/sentences/voiceOf.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

describe('voiceOf: who within a side speaks, by the words of the speaker phrase', () => {
  const people = new Map([['Ruiz', 'Borea'], ['Marr', 'Borea']]);
  test.each([
    ['the Borean army', { office: 'military' }],
    ['a spokesman for the Borean defence ministry', { office: 'military' }],
    ["Borea's foreign minister", { office: 'foreign' }],
    ['the Borean interior ministry', { office: 'interior' }],
    ['Borean President Ana Ruiz', { office: 'head', person: 'Ruiz' }],
    ["Borea's defence minister, Ivo Marr", { office: 'military', person: 'Marr' }],
    // The office named first: the president's spokesman speaks for the president.
    ["the president's spokesman", { office: 'head' }],
    ['Ruiz', { person: 'Ruiz' }],
  ])('%s', (words, voice) => {
    expect(voiceOf(words, people)).toEqual(voice);
  });

  test.each(['officials in Borea', 'the UN Secretary-General', 'Borea', 'he'])('tells no voice in "%s"', (words) => {
    expect(voiceOf(words, people)).toBeUndefined();
  });
});

describe('sameVoice: whether two voices of one side may be one speaker', () => {
  test.each([
    [{ office: 'head' as const, person: 'Ruiz' }, { person: 'Ruiz' }, true],
    [{ office: 'head' as const }, { person: 'Ruiz' }, true],
    [{ office: 'head' as const }, undefined, true],
    [{ office: 'head' as const, person: 'Ruiz' }, { office: 'military' as const }, false],
    [{ person: 'Ruiz' }, { person: 'Marr' }, false],
    // One person, spelled with and without the accent.
    [{ person: 'Ferrín' }, { office: 'head' as const, person: 'Ferrin' }, true],
    [{ office: 'foreign' as const }, { office: 'military' as const }, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameVoice(a, b)).toBe(same);
    expect(sameVoice(b, a)).toBe(same);
  });
});

// Invented, in the shape of a wire report of one day's words by a president and by the army of one side.
const now = DateTime.fromISO('2031-04-20', { zone: 'UTC' });
const sayings = (body: string) =>
  extractEvents({ articles: [article('a.txt', body, '2031-04-12')], lexicon: invented, now, locale: 'en-GB' }).file.events.filter((e) => e.kind === 'statement' || e.kind === 'accusation');

describe('two voices of one side are two speakers; one voice\'s sayings of a day are one', () => {
  test('the president\'s words and the army\'s of one day stay two statements, both shown as the side\'s', () => {
    const events = sayings(
      'Arland and Borea traded fire at the Kelvask Pass on Saturday. ' +
        'The Borean army said on Saturday that its troops had held the pass. ' +
        'Borean President Ana Ruiz said on Saturday that Borea did not want a war.',
    );
    expect(events.map((e) => [e.kind, e.speaker])).toEqual([
      ['statement', 'Borea'],
      ['statement', 'Borea'],
    ]);
  });

  test('the president\'s undated words are no part of the army\'s charge of the day', () => {
    const events = sayings(
      'Arland and Borea traded fire at the Kelvask Pass on Saturday. ' +
        'The Borean army on Saturday accused Arland of shelling a border post. ' +
        'Borean President Ana Ruiz called the shelling a grave provocation.',
    );
    // Calling an act a provocation names no side charged in what is judged (only her own, as
    // speaker): her words are a statement (judgedAsBlame), and still her own, not folded into the army's.
    expect(events.map((e) => e.kind).sort()).toEqual(['accusation', 'statement']);
  });

  test('"he" goes on in the voice that spoke before, not the army\'s', () => {
    const body =
      'Borean President Ana Ruiz said on Saturday that Borea did not want a war. She said Borea would defend its border. ' +
      'The Borean army said on Saturday that its troops had held the pass.';
    const [, second] = analyseArticle(article('a.txt', body, '2031-04-12'), invented).sentences;
    const said = [...second!.about].find(([t]) => t.value === 'statement');
    expect(said?.[1].voice?.office).toBe('head');
  });

  test('a side\'s saying a "she" tells just after a minister spoke is that minister\'s: her words and the side\'s of the day are one statement', () => {
    const told = (second: string) =>
      sayings(
        'Arland and Borea traded fire at the Kelvask Pass on Saturday. ' +
          '"This is a grave matter for our security," Defence Minister Lena Ferrin told reporters on Saturday. ' +
          second,
      ).filter((e) => e.kind === 'statement');
    expect(told('Borea lodged a protest with Arland through diplomatic channels, she said, and Borea demanded an immediate halt to the drills.')).toHaveLength(1);
    // Told by no one, the side's demand may be another voice's: it stays apart from hers.
    expect(told('Borea lodged a protest with Arland through diplomatic channels, and Borea demanded an immediate halt to the drills.')).toHaveLength(2);
    const body =
      '"This is a grave matter for our security," Defence Minister Lena Ferrin told reporters on Saturday. ' +
      'Borea lodged a protest with Arland through diplomatic channels, she said, and Borea demanded an immediate halt to the shelling.';
    const [, second] = analyseArticle(article('a.txt', body, '2031-04-12'), invented).sentences;
    const said = [...second!.about].find(([t]) => t.value === 'statement');
    expect(said?.[1].voice?.person).toBe('Ferrin');
  });

  test('one person named by title and by surname is one speaker: their words of the day are one statement', () => {
    const events = sayings(
      'Arland and Borea traded fire at the Kelvask Pass on Saturday. ' +
        'Borean President Ana Ruiz said on Saturday that Borea did not want a war. ' +
        'Ruiz also said on Saturday that Borea would defend its border.',
    );
    expect(events.filter((e) => e.kind === 'statement')).toHaveLength(1);
  });
});

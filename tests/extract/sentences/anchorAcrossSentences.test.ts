import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { compiled } from '../../helpers/lexicon.ts';

/** Each sentence's dated happenings, as `text → spec`. */
const dated = (body: string) =>
  analyseArticle(article('a.txt', body), compiled).sentences.map((s) => s.anchors.map((a) => `${a.trigger.text} → ${JSON.stringify(a.time.spec)}`));

describe('anchorAcrossSentences: a sentence dated by the happening it counts from, dated before', () => {
  test('"hours after the ceasefire took effect" is the day the article gave the ceasefire', () => {
    expect(dated('A ceasefire took effect on Sunday along the whole frontier. Shelling resumed hours after the truce took effect, local officials said.')).toEqual([
      ['ceasefire → {"type":"weekday","weekday":7}'],
      ['Shelling → {"type":"weekday","weekday":7}'],
    ]);
  });

  test('"a day after the clashes" is the day after the clashes the article dated', () => {
    expect(dated('Rival patrols clashed on 3 May near the pass. The two governments recalled their envoys a day after the clashes.')[1]).toEqual([
      'recalled their envoys → {"type":"calendar","month":5,"day":4}',
    ]);
  });

  test('"X came a day after Y": Y lies a day before the news the article dated, not on its day', () => {
    // The subject is no happening the lexicon knows: the story's latest news day is X's.
    expect(dated('Both governments withdrew their envoys on Friday 9 May. The withdrawals came a day after the two defence ministers met in the capital without an agreement.')[1]).toEqual([
      'met → {"type":"calendar","month":5,"day":8}',
    ]);
    // A subject of a kind the article dated counts from that kind's day.
    expect(dated('Troops fought along the river on Sunday. The fighting came two days after the ministers met in the capital.')[1]).toEqual([
      'met → {"type":"weekday","weekday":5}',
    ]);
    // "came" is what tells the order; a date named nowhere before leaves it undated.
    expect(dated('The withdrawals came a day after the two defence ministers met in the capital.')).toEqual([[]]);
  });

  test('looks back over the last 40 sentences only, so an article of such sentences stays linear', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `Crowds gathered in square ${i + 1}.`).join(' ');
    const counted = (gap: number) => dated(`A ceasefire took effect on Sunday. ${filler(gap)} Shelling resumed hours after the truce took effect.`).at(-1);
    expect(counted(39)).toEqual(['Shelling → {"type":"weekday","weekday":7}']);
    expect(counted(40)).toEqual([]);
  });

  test('dates nothing when the article has not dated the happening counted from', () => {
    expect(dated('Shelling resumed hours after the truce took effect, local officials said.')).toEqual([[]]);
  });
});

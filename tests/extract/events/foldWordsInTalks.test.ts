import { describe, expect, test } from 'vitest';
import { foldWordsInTalks } from '../../../scripts/lib/extract/events/foldWordsInTalks.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// "Arlandese President Lena Ferrin spoke to Borea's prime minister, Kael Orvan, by telephone on
// Tuesday and offered her condolences over the two guards killed at Halvane crossing."
const call = (extra: Partial<Mention> = {}) =>
  mentionOf({
    date: '2031-06-03',
    published: '2031-06-03',
    kind: 'talks',
    type: 'talks',
    sentence: 1,
    actors: ['Arland', 'Borea'],
    citations: [{ source: 'a.txt', quote: 'Arlandese President Lena Ferrin spoke to Borea\'s prime minister, Kael Orvan, by telephone on Tuesday and offered her condolences over the two guards killed at Halvane crossing.' }],
    ...extra,
  });
// "Orvan thanked Ferrin for her words and for her promise of a joint inquiry."
const thanks = (extra: Partial<Mention> = {}) =>
  mentionOf({
    date: '2031-06-03',
    published: '2031-06-03',
    kind: 'statement',
    type: 'statement',
    sentence: 2,
    dating: 'context',
    speaker: 'Kael Orvan',
    voice: { person: 'Orvan' },
    says: 'thanks',
    saysAbout: 'Ferrin',
    actors: ['Kael Orvan'],
    citations: [{ source: 'a.txt', quote: 'Orvan thanked Ferrin for her words and for her promise of a joint inquiry.' }],
    ...extra,
  });

describe('foldWordsInTalks: words one party said to the other, told just after their call, were said in it', () => {
  test('folds the words into the call, with their quote', () => {
    const folded = foldWordsInTalks([call(), thanks()]);
    expect(folded.map((m) => m.kind)).toEqual(['talks']);
    expect(folded[0]!.citations).toHaveLength(2);
  });

  test('keeps apart words dated by their own, an appeal, words of another day, article or speaker, and words told far after', () => {
    expect(foldWordsInTalks([call(), thanks({ dating: 'own' })])).toHaveLength(2);
    expect(foldWordsInTalks([call(), thanks({ says: 'urges', saysAbout: 'Ferrin' })])).toHaveLength(2);
    expect(foldWordsInTalks([call(), thanks({ time: { date: '2031-06-04', approximate: false } })])).toHaveLength(2);
    expect(foldWordsInTalks([call(), thanks({ source: 'b.txt' })])).toHaveLength(2);
    expect(foldWordsInTalks([call(), thanks({ speaker: 'Ana Ruiz', voice: { person: 'Ruiz' } })])).toHaveLength(2);
    expect(foldWordsInTalks([call(), thanks({ sentence: 6 })])).toHaveLength(2);
  });

  test('keeps apart words told after a call its article dates only by its time', () => {
    expect(foldWordsInTalks([call({ dating: 'context' }), thanks()])).toHaveLength(2);
  });
});

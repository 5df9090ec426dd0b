import { expect, test } from 'vitest';
import { OBJECT_OPENERS } from '../../../scripts/lib/extract/happenings/objectOpeners.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

test('OBJECT_OPENERS take the first word of each object the tagger reads after a verb', () => {
  for (const [text, object] of [['They shelled the village', 'the'], ['They shot down two drones', 'two'], ['They attacked Ondria', 'Ondria'], ['They hit it', 'it']] as const) {
    const word = tagText(text).find((t) => t.text === object)!;
    expect(OBJECT_OPENERS.has(word.pos), `${object} (${word.pos}) in "${text}"`).toBe(true);
  }
});

test('OBJECT_OPENERS hold no verb, preposition or punctuation', () => {
  for (const pos of ['VERB', 'AUX', 'ADP', 'PUNCT', 'CCONJ'] as const) expect(OBJECT_OPENERS.has(pos)).toBe(false);
});

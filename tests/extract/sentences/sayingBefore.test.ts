import { describe, expect, test } from 'vitest';
import { sayingBefore } from '../../../scripts/lib/extract/sentences/sayingBefore.ts';

describe('sayingBefore: a saying set off by commas right before a participle', () => {
  test('gives the sayer of a saying with one of its verbs', () => {
    expect(sayingBefore('said|says').exec('Mortars hit a granary in Ondria, the Borean army said, ')?.[1]).toBe('the Borean army');
  });

  test('takes no other verb, and no saying the participle is not right after', () => {
    expect(sayingBefore('says').test('Mortars hit a granary in Ondria, the Borean army said, ')).toBe(false);
    expect(sayingBefore('says').test('Mortars hit a granary in Ondria, Arland says, and herders fled, ')).toBe(false);
  });
});

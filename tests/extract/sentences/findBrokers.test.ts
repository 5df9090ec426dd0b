import { describe, expect, test } from 'vitest';
import { findBrokers } from '../../../scripts/lib/extract/sentences/findBrokers.ts';
import { compiled, invented } from '../../helpers/lexicon.ts';

describe('findBrokers: who a sentence says brokered an agreement', () => {
  test('runs over the list of actors after the phrase', () => {
    const text = 'A truce brokered with the involvement of the United Nations, Japan and France later collapsed.';
    const { brokers, spans } = findBrokers(text, compiled);
    expect(brokers).toEqual(['United Nations', 'Japan', 'France']);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe('brokered with the involvement of the United Nations, Japan and France');
  });

  test('names nobody where no broker phrase is', () => {
    expect(findBrokers('Arland and Borea held talks.', invented)).toEqual({ brokers: [], spans: [] });
  });
});

import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { findEntities } from './findEntities.ts';
import type { At } from './nearestByWords.ts';

/**
 * Who a sentence says brokered an agreement ("brokered by France", "with the involvement of the
 * UN, Japan and France"), and where: each phrase runs over the list of actors after it. Who
 * brokered an agreement is a claim about it, not a party to the sentence's happenings.
 * @example findBrokers('a truce brokered by the UN, Japan and France', lexicon).brokers // ['United Nations', 'Japan', 'France']
 */
export function findBrokers(text: string, lexicon: CompiledLexicon): { brokers: string[]; spans: At[] } {
  const actors = lexicon.actors(text);
  const spans = lexicon.broker(text).map((b) => {
    let end = b.end;
    for (const actor of actors.filter((a) => a.start >= b.end)) {
      if (!/^(?:[\s,]|and\b|the\b)*$/i.test(text.slice(end, actor.start))) break;
      end = actor.end;
    }
    return { start: b.start, end };
  });
  const brokers = spans.flatMap((b) => findEntities(text.slice(b.start, b.end), lexicon).actors);
  return { brokers: [...new Set(brokers)], spans };
}

import { describe, expect, test } from 'vitest';
import { readStructure } from '../../../scripts/lib/extract/happenings/readStructure.ts';
import { rolesOf } from '../../../scripts/lib/extract/happenings/rolesOf.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';
import { rules } from '../../helpers/lexicon.ts';

/** The subject (agent) rolesOf reads for the verb `word` of `text`. */
const agentOf = (text: string, word: string) => {
  const tokens = tagText(text);
  const s = readStructure(tokens, 0, tokens.length);
  const i = tokens.findIndex((t) => t.text === word);
  const agent = rolesOf(tokens, s, i, i + 1, rules.carriers).agent[0];
  return agent ? tokens.slice(agent.start, agent.end).map((t) => t.text).join(' ') : undefined;
};

describe('rolesOf: a second verb joined by "and" or "but"', () => {
  test('shares the subject of the verb before it, not that verb\'s object, when an aside stands between them', () => {
    expect(agentOf('Velmoran troops crossed the ridge at dawn and, after a short exchange of fire, seized an Ondrian post.', 'seized')).toBe('Velmoran troops');
    expect(agentOf('The Borean ministry summoned the Arlandese consul on Tuesday and, in a two-hour meeting, handed him a note.', 'handed')).toBe('The Borean ministry');
    expect(agentOf('Ondrian militia shelled the old bridge but, despite the damage, kept it open.', 'kept')).toBe('Ondrian militia');
  });

  test('in a reported clause, is the reported subject, not the teller', () => {
    expect(agentOf('Arland said Borean troops crossed the line and, after a brief fight, seized a post.', 'seized')).toBe('Borean troops');
  });

  test('keeps a subject of its own after the joining word', () => {
    expect(agentOf('Ondrian gunmen raided the depot at night and, within minutes, Velmoran guards shot two of them.', 'shot')).toBe('Velmoran guards');
    expect(agentOf('Velmoran troops crossed the ridge and Ondrian troops seized a post.', 'seized')).toBe('Ondrian troops');
  });

  test('is no verb of the first when the "and" joins two phrases before it', () => {
    // The "and" joins "to herders" and "to the patrols": the risk is what was lifted, not the teller.
    const tokens = tagText('Speaking for the army on Monday, Lena Ferrin said the risk to herders and to the patrols had been lifted.');
    const s = readStructure(tokens, 0, tokens.length);
    const i = tokens.findIndex((t) => t.text === 'lifted');
    const patient = rolesOf(tokens, s, i, i + 1, rules.carriers).patient[0]!;
    expect(tokens.slice(patient.start, patient.end).map((t) => t.text).join(' ')).toBe('the risk');
  });
});

import type { Office } from '../sentences/voiceOf.ts';
import type { Mention } from './buildMentions.ts';

/**
 * Gives a person an article names by surname alone the office it names them with elsewhere:
 * "Ruiz said …" is the president's voice where "President Ana Ruiz" spoke before, and so
 * stays apart from the army's charge of that day. A person named with two offices keeps none.
 * Returns new mentions of one article, linear in them.
 * @example officesOfPeople([{ voice: { office: 'head', person: 'Ruiz' } }, { voice: { person: 'Ruiz' } }])[1].voice // { office: 'head', person: 'Ruiz' }
 */
export function officesOfPeople<M extends Pick<Mention, 'voice'>>(mentions: readonly M[]): M[] {
  const offices = new Map<string, Set<Office>>();
  for (const { voice } of mentions) if (voice?.person && voice.office) offices.set(voice.person, (offices.get(voice.person) ?? new Set()).add(voice.office));
  return mentions.map((m) => {
    const known = m.voice?.person && !m.voice.office ? offices.get(m.voice.person) : undefined;
    return known?.size === 1 ? { ...m, voice: { ...m.voice, office: [...known][0]! } } : m;
  });
}

import type { CompiledLexicon } from './compileLexicon.ts';
import type { PhraseMatch } from './phraseMatcher.ts';

// Words that end a group of participants when reading back from its role noun.
const STOP = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'with', 'and', 'between', 'among', 'by', 'from', 'two', 'both', 'their', 'its', 'countries', "countries'", 'countries’', 'nations', 'sides']);
const WORDS = /[\p{L}][\p{L}'’-]*/gu;

/** The role noun and up to three words before it that qualify it: "Southeast Asian foreign ministers". */
function group(phrase: string, lexicon: CompiledLexicon): string | undefined {
  const role = lexicon.roles(phrase).at(-1);
  if (!role) return undefined;
  const words = phrase.slice(0, role.end).match(WORDS) ?? [];
  const kept: string[] = [];
  for (const word of words.reverse()) {
    const bare = word.replace(/['’]s?$/, '');
    if (STOP.has(word.toLowerCase()) || STOP.has(bare.toLowerCase()) || kept.length === 4) break;
    kept.unshift(/^\p{Lu}/u.test(bare) ? bare : lexicon.variant(bare.toLowerCase()));
  }
  return kept.length > 0 ? kept.join(' ') : undefined;
}

/**
 * Who takes part in talks, from the words around the trigger: an organisation
 * ("meeting of the General Border Committee") or a group ending in a role noun
 * ("defence ministers’ dialogue", "meeting between the two countries' defense ministers").
 * @example findParticipants('a defence ministers’ dialogue', trigger, lexicon) // 'defence ministers'
 */
export function findParticipants(text: string, trigger: PhraseMatch<unknown>, lexicon: CompiledLexicon): string | undefined {
  const follows = /^\s+(?:of|between|among|with)\s+((?:[\p{L}'’.-]+\s*){1,7})/iu.exec(text.slice(trigger.end))?.[1] ?? '';
  const organisation = lexicon.actors(follows).find((a) => a.value.type === 'organisation');
  if (organisation) return organisation.value.name;
  const possessive = /((?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s?)\s+$/u.exec(text.slice(0, trigger.start))?.[1];
  return (possessive && group(possessive, lexicon)) || group(follows, lexicon);
}

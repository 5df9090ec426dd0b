import type { Lexicon } from './lexiconSchema.ts';

type Gazetteers = Partial<Pick<Lexicon, 'actors' | 'places'>>;

/** Entries of `extra` after those of `base`, an entry of `extra` replacing the base entry of the same name. */
function mergeByName<T extends { name: string }>(base: readonly T[], extra: readonly T[] | undefined): T[] {
  if (!extra) return [...base];
  const names = new Set(extra.map((e) => e.name));
  return [...base.filter((e) => !names.has(e.name)), ...extra];
}

/**
 * The lexicon with a fork's own gazetteers merged over it: the parties and places of another
 * conflict, added to the base lists or replacing base entries of the same name.
 * @example overlayLexicon(base, { actors: [{ name: 'Castelia', type: 'country', aliases: ['Castelian'], metonyms: [] }] }).actors.at(-1).name // 'Castelia'
 */
export function overlayLexicon(base: Lexicon, extra: Gazetteers): Lexicon {
  return { ...base, actors: mergeByName(base.actors, extra.actors), places: mergeByName(base.places, extra.places) };
}

/**
 * The extractor on main still writes the seven old kinds; the key is coded in the ontology's
 * kinds (scripts/lexicon/ontology.yaml). Until the new kinds land, an old kind is read as the
 * ontology kind below; a kind not listed is taken by its name. Remove the table once the
 * extractor emits ontology kinds: every entry then goes unused.
 */
export const OLD_KINDS: Readonly<Record<string, string>> = {
  casualties: 'fighting',
  displacement: 'humanitarian',
  other: 'measure',
};

/**
 * The ontology kind of an extracted event's kind.
 * @example kindOfEvent('casualties', ['fighting', 'humanitarian', 'measure']) // 'fighting'
 */
export function kindOfEvent(kind: string, kinds: readonly string[]): string {
  const mapped = OLD_KINDS[kind] ?? kind;
  if (!kinds.includes(mapped)) throw new TypeError(`event kind "${kind}" is neither an ontology kind nor in OLD_KINDS`);
  return mapped;
}

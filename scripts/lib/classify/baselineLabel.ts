import type { CompiledLexicon } from '../extract/compileLexicon.ts';

// The CASE label nearest each of the extractor's former seven kinds, for the "before" figure:
// fighting reads as an armed clash, casualties as an attack on civilians, displacement as OTHER.
const NEAREST: Readonly<Record<string, string>> = {
  fighting: 'ARMED_CLASH',
  ceasefire: 'AGREEMENT',
  talks: 'AGREEMENT',
  casualties: 'ATTACK',
  displacement: 'OTHER',
  statement: 'DIPLO',
  accusation: 'ATTRIB',
};

/**
 * How the extractor labelled a snippet before the happening classifier: the first trigger word of
 * kinds.yaml in the text, its kind mapped to the nearest CASE label; OTHER when there is none.
 * Kept to measure the classifier against.
 * @example baselineLabel('Clashes erupted near the border.', lexicon) // 'ARMED_CLASH'
 */
export function baselineLabel(text: string, lexicon: CompiledLexicon): string {
  const first = lexicon.kinds(text)[0];
  return first ? (NEAREST[first.value] ?? 'OTHER') : 'OTHER';
}

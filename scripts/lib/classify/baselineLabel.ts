import type { CompiledLexicon } from '../extract/lexicon/compileLexicon.ts';

// The CASE label nearest each kind, for the "before" figure, read as the former seven kinds were:
// fighting (and the strikes it then held) as an armed clash, displacement and aid as OTHER. The
// former "casualties" words (killed, wounded…) are no longer in kinds.yaml: a toll is a figure.
const NEAREST: Readonly<Record<string, string>> = {
  fighting: 'ARMED_CLASH',
  strike: 'ARMED_CLASH',
  ceasefire: 'AGREEMENT',
  talks: 'AGREEMENT',
  humanitarian: 'OTHER',
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

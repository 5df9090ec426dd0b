/**
 * The stages of a happening a report may tell (scripts/lexicon/phases.yaml lists the words for
 * each): "fighting resumed", "the ceasefire collapsed". A title is worded by its phase.
 */
export const PHASES = ['begin', 'resume', 'end', 'agree', 'collapse', 'postpone', 'extend', 'hold'] as const;
export type Phase = (typeof PHASES)[number];

import type { PartOfSpeech } from 'wink-nlp';

/**
 * The parts of speech that may open a verb's object: "shot down two drones", "of shelling the
 * village". A word after a verb tagged as one of them says the verb has an object.
 * @example OBJECT_OPENERS.has('DET') // true
 */
export const OBJECT_OPENERS: ReadonlySet<PartOfSpeech> = new Set<PartOfSpeech>(['DET', 'NUM', 'PRON', 'ADJ', 'NOUN', 'PROPN']);

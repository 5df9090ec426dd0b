/**
 * Kinds whose happening is something said: who said it, and to whom, is part of what happened,
 * and a saying of one day is no act of the days before.
 */
export const SPEECH_KINDS: ReadonlySet<string> = new Set(['statement', 'accusation']);

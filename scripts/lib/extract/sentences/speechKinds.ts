/**
 * Kinds whose happening is something said: who said it, and to whom, is part of what happened;
 * its day is the day of the telling ("X said on Monday" dates X's statement), news of the day it
 * is reported unless told as earlier, and a saying of one day is no act of the days before.
 */
export const SPEECH_KINDS: ReadonlySet<string> = new Set(['statement', 'accusation']);

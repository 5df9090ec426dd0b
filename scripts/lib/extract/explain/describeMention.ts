import type { Mention } from '../mentions/buildMentions.ts';
import { spanText } from './spanText.ts';

/**
 * A report as the trace names the group it joined: its kind, its dates, and the article and
 * sentence it came from, enough to find it in `--explain`'s listing.
 * @example describeMention(strike) // 'strike 2024-03-18 of a.txt [3]'
 */
export const describeMention = (m: Mention): string => `${m.kind} ${spanText(m.time)} of ${m.source} [${m.sentence}]`;

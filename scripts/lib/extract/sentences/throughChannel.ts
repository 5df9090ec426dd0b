/**
 * A channel of its own that words were given out through, as a pattern to compose: "in a
 * statement", "in an interview", "in a televised speech", "in its letter". Words told so are an
 * act of the day, where an article's sources only "said".
 * @example new RegExp(`^(?:${IN_CHANNEL})`, 'iu').test('in a televised speech') // true
 */
export const IN_CHANNEL = String.raw`in\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|speech|address|message|post|letter)\b`;

/** Posted words, as a pattern to compose: "on social media", "on X", "on Telegram". */
export const ON_MEDIA = String.raw`on\s+(?:social\s+media|X|Twitter|Facebook|Telegram)\b`;

/** "Writing on X, …", "Posting on Telegram, …": a post that opens the sentence. */
export const WRITING = String.raw`(?:writing|posting)\s+(?:on|in)\b`;

// Anywhere in a sentence: the channel phrase, an opening post, or posted words after their verb.
const CHANNEL = new RegExp(String.raw`\b(?:${IN_CHANNEL}|${WRITING}|(?:said|wrote|posted|stated|tweeted|says|writes|posts)\s+${ON_MEDIA})`, 'iu');

/**
 * Whether a sentence tells its words came through a channel of their own: "said in a statement
 * that", "In an interview with a radio station, X said", "Writing on X, Y said", "X said in a
 * televised speech". A plain "said", or "the statement said", names none.
 * @example throughChannel('Writing on X, Lena Ferrin said the pass was shut.') // true
 */
export function throughChannel(sentence: string): boolean {
  return CHANNEL.test(sentence);
}

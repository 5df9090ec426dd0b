/** Words that count a happening in a series: "second", "third", "2nd". */
const COUNTING = String.raw`(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)`;
/** Words that order a happening after others of its kind: a count, or "latest", "fresh", "renewed". */
const ORDERING = String.raw`(?:most\s+recent|latest|newest|new|fresh|renewed|further|${COUNTING})`;
/** Words that may stand before an ordering word with no determiner: "after fresh clashes", "under renewed fire". */
const OPENING = String.raw`(?:^|[,;:(]\s*|\b(?:after|amid|in|with|and|despite|following|under|of|to|on|by|for|into|over|during)\s+)`;
const DETERMINER = String.raw`\b(?:the|a|an|this|its|their|his|her|our)\s+`;
/** Up to two more words before the noun: "a second flag (meeting)". */
const REST = String.raw`\s+(?:[\p{L}-]+\s+){0,2}$`;
/**
 * A noun phrase, up to its noun, whose words order its happening after others: a determiner and an
 * ordering word ("the latest", "a second", "its renewed"), "another", or an ordering word with no
 * determiner ("fresh clashes"). Counted only: a determiner and a count ("a second"), or "another".
 */
const TOLD_AS_NEW = new RegExp(String.raw`(?:${DETERMINER}${ORDERING}|\banother|${OPENING}${ORDERING})${REST}`, 'iu');
const COUNTED = new RegExp(String.raw`(?:${DETERMINER}${COUNTING}|\banother)${REST}`, 'iu');
/** How far back from its noun a noun phrase's words are read: a determiner and two or three words. */
export const NOUN_PHRASE_CHARS = 40;

/**
 * Whether the words just before a happening's noun tell it as a new one in a series ("the latest
 * shelling", "a second border meeting", "another round of talks", "after fresh clashes"): a happening
 * the article orders after others of its kind, not one it names as known. With `counted`, only a
 * count of the series ("a second", "the third", "another"): "amid renewed fighting" is as often
 * the setting of the news as a new round, "after a second meeting that night" is that meeting.
 * @example isToldAsNew('Borea freed the men only after a second border ', { counted: true }) // true
 */
export const isToldAsNew = (before: string, { counted = false }: { counted?: boolean } = {}): boolean =>
  (counted ? COUNTED : TOLD_AS_NEW).test(before.slice(-NOUN_PHRASE_CHARS));

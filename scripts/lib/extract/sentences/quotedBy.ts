/**
 * The first person, whose words a quotation gives as its speaker's own ("we", "us", "I"): the
 * speaker is whoever the words after the quotation say spoke them.
 * @example FIRST_PERSON.test('We') // true
 */
export const FIRST_PERSON = /^(?:we|us|i)$/i;

/**
 * Who a quotation's closing words say spoke it: the words between a closing quotation mark and a
 * verb of saying after it ('…," Borea's ministry said', '…," he added'), as group 1. One rule for
 * the reading of a sentence and for the article's pass that names a "he" or "it".
 * @example QUOTED_BY.exec('," the ministry said.')?.[1] // 'the ministry'
 */
export const QUOTED_BY = /[,.!?]?["”]\s*,?\s*([^"“”,.;:]{2,80}?)\s+(?:said|says|told|tells|added|adds|stated|wrote|declared)\b/u;

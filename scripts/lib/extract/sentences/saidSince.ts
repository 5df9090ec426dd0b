// A clause that sets a time by another happening, opened right before a saying's subject: "since
// Borea ", "until the ministry ", "since its foreign minister ".
const SET_SINCE = /\b(?:since|until|till)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$|\b(?:since|until|till)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){1,3}$/u;
/** Characters before a saying's verb that such a clause's opener and subject may take up. */
const NEAR = 60;

/**
 * Whether the words right before a saying's verb open a clause that sets the time of the news by
 * it: "the first boarding since Borea said …", "have soured since Arland announced …". Such words
 * are the point the news is counted from, no saying of the day.
 * @example saidSince('It was the first boarding since Borea ') // true
 */
export function saidSince(before: string): boolean {
  return SET_SINCE.test(before.slice(-NEAR));
}

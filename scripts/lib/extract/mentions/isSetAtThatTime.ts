/** A sentence set at a time named before: "That year, …", "At the time, …", "… said then that …". */
const THAT_TIME = /^\s*(?:that\s+(?:year|month|spring|summer|autumn|winter)|at\s+the\s+time|back\s+then|in\s+those\s+days)\b|\b(?:said|told\s+\S+|wrote|warned|declared)\s+then\b/i;

/**
 * Whether a sentence is set, by a word pointing back, at a time the article named before ("Not
 * since 1998 had a raid killed so many. In that year, rebels stormed a barracks"): what it tells is of
 * that time, not of the news day, and what it counts is no toll of the news.
 * @example isSetAtThatTime('That year, gunmen raided a bank.') // true
 */
export const isSetAtThatTime = (sentence: string): boolean => THAT_TIME.test(sentence);

/**
 * The largest files the commands read, in bytes. Larger ones are refused unread with a clear
 * problem rather than parsed slowly: a hand-edited events file of 10 MB already holds some
 * 5,000 cited events, and a news article is rarely over 100 kB.
 */
export const SIZE_LIMITS = {
  events: 10 * 2 ** 20,
  article: 2 ** 20,
} as const;

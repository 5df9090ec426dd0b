// The words that name a meeting and what it is on: "a closed-door meeting on the border
// fighting", "talks about the clashes", "a session to discuss the shelling". Up to three lower-case
// words may come between, but no word that opens a clause of its own ("a meeting on the border as
// fighting raged" tells the fighting).
const MEETING_ON = /\b(?:[Mm]eetings?|[Ss]essions?|[Tt]alks|[Ss]ummits?|[Cc]onsultations?|[Dd]ebates?|[Dd]iscussions?|[Bb]riefings?|[Cc]onferences?|[Hh]earings?)\s+(?:on|about|over|regarding|concerning|to discuss)\s+(?:(?!(?:as|while|when|and|but|or|after|before|amid|since|because|where|until|then|with|despite)\s)[a-z][\w-]*\s+){0,3}$/;

/**
 * Whether the happening named at offset `at` of `text` is what a meeting is held on: its topic,
 * told by its own report, while the meeting is the news.
 * @example isMeetingTopic('held a meeting on the border fighting', 29) // true
 */
export function isMeetingTopic(text: string, at: number): boolean {
  return MEETING_ON.test(text.slice(Math.max(0, at - 60), at));
}

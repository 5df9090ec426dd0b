// What a speaker asks of others, by the verb a title says it with: "urges", "calls on", "demand" (several speakers).
const APPEAL = /^(?:urges?|asks?|appeals?|calls? (?:on|for)|demands?|invites?|press(?:es)? for)\b/;

/**
 * Whether a saying, as a title says it (`Mention.says`), asks something of others: an appeal is a
 * happening of its own whatever it names, never a reaction folded into what it is about.
 * @example isAppeal('calls on') // true
 */
export const isAppeal = (says: string | undefined): boolean => APPEAL.test(says ?? '');

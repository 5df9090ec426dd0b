/**
 * A saying set off by commas right before a participle, ", the Borean army said, ", with its
 * sayer as the first group: the participle hung on it is the sayer's words. `verbs` is an
 * alternation of the verbs of saying that count (a headline's "says" alone, or any).
 * @example sayingBefore('says').test('Shells hit Ondria, Arland says, ') // true
 */
export const sayingBefore = (verbs: string) => new RegExp(`,\\s*([^,;:"“”]{2,60}?)\\s+(?:${verbs})\\s*,\\s*$`, 'i');

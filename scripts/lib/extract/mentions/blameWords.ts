/**
 * Words that make what is denied a matter of blame, who provoked or started a happening, not the
 * happening itself: "rejected accusations that its soldiers had provoked the clash" leaves the
 * clash a fact. One list for every rule that reads denials.
 * @example BLAME_WORDS.test('that its troops had started the fighting') // true
 */
export const BLAME_WORDS = /\b(?:provok\w*|instigat\w*|initiat\w*|start(?:ed|ing|s)?|began|begun|first|responsible|to\s+blame)\b/i;

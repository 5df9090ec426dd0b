/**
 * How a saying was made, as a pattern to compose: "in response", "in a statement", "in their
 * briefing", "at a news conference", "after a cabinet meeting". It stands between a verb of saying and what comes after it,
 * the day or the words said, which the rules that read either step over.
 * @example new RegExp(`^(?:${HOW_SAID})$`, 'i').test('at a press conference') // true
 */
export const HOW_SAID = String.raw`in\s+(?:(?:a|an|its|his|her|their)\s+)?(?:response|reply|turn|statement|interview|speech|message|post|briefing)|at\s+an?\s+(?:news|press)\s+(?:conference|briefing)|after\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?(?:meeting|session|talks)`;

import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';

// One setting fronted before a speaker, up to its comma: "Speaking at the summit in Velmora,",
// "At a news conference in Arlandia City,", "In an interview with Borean media,". What the speaker
// answers, fronted as a participle, is a setting too: "Responding to Arland's strikes,", "Asked
// about the charge,", "Following talks with Borea,". The named group is a participle told only by
// its -ing, which a name may end in as well ("Velling on Tuesday accused …"). A span of time
// counted into or after a happening is a setting too: "Nearly three weeks into the boycott of Borea,".
const SETTING =
  /^(?:(?:speaking|writing|addressing|at|in|during|after|before|following|on|(?:asked|questioned|pressed)\s+(?:about|on|whether|if))\b|(?:(?:nearly|almost|barely|just|more\s+than|over|about|some)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:hours?|days?|weeks?|months?|years?)\s+(?:into|after|since)\b|(?!according\b)(?<participle>\p{L}+ing)\s+(?:to|on|about|after|from|with)\b)[^,;]*,\s*/iu;
// A finite verb: "accused", "said", "has". In a participle's phrase only inside a clause of its
// own ("Responding to claims that Arland had fired, …"); before any such clause it is the verb of
// a subject, and the -ing word that subject's name ("Velming on Tuesday accused Borea of …, saying").
// An -ed word after an article, a possessive, a preposition or an adverb qualifies a noun: "to the
// disputed islands", "to Arland's heightened alert", "with armed drones".
const FINITE =
  /(?<!\b(?:the|a|an|its|their|his|her|this|that|these|those|to|of|with|on|in|at|by|from|for|about|after|and|or|\p{L}+ly|\p{L}+['’]s)\s+)\b[a-z]{3,}ed\b|\b(?:said|says|is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall)\b/u;
const CLAUSE = /\b(?:that|which|who|whom|whose|when|where|while|as|because|since|if|whether|after|before|until)\b/i;

/** Whether an -ing word opening a setting at `at` of its sentence is a participle, not a name. */
function participle(word: string, phrase: string, at: number, lexicon?: CompiledLexicon): boolean {
  // Capitalised after the sentence's start, it is a name ("On Tuesday, Velming on …").
  if (at > 0 && /^\p{Lu}/u.test(word)) return false;
  // A party or place the lexicon knows is never a participle.
  if (lexicon && [...lexicon.actors(word), ...lexicon.places(word)].some((m) => m.start === 0 && m.end === word.length)) return false;
  const clause = CLAUSE.exec(phrase);
  return !FINITE.test(clause ? phrase.slice(0, clause.index) : phrase);
}

/**
 * How many characters of a sentence are settings fronted before its speaker; they may come one
 * after another ("On Tuesday, after three days in Velmora, X said"). Who was there, or what was
 * answered, is not who spoke. With a lexicon, names it knows are never read as participles.
 * @example frontedSetting('Responding to the strikes, Arland urged talks.') // 27
 * @example frontedSetting('Velming on Tuesday accused Borea of provocations, saying …') // 0
 */
export function frontedSetting(text: string, lexicon?: CompiledLexicon): number {
  let at = 0;
  for (let m = SETTING.exec(text); m; m = SETTING.exec(text.slice(at))) {
    const word = m.groups?.participle;
    if (word !== undefined && !participle(word, m[0].slice(word.length), at, lexicon)) break;
    at += m[0].length;
  }
  return at;
}

/**
 * Where or how someone spoke, set off by commas between the speaker and the verb: "X, speaking in
 * Velmora, said", "X, in a televised speech in Velmora, said", "X, for his part, said", "X, quoting
 * Borea's president, said". The place, the company or the source it names is no part of who spoke.
 */
const SETTING_ASIDE = /,\s*(?:for\s+(?:his|her|its|their)\s+part|in\s+(?:turn|response|reply)|meanwhile|however|(?:speaking|writing|addressing|appearing|visiting|quoting|citing|referring|responding|reacting)\b[^,;:"“”]*|(?:in|at|on)\s+(?:an?|his|her|its|their)\s+[^,;:"“”]*)\s*,\s*$/i;

/**
 * Where an aside of setting set off just before `end` starts in `text`, or -1: "Omar Dunne, speaking
 * in Velmora, " → the offset of its first comma.
 * @example settingAsideStart('Omar Dunne, speaking in Velmora, ') // 10
 */
export function settingAsideStart(text: string): number {
  return SETTING_ASIDE.exec(text)?.index ?? -1;
}

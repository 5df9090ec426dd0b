/**
 * Latin digits replaced by a script's own (ten characters, 0 to 9); unchanged when there are none.
 * @example writeDigits('25 – 2025', '០១២៣៤៥៦៧៨៩') // '២៥ – ២០២៥'
 */
export function writeDigits(text: string, digits: string): string {
  if (!digits) return text;
  const glyphs = [...digits];
  return text.replace(/[0-9]/g, (d) => glyphs[Number(d)]!);
}

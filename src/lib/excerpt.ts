/**
 * The start of a text on one line, cut at a word and ended with an ellipsis when longer than `max`.
 * @example excerpt('Talks  resumed\non Wednesday', 14) // 'Talks resumed…'
 */
export function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/**
 * An article as a maintainer's web clipper saves it in Markdown: the headline as a heading, names
 * in bold or linked to their pages, a photo with its caption after the lede, and the last paragraph
 * as a quoted block. `bench:events --furnish markdown` reads it back as a .md article is read
 * (`markdownText`), and the extractor's events should not change.
 * @example asMarkdown('Borea shuts crossing\n\nBorea shut the Halvane crossing on Monday.').startsWith('# Borea shuts crossing') // true
 */
export function asMarkdown(body: string): string {
  const paragraphs = body.split(/\n\s*\n/);
  let names = 0;
  const marked = paragraphs.map((paragraph, i) => {
    // Two capitalised words in a row: a name, as a clipper keeps the site's links and bold.
    const text = paragraph.replace(/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b/gu, (name) => {
      names++;
      return names % 3 === 0 ? `[${name}](https://example.org/topic/${names})` : names % 3 === 1 ? `**${name}**` : name;
    });
    if (i === 0) return `# ${text}`;
    if (i === paragraphs.length - 1 && i > 2) return `> ${text}`;
    return text;
  });
  const image = '![Troops on a road near the border post](https://example.org/photo.jpg)';
  return [...marked.slice(0, 2), image, ...marked.slice(2)].join('\n\n');
}

/**
 * Fills `{name}` placeholders of a title or summary template (scripts/lexicon/kinds.yaml), in
 * any of the site's languages; a `[part]` is dropped when a placeholder inside it has no value.
 * The first letter is capitalised, which leaves scripts without capitals (Thai, Khmer) as they are.
 * @example renderTemplate('Meeting[ of {who}] planned', {}) // 'Meeting planned'
 * @example renderTemplate('การประชุม[ระหว่าง{actors}][{place}]', { place: 'ที่จันทบุรี' }) // 'การประชุมที่จันทบุรี'
 */
export function renderTemplate(template: string, values: Readonly<Record<string, string | undefined>>): string {
  const fill = (part: string) => part.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  const missing = (part: string) => [...part.matchAll(/\{(\w+)\}/g)].some(([, key]) => !values[key!]);
  const text = template
    .replace(/\[([^\]]*)\]/g, (_, part: string) => (missing(part) ? '' : fill(part)))
    .replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,])/g, '$1')
    .trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Fills `{name}` placeholders; a `[part]` is dropped when a placeholder inside it has no value.
 * The first letter is capitalised.
 * @example renderTemplate('Meeting[ of {who}] planned', {}) // 'Meeting planned'
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

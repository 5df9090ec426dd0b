/**
 * The placeholders a title or summary template uses, in order, each once.
 * @example templatePlaceholders('{what}[ระหว่าง{actors}][{place}]') // ['what', 'actors', 'place']
 */
export const templatePlaceholders = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map(([, key]) => key!))];

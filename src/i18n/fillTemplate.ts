/** Placeholders an event template may use; any other is a mistake in the template. */
export const TEMPLATE_PLACEHOLDERS = ['what', 'place', 'actors', 'speaker', 'date'] as const;
export type TemplateValues = Partial<Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>>;

/**
 * The placeholders of a template that no event can fill: each is reported with the template's
 * name, so that a typo fails the build rather than printing an empty gap in one language.
 * @example templateProblems('th.title.default', '{wat}[ที่{place}]') // ['th.title.default: unknown placeholder {wat} (expected one of {what}, {place}, {actors}, {speaker}, {date})']
 */
export function templateProblems(name: string, template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)]
    .map(([, key]) => key!)
    .filter((key) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(key))
    .map((key) => `${name}: unknown placeholder {${key}} (expected one of ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
}

/**
 * Fills `{name}` placeholders; a `[part]` is left out when a placeholder inside it has no value,
 * the extractor's template syntax (scripts/lib/extract/titles/renderTemplate.ts), without its
 * English capitalisation: Thai and Khmer have no capitals.
 * @example fillTemplate('{what}[ที่{place}]', { what: 'การสู้รบ' }) // 'การสู้รบ'
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  const get = (key: string) => values[key as keyof TemplateValues];
  const fill = (part: string) => part.replace(/\{(\w+)\}/g, (_, key: string) => get(key) ?? '');
  const missing = (part: string) => [...part.matchAll(/\{(\w+)\}/g)].some(([, key]) => !get(key!));
  return fill(template.replace(/\[([^\]]*)\]/g, (_, part: string) => (missing(part) ? '' : part)))
    .replace(/\s+/g, ' ')
    .trim();
}

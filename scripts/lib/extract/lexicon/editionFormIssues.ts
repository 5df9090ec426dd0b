import { EDITION_PLACEHOLDERS, KEPT_PLACEHOLDERS } from '../../../../src/i18n/editionPlaceholders.ts';
import { OTHER_LOCALES, type OtherLocale } from '../../../../src/i18n/locales.ts';
import { renderTemplate } from '../../../../src/lib/renderTemplate.ts';
import { templatePlaceholders } from '../../../../src/lib/templatePlaceholders.ts';

type Forms = Partial<Record<string, string>>;
/** A kind's templates as kinds.yaml has them: the English ones, and each edition's beside them. */
export type KindTemplates = { titles: Forms; summaries: Forms } & Record<OtherLocale, { titles: Forms; summaries: Forms }>;

export interface FormIssue {
  /** Path within the kind's entry, e.g. ['th', 'titles', 'begin']. */
  path: (string | number)[];
  message: string;
}

// The same facts for every form, each a word of its own, so that two forms read alike only when
// they word the same facts the same way.
const SAMPLE = Object.fromEntries(['what', 'place', 'actors', 'speaker', 'addressee', 'date', 'name', 'who', 'says', 'about'].map((p, i) => [p, `⟨${p}${i}⟩`]));
const allowed = EDITION_PLACEHOLDERS.map((p) => `{${p}}`).join(', ');

/**
 * What is wrong with a kind's Thai and Khmer templates beside its English ones: a form missing for
 * an English one (or present for none), a placeholder an edition cannot fill, a place, party or
 * speaker the English names and the edition's form leaves out, and two forms that read alike
 * where the English ones differ.
 * @example editionFormIssues({ titles: { default: 'Fighting[ {place}]' }, summaries: {…}, th: { titles: {}, … }, km: … })[0].message // 'expected a th form of `default` beside the English "Fighting[ {place}]"'
 */
export function editionFormIssues(kind: KindTemplates): FormIssue[] {
  const issues: FormIssue[] = [];
  for (const locale of OTHER_LOCALES) {
    for (const part of ['titles', 'summaries'] as const) {
      const english = kind[part];
      const edition = kind[locale][part];
      for (const [key, form] of Object.entries(english)) {
        if (edition[key] === undefined) issues.push({ path: [locale, part], message: `expected a ${locale} form of \`${key}\` beside the English ${JSON.stringify(form)}` });
      }
      for (const [key, form] of Object.entries(edition)) {
        const at = [locale, part, key];
        if (english[key] === undefined) {
          issues.push({ path: at, message: `expected no ${locale} form of \`${key}\`: there is no English one, so no event takes it` });
          continue;
        }
        const used = templatePlaceholders(form!);
        for (const p of used.filter((p) => !(EDITION_PLACEHOLDERS as readonly string[]).includes(p))) {
          issues.push({ path: at, message: `expected placeholders among ${allowed}, not {${p}}: {who}, {says} and {about} are the article's English words` });
        }
        for (const p of KEPT_PLACEHOLDERS.filter((p) => templatePlaceholders(english[key]!).includes(p) && !used.includes(p))) {
          issues.push({ path: at, message: `expected {${p}}, which the English ${JSON.stringify(english[key])} names: without it two events that differ in it would read alike` });
        }
      }
      // Two phases of one kind ("Fighting breaks out", "Fighting resumes") must stay two titles.
      const keys = Object.keys(english).filter((k) => edition[k] !== undefined);
      for (const [i, a] of keys.entries()) {
        for (const b of keys.slice(i + 1)) {
          if (renderTemplate(english[a]!, SAMPLE) !== renderTemplate(english[b]!, SAMPLE) && renderTemplate(edition[a]!, SAMPLE) === renderTemplate(edition[b]!, SAMPLE)) {
            issues.push({ path: [locale, part, b], message: `expected \`${b}\` to read otherwise than \`${a}\` (${JSON.stringify(edition[a])}), as the English ones do` });
          }
        }
      }
    }
  }
  return issues;
}

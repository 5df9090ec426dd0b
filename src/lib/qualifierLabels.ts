import type { Figure } from './eventSchema.ts';

/** How a figure's hedge reads in a table cell. @example QUALIFIER_LABELS['at-least'] // 'at least' */
export const QUALIFIER_LABELS: Record<Figure['qualifier'], string> = {
  exactly: 'exact',
  about: 'about',
  'at-least': 'at least',
  'more-than': 'more than',
  'at-most': 'at most',
  'fewer-than': 'fewer than',
  vague: 'vague wording',
};

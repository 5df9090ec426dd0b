import type { Figure } from './eventSchema.ts';

export const MEASURE_LABELS: Record<Figure['measure'], string> = {
  killed: 'Killed',
  injured: 'Injured',
  displaced: 'Displaced',
  evacuated: 'Evacuated',
  'border-length': 'Border length',
  duration: 'Duration',
};

const UNIT_WORDS: Record<Figure['unit'], [string, string]> = {
  people: ['', ''],
  km: [' km', ' km'],
  mi: [' mi', ' mi'],
  days: [' day', ' days'],
  hours: [' hour', ' hours'],
  minutes: [' minute', ' minutes'],
};

// One formatter per locale: `new Intl.NumberFormat` for every number was some 2% of a build's
// processor time (every event card's figures, in each edition; CPU profile at 5,000 events).
const formatters = new Map<string, Intl.NumberFormat>();
const formatterFor = (locale: string) => {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale)));
  return formatter;
};

/**
 * A figure's value in numbers, so that differently worded reports can be compared:
 * "≥80", "24–99", "3 days".
 * @example formatFigureValue({ min: 80, qualifier: 'at-least', unit: 'people' }, 'en-GB') // '≥80'
 */
export function formatFigureValue(f: Pick<Figure, 'min' | 'max' | 'qualifier' | 'unit'>, locale: string): string {
  const format = formatterFor(locale);
  const n = (v: number) => format.format(v);
  const [one, many] = UNIT_WORDS[f.unit];
  const unit = (v: number | undefined) => (v === 1 ? one : many);
  const lo = f.min;
  const hi = f.max;
  switch (f.qualifier) {
    case 'at-least':
      return `≥${n(lo!)}${unit(lo)}`;
    case 'more-than':
      return `>${n(lo!)}${unit(lo)}`;
    case 'at-most':
      return `≤${n(hi!)}${unit(hi)}`;
    case 'fewer-than':
      return `<${n(hi!)}${unit(hi)}`;
    case 'about':
      return `≈${n(lo ?? hi!)}${unit(lo ?? hi)}`;
    default:
      if (lo !== undefined && hi !== undefined && lo !== hi) return `${n(lo)}–${n(hi)}${unit(hi)}`;
      if (lo === undefined) return `≤${n(hi!)}${unit(hi)}`;
      if (hi === undefined) return `≥${n(lo)}${unit(lo)}`;
      return `${n(lo)}${unit(lo)}`;
  }
}

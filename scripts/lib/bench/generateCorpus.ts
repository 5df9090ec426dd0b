import { randomLcg } from 'd3';
import { DateTime } from 'luxon';
import type { Article } from '../../../src/lib/parseArticle.ts';
import type { Lexicon } from '../extract/lexicon/lexiconSchema.ts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NUMBER_WORDS = ['three', 'four', 'five', 'twelve', 'eighty', 'dozens', 'hundreds', 'at least 40', 'more than 1,200', 'about 300,000'];

/**
 * Synthetic news articles for benchmarks: each reports a few happenings on dates around its
 * publication day, in the sentence shapes real reports use, with places and actors from the
 * lexicon. The same seed gives the same corpus.
 * @example generateCorpus(1000, lexicon).length // 1000
 */
export function generateCorpus(count: number, lexicon: Lexicon, seed = 1): Article[] {
  // d3's seeded generator, so the same seed gives the same corpus on every run.
  const next = randomLcg(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const places = lexicon.places.map((p) => p.name);
  const countries = lexicon.actors.filter((a) => a.type === 'country').map((a) => a.name);
  const start = DateTime.fromISO('2024-01-01', { zone: 'UTC' });

  return Array.from({ length: count }, (_, i) => {
    const published = start.plus({ days: Math.floor(next() * 700) });
    const earlier = published.minus({ days: 1 + Math.floor(next() * 5) });
    const later = published.plus({ days: 2 + Math.floor(next() * 10) });
    const [a, b] = [pick(countries), pick(countries)];
    const sentences = [
      `${a} and ${b} traded artillery fire near ${pick(places)} on ${WEEKDAYS[earlier.weekday - 1]}, officials said.`,
      `The clashes have killed ${pick(NUMBER_WORDS)} people and displaced ${pick(NUMBER_WORDS)} since fighting broke out in ${earlier.toFormat('LLLL')}.`,
      `Senior officials met for talks in ${pick(places)} on ${earlier.toFormat('LLLL d')} in a bid to restore a ceasefire.`,
      `A three-day meeting of defence ministers is scheduled for ${later.toFormat('LLLL d')}, the foreign ministry said.`,
      `A truce brokered by ${pick(countries)} and ${pick(countries)} collapsed earlier this month, with both sides accusing each other of violations.`,
      `Residents said the shelling lasted about ${2 + Math.floor(next() * 40)} minutes and that ${pick(NUMBER_WORDS)} families fled to shelters in ${pick(places)}.`,
      `The United Nations has pressed both capitals to stop the shooting and spare civilians.`,
    ];
    const body = Array.from({ length: 2 + Math.floor(next() * 3) }, () => sentences.join(' ')).join('\n\n');
    return {
      name: `generated-${String(i).padStart(5, '0')}.txt`,
      meta: { published: published.toISODate()! },
      body,
      bodyLine: 4,
    };
  });
}

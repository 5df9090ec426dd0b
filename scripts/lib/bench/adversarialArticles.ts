import type { Article } from '../../../src/lib/parseArticle.ts';

/** An input built to find a slow path in the extractor, and the sizes it is timed at. */
export interface AdversarialInput {
  name: string;
  /** The two sizes, in bytes, so that growth shows: doubling the input should at most double the time. */
  sizes: [number, number];
  build: (bytes: number) => string;
}

/** Repeats a unit of text up to `bytes` characters (all ASCII, so characters are bytes). */
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const KB = 1024;

// Each written for this benchmark: the shapes that made reading an article grow faster than it.
export const ADVERSARIAL: AdversarialInput[] = [
  { name: 'no sentence breaks', sizes: [512 * KB, 1024 * KB], build: (b) => fill('officials from both sides met near the border crossing while troops fought on the hills and ', b) },
  { name: 'comma-separated numbers', sizes: [512 * KB, 1024 * KB], build: (b) => fill('1, ', b) },
  { name: 'repeated sentences', sizes: [512 * KB, 1024 * KB], build: (b) => fill('Troops clashed near the border on December 7, killing 12 soldiers and forcing 3,000 people to flee. ', b) },
  { name: 'one sentence dense with dates', sizes: [512 * KB, 1024 * KB], build: (b) => fill('on March 3, 2025, on Friday, in mid-April, on 12/3/2025, last week, three days ago and ', b) },
  { name: 'one sentence of numbers', sizes: [512 * KB, 1024 * KB], build: (b) => fill('12 killed, 340 wounded, 5,600 displaced, ', b) },
  { name: 'dated lines', sizes: [512 * KB, 1024 * KB], build: (b) => fill('2025-12-07: shelling resumed near the border on Sunday, December 7, 2025.\n', b) },
  { name: 'relative-date phrases', sizes: [512 * KB, 1024 * KB], build: (b) => fill('earlier this week, last month, three days ago, yesterday, next Friday, ', b) },
];

/** An input as an article with a publication day, so that every date in it can be placed. */
export function adversarialArticle(input: AdversarialInput, bytes: number): Article {
  return { name: 'adversarial.txt', meta: { published: '2025-12-24' }, body: input.build(bytes), bodyLine: 1 };
}

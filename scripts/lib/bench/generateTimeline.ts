import { DateTime } from 'luxon';
import { randomLcg } from 'd3';
import { KINDS, type Event, type EventType, type Kind, type Source, type Status } from '../../../src/lib/eventSchema.ts';

/** An article to write into a seeds folder: its file name and full text with front matter. */
export interface GeneratedArticle {
  name: string;
  text: string;
}

export interface GeneratedTimeline {
  /** The events file, ready for `JSON.stringify`. */
  file: { sources: Source[]; events: Event[] };
  articles: GeneratedArticle[];
}

// Provinces with the gazetteer's coordinates (scripts/lexicon/places.yaml), so the benchmark's
// pages carry the locator map at its real cost: one mark per province.
const PLACES = [
  { name: 'Chanthaburi', admin1: 'Chanthaburi', country: 'Thailand', kind: 'province', latitude: 12.812, longitude: 102.139 },
  { name: 'Surin', admin1: 'Surin', country: 'Thailand', kind: 'province', latitude: 14.936, longitude: 103.588 },
  { name: 'Sisaket', admin1: 'Sisaket', country: 'Thailand', kind: 'province', latitude: 14.825, longitude: 104.418 },
  { name: 'Trat', admin1: 'Trat', country: 'Thailand', kind: 'province', latitude: 12.393, longitude: 102.541 },
  { name: 'Oddar Meanchey', country: 'Cambodia', kind: 'province', latitude: 14.171, longitude: 103.55 },
  { name: 'Preah Vihear', country: 'Cambodia', kind: 'province', latitude: 13.728, longitude: 105.125 },
  { name: 'Pursat', country: 'Cambodia', kind: 'province', latitude: 12.339, longitude: 103.549 },
  { name: 'Banteay Meanchey', country: 'Cambodia', kind: 'province', latitude: 13.736, longitude: 102.873 },
] as const;
const SIDES = ['Thailand', 'Cambodia'] as const;
const BROKERS = ['Malaysia', 'United States', 'China', 'ASEAN'] as const;
const OUTLETS = ['Wire Service', 'Border Daily', 'Regional Post', 'Capital Times'] as const;
const EVENTS_PER_ARTICLE = 8;
/** Events fall on days in this window, some 21 months: the span of a long conflict. */
const FIRST_DAY = DateTime.fromISO('2024-03-01', { zone: 'UTC' });
const DAYS = 640;

const HAPPENED: Record<Kind, { type: EventType; title: string; verb: string; counts?: 'killed' | 'displaced' }> = {
  fighting: { type: 'armed-clash', title: 'Clashes', verb: 'exchanged fire' },
  strike: { type: 'shelling', title: 'Shelling', verb: 'shelled positions', counts: 'killed' },
  civilians: { type: 'attack-on-civilians', title: 'Villagers attacked', verb: 'reported an attack on villagers' },
  protest: { type: 'peaceful-protest', title: 'Protest', verb: 'saw a protest' },
  ceasefire: { type: 'ceasefire', title: 'Ceasefire agreed', verb: 'agreed to a ceasefire' },
  talks: { type: 'talks', title: 'Border talks', verb: 'held talks' },
  diplomacy: { type: 'border-closed', title: 'Crossing closed', verb: 'closed a crossing' },
  statement: { type: 'statement', title: 'Official statement', verb: 'issued a statement' },
  accusation: { type: 'accusation', title: 'Accusation of violation', verb: 'accused the other side of a violation' },
  detention: { type: 'release', title: 'Soldiers released', verb: 'released captured soldiers' },
  humanitarian: { type: 'displacement', title: 'Residents flee', verb: 'reported families fleeing', counts: 'displaced' },
  measure: { type: 'deployment', title: 'Troops deployed', verb: 'deployed troops' },
};

/**
 * A synthetic timeline of `n` events of every kind spread over some 21 months, cited from
 * articles whose bodies hold every quoted sentence verbatim, so the site's build accepts it.
 * The same `n` and seed give the same timeline. A `lean` timeline's events are as small as a
 * real archive's (one citation, no figures or claims, some 380 bytes of JSON each), so that
 * 25,000 of them fit the 10 MB limit of an events file, as a real archive of 26,678 did.
 * @example generateTimeline(20).file.events.length // 20
 */
export function generateTimeline(n: number, seed = 1, { lean = false } = {}): GeneratedTimeline {
  if (!Number.isInteger(n) || n < 1) throw new Error(`generateTimeline: expected a positive whole number of events, got ${n}`);
  // d3's seeded generator, so the same seed gives the same timeline on every run.
  const next = randomLcg(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const articleCount = Math.ceil(n / EVENTS_PER_ARTICLE);
  const names = Array.from({ length: articleCount }, (_, j) => `bench-${String(j).padStart(5, '0')}.txt`);
  const sentences: string[][] = names.map(() => []);
  /** The last day each article reports on; it is published the day after. */
  const lastDay = names.map(() => FIRST_DAY);

  const events = Array.from({ length: n }, (_, i): Event => {
    const kind = KINDS[i % KINDS.length]!;
    const day = FIRST_DAY.plus({ days: Math.floor(next() * DAYS) });
    const monthOnly = i % 15 === 7;
    const date = monthOnly ? day.toFormat('yyyy-MM') : day.toISODate()!;
    const end = !monthOnly && i % 20 === 3 ? day.plus({ days: 1 + Math.floor(next() * 3) }) : undefined;
    const span = end?.toISODate() ?? undefined;
    const status: Status = i % 23 === 5 ? 'scheduled' : i % 11 === 4 ? 'claimed' : 'occurred';
    const place = pick(PLACES);
    const side = pick(SIDES);
    const when = monthOnly ? day.toFormat('LLLL yyyy') : day.toFormat('d LLLL yyyy');
    const count = 2 + Math.floor(next() * 400);
    const measure = HAPPENED[kind].counts;
    const figure = measure && !lean ? { text: `at least ${count}`, clause: `, and at least ${count} people were ${measure}` } : undefined;
    const quote = `${side} ${HAPPENED[kind].verb} near ${place.name} ${monthOnly ? 'in' : 'on'} ${when}${figure?.clause ?? ''}${lean ? '.' : `, report ${i + 1} said.`}`;
    const article = Math.floor(i / EVENTS_PER_ARTICLE);
    sentences[article]!.push(quote);
    lastDay[article] = DateTime.max(lastDay[article]!, (end ?? day).endOf(monthOnly ? 'month' : 'day').startOf('day'));
    const citation = { source: names[article]!, quote };
    // Every fifth event is reported by a second article too.
    const second = i % 5 === 2 && articleCount > 1 && !lean ? (article + 1) % articleCount : undefined;
    if (second !== undefined) sentences[second]!.push(quote);
    const brokers = kind === 'ceasefire' && !lean ? [pick(BROKERS)] : [];
    return {
      id: `${date}-${kind}-${i + 1}`,
      date,
      ...(span ? { endDate: span } : {}),
      approximate: i % 31 === 9 && span !== undefined,
      kind,
      type: HAPPENED[kind].type,
      status,
      title: `${HAPPENED[kind].title} near ${place.name}`,
      summary: lean ? `${side} ${HAPPENED[kind].verb} (report ${i + 1}).` : `${side} ${HAPPENED[kind].verb} near ${place.name}, according to report ${i + 1}.`,
      places: [lean ? { name: place.name, country: place.country } : place],
      actors: [side, ...brokers],
      figures: figure && measure
        ? [{ measure, unit: 'people', min: count, qualifier: 'at-least', text: figure.text, citation }]
        : [],
      claims: brokers.length > 0 ? [{ about: 'brokered-by', values: brokers, citation }] : [],
      citations: second === undefined ? [citation] : [citation, { source: names[second]!, quote }],
    };
  });

  const sources: Source[] = names.map((file, j) => ({
    file,
    title: `Border report ${j + 1}`,
    outlet: OUTLETS[j % OUTLETS.length]!,
    published: lastDay[j]!.plus({ days: 1 }).toISODate()!,
    publishedInferred: false,
  }));
  const articles = sources.map((source, j) => ({
    name: source.file,
    text: `---\ntitle: ${source.title}\noutlet: ${source.outlet}\npublished: ${source.published}\n---\n${sentences[j]!.join('\n\n')}\n`,
  }));
  return { file: { sources, events }, articles };
}

import { randomLcg } from 'd3';

/** One input for validate: an events file and the articles it cites, by file name. */
export interface ValidateInput {
  /** The events file's text. */
  events: string;
  /** Articles of seeds/, by file name. */
  articles: Record<string, string>;
  /** What the input holds, for the report, e.g. `2,000 quotes, 1.0 MB article`. */
  holds: string;
}

/** A family of inputs that once made validate slower than linear, built at a scale of 0.5 or 1. */
export interface ValidateFamily {
  name: string;
  /** What the family stresses. */
  what: string;
  /** `scale` 1 is the largest input the size limits allow; 0.5 is half of it. */
  build: (scale: number) => ValidateInput;
}

const MB = 2 ** 20;
/** Just under the limits, so the full-size inputs are the largest validate accepts. */
const EVENTS_LIMIT = 10 * MB - 64 * 1024;
const ARTICLE_LIMIT = MB - 1024;

const WORDS = ['the', 'border', 'talks', 'troops', 'village', 'officials', 'said', 'on', 'Monday', 'ceasefire', 'artillery', 'near', 'province', 'residents', 'fled', 'after', 'shelling', 'ministers', 'met', 'again'];

/** Prose of `bytes` ASCII characters: sentences of words drawn with a fixed seed. */
function prose(bytes: number, seed: number): string {
  const next = randomLcg(seed);
  const sentences: string[] = [];
  let length = 0;
  while (length < bytes) {
    const words = Array.from({ length: 8 + Math.floor(next() * 10) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
    const sentence = `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(sentences.length % 7 === 0 ? '\n' : ' ').slice(0, bytes);
}

const event = (i: number, citations: unknown[], extra: Record<string, unknown> = {}) => ({
  id: `2025-07-24-event-${i}`,
  date: '2025-07-24',
  kind: 'fighting',
  status: 'occurred',
  title: `Event ${i}`,
  summary: 'Troops clashed near the border.',
  citations,
  ...extra,
});

const eventsFile = (events: unknown[]) => JSON.stringify({ $schema: './events.schema.json', events }, null, 2);

/** Events made by `make(i)` until the file would pass `bytes`. */
function fill(bytes: number, make: (i: number) => unknown): unknown[] {
  const events: unknown[] = [];
  let length = 60;
  for (let i = 0; ; i++) {
    const next = make(i);
    // Pretty-printed inside the list, each of its lines gains four spaces; one line more for a
    // duplicate key and 5% of margin keep the total under `bytes`.
    const json = JSON.stringify(next, null, 2);
    const size = (json.length + 4 * (json.split('\n').length + 1) + 2) * 1.05;
    if (length + size > bytes) return events;
    events.push(next);
    length += size;
  }
}

const count = (n: number) => n.toLocaleString('en-GB');
const megabytes = (text: string) => `${(Buffer.byteLength(text) / MB).toFixed(1)} MB`;

/**
 * Inputs that once took validate minutes: a long quote that differs from its article only at the
 * end (the hint grew its match one character at a time), many quotes missing from one large
 * article (the article was normalised again for each), thousands of schema problems and
 * duplicate keys (each line found by walking from the start of the file), and many short
 * distinct quotes (each searched through the whole article).
 */
export const VALIDATE_FAMILIES: ValidateFamily[] = [
  {
    name: 'quote differs at its end',
    what: 'one quote as long as its article, with the last character changed',
    build: (scale) => {
      const body = prose(Math.floor(ARTICLE_LIMIT * scale), 1);
      const quote = `${body.slice(0, -1)}!`;
      const events = eventsFile([event(0, [{ source: 'a.txt', quote }])]);
      return { events, articles: { 'a.txt': body }, holds: `${megabytes(quote)} quote` };
    },
  },
  {
    name: 'many missing quotes',
    what: 'long quotes absent from one large article, each matching it for most of its length',
    build: (scale) => {
      const body = prose(Math.floor(ARTICLE_LIMIT * scale), 2);
      const next = randomLcg(3);
      const quotes = Math.floor(2000 * scale);
      const events = Array.from({ length: quotes }, (_, i) => {
        const start = Math.floor(next() * (body.length - 400));
        return event(i, [{ source: 'a.txt', quote: `${body.slice(start, start + 300)} not in the article ${i}` }]);
      });
      return { events: eventsFile(events), articles: { 'a.txt': body }, holds: `${count(quotes)} quotes, ${megabytes(body)} article` };
    },
  },
  {
    name: 'many short quotes',
    what: 'distinct three-letter quotes, none in one large article, filling the events file',
    build: (scale) => {
      const body = prose(ARTICLE_LIMIT, 4);
      // Letters the article never uses, so every quote is searched to the end of it.
      const letters = 'jqxzJQXZ';
      const events = fill(EVENTS_LIMIT * scale, (i) => {
        const citations = Array.from({ length: 50 }, (_, j) => {
          const n = i * 50 + j;
          return { source: 'a.txt', quote: `${letters[n % 8]}${letters[(n >> 3) % 8]}${letters[(n >> 6) % 8]}${n}` };
        });
        return event(i, citations);
      });
      return { events: eventsFile(events), articles: { 'a.txt': body }, holds: `${count(events.length * 50)} quotes` };
    },
  },
  {
    name: 'schema problems',
    what: 'a pretty-printed file whose every event has three schema problems',
    build: (scale) => {
      const events = fill(EVENTS_LIMIT * scale, (i) => ({ ...event(i, [{ source: 'a.txt', quote: 'Troops' }], { kind: 'skirmish', date: '24/07/2025' }), title: undefined }));
      const text = eventsFile(events);
      return { events: text, articles: { 'a.txt': 'Troops clashed.' }, holds: `${count(events.length * 3)} problems, ${megabytes(text)}` };
    },
  },
  {
    name: 'duplicate keys',
    what: 'a pretty-printed file whose every event names a field twice',
    build: (scale) => {
      // The second title adds some 7% to each event.
      const events = fill(EVENTS_LIMIT * scale * 0.93, (i) => event(i, [{ source: 'a.txt', quote: 'Troops' }]));
      const text = eventsFile(events).replace(/\n(\s*)"summary": /g, '\n$1"title": "Again",\n$1"summary": ');
      return { events: text, articles: { 'a.txt': 'Troops clashed.' }, holds: `${count(events.length)} problems, ${megabytes(text)}` };
    },
  },
];

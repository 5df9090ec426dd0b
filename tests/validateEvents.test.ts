import { describe, expect, test } from 'vitest';
import { parseArticle } from '../src/lib/parseArticle.ts';
import { formatProblem } from '../src/lib/problem.ts';
import { validateEvents } from '../src/lib/validateEvents.ts';

// A small article written for these tests; nothing here comes from seeds/.
const ARTICLE = `---
published: 2024-03-08
---
Troops clashed near the river crossing on 3 March, officials said.
The interior ministry said   more than 1,200 people
had fled their villages.`;

const articles = new Map([
  ['river.txt', parseArticle('seeds/river.txt', ARTICLE).article!],
  ['curly.txt', parseArticle('seeds/curly.txt', 'They shelled the army’s position at dawn.').article!],
]);

const validEvent = () => ({
  id: '2024-03-03-river-clash',
  date: '2024-03-03',
  kind: 'fighting',
  status: 'occurred',
  title: 'Clash at the river crossing',
  summary: 'Troops clashed near a river crossing.',
  figures: [
    {
      measure: 'displaced',
      unit: 'people',
      min: 1200,
      qualifier: 'more-than',
      text: 'more than 1,200 people',
      citation: { source: 'river.txt', quote: 'more than 1,200 people had fled' },
    },
  ],
  citations: [{ source: 'river.txt', quote: 'Troops clashed near the river crossing on 3 March' }],
});

type Mutable = Record<string, unknown>;
const file = (mutate: (event: Mutable, events: Mutable[]) => void = () => {}) => {
  const events: Mutable[] = [validEvent()];
  mutate(events[0]!, events);
  return JSON.stringify({ $schema: './events.schema.json', events }, null, 2);
};

const check = (text: string) =>
  validateEvents({ file: 'data/events.json', text, articles }).problems.map(formatProblem);

describe('validateEvents', () => {
  test('accepts a correctly cited event and returns it typed, with defaults filled', () => {
    const result = validateEvents({ file: 'data/events.json', text: file(), articles });
    expect(result.problems).toEqual([]);
    expect(result.data?.events[0]).toMatchObject({ approximate: false, places: [], actors: [], claims: [] });
  });

  test('folds whitespace when matching quotes, across line breaks and repeated spaces', () => {
    expect(check(file((e) => (e.citations = [{ source: 'river.txt', quote: 'ministry said more than 1,200  people had   fled' }])))).toEqual([]);
  });

  test('accepts a byte-order mark at the start of the file', () => {
    expect(check(`\uFEFF${file()}`)).toEqual([]);
  });

  test.each([
    ['a syntax error', '{\n  "events": [\n    { "id": "x" "date": "2024" }\n  ]\n}', [
      `data/events.json:3:17  expected ',' or a closing bracket, found '"date"' [json-syntax]`,
    ]],
    ['a truncated file', '{\n  "events": [\n', [
      `data/events.json:3:1  expected ']' to close the list, found the end of the file [json-syntax]`,
    ]],
    ['a trailing comma', '{\n  "events": [],\n}', [
      `data/events.json:3:1  expected another property after ',', found '}' (JSON allows no trailing comma) [json-syntax]`,
    ]],
    ['a comment', '{\n  // events\n  "events": []\n}', [
      'data/events.json:2:3  expected JSON, found a comment (JSON has no comments) [json-syntax]',
    ]],
    ['an empty file', '', [
      'data/events.json:1:1  expected a JSON object, found an empty file [json-syntax]',
    ]],
  ])('reports %s with line and column', (_, text, expected) => {
    expect(check(text)).toEqual(expected);
  });

  test.each([
    ['a missing field', (e: Mutable) => delete e.title, [
      'data/events.json:4:5  events[0].title: expected a string, found nothing (the field is required) [missing-field]',
    ]],
    ['an unknown kind', (e: Mutable) => (e.kind = 'battle'), [
      'data/events.json:7:15  events[0].kind: expected one of "fighting", "strike", "civilians", "protest", "ceasefire", "talks", "diplomacy", "statement", "accusation", "detention", "humanitarian", "measure"; found "battle" [invalid-value]',
    ]],
    ['a kind from before the event ontology, with the command that migrates it', (e: Mutable) => (e.kind = 'casualties'), [
      'data/events.json:7:15  events[0].kind: expected one of "fighting", "strike", "civilians", "protest", "ceasefire", "talks", "diplomacy", "statement", "accusation", "detention", "humanitarian", "measure"; found "casualties", a kind from before the event ontology (run `npm run migrate`: it rewrites the old kinds of data/events.json and of the extracted.json beside it, this one as kind "fighting" with type "armed-clash") [legacy-kind]',
    ]],
    ['a type of another kind, naming the kind it belongs to', (e: Mutable) => (e.type = 'shelling'), [
      'data/events.json:30:15  events[0].type: expected one of the types of kind "fighting" (armed-clash, territory-regained, territory-taken), found "shelling" ("shelling" is a type of kind "strike") [invalid-field]',
    ]],
    ['an unknown type', (e: Mutable) => (e.type = 'skirmish'), [
      'data/events.json:30:15  events[0].type: expected one of "armed-clash", "territory-regained", "territory-taken", "air-strike", "shelling", "explosive", "grenade", "suicide-bomb", "chemical-weapon", "attack-on-civilians", "abduction", "sexual-violence", "property-destruction", "peaceful-protest", "protest-with-intervention", "excessive-force", "violent-demonstration", "mob-violence", "ceasefire", "peace-agreement", "talks", "envoy-recalled", "relations-restored", "border-closed", "agreement-suspended", "sanction", "statement", "proposal", "accusation", "denial", "claim-of-responsibility", "arrest", "release", "displacement", "evacuation", "return", "aid", "deployment", "base-established", "disrupted-weapons", "territory-transfer", "decision", "other"; found "skirmish" [invalid-value]',
    ]],
    ['an unknown status', (e: Mutable) => (e.status = 'rumoured'), [
      'data/events.json:8:17  events[0].status: expected one of "occurred", "scheduled", "claimed"; found "rumoured" [invalid-value]',
    ]],
    ['a wrong type', (e: Mutable) => (e.title = 42), [
      'data/events.json:9:16  events[0].title: expected a string, found 42 [invalid-field]',
    ]],
    ['an unknown field', (e: Mutable) => (e.sumary = 'typo'), [
      'data/events.json:30:7  events[0].sumary: expected one of the fields id, date, endDate, approximate, kind, type, status, phase, name, speaker, addressee, title, summary, handWritten, translations, places, actors, figures, claims, citations; found unknown field "sumary" [unknown-field]',
    ]],
    ['an impossible day', (e: Mutable) => (e.date = '2025-02-30'), [
      'data/events.json:6:15  events[0].date: expected a date that exists on the calendar, found "2025-02-30" [invalid-field]',
    ]],
    ['a thirteenth month', (e: Mutable) => (e.date = '2025-13'), [
      'data/events.json:6:15  events[0].date: expected a date that exists on the calendar, found "2025-13" [invalid-field]',
    ]],
    ['a date in another format', (e: Mutable) => (e.date = '03/03/2024'), [
      'data/events.json:6:15  events[0].date: expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, found "03/03/2024" [invalid-field]',
    ]],
    ['an end before the start', (e: Mutable) => (e.endDate = '2024-02'), [
      'data/events.json:30:18  events[0].endDate: expected endDate on or after date "2024-03-03", found "2024-02" [invalid-field]',
    ]],
    ['an id that is not a slug', (e: Mutable) => (e.id = 'River Clash'), [
      'data/events.json:5:13  events[0].id: expected a slug of lower-case letters, digits and single hyphens, e.g. "2025-12-24-talks", found "River Clash" [invalid-field]',
    ]],
    ['a claim about the date that is no date', (e: Mutable) => (e.claims = [{ about: 'date', values: ['last week'], citation: { source: 'river.txt', quote: 'Troops clashed' } }]), [
      'data/events.json:33:21  events[0].claims[0].values: expected one date YYYY, YYYY-MM or YYYY-MM-DD that exists on the calendar, found a list of 1 [invalid-field]',
    ]],
    ['an empty citation list', (e: Mutable) => (e.citations = []), [
      'data/events.json:24:20  events[0].citations: expected at least one citation, found an empty list [invalid-field]',
    ]],
    ['a duplicate id', (_: Mutable, all: Mutable[]) => all.push({ ...validEvent() }), [
      'data/events.json:32:13  events[1].id: expected a unique id, found "2024-03-03-river-clash" already used by events[0] [duplicate-id]',
    ]],
    ['a quote not in the article', (e: Mutable) => (e.citations = [{ source: 'river.txt', quote: 'Troops clashed near the river crossing on 4 March' }]), [
      'data/events.json:27:20  events[0].citations[0].quote: expected a verbatim passage of seeds/river.txt, found text that is not in it (the first 42 characters match; it differs at "4 March") [quote-not-found]',
    ]],
    ['a quote with straight quotes where the article has curly ones', (e: Mutable) => {
      e.citations = [{ source: 'curly.txt', quote: "the army's position" }];
    }, [
      'data/events.json:27:20  events[0].citations[0].quote: expected a verbatim passage of seeds/curly.txt, found text that is not in it (the article writes the quote with different quotation marks or dashes) [quote-not-found]',
    ]],
    ['a citation of a missing article', (e: Mutable) => (e.citations = [{ source: 'missing.txt', quote: 'Troops' }]), [
      'data/events.json:26:21  events[0].citations[0].source: expected the file name of an article in seeds/, found "missing.txt" (articles there: curly.txt, river.txt) [unknown-source]',
    ]],
    ['a figure that its quote does not contain', (e: Mutable) => ((e.figures as Mutable[])[0]!.text = '1,300 people'), [
      'data/events.json:17:19  events[0].figures[0].text: expected the figure as written in its citation quote, found "1,300 people" [figure-not-in-quote]',
    ]],
    ['a figure with neither bound', (e: Mutable) => { const f = (e.figures as Mutable[])[0]!; delete f.min; }, [
      'data/events.json:12:9  events[0].figures[0]: expected at least one of min or max, found an object [invalid-field]',
    ]],
  ])('reports %s at its JSON path', (_, mutate, expected) => {
    expect(check(file(mutate))).toEqual(expected);
  });

  test('reports every problem of a file in one run, in reading order', () => {
    const problems = check(
      file((e, all) => {
        e.date = '2025-02-30';
        e.kind = 'battle';
        all.push({ ...validEvent(), citations: [{ source: 'missing.txt', quote: 'x' }] });
      }),
    );
    expect(problems.map((p) => p.match(/\[([\w-]+)\]$/)![1])).toEqual(['invalid-field', 'invalid-value', 'duplicate-id', 'unknown-source']);
  });
});

describe('validateEvents on a file that fits the schema but is not clean JSON', () => {
  test('reports a field named twice in an event, on the line of the second', () => {
    const text = file().replace('"status": "occurred",', '"status": "occurred",\n      "status": "occurred",');
    const { problems, data } = validateEvents({ file: 'data/events.json', text, articles });
    expect(data).toBeUndefined();
    expect(problems.map((p) => `${p.line} ${p.path} ${p.code}`)).toEqual(['9 events[0].status duplicate-key']);
  });
});

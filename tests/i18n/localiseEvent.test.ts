import { describe, expect, test } from 'vitest';
import { describeEvent } from '../../scripts/lib/extract/titles/describeEvent.ts';
import { messagesFor } from '../../src/i18n/messagesFor.ts';
import { localiseEvent } from '../../src/i18n/localiseEvent.ts';
import { Event, type EventType } from '../../src/lib/eventSchema.ts';
import { TYPE_KINDS } from '../../src/lib/ontology.ts';
import { compiled } from '../helpers/lexicon.ts';

const PARTIES = ['Thailand', 'Cambodia'];
const event = (fields: Record<string, unknown>) =>
  Event.parse({
    id: 'e', date: '2025-12-07', kind: 'fighting', type: 'armed-clash', status: 'occurred', title: 'Fighting resumes', summary: 'Fighting resumed.',
    citations: [{ source: 'a.txt', quote: 'q' }], ...fields,
  });

describe('localiseEvent', () => {
  test('keeps the extractor’s English in English', () => {
    expect(localiseEvent(event({}), 'en', PARTIES, new Map()).title).toEqual({ text: 'Fighting resumes', lang: 'en', from: 'extracted' });
  });

  test('writes a Thai and a Khmer title and summary from the facts, naming the parties and place from the gazetteers', () => {
    const e = event({ actors: ['Thailand', 'Cambodia'], places: [{ name: 'Surin', admin1: 'Surin', country: 'Thailand', kind: 'province' }] });
    const th = localiseEvent(e, 'th', PARTIES, new Map());
    expect(th.title).toEqual({ text: 'การปะทะด้วยอาวุธระหว่างไทยและกัมพูชาที่สุรินทร์', lang: 'th', from: 'generated' });
    expect(th.summary.text).toBe('มีรายงานการปะทะด้วยอาวุธระหว่างไทยและกัมพูชาที่สุรินทร์ เมื่อวันที่ 7 ธันวาคม 2568');
    const km = localiseEvent(e, 'km', PARTIES, new Map());
    expect(km.title.text).toBe('ការប៉ះទង្គិចដោយអាវុធរវាងថៃ និងកម្ពុជានៅស៊ូរិន្ទ');
    expect(km.summary.text).toBe('មានរបាយការណ៍អំពីការប៉ះទង្គិចដោយអាវុធរវាងថៃ និងកម្ពុជានៅស៊ូរិន្ទ នៅថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៥។');
  });

  test('names the most precise place: a temple before its province', () => {
    const e = event({ places: [
      { name: 'Preah Vihear', admin1: 'Preah Vihear', country: 'Cambodia', kind: 'province' },
      { name: 'Preah Vihear temple', admin1: 'Preah Vihear', country: 'Cambodia', kind: 'temple' },
    ] });
    expect(localiseEvent(e, 'th', PARTIES, new Map()).title.text).toBe('การปะทะด้วยอาวุธที่ปราสาทพระวิหาร');
    expect(localiseEvent(e, 'km', PARTIES, new Map()).title.text).toBe('ការប៉ះទង្គិចដោយអាវុធនៅប្រាសាទព្រះវិហារ');
  });

  test('a scheduled event is written as one still to come, a month-only one with its month', () => {
    const e = event({ kind: 'talks', type: 'talks', status: 'scheduled', date: '2026-01' });
    expect(localiseEvent(e, 'th', PARTIES, new Map()).summary.text).toBe('มีกำหนดการประชุม ในเดือนมกราคม 2569');
    expect(localiseEvent(e, 'km', PARTIES, new Map()).title.text).toBe('កិច្ចប្រជុំ (គ្រោងទុក)');
  });

  test('a span of days writes its month and year once, as the English does', () => {
    const within = event({ date: '2025-12-22', endDate: '2025-12-23' });
    expect(localiseEvent(within, 'th', PARTIES, new Map()).summary.text).toMatch(/ เมื่อวันที่ 22–23 ธันวาคม 2568$/);
    expect(localiseEvent(within, 'km', PARTIES, new Map()).summary.text).toMatch(/ នៅថ្ងៃទី២២–២៣ ខែធ្នូ ឆ្នាំ២០២៥។$/);
    const across = event({ date: '2025-11-28', endDate: '2025-12-02' });
    expect(localiseEvent(across, 'th', PARTIES, new Map()).summary.text).toMatch(/ เมื่อช่วงวันที่ 28 พฤศจิกายน ถึงวันที่ 2 ธันวาคม 2568$/);
    const years = event({ date: '2025-12-30', endDate: '2026-01-02' });
    expect(localiseEvent(years, 'km', PARTIES, new Map()).summary.text).toMatch(/ នៅចន្លោះថ្ងៃទី៣០ ខែធ្នូ ឆ្នាំ២០២៥ និងថ្ងៃទី២ ខែមករា ឆ្នាំ២០២៦។$/);
  });

  test('shows a maintainer’s translation as written, in its language', () => {
    const e = event({ translations: { th: { title: 'ปะทะกันอีกครั้ง' } } });
    expect(localiseEvent(e, 'th', PARTIES, new Map()).title).toEqual({ text: 'ปะทะกันอีกครั้ง', lang: 'th', from: 'maintainer' });
    expect(localiseEvent(e, 'km', PARTIES, new Map()).title.from).toBe('generated');
  });

  test('never replaces a title the maintainer wrote by hand in English: it is shown as written, marked English', () => {
    const e = event({ handWritten: ['title'] });
    expect(localiseEvent(e, 'km', PARTIES, new Map()).title).toEqual({ text: 'Fighting resumes', lang: 'en', from: 'maintainer' });
    expect(localiseEvent(e, 'km', PARTIES, new Map()).summary.from).toBe('generated');
  });

  test('says in the reader’s language that sources disagree, and on what', () => {
    const e = event({
      figures: [
        { measure: 'killed', unit: 'people', min: 3, max: 3, qualifier: 'exactly', text: 'three', citation: { source: 'a.txt', quote: 'q' } },
        { measure: 'killed', unit: 'people', min: 5, max: 5, qualifier: 'exactly', text: 'five', citation: { source: 'b.txt', quote: 'r' } },
      ],
      citations: [{ source: 'a.txt', quote: 'q' }, { source: 'b.txt', quote: 'r' }],
    });
    const published = new Map([['a.txt', '2025-12-08'], ['b.txt', '2025-12-08']]);
    expect(localiseEvent(e, 'th', PARTIES, published).summary.text).toMatch(/แหล่งข่าวรายงานจำนวนผู้เสียชีวิตไม่ตรงกัน$/);
    expect(localiseEvent(e, 'km', PARTIES, published).summary.text).toMatch(/ប្រភពមិនស៊ីគ្នាលើចំនួនអ្នកស្លាប់។$/);
  });
});

describe('localiseEvent words what the English words differently', () => {
  const surin = { name: 'Surin', admin1: 'Surin', country: 'Thailand', kind: 'province' };
  const trat = { name: 'Trat', admin1: 'Trat', country: 'Thailand', kind: 'province' };
  const titles = (fields: Record<string, unknown>) => [localiseEvent(event(fields), 'th', PARTIES, new Map()).title.text, localiseEvent(event(fields), 'km', PARTIES, new Map()).title.text];

  test.each([
    ['clashes in two places', { places: [surin] }, { places: [trat] }],
    ['a clash between the two sides and one without them', { actors: ['Thailand', 'Cambodia'] }, { actors: ['Thailand'] }],
    ['fighting that breaks out and fighting that resumes', { phase: 'begin' }, { phase: 'resume' }],
    ['a ceasefire agreed and one that collapses', { kind: 'ceasefire', type: 'ceasefire', phase: 'agree' }, { kind: 'ceasefire', type: 'ceasefire', phase: 'collapse' }],
    ['two named accords', { kind: 'ceasefire', type: 'peace-agreement', name: 'Riverside Accord' }, { kind: 'ceasefire', type: 'peace-agreement', name: 'Hilltop Accord' }],
    ['statements by two speakers', { kind: 'statement', type: 'statement', speaker: 'ASEAN' }, { kind: 'statement', type: 'statement', speaker: 'China' }],
    ['an appeal to two addressees', { kind: 'statement', type: 'statement', speaker: 'ASEAN', addressee: 'Thailand' }, { kind: 'statement', type: 'statement', speaker: 'ASEAN', addressee: 'Cambodia' }],
  ])('%s read differently in Thai and in Khmer', (_, a, b) => {
    const [one, other] = [titles(a), titles(b)];
    expect(one[0]).not.toBe(other[0]);
    expect(one[1]).not.toBe(other[1]);
  });

  test('words an event by its phase, as the English does', () => {
    const e = event({ kind: 'ceasefire', type: 'ceasefire', phase: 'collapse' });
    expect(localiseEvent(e, 'th', PARTIES, new Map()).title.text).toBe('การหยุดยิงล่ม');
    expect(localiseEvent(e, 'km', PARTIES, new Map()).summary.text).toBe('បទឈប់បាញ់បានដួលរលំ នៅថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៥។');
  });

  test('a phase the kind has no form for takes its default form', () => {
    expect(localiseEvent(event({ phase: 'postpone' }), 'th', PARTIES, new Map()).title.text).toBe('การปะทะด้วยอาวุธ');
  });

  test('names each of several speakers the English data joins, in the edition', () => {
    const e = event({ kind: 'statement', type: 'statement', speaker: 'ASEAN and China' });
    expect(localiseEvent(e, 'th', PARTIES, new Map()).title.text).toBe('แถลงการณ์ของอาเซียนและจีน');
    expect(localiseEvent(e, 'km', PARTIES, new Map()).title.text).toBe('សេចក្តីថ្លែងការណ៍របស់អាស៊ាន និងចិន');
  });
});

describe('localiseEvent names a type by the form the English title takes', () => {
  // Every form of every type, each reported in its own first words (or in none, for the form
  // that stands when no other is named): the English title the extractor writes takes the form's
  // label, and each edition's title and summary its wording, never the type's broader label.
  // A kind whose English title names no type ("Ceasefire agreed", for a peace agreement too) has
  // no form to follow.
  const named = (type: EventType) => compiled.lexicon.kinds[TYPE_KINDS[type]]?.titles.default?.includes('{what}');
  const cases = Object.entries(compiled.lexicon.ontology.types).filter(([type]) => named(type as EventType)).flatMap(([type, t]) =>
    (t.forms ?? []).map((form) => [`${type}: ${form.label}`, type as EventType, form, form.words ? `Officials spoke of the ${form.words[0]} today.` : 'Officials spoke today.'] as const),
  );

  test('covers the forms of every kind whose titles name the type', () => {
    expect(new Set(cases.map(([, type]) => TYPE_KINDS[type]))).toEqual(new Set(['strike', 'civilians', 'talks', 'diplomacy', 'statement', 'detention', 'measure']));
  });

  test.each(cases)('%s', (_, type, form, quote) => {
    const facts = { date: '2025-12-07', kind: TYPE_KINDS[type], type, status: 'occurred' as const, approximate: false, places: [], actors: [], figures: [], claims: [], citations: [{ source: 'a.txt', quote }] };
    const english = describeEvent(facts, { lexicon: compiled, locale: 'en-GB', parties: PARTIES, published: new Map() });
    expect(english.title.toLowerCase()).toContain(form.label.toLowerCase());
    const e = event({ ...facts, ...english });
    for (const locale of ['th', 'km'] as const) {
      const { title, summary } = localiseEvent(e, locale, PARTIES, new Map());
      expect(title.text).toContain(form[locale]);
      expect(summary.text).toContain(form[locale]);
      expect(title.text).not.toContain(messagesFor(locale).types[type]);
    }
  });

  test('a two-way type takes the form its phase names, as the English does', () => {
    const closed = event({ kind: 'diplomacy', type: 'border-closed', phase: 'end', title: 'Border closed', summary: 'Border closed.' });
    expect(localiseEvent(closed, 'th', PARTIES, new Map()).title.text).toBe('การปิดชายแดน');
    expect(localiseEvent({ ...closed, phase: 'resume' }, 'km', PARTIES, new Map()).title.text).toBe('ការបើកព្រំដែនឡើងវិញ');
  });

  test('an appeal is an appeal in every edition, a statement a statement', () => {
    const said = (quote: string) => event({ kind: 'statement', type: 'statement', speaker: 'ASEAN', citations: [{ source: 'a.txt', quote }] });
    expect(localiseEvent(said('ASEAN urged both sides to stop.'), 'th', PARTIES, new Map()).title.text).toBe('คำเรียกร้องของอาเซียน');
    expect(localiseEvent(said('ASEAN said it was concerned.'), 'km', PARTIES, new Map()).title.text).toBe('សេចក្តីថ្លែងការណ៍របស់អាស៊ាន');
  });

  test('an event of no type is worded as its kind’s own type, as the English is', () => {
    const untyped = event({ kind: 'statement', type: undefined, speaker: 'ASEAN', citations: [{ source: 'a.txt', quote: 'ASEAN called for calm.' }] });
    expect(localiseEvent(untyped, 'th', PARTIES, new Map()).title.text).toBe('คำเรียกร้องของอาเซียน');
  });
});

describe('localiseEvent: words the editions cannot translate', () => {
  test('an accord’s English name in a Thai or Khmer title is a run marked English; the rest is the edition’s', () => {
    const e = event({ kind: 'ceasefire', type: 'peace-agreement', phase: 'agree', name: 'Kuala Lumpur Peace Accord' });
    for (const locale of ['th', 'km'] as const) {
      const { title } = localiseEvent(e, locale, PARTIES, new Map());
      expect(title.runs?.filter((r) => r.lang === 'en')).toEqual([{ text: 'Kuala Lumpur Peace Accord', lang: 'en' }]);
      expect(title.runs?.map((r) => r.text).join('')).toBe(title.text);
      expect(title.text).not.toMatch(/[\uE000-\uE002]/);
    }
  });

  test('a place the gazetteer lacks keeps its English name, marked English; one it knows is translated, with no runs', () => {
    const unknown = event({ places: [{ name: 'Ban Nowhere', country: 'Thailand', kind: 'village' }] });
    expect(localiseEvent(unknown, 'th', PARTIES, new Map()).title.runs).toContainEqual({ text: 'Ban Nowhere', lang: 'en' });
    const known = event({ places: [{ name: 'Surin', admin1: 'Surin', country: 'Thailand', kind: 'province' }] });
    expect(localiseEvent(known, 'th', PARTIES, new Map()).title.runs).toBeUndefined();
  });

  test('English keeps its titles whole, with no runs', () => {
    const e = event({ kind: 'ceasefire', type: 'peace-agreement', phase: 'agree', name: 'Kuala Lumpur Peace Accord' });
    expect(localiseEvent(e, 'en', PARTIES, new Map()).title.runs).toBeUndefined();
  });
});

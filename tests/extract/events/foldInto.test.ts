import { describe, expect, test } from 'vitest';
import { foldInto } from '../../../scripts/lib/extract/events/foldInto.ts';
import { mentionOf } from '../../helpers/mention.ts';

const fig = (text: string) => ({ measure: 'killed' as const, unit: 'people' as const, min: 2, max: 2, qualifier: 'exactly' as const, text, citation: { source: 'a.txt', quote: text } });

describe('foldInto', () => {
  const riot = mentionOf({ date: '2031-03-05', published: '2031-03-06', kind: 'protest', actors: ['rioters'] });
  const attack = mentionOf({ date: '2031-03-06', published: '2031-03-06', kind: 'civilians', actors: ['rioters', 'workers'], figures: [fig('two')] });
  const talks = mentionOf({ date: '2031-03-06', published: '2031-03-06', kind: 'talks' });

  test('moves what a report carried to its target, keeps the rest in order, and changes no report given', () => {
    const out = foldInto([riot, attack, talks], (m) => (m === attack ? riot : undefined));
    expect(out.map((m) => m.kind)).toEqual(['protest', 'talks']);
    expect(out[0]!.actors).toEqual(['rioters', 'workers']);
    expect(out[0]!.figures.map((f) => f.text)).toEqual(['two']);
    expect(riot.actors).toEqual(['rioters']);
    expect(riot.figures).toEqual([]);
  });

  test('folds several reports into one target once', () => {
    const out = foldInto([riot, attack, { ...attack, figures: [fig('three')] }], (m) => (m === riot ? undefined : riot));
    expect(out).toHaveLength(1);
    expect(out[0]!.figures.map((f) => f.text)).toEqual(['two', 'three']);
  });

  test("moves the folded report's quotes only when asked to: a report of another sentence is a telling of its own", () => {
    const quoted = { ...attack, citations: [{ source: 'a.txt', quote: 'The workers were attacked.' }] };
    expect(foldInto([riot, quoted], (m) => (m === quoted ? riot : undefined))[0]!.citations).toEqual(riot.citations);
    expect(foldInto([riot, quoted], (m) => (m === quoted ? riot : undefined), { citations: true })[0]!.citations).toEqual([...riot.citations, ...quoted.citations]);
    expect(riot.citations).toHaveLength(1);
  });

  test('records the kinds a report took in: a clash that folded a capture says so', () => {
    expect(foldInto([riot, attack, talks], (m) => (m === attack ? riot : undefined))[0]!.folded).toEqual(['civilians']);
    expect(riot.folded).toBeUndefined();
  });
});

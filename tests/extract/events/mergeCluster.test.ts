import { describe, expect, test } from 'vitest';
import { mergeCluster } from '../../../scripts/lib/extract/events/mergeCluster.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

const mention = (date: string, extra: Partial<Mention> = {}): Mention => mentionOf({ date, published: '2024-04-03', kind: 'talks', ...extra });

describe('mergeCluster: one event from the reports of one happening', () => {
  test('takes the most precise date its own words give, before one the article\'s context lends', () => {
    expect(mergeCluster([mention('2024-03', {}), mention('2024-03-26', { dating: 'context' }), mention('2024-03-27')]).date).toBe('2024-03-27');
  });

  test('takes a day its own words give over a later day it was only told of, and spans from a day told before one of its own', () => {
    // "Officials said on Thursday that gunmen had attacked a post." / "The attack took place on Tuesday night."
    const told = (date: string) => mention(date, { kind: 'fighting', dating: 'told' });
    expect(mergeCluster([told('2031-03-13'), mention('2031-03-11', { kind: 'fighting' })])).toMatchObject({ date: '2031-03-11' });
    expect(mergeCluster([told('2031-03-13'), mention('2031-03-11', { kind: 'fighting' })]).endDate).toBeUndefined();
    // Told of on Monday and said, in its own words, to go on on Tuesday: Monday to Tuesday.
    expect(mergeCluster([told('2031-03-10'), mention('2031-03-11', { kind: 'fighting' })])).toMatchObject({ date: '2031-03-10', endDate: '2031-03-11' });
  });

  test('leaves out the toll of an act dated only by a vague day of its telling, and keeps that of one told on a day', () => {
    const toll = (text: string, min: number) => ({ measure: 'killed' as const, unit: 'people' as const, min, max: min, qualifier: 'exactly' as const, text, citation: { source: 'a.txt', quote: text } });
    // "Borean gunmen attacked the Halvane crossing on Sunday, killing six." / "Earlier in the week,
    // the Arlandese army said it had killed ten infiltrators at Kelvask Pass."
    const day = mention('2031-03-09', { kind: 'fighting', figures: [toll('six', 6)] });
    const week = mention('2031-03-10', { kind: 'fighting', dating: 'told', time: { date: '2031-03-10', endDate: '2031-03-11', approximate: true }, figures: [toll('ten', 10)] });
    expect(mergeCluster([day, week]).figures.map((f) => f.text)).toEqual(['six']);
    // "The army said on Monday it had killed ten": a day of telling keeps its toll.
    const monday = mention('2031-03-10', { kind: 'fighting', dating: 'told', figures: [toll('ten', 10)] });
    expect(mergeCluster([day, monday]).figures.map((f) => f.text)).toEqual(['six', 'ten']);
  });

  test('turns a plan a later report says took place to occurred', () => {
    expect(mergeCluster([mention('2024-03-30', { status: 'scheduled' }), mention('2024-03-30')]).status).toBe('occurred');
  });

  test('keeps a denied happening a claim whatever else reports it', () => {
    expect(mergeCluster([mention('2024-03-30', { kind: 'strike' }), mention('2024-03-30', { kind: 'strike', status: 'claimed', denied: true })]).status).toBe('claimed');
  });

  test('counts articles, not reports: three articles that tell a raid as done outweigh one that denies it', () => {
    const done = (source: string) => mention('2024-03-30', { kind: 'strike', source });
    const denied = mention('2024-03-30', { kind: 'strike', status: 'claimed', denied: true, source: 'd.txt' });
    expect(mergeCluster([done('a.txt'), done('b.txt'), done('c.txt'), denied]).status).toBe('occurred');
    // One article against one is one side's word against the other's.
    expect(mergeCluster([done('a.txt'), denied]).status).toBe('claimed');
    // Many claims in one article are still one voice: two articles telling it as done outweigh it.
    const claims = [1, 2, 3].map((sentence) => mention('2024-03-30', { kind: 'strike', status: 'claimed', source: 'd.txt', sentence }));
    expect(mergeCluster([...claims, done('a.txt'), done('b.txt')]).status).toBe('occurred');
  });

  test('takes a happening one article tells as done and another only as one side\'s charge as done: a claim is no denial', () => {
    // "Gunfire broke out at the Halvane post on Saturday" in one article; "Borea said Arlandese
    // guards had fired first" in another.
    const told = mention('2024-03-30', { kind: 'fighting', source: 'a.txt' });
    const charged = mention('2024-03-30', { kind: 'fighting', status: 'claimed', source: 'b.txt' });
    expect(mergeCluster([told, charged]).status).toBe('occurred');
    // Two articles that only carry claims outweigh one that tells it.
    expect(mergeCluster([told, charged, { ...charged, source: 'c.txt' }]).status).toBe('claimed');
    // A denial against it leaves it a claim.
    expect(mergeCluster([told, { ...charged, denied: true }]).status).toBe('claimed');
  });

  test('takes an article that denies a happening anywhere in it as a claim of it, not as fact', () => {
    const told = mention('2024-03-30', { kind: 'strike', source: 'a.txt' });
    const deniedThere = mention('2024-03-30', { kind: 'strike', status: 'claimed', denied: true, source: 'a.txt', sentence: 2 });
    expect(mergeCluster([told, deniedThere, mention('2024-03-30', { kind: 'strike', source: 'b.txt' })]).status).toBe('claimed');
  });

  test('keeps as done a happening an article tells in its own words beside a quoted denial of a charge that names it as known', () => {
    // "Arland's army shelled the ridge from Monday until Tuesday", then, in the same article,
    // "Borea rejected the charge that its troops had shelled the ridge".
    const told = mention('2024-03-30', { kind: 'strike', source: 'a.txt' });
    const charge = mention('2024-03-30', { kind: 'strike', status: 'claimed', denied: true, anaphoric: true, source: 'a.txt', sentence: 4 });
    expect(mergeCluster([told, charge]).status).toBe('occurred');
    // Told only as someone's claim, the happening stays a claim.
    expect(mergeCluster([{ ...told, status: 'claimed' }, charge]).status).toBe('claimed');
  });

  test('gives no say to a report that only names the happening inside a claim about something else', () => {
    // "The two sides signed a truce on Friday" (told as done), then, in another article, "each
    // accused the other of breaking the truce" (the truce named as known, inside a claim).
    const signed = mention('2024-03-30', { kind: 'ceasefire', source: 'a.txt' });
    const namedInClaim = mention('2024-03-30', { kind: 'ceasefire', status: 'claimed', anaphoric: true, dating: 'context', source: 'b.txt' });
    expect(mergeCluster([signed, namedInClaim]).status).toBe('occurred');
    // Alone, it is all there is to go on.
    expect(mergeCluster([namedInClaim]).status).toBe('claimed');
    // A denial of the known happening still counts against it.
    expect(mergeCluster([signed, { ...namedInClaim, denied: true }]).status).toBe('claimed');
  });

  test('takes no date from a report that only joins the happening, such as a denial told a day later', () => {
    const denial = mention('2024-03-31', { kind: 'strike', status: 'claimed', denied: true, anaphoric: true, source: 'b.txt' });
    expect(mergeCluster([mention('2024-03-30', { kind: 'strike', status: 'claimed' }), denial])).toMatchObject({ date: '2024-03-30', status: 'claimed' });
    expect(mergeCluster([mention('2024-03-30', { kind: 'strike', status: 'claimed' }), denial]).endDate).toBeUndefined();
  });

  test('keeps the party that acted only when every report that names one names the same', () => {
    expect(mergeCluster([mention('2024-03-30', { kind: 'diplomacy', agent: 'Laos' }), mention('2024-03-30', { kind: 'diplomacy' })]).agent).toBe('Laos');
    expect(mergeCluster([mention('2024-03-30', { kind: 'diplomacy', agent: 'Laos' }), mention('2024-03-30', { kind: 'diplomacy', agent: 'Peru' })]).agent).toBeUndefined();
  });

  test('spans the days an article follows one round of fighting over', () => {
    expect(mergeCluster([mention('2024-03-21', { kind: 'fighting' }), mention('2024-03-23', { kind: 'fighting' })])).toMatchObject({ date: '2024-03-21', endDate: '2024-03-23' });
  });

  test('calls one day\'s fighting and strikes fighting, and keeps the speaker\'s own words for the title', () => {
    expect(mergeCluster([mention('2024-05-07', { kind: 'strike' }), mention('2024-05-07', { kind: 'fighting' })]).kind).toBe('fighting');
    const statement = mergeCluster([mention('2024-03-29', { kind: 'statement', speaker: 'Japan', says: 'urges', saysAbout: 'restraint' })]);
    expect(statement).toMatchObject({ speaker: 'Japan', says: 'urges', saysAbout: 'restraint' });
  });
  test('takes the kind and type from the reports dated to a day, not from recaps of the month folded in', () => {
    // "Warplanes struck the hills on Thursday" beside "clashes began early in March" and "fighting in March".
    const day = mention('2031-03-06', { kind: 'strike', type: 'air-strike' });
    const recap = (source: string) => mention('2031-03', { kind: 'fighting', type: 'armed-clash', phase: 'begin', source });
    expect(mergeCluster([day, recap('b.txt'), recap('c.txt')])).toMatchObject({ kind: 'strike', type: 'air-strike', phase: 'begin' });
    expect(mergeCluster([recap('b.txt'), recap('c.txt'), mention('2031-03-02~', { kind: 'strike', time: { date: '2031-03-02', approximate: true } })]).kind).toBe('fighting');
  });

  test('keeps the span a report gives, with the days others report inside it', () => {
    const span = mention('2024-03-27', { time: { date: '2024-03-27', endDate: '2024-03-29', approximate: false } });
    expect(mergeCluster([span, mention('2024-03-28', { source: 'b.txt' })])).toMatchObject({ date: '2024-03-27', endDate: '2024-03-29', approximate: false });
  });
});

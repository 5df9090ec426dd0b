import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

const tenses = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled).anchors.map((a) => `${a.trigger.text}:${a.tense}`);

describe('directionOf: which way a date points from the day of the report', () => {
  test.each([
    ['The ministers will meet on Saturday.', ['meet:future']],
    ['Officials discussed a possible meeting on Saturday.', ['meeting:future']],
    ['Troops clashed on Saturday.', ['clashed:past']],
    // "asked … to a meeting": a meeting a request governs has no tense of its own; the nearest such date.
    ['The minister has asked his counterparts to an urgent meeting on Feb 22.', ['meeting:neutral']],
    // A truce agreed in the past may begin on a day ahead.
    ['The two sides have agreed to a truce beginning at midnight on October 18.', ['truce:neutral']],
    // An infinitive of the start lies ahead of the declaring, and so of the report …
    ['Borean gunmen have announced a one-sided truce, to start on Tuesday.', ['truce:future']],
    ['Arland announced a ceasefire to take effect at noon on Friday.', ['ceasefire:future']],
    // … unless the clause names the declaring's own day, from which it counts.
    ['On Saturday Borean gunmen announced a one-sided truce, to start on Monday.', ['truce:neutral', 'truce:neutral']],
    // A "could" in another clause does not make a past request future.
    ['Late Tuesday, a spokesman said war could follow and asked both for restraint.', ['asked:past']],
    // A date in a clause of time with a past verb of its own looks back, whatever an infinitive before it says.
    // A weekday a happening is set for, told in the present perfect, lies ahead; told in the past, either way.
    ['Velmora, which chairs the bloc, has convened an emergency meeting of its members for Monday.', ['meeting:future', 'convened:future']],
    ['The chair has called an emergency meeting of the council for Friday.', ['meeting:future']],
    ['Arland convened an emergency meeting of the group for Monday.', ['meeting:neutral', 'convened:past']],
    // (A member's "vote no" is no happening of its own: tests/extract/happenings/actRulings.test.ts.)
    ['Arland and Borea were the only delegations to protest when the motion passed on Friday.', ['protest:past']],
    ['Arland and Borea plan to protest when the motion comes up on Friday.', ['protest:future']],
    // A "could" or "will" of a relative clause set off by commas is the aside's, not the date's after it.
    ['The truce, which could collapse at any time, took effect on Sunday.', ['truce:past']],
    ['The summit, which officials will attend, opened on Monday.', ['summit:past']],
    // "was to host": a plan of the past, whose day may lie ahead of the report or just behind it
    // ("was due to visit on Wednesday", called off on Thursday): the nearest such day, never last
    // year's November.
    ['The summit that Velmora was to host in November has been put off.', ['summit:neutral']],
    // A "would" of the main clause after the aside still points ahead.
    ['The ministers said the summit, which will be held in the capital, would open on Friday.', ['summit:future']],
    // What an answer answers came before it, whatever tense the answer is told in.
    ["Officials expected Borea to hit back for Friday's air strike on the depot.", ['air strike:past']],
    ["Velmora will respond to Monday's attack on its border post, officials said.", ['attack:past']],
    // What a journey told in the present is for lies ahead; told in the past, it was held.
    ['The Velmoran envoy arrives in Kelvask on Wednesday for talks with both sides.', ['talks:future']],
    ['The Velmoran envoy arrived in Kelvask on Wednesday for talks with both sides.', ['talks:past']],
    // A telling's noun has the tense of the verb that gives it, whatever "will" the words told say.
    ['The crossings will close again, the minister told a press conference in Kelvask on Thursday.', ['press conference:past']],
  ])('"%s" → %j', (sentence, expected) => {
    expect(tenses(sentence)).toEqual(expected);
  });
});

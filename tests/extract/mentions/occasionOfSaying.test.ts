import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { contextTimes } from '../../../scripts/lib/extract/mentions/contextTimes.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

// Published Wednesday 3 April 2024: "on Tuesday" is the 2nd, "on Monday" the 1st.
const published = DateTime.fromISO('2024-04-03', { zone: 'UTC' });
/** The day the article gives each undated happening whose words start with `word`. */
const dayOf = (body: string, word: string) =>
  contextTimes(analyseArticle(article('a.txt', body), invented), published, { publishedKnown: true })
    .filter((c) => c.trigger.text.startsWith(word))
    .map((c) => c.time.date);

// The lede moves the story to Tuesday; the meeting told next lies a day before it.
const LEDE = 'Arlandese troops shelled a Borean post near Kelvask Pass on Tuesday.';
const MEETING = "Arland's foreign minister, Lena Ferrin, met Borea's envoy, Kael Orvan, at the Halvane crossing on Monday.";

describe('occasionOfSaying: undated words said at the occasion told just before them', () => {
  test('words of a party to a meeting, told right after it with no time of their own, take the meeting\'s day, not the later day the story reached', () => {
    expect(dayOf(`${LEDE} ${MEETING} Ferrin warned that Arland would answer any new shelling.`, 'warned')).toEqual(['2024-04-01']);
  });

  test('words of a speaker who said something on a day told just before go on with that telling, on its day', () => {
    expect(dayOf(`${LEDE} Borea's defence ministry said on Monday that its patrols had seen no intruders. The ministry accused Arland of staging the whole affair.`, 'accused')).toEqual(['2024-04-01']);
  });

  test('a side that was not at the meeting speaks on the story\'s day', () => {
    expect(dayOf(`${LEDE} ${MEETING} The United Nations urged both sides to hold their fire.`, 'urged')).toEqual(['2024-04-02']);
  });

  test('words set at another occasion by their own words, or told in the present perfect, stay where the story puts them', () => {
    expect(dayOf(`${LEDE} ${MEETING} In a separate statement, Ferrin warned that Arland would answer any new shelling.`, 'warned')).toEqual(['2024-04-02']);
    expect(dayOf(`${LEDE} ${MEETING} Ferrin has warned that Arland would answer any new shelling.`, 'warned')).not.toContain('2024-04-01');
  });

  test('a summons lends its day to no words after it: what the summoning side says there is the summons\'s own protest', () => {
    expect(dayOf(`${LEDE} Borea called in Arland's ambassador in Velmora on Monday. Borea accused Arland of breaking the truce.`, 'accused')).toEqual(['2024-04-02']);
  });

  test('only the sentence right before is the occasion: a sentence between moves the report on', () => {
    expect(dayOf(`${LEDE} ${MEETING} Snow had closed the road to the pass. Ferrin warned that Arland would answer any new shelling.`, 'warned')).toEqual(['2024-04-02']);
  });
});

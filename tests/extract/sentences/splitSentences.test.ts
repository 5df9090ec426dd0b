import { describe, expect, test } from 'vitest';
import { splitClauses } from '../../../scripts/lib/extract/sentences/splitClauses.ts';
import { splitSentences } from '../../../scripts/lib/extract/sentences/splitSentences.ts';

describe('splitSentences', () => {
  test('keeps abbreviations inside a sentence and gives offsets into the text', () => {
    const text = 'Talks resumed on Feb. 7 in Velmora. The U.S. envoy left.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Talks resumed on Feb. 7 in Velmora.', 'The U.S. envoy left.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('keeps a month name with a stray full stop with the day and year after it', () => {
    expect(splitSentences('Posted November. 14, 2031 09:20\nTalks ended in May. Borea withdrew.').map((s) => s.text)).toEqual([
      'Posted November. 14, 2031 09:20',
      'Talks ended in May.',
      'Borea withdrew.',
    ]);
  });

  test('keeps the zone of a clock time with it, and still ends a sentence on "a.m." before another', () => {
    const text = 'Martial law takes effect at 9 a.m. Velmora time on Feb. 28. Sirens sounded at 3:30 a.m. Eastern Time. Shelling began at 4 a.m. The army said nothing. It ends at 10 p.m. GMT.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Martial law takes effect at 9 a.m. Velmora time on Feb. 28.',
      'Sirens sounded at 3:30 a.m. Eastern Time.',
      'Shelling began at 4 a.m.',
      'The army said nothing.',
      'It ends at 10 p.m. GMT.',
    ]);
    // A clock time that opens a sentence is no sentence of its own.
    expect(splitSentences('Warships stood off. At 7:15 a.m. BCG 3107 turned its water cannon on the supply boat.').map((s) => s.text)).toEqual(['Warships stood off.', 'At 7:15 a.m. BCG 3107 turned its water cannon on the supply boat.']);
  });

  test('ends a headline at its line even without a full stop', () => {
    expect(splitSentences('Border clashes resume\nTroops fired shells.').map((s) => s.text)).toEqual([
      'Border clashes resume',
      'Troops fired shells.',
    ]);
  });

  test('keeps a headline whole across an initial: the rest of a line with no closing mark is the headline\'s', () => {
    expect(splitSentences('Arland Guards Miss N. Borean Boats\nBy: Lena T. Ferrin - Reporter\nBoats landed on Monday.').map((s) => s.text)).toEqual([
      'Arland Guards Miss N. Borean Boats',
      'By: Lena T. Ferrin - Reporter',
      'Boats landed on Monday.',
    ]);
    // Where the line goes on to a full stop, an initial before a capital still ends a sentence.
    expect(splitSentences('Talks took place in the U.S. The envoy left.').map((s) => s.text)).toEqual(['Talks took place in the U.S.', 'The envoy left.']);
  });

  test("keeps a person's initials inside the sentence: two initials before a capitalised name end none", () => {
    const split = (text: string) => splitSentences(text).map((s) => s.text);
    expect(split('Arland spokesman A.K. Orvan said Borea had fired first. The talks ended.')).toEqual([
      'Arland spokesman A.K. Orvan said Borea had fired first.',
      'The talks ended.',
    ]);
    expect(split("T. W. Ferrin said the crossing was closed. Borea's envoy, A. K. Orvan, agreed.")).toEqual([
      'T. W. Ferrin said the crossing was closed.',
      "Borea's envoy, A. K. Orvan, agreed.",
    ]);
    // A country's or a city's letters, and letters after "the", may still end one.
    expect(split('Talks were held in Washington, D.C. Officials said nothing.')).toEqual(['Talks were held in Washington, D.C.', 'Officials said nothing.']);
    expect(split('Borea flew envoys to the U.S. Ferrin said so.')).toEqual(['Borea flew envoys to the U.S.', 'Ferrin said so.']);
    expect(split('Borea flew envoys to A.K. The next day they left.')).toEqual(['Borea flew envoys to A.K.', 'The next day they left.']);
  });

  test('never joins a sentence across a line, even after an abbreviation or a clock', () => {
    // The text is segmented whole: what opens a line must start a sentence afresh.
    const text = 'Talks were chaired by Mr.\nVelin left early.\r\nShelling began at 4 a.m.\nVelmora time is UTC+7.\n\n\nNo.\n  5 units moved.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Talks were chaired by Mr.', 'Velin left early.', 'Shelling began at 4 a.m.', 'Velmora time is UTC+7.', 'No.', '5 units moved.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('keeps offsets right after curly quotes and blank lines', () => {
    const text = '“We are hopeful,” she said.\n\nThe army’s position held.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitClauses', () => {
  const clauses = (text: string) => splitClauses({ start: 0, end: text.length, text }).map((c) => c.text);

  test('splits at a comma that opens a new clause, not at a comma inside a list', () => {
    expect(clauses('A truce brokered by the UN, Japan and France collapsed, with tensions rising after May 7.')).toEqual([
      'A truce brokered by the UN, Japan and France collapsed',
      'with tensions rising after May 7.',
    ]);
  });

  test('splits at a participle, a semicolon and a dash', () => {
    expect(clauses('Fighting broke out in July, killing dozens; talks failed — again.')).toEqual([
      'Fighting broke out in July',
      'killing dozens',
      'talks failed',
      'again.',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { speakingFor } from '../../../scripts/lib/extract/events/speakingFor.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

let n = 0;
const statement = (speaker: string, voice?: Mention['voice'], source = 'a.txt') =>
  mentionOf({ date: '2031-04-12', published: '2031-04-12', kind: 'statement', speaker, source, sentence: n++, ...(voice ? { voice } : {}), citations: [{ source, quote: `q${n}` }] });

describe('speakingFor', () => {
  // "Borea, in the words of its president Ruiz, protested …" in one report; "President Ana Ruiz
  // urged Arland to …" in another that never says whose president she is.
  const sided = statement('Borea', { office: 'head', person: 'Ruiz' });
  const named = statement('President Ana Ruiz', undefined, 'b.txt');

  test('names the side another report names a person speaking for, in her voice', () => {
    const resolved = speakingFor([sided, named]).get(named);
    expect(resolved?.speaker).toBe('Borea');
    expect(resolved?.voice).toEqual({ office: 'head', person: 'Ruiz' });
  });

  test('leaves the reports themselves, and a speaker that is already a side, as they are', () => {
    const resolved = speakingFor([sided, named]);
    expect(named.speaker).toBe('President Ana Ruiz');
    expect(resolved.has(sided)).toBe(false);
  });

  test('names no side for a person no report sides, nor for a surname two sides share', () => {
    expect(speakingFor([sided, statement('Foreign Minister Ivo Marr')]).size).toBe(0);
    const other = statement('Arland', { person: 'Ruiz' }, 'c.txt');
    expect(speakingFor([sided, other, named]).has(named)).toBe(false);
  });

  test('takes no list of parties, nor another person, for the side a person speaks for', () => {
    // "Arland and Borea, in Ruiz's words, agreed …"; "Foreign Minister Ivo Marr said, in Ruiz's words, …".
    expect(speakingFor([statement('Arland and Borea', { person: 'Ruiz' }), named]).has(named)).toBe(false);
    const marr = statement('Foreign Minister Ivo Marr', { person: 'Ruiz' });
    expect(speakingFor([marr, statement('Borea', { person: 'Marr' }), named]).has(named)).toBe(false);
  });
});

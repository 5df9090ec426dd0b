import type { Mention } from '../../scripts/lib/extract/mentions/buildMentions.ts';

/** What a test of the events stage gives of a report: its day, its article's day and its kind, and anything else it sets. */
export type MentionFields = Partial<Mention> & Pick<Mention, 'published' | 'kind'> & { date: string };

/**
 * A report of one happening as the events stage receives it: an article's own words dating a
 * happening that took place, told plainly, with no actors, places, figures or claims, cited by
 * its day. A test names what its rule reads and overrides the rest.
 * @example mentionOf({ date: '2031-03-02', published: '2031-03-06', kind: 'talks' }).status // 'occurred'
 */
export function mentionOf({ date, ...extra }: MentionFields): Mention {
  return {
    source: 'a.txt',
    sentence: 0,
    time: { date, approximate: false },
    dating: 'own',
    anaphoric: false,
    background: false,
    status: 'occurred',
    denied: false,
    actors: [],
    places: [],
    citations: [{ source: extra.source ?? 'a.txt', quote: date }],
    figures: [],
    claims: [],
    ...extra,
  };
}

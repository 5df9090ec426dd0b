import { describe, expect, test } from 'vitest';
import { splitSitePath } from '../src/lib/splitSitePath.ts';

describe('splitSitePath', () => {
  test.each([
    ['', { dir: '', file: '', tail: '' }],
    ['events/a/', { dir: 'events/a/', file: '', tail: '' }],
    ['events.json', { dir: '', file: 'events.json', tail: '' }],
    ['oembed/events/b.json', { dir: 'oembed/events/', file: 'b.json', tail: '' }],
    ['sources/a.b.txt/', { dir: 'sources/a.b.txt/', file: '', tail: '' }],
    ['sources/a.b.txt', { dir: 'sources/', file: 'a.b.txt', tail: '' }],
    ['embed/?event=x.json', { dir: 'embed/', file: '', tail: '?event=x.json' }],
    ['sources/r.txt/#p-1-9', { dir: 'sources/r.txt/', file: '', tail: '#p-1-9' }],
    ['feed.xml#top?no', { dir: '', file: 'feed.xml', tail: '#top?no' }],
    ['a/.hidden', { dir: 'a/.hidden', file: '', tail: '' }],
    ['a/name.', { dir: 'a/name.', file: '', tail: '' }],
    ['a/name.tar-gz', { dir: 'a/name.tar-gz', file: '', tail: '' }],
    ['a/x.TXT', { dir: 'a/', file: 'x.TXT', tail: '' }],
  ])('splits %j', (path, expected) => {
    expect(splitSitePath(path)).toEqual(expected);
  });

  // The pattern it replaces, for paths without line breaks (which site paths never hold).
  const pattern = (path: string) => {
    const [, dir = '', file = '', tail = ''] = /^([^?#]*?)([^/?#]+\.[a-z0-9]+)?([?#].*)?$/i.exec(path) ?? [];
    return { dir, file, tail };
  };

  test('splits every path of a generated set as the regular expression it replaces did', () => {
    const pieces = ['', 'a', 'events', '.', '..', '.js', 'x.json', 'b.c.d', 'th', 'ก.txt', '%20', '-', '_'];
    const joins = ['', '/', '?', '#', '?q=.js', '#p-1.2'];
    let checked = 0;
    for (const a of pieces) for (const j of joins) for (const b of pieces) for (const k of joins) for (const c of pieces) {
      const path = `${a}${j}${b}${k}${c}`;
      expect(splitSitePath(path), path).toEqual(pattern(path));
      checked++;
    }
    expect(checked).toBe(13 ** 3 * 6 ** 2);
  });
});

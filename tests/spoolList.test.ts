import { describe, expect, test } from 'vitest';
import { spoolList, takeSpooledLists } from '../src/loaders/spoolList.ts';

describe('spoolList', () => {
  test('stands a marker for the list in the page and hands each page’s lists over once', () => {
    takeSpooledLists();
    expect(spoolList('/th/', 'event-list', () => ['<ol>'])).toBe('<!--spooled-list:event-list-->');
    spoolList('/th/', 'other-list', () => []);
    // A page rendered again registers its list again, under the same marker.
    spoolList('/th/', 'event-list', () => ['<ol>', '</ol>']);
    const taken = takeSpooledLists();
    expect([...taken.keys()]).toEqual(['/th/']);
    expect(taken.get('/th/')!.map((l) => [l.marker, [...l.parts()].join('')])).toEqual([
      ['<!--spooled-list:event-list-->', '<ol></ol>'],
      ['<!--spooled-list:other-list-->', ''],
    ]);
    expect(takeSpooledLists().size).toBe(0);
  });

  test('refuses an id that could close the comment', () => {
    expect(() => spoolList('/', 'a-->', () => [])).toThrow('letters, digits');
  });
});

import { describe, expect, test } from 'vitest';
import { catalogueProblems, messagesFor } from '../../src/i18n/messagesFor.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { LOCALES, buildLocales } from '../../src/i18n/locales.ts';

describe('the message catalogues', () => {
  test.each(LOCALES.filter((l) => l !== 'en'))('the %s catalogue has every key of the English one, none empty', (locale) => {
    expect(catalogueProblems(en, messagesFor(locale), locale)).toEqual([]);
  });

  test('names a missing key, an empty string, a string where a function belongs and an extra key', () => {
    const reference = { nav: { timeline: 'Timeline', data: 'Data' }, count: (n: string) => n };
    const broken = { nav: { timeline: '' }, count: 'n', extra: 'x' };
    expect(catalogueProblems(reference, broken, 'xx')).toEqual([
      'xx: messages.nav.timeline is empty',
      'xx: messages.nav.data is missing',
      'xx: messages.count is a string (expected a function, as in English)',
      'xx: messages.extra is not in the English catalogue',
    ]);
  });

  test('names a message that leaves out a value its English shows (a placeholder missing in one language)', () => {
    const reference = { showing: (shown: string, total: string) => `Showing ${shown} of ${total} events.`, events: (n: string, count: number) => `${n} ${count === 1 ? 'event' : 'events'}` };
    const broken = { showing: (shown: string) => `แสดง ${shown} เหตุการณ์`, events: (n: string) => `${n} เหตุการณ์` };
    expect(catalogueProblems(reference, broken, 'xx')).toEqual(['xx: messages.showing leaves out its argument 2, which the English shows']);
  });

  test('a Thai or Khmer string is not the English one left in place', () => {
    for (const locale of ['th', 'km'] as const) {
      const m = messagesFor(locale);
      expect(m.nav.timeline).not.toBe(en.nav.timeline);
      expect(m.timeline.showing('3', '9')).not.toBe(en.timeline.showing('3', '9'));
      expect(Object.values(m.kinds).filter((label) => /[a-z]{3}/i.test(label))).toEqual([]);
      expect(Object.values(m.types).filter((label) => /[a-z]{3}/i.test(label))).toEqual([]);
    }
  });
});

describe('buildLocales', () => {
  test('builds every edition unless SITE_LOCALES names some', () => {
    expect(buildLocales(undefined)).toEqual(['en', 'th', 'km']);
    expect(buildLocales('km, en')).toEqual(['en', 'km']);
  });
  test('refuses an unknown edition and a list without the default', () => {
    expect(() => buildLocales('en,fr')).toThrow('invalid SITE_LOCALES: "en,fr" (expected a comma-separated list of en, th, km)');
    expect(() => buildLocales('th')).toThrow('the default edition, en, is always built');
  });
});

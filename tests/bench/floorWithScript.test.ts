import { expect, test } from 'vitest';
import { floorPage } from '../../scripts/lib/bench/floorPage.ts';
import { floorWithScript, REFERENCE_SCRIPT } from '../../scripts/lib/bench/floorWithScript.ts';
import { generateTimeline } from '../../scripts/lib/bench/generateTimeline.ts';

const floor = floorPage(generateTimeline(3).file.events);

test.each([
  ['module', `<script type="module" src="${REFERENCE_SCRIPT}"></script></head>`],
  ['defer', `<script defer src="${REFERENCE_SCRIPT}"></script></head>`],
  ['inline', '<script type="module">document.documentElement.dataset.ran = "";</script></head>'],
] as const)('floorWithScript(floor, %s) adds that one script at the end of the head', (how, ending) => {
  const page = floorWithScript(floor, how);
  expect(page).toContain(ending);
  expect(page.match(/<script/g)).toHaveLength(1);
});

test('floorWithScript leaves the floor page itself as it was, body and all', () => {
  const page = floorWithScript(floor, 'defer');
  expect(page.replace(/<script[^>]*>[^<]*<\/script>/, '')).toBe(floor);
});

test('floorWithScript refuses a page without a head', () => {
  expect(() => floorWithScript('<p>no head</p>', 'inline')).toThrowErrorMatchingInlineSnapshot(`[Error: floorWithScript: the page has no </head>]`);
});

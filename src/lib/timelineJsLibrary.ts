import timelineJsPackage from '@knight-lab/timelinejs/package.json' with { type: 'json' };
import { sitePath } from './urls.ts';

/** The TimelineJS3 release the site serves a copy of and the tests run: the one in package-lock.json. */
export const TIMELINEJS_VERSION: string = timelineJsPackage.version;

/**
 * The files of TimelineJS3's `dist/` the snippet on /data/ loads, with its Georgia/Helvetica
 * theme (the default theme would fetch fonts from Google) and English (no locale file). A copy
 * at a versioned address, so a page that embeds it never runs a moving `latest` script.
 */
export const TIMELINEJS_FILES = [
  'js/timeline.js',
  'js/timeline.js.LICENSE.txt',
  'css/timeline.css',
  'css/fonts/font.georgia-helvetica.css',
  'css/icons/tl-icons.eot',
  'css/icons/tl-icons.svg',
  'css/icons/tl-icons.ttf',
  'css/icons/tl-icons.woff',
  'css/icons/tl-icons.woff2',
] as const;

/** Where the site serves the copy, relative to its base. @example timelineJsFolder() // 'timelinejs/3.9.11/' */
export const timelineJsFolder = () => `timelinejs/${TIMELINEJS_VERSION}/`;

/** The address of one file of the copy. @example timelineJsPath('js/timeline.js') // '/timelinejs/3.9.11/js/timeline.js' */
export const timelineJsPath = (file: (typeof TIMELINEJS_FILES)[number]) => sitePath(`${timelineJsFolder()}${file}`);

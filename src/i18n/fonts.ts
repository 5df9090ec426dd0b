import thai400 from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2?url';
import thai700 from '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-700-normal.woff2?url';
import khmer400 from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2?url';
import khmer700 from '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-700-normal.woff2?url';
import type { OtherLocale } from './locales.ts';

export interface EditionFont {
  family: string;
  /** The script's subset only: Latin text falls through to the system font, as on English pages. */
  unicodeRange: string;
  /** Regular and bold, the two weights the site's CSS uses, both preloaded (EditionHead.astro). */
  files: { weight: 400 | 700; url: string }[];
}

// Noto Sans Thai and Noto Sans Khmer from @fontsource (SIL Open Font Licence), self-hosted:
// the policy allows no other origin. Ranges as @fontsource's own subsets give them.
export const EDITION_FONTS: Record<OtherLocale, EditionFont> = {
  th: {
    family: 'Noto Sans Thai',
    unicodeRange: 'U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC',
    files: [{ weight: 400, url: thai400 }, { weight: 700, url: thai700 }],
  },
  km: {
    family: 'Noto Sans Khmer',
    unicodeRange: 'U+1780-17FF,U+19E0-19FF,U+200C-200D,U+25CC',
    files: [{ weight: 400, url: khmer400 }, { weight: 700, url: khmer700 }],
  },
};

/**
 * The stylesheet one edition's pages link: its font's faces, with `font-display: swap` so text
 * shows at once in a fallback, and the font put first in the site's font stack for that language.
 * @example fontCss('th').includes("font-family: 'Noto Sans Thai'") // true
 */
export function fontCss(locale: OtherLocale): string {
  const font = EDITION_FONTS[locale];
  const faces = font.files.map((f) => `@font-face {
  font-family: '${font.family}';
  font-style: normal;
  font-display: swap;
  font-weight: ${f.weight};
  src: url(${f.url}) format('woff2');
  unicode-range: ${font.unicodeRange};
}
`);
  return `${faces.join('')}html:lang(${locale}) {
  --font: '${font.family}', system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
}
`;
}

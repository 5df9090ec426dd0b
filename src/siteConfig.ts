/** What a fork for another conflict changes first. */
export const siteConfig = {
  title: 'Thailand–Cambodia border conflict, 2025',
  shortTitle: 'Thailand–Cambodia 2025',
  description:
    'An open, cited timeline of the 2025 border conflict between Thailand and Cambodia, built from news reports.',
  /** BCP 47 locale used to format dates and numbers. */
  locale: 'en-GB',
  /** IANA zone the events are dated in; shown to readers. */
  timeZone: 'Asia/Bangkok',
  timeZoneName: 'Indochina Time (UTC+7)',
  /** The conflict's two sides, as the gazetteer (scripts/lexicon/actors.yaml) names them: the Thai and Khmer summaries name them together when an event involves both. */
  parties: ['Thailand', 'Cambodia'],
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
} as const;

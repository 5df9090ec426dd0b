import type { Span } from './splitSentences.ts';

/**
 * The lines of a pasted web page that are the site's, not the report's: a block of links to other
 * stories under a label ("Related", "Read more", "Most read"), a single "Read more: …" line, a
 * photo's caption with its credit, and the site's controls ("Skip to main content",
 * "Advertisement", "Share"). Their headlines and captions tell other days' happenings, or the
 * report's own again, so nothing in them is read as news. Offsets are into the body, line by line.
 * @example pageFurniture('Troops clashed on Monday.\nRelated\nTwo killed in border clash').map((s) => s.text) // ['Related', 'Two killed in border clash']
 */
export function pageFurniture(body: string): Span[] {
  const lines = [...body.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0].trim() })).filter((l) => l.text !== '');
  const found: Span[] = [];
  let inLinks = false;
  for (const line of lines) {
    if (isLinksLabel(line.text)) {
      inLinks = true;
      found.push(line);
      continue;
    }
    // A block of links runs while its lines read as headlines, and ends at the first line of text.
    if (inLinks && isLinkItem(line.text)) {
      found.push(line);
      continue;
    }
    inLinks = false;
    if (isControl(line.text) || READ_MORE.test(line.text) || isCaption(line.text)) found.push(line);
  }
  return found;
}

/** Whether a sentence lies inside one of the furniture lines. */
export function isFurniture(sentence: Pick<Span, 'start' | 'end'>, furniture: readonly Span[]): boolean {
  return furniture.some((f) => sentence.start >= f.start && sentence.end <= f.end);
}

// The labels sites put over a list of links to other stories, as a line of their own.
const LINKS_LABEL =
  /^(?:related(?:\s+(?:stories|articles|news|content|coverage|links|reading|topics))?|read\s+(?:more|next|also)|more\s+(?:on\s+this\s+(?:story|topic)|stories|news|to\s+read|from\s+\p{L}[\p{L} ]{0,30})|recommended(?:\s+(?:stories|for\s+you|reading))?|most\s+(?:read|popular|viewed|shared)|you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|also\s+read|see\s+also|further\s+reading|(?:the\s+)?latest(?:\s+(?:news|stories|headlines))?|top\s+stories|trending(?:\s+now)?|editor[’']?s\s+picks|what\s+to\s+read\s+next|explore\s+more|in\s+other\s+news)\s*:?$/iu;

const isLinksLabel = (line: string) => LINKS_LABEL.test(line);

// The stamp a list of links gives each headline: "| 3 days ago", "· 2h", "- 14 March 2024".
const LINK_STAMP = /\s[|·•–—-]\s*(?:\d+\s*(?:min(?:ute)?s?|h(?:ours?|rs?)?|d(?:ays?)?|w(?:eeks?)?)\s*(?:ago)?|\d{1,2}\s+\p{L}+\s+\d{4}|\p{L}+\s+\d{1,2},?\s+\d{4}|yesterday)\s*$/iu;
/** The most words a linked headline runs to. */
const HEADLINE_WORDS = 25;

/** A linked story's headline: a short line that does not end as a statement does, or ends in its stamp. */
function isLinkItem(line: string): boolean {
  if (line.split(/\s+/).length > HEADLINE_WORDS) return false;
  return LINK_STAMP.test(line) || !/[.!]["'”’)]?$/u.test(line);
}

// "Read more: …", "RELATED: …", "Also read - …", "WATCH: …": one link, on a line of its own.
const READ_MORE = /^(?:read\s+(?:more|also|next)|also\s+read|related|see\s+also|more|watch|listen|video|explainer)\s*[:|–—-]\s*\S/iu;

// A site's controls and slots, each a whole line. A bar of sections ("World | Asia | Politics")
// is words separated by single spaces between its bars, so that no space can be read two ways:
// a pattern that let it would take time growing with 2 to the number of bars.
const CONTROLS =
  /^(?:skip\s+to\s+(?:main\s+)?content|advertisement|advert|sponsored(?:\s+content)?|scroll\s+to\s+continue(?:\s+reading)?|story\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advertisement)?|article\s+continues\s+below|share(?:\s+this\s+(?:article|story|page))?|save|copy\s+link|print|comments?|menu|search|sign\s+in|log\s+in|subscribe|sign\s+up(?:\s+\S.*)?|listen\s+to\s+this\s+(?:article|story)|\d+\s+min(?:ute)?s?\s+read|home(?: *[>›/] *\p{L}+(?: \p{L}+)*)+|\p{L}+(?: \p{L}+){0,3}(?: *\| *\p{L}+(?: \p{L}+){0,3}){2,})$/iu;

const isControl = (line: string) => CONTROLS.test(line);

// A caption's credit: "Photo: …", "(Photograph by …)", "Image source, …", "… via Getty Images", a
// "FILE PHOTO:" opening, or an agency's capitals with its photographer ("AGENCY/Jane Roe").
const CREDIT =
  /(?:^|[\s(])(?:photo(?:graph)?|picture|image(?:\s+(?:source|caption))?|credit|photo\s+credit)s?(?:\s+by)?\s*[:,]\s*\S|\((?:photo|photograph|picture|image)s?\s+by\s|\bvia\s+getty\s+images\b|^file\s+photo\b/iu;
const AGENCY_CREDIT = /\b\p{Lu}{2,}(?:[- ]\p{Lu}{2,})*\/\s?\p{Lu}\p{Ll}/u;
/** The most words a caption runs to. */
const CAPTION_WORDS = 60;

/** A photo's caption: a short paragraph that carries a credit. */
function isCaption(line: string): boolean {
  return line.split(/\s+/).length <= CAPTION_WORDS && (CREDIT.test(line) || AGENCY_CREDIT.test(line));
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(\w+));/g;

/**
 * The characters an XML text stands for, with each decoded offset's position in the raw text
 * (one more entry than the decoded text has characters, for the end).
 * @example decodeXmlText('a &amp; b').text // 'a & b'
 */
export function decodeXmlText(raw: string): { text: string; rawOffsets: number[] } {
  let text = '';
  const rawOffsets: number[] = [];
  let at = 0;
  const copy = (to: number) => {
    for (; at < to; at++) {
      rawOffsets.push(at);
      text += raw[at];
    }
  };
  for (const m of raw.matchAll(REFERENCE)) {
    copy(m.index);
    const char = m[1] ? String.fromCodePoint(+m[1]) : m[2] ? String.fromCodePoint(parseInt(m[2], 16)) : NAMED[m[3]!];
    if (char === undefined) continue; // undefined entities are refused by the XML check before this
    for (let i = 0; i < char.length; i++) rawOffsets.push(m.index);
    text += char;
    at = m.index + m[0].length;
  }
  copy(raw.length);
  rawOffsets.push(raw.length);
  return { text, rawOffsets };
}

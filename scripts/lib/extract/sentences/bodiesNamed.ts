// A body's name in full: capitalised words that end in a word naming a body ("UN Security Council",
// "African Union Commission"), the name a later "the Council" shortens.
const BODY = /(?<![\p{L}'’.-])(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?<head>Council|Commission|Committee|Assembly|Union|League|Alliance|Organi[sz]ation|Mission|Court|Parliament|Congress|Senate|Cabinet)(?![\p{L}'’-])/gu;
// Words that open a run without being part of the name: "On Tuesday the".
const LEAD = /^(?:The|A|An|On|In|At|By|For|From|To|Of|After|Before|Speaking|But|And)\s+/;

/**
 * The bodies an article names in full, by the word that names what they are: who "the Council"
 * that speaks for itself later is. The first name in full for each word counts.
 * @example bodiesNamed('The UN Security Council met. Speaking for the Council, …').get('Council') // 'UN Security Council'
 */
export function bodiesNamed(text: string): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const m of text.matchAll(BODY)) {
    let name = m[0];
    while (LEAD.test(name)) name = name.replace(LEAD, '');
    const head = m.groups!.head!;
    if (name !== head && !bodies.has(head)) bodies.set(head, name);
  }
  return bodies;
}

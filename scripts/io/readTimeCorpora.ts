import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Problem } from '../../src/lib/problem.ts';
import { benchDocumentOfCat, benchDocumentOfTimeml, type BenchDocument } from '../lib/timeml/benchDocument.ts';
import { readCatDocument } from '../lib/timeml/readCatDocument.ts';
import { readTimeml } from '../lib/timeml/readTimeml.ts';

/** A development corpus of annotated time expressions. */
export interface TimeCorpus {
  name: string;
  documents: BenchDocument[];
}

/** The shared corpora's folder, beside the project checkout; tests and benchmarks skip what needs it when it is absent. */
export const CORPORA_DIR = join(import.meta.dirname, '../../../shared/corpora');

export async function corporaPresent(dir = CORPORA_DIR): Promise<boolean> {
  return stat(join(dir, 'timebank-aquaint')).then(() => true, () => false);
}

async function filesUnder(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && test(e.name)).map((e) => join(e.parentPath, e.name)).sort();
}

/**
 * Reads the two development corpora of dates: TimeBank+AQUAINT (TimeML, TempEval-3's training
 * data) and MEANTIME's English Wikinews articles (CAT XML). See ../shared/corpora/README.md.
 */
export async function readTimeCorpora(dir = CORPORA_DIR): Promise<{ corpora: TimeCorpus[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const read = async (files: string[], parse: (name: string, xml: string) => BenchDocument | undefined) => {
    const docs: BenchDocument[] = [];
    for (const file of files) {
      const doc = parse(relative(dir, file), await readFile(file, 'utf8'));
      if (doc) docs.push(doc);
    }
    return docs;
  };
  const tbaq = await read(
    [...(await filesUnder(join(dir, 'timebank-aquaint/TimeBank'), (n) => n.endsWith('.tml'))), ...(await filesUnder(join(dir, 'timebank-aquaint/AQUAINT'), (n) => n.endsWith('.tml')))],
    (name, xml) => {
      const { document, problems: p } = readTimeml(name, xml);
      problems.push(...p);
      return document && benchDocumentOfTimeml(name, document);
    },
  );
  const meantime = await read(await filesUnder(join(dir, 'meantime-en'), (n) => n.endsWith('.xml')), (name, xml) => {
    const { document, problems: p } = readCatDocument(name, xml);
    problems.push(...p);
    return document && benchDocumentOfCat(name, document);
  });
  return { corpora: [{ name: 'timebank-aquaint', documents: tbaq }, { name: 'meantime-en', documents: meantime }], problems };
}

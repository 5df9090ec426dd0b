import { join } from 'node:path';
import { readLexicon } from '../../scripts/io/readLexicon.ts';
import { compileLexicon } from '../../scripts/lib/extract/lexicon/compileLexicon.ts';
import { compileHappenings } from '../../scripts/lib/extract/happenings/compileHappenings.ts';

const base = join(import.meta.dirname, '../../scripts/lexicon');
const { lexicon: read, problems } = await readLexicon(base);
if (!read) throw new Error(`the lexicon has problems: ${JSON.stringify(problems)}`);

/** The project's lexicon as read from scripts/lexicon/. */
export const lexicon = read;

/** The project's own lexicon, compiled once per test file. */
export const compiled = compileLexicon(lexicon);

/** The happening rules of the project's lexicon and ontology, compiled once per test file. */
export const rules = compileHappenings(lexicon.happenings, lexicon.ontology);

const { lexicon: readInvented, problems: inventedProblems } = await readLexicon(base, join(import.meta.dirname, 'invented'));
if (!readInvented) throw new Error(`the invented overlay has problems: ${JSON.stringify(inventedProblems)}`);

/**
 * The project's lexicon with two invented countries merged over it (tests/helpers/invented/):
 * Arland (Arlandese; capital Arlandia City; Ondria province, Kelvask Pass, Vel Amar temple) and Borea
 * (Borean; capital Velmora; Sevrin province, Halvane crossing). Tests tell of them, not of any
 * real conflict, and read the same English word lists as the project. Rules are those of `rules`.
 */
export const invented = compileLexicon(readInvented);

/** The lexicon behind `invented`, as read, for a test that adds a name of its own to it. */
export const inventedRead = readInvented;

// npm run schema — regenerates src/lib/ontology.ts from scripts/lexicon/ontology.yaml, then
// data/events.schema.json from src/lib/eventSchema.ts (which reads the ontology module), and
// src/i18n/names.ts from the gazetteers' Thai and Khmer names, and src/i18n/eventTemplates.ts from
// the Thai and Khmer forms of kinds.yaml's title and summary templates.
import { join } from 'node:path';
import { formatProblem } from '../src/lib/problem.ts';
import { readYamlFile } from './io/readYamlFile.ts';
import { writeAtomic } from './io/writeAtomic.ts';
import { ontologyModule } from './lib/ontologyModule.ts';
import { namesModule } from './lib/namesModule.ts';
import { templatesModule } from './lib/templatesModule.ts';
import { ActorsFile, KindsFile, PlacesFile } from './lib/extract/lexicon/lexiconSchema.ts';
import { OntologyFile } from './lib/ontologySchema.ts';

const path = join(import.meta.dirname, 'lexicon/ontology.yaml');
const { data: ontology, missing, problems } = await readYamlFile(path, OntologyFile);
if (missing) problems.push({ code: 'lexicon-missing', file: 'scripts/lexicon/ontology.yaml', message: 'expected the ontology, found no file' });
if (!ontology) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the ontology; nothing was written.`);
  process.exit(1);
}
await writeAtomic('src/lib/ontology.ts', ontologyModule(ontology));
console.log('wrote src/lib/ontology.ts');

// Imported only now: the event schema reads the module just written, and a static import would
// have loaded the old one before it was rewritten.
const { eventsJsonSchema } = await import('../src/lib/eventsJsonSchema.ts');
await writeAtomic('data/events.schema.json', eventsJsonSchema());
console.log('wrote data/events.schema.json');

// The editions' names of places and actors, read with the extractor's own schemas.
const places = await readYamlFile(join(import.meta.dirname, 'lexicon/places.yaml'), PlacesFile);
const actors = await readYamlFile(join(import.meta.dirname, 'lexicon/actors.yaml'), ActorsFile);
const nameProblems = [...places.problems, ...actors.problems];
if (!places.data || !actors.data) {
  for (const p of nameProblems) console.error(formatProblem(p));
  console.error(`\n${nameProblems.length} problem${nameProblems.length === 1 ? '' : 's'} in the gazetteers; src/i18n/names.ts was not written.`);
  process.exit(1);
}
await writeAtomic('src/i18n/names.ts', namesModule(places.data, actors.data));
console.log('wrote src/i18n/names.ts');

// The editions' title and summary templates, checked against the English ones by KindsFile.
const kinds = await readYamlFile(join(import.meta.dirname, 'lexicon/kinds.yaml'), KindsFile);
if (!kinds.data) {
  for (const p of kinds.problems) console.error(formatProblem(p));
  console.error(`\n${kinds.problems.length} problem${kinds.problems.length === 1 ? '' : 's'} in kinds.yaml; src/i18n/eventTemplates.ts was not written.`);
  process.exit(1);
}
await writeAtomic('src/i18n/eventTemplates.ts', templatesModule(kinds.data));
console.log('wrote src/i18n/eventTemplates.ts');

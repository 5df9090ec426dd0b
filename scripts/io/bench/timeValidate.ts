// Runs `npm run validate` in this process on the given files and prints, as one line of JSON,
// how long it took, the process's peak memory and how many lines it printed. A process of its
// own per input, so that each peak is that input's alone (npm run bench:validate).
import { validate } from '../../validate.ts';

const args = process.argv.slice(2);
let lines = 0;
const started = performance.now();
const code = await validate(args, { out: () => lines++, err: () => lines++ });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ code, seconds, peakMB: process.resourceUsage().maxRSS / 1024, lines }));

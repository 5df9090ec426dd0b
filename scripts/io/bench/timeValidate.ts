// Runs `npm run validate` in this process on the given files and prints, as one line of JSON,
// how long it took (wall and processor time: on a shared machine the second is what the input
// cost), the process's peak memory and how many lines it printed. A process of its
// own per input, so that each peak is that input's alone (npm run bench:validate).
import { validate } from '../../validate.ts';

const args = process.argv.slice(2);
let lines = 0;
const started = performance.now();
const cpu = process.cpuUsage();
const code = await validate(args, { out: () => lines++, err: () => lines++ });
const seconds = (performance.now() - started) / 1000;
const { user, system } = process.cpuUsage(cpu);
console.log(JSON.stringify({ code, seconds, cpuSeconds: (user + system) / 1e6, peakMB: process.resourceUsage().maxRSS / 1024, lines }));

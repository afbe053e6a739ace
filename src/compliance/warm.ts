// Run by `npm start` in a process of its own, at the lowest priority, once per start (scripts/start.mjs; `npm test`
// runs it once before the test files): trains the compliance model and writes its training to the cache when the
// cache does not hold this data's training yet — after `npm install`, or a release with new labelled sentences.
// Without it, the first staff edit, feedback or import after such a start trained the model on the server's own
// thread (decision 0091 keeps the model out of a server until its first check): every request of that process
// waited, 12 s at 40,653 labelled sentences on a loaded two-core machine (decision 0141).
import { warmTrainingCache } from './model.js';

const started = performance.now();
const done = warmTrainingCache();
if (process.argv.includes('--verbose')) console.log(`compliance model training: ${done} (${Math.round(performance.now() - started)} ms)`);

/**
 * What `npm start` runs, after `node` (package.json; test/unit/server-entry.test.ts keeps the two
 * the same): tests, benchmarks and Lighthouse start the server exactly as an operator does.
 * Relative to the project folder.
 *
 * `--max-semi-space-size=4` (MB; V8's default here is 16): under a server's allocation rate V8 grows
 * each isolate's young generation (two semi-spaces) to 32 MB, on the server's thread and on the
 * search thread alike, and a scavenge every few milliseconds never gives it back. At
 * 4 MB the app server's peak under the benchmark's searches fell by ~50 MB, for more frequent
 * scavenges: ~5–10 % more CPU per search request (decision 0091). Only a command-line flag
 * sizes the server's own thread: by the time code runs, V8 has set up its heap.
 */
export const SERVER_ARGS = ['--max-semi-space-size=4', '--enable-source-maps', 'scripts/start.mjs'];

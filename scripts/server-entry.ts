/**
 * What `npm start` runs, after `node` (package.json; test/unit/server-entry.test.ts keeps the two
 * the same): tests, benchmarks and Lighthouse start the server exactly as an operator does.
 * Relative to the project folder.
 */
export const SERVER_ARGS = ['--enable-source-maps', 'scripts/start.mjs'];

import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

// better-sqlite3 12 wraps its objects in Node's own ObjectWrap. Since Node 24.19, a Statement that
// the collector finalises after its thread's environment is gone aborts the whole process
// (SIGABRT, "Assertion failed: (env) != nullptr" in RemoveEnvironmentCleanupHook): at the exit of
// every process or worker thread that prepared statements — a test file, the search thread. Version
// 13 is written on Node-API and does not, but requires Node 22 (its prebuilt binary crashes at once
// on Node 20). So each Node gets the version made for it: 13 (installed under the alias
// better-sqlite3-napi, prebuilt in the package) on 22 and later, 12 (compiled at install) on 20.
// The API the code uses is the same in both (decision 0048).
const require = createRequire(import.meta.url);
const major = Number(process.versions.node.split('.')[0]);

/** The better-sqlite3 constructor for this Node. */
export const SQLite: typeof BetterSqlite3 = major >= 22 ? require('better-sqlite3-napi') : require('better-sqlite3');
/** Which major version of better-sqlite3 runs here. */
export const SQLITE_DRIVER_MAJOR: number = Number((require(major >= 22 ? 'better-sqlite3-napi/package.json' : 'better-sqlite3/package.json') as { version: string }).version.split('.')[0]);

export type SqliteConnection = BetterSqlite3.Database;
export type SqliteStatement = BetterSqlite3.Statement;

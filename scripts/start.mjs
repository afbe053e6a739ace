// `npm start`: bundles src/server.ts with esbuild (a quarter of a second) and runs the bundle in
// this process. Running plain JavaScript instead of the TypeScript sources through tsx saves tsx's
// loader thread and per-module transforms: ~45 MB less memory at start and ~30 MB less under load
// (docs/decisions/0010-bundled-start.md). It is rebuilt at every start, so it can never be stale.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, stop } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');

/** Builds the bundle and returns its path: dist/server-<content hash>.mjs, written once. */
export async function buildServer() {
  return bundle(path.join(ROOT, 'src', 'server.ts'), 'server');
}

/**
 * The search thread's own bundle (dist/search-thread-<hash>.mjs): only the search and database
 * code, so the thread holds ~40 MB less than a copy of the whole server would.
 */
export async function buildSearchThread() {
  return bundle(path.join(ROOT, 'src', 'search', 'search.thread.ts'), 'search-thread');
}

/** The compliance model's warm-up (src/compliance/warm.ts), run beside the server: see startWarmUp. */
export async function buildModelWarmUp() {
  return bundle(path.join(ROOT, 'src', 'compliance', 'warm.ts'), 'compliance-warm');
}

/**
 * Trains the compliance model's cache in a child process at the lowest priority, if it does not hold this
 * release's training yet (decision 0141); otherwise the child only finds it there and exits. Nothing waits for
 * it: a check that comes first trains the model itself, as before.
 */
function startWarmUp(file) {
  const child = spawn(process.execPath, [file], { cwd: ROOT, stdio: 'ignore' });
  child.on('error', () => {});
  try {
    os.setPriority(child.pid, 19);
  } catch {
    // it ran already, or may not be lowered here: it only costs the same CPU at normal priority
  }
  child.unref();
}

async function bundle(entry, name) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages stay in node_modules (native addons, and what they read beside themselves).
    packages: 'external',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // Stack traces name the TypeScript file and line (run with --enable-source-maps). The map is a
    // file beside the bundle, not inline: V8 keeps a module's whole source text for the life of the
    // process, and an inline map was 1.8 M characters of it, held twice as wide as it is because
    // the bundle's Chinese text makes the source a two-byte string (~5 MB of the server's heap).
    sourcemap: 'external',
    sourcesContent: false,
    outfile: path.join(DIST, `${name}.mjs`),
    write: false,
    logLevel: 'warning',
  });
  const out = (ext) => result.outputFiles.find((f) => f.path.endsWith(ext)).contents;
  const code = out('.mjs');
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = path.join(DIST, `${name}-${hash}.mjs`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(DIST, { recursive: true });
    // Several servers may start at once (tests do): each writes its own files and renames them into
    // place, the map first, so no process ever imports a half-written bundle or finds no map.
    const put = (target, ...parts) => {
      const tmp = `${target}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, Buffer.concat(parts));
      fs.renameSync(tmp, target);
    };
    put(`${file}.map`, out('.mjs.map'));
    put(file, code, Buffer.from(`//# sourceMappingURL=${path.basename(file)}.map\n`));
  }
  sweep(file, name);
  return file;
}

/** Bundles of earlier sources, left by earlier starts; an hour's grace for servers still running them. */
function sweep(keep, name) {
  const hourAgo = Date.now() - 3600_000;
  const ours = new RegExp(`^${name}-[0-9a-f]{16}\\.mjs(\\.map)?(\\.\\d+\\.tmp)?$`);
  for (const entry of fs.readdirSync(DIST)) {
    const f = path.join(DIST, entry);
    if (f === keep || f === `${keep}.map` || !ours.test(entry)) continue;
    try {
      if (fs.statSync(f).mtimeMs < hourAgo) fs.rmSync(f);
    } catch {
      // another start removed it first
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let file;
  try {
    let thread;
    let warm;
    [file, thread, warm] = await Promise.all([buildServer(), buildSearchThread(), buildModelWarmUp()]);
    process.env.CLINICPRESS_SEARCH_THREAD_BUNDLE = thread;
    startWarmUp(warm);
  } catch (err) {
    console.error(`ClinicPress cannot start: building the server from src/ failed.\n${err.message}`);
    process.exit(1);
  } finally {
    // esbuild answers builds from a child process that otherwise lives as long as the server,
    // holding ~100 MB after bundling it.
    await stop();
  }
  // With WORKERS > 1 the server forks workers from this same bundle (src/server.ts).
  process.env.CLINICPRESS_BUNDLE = file;
  await import(pathToFileURL(file).href);
}

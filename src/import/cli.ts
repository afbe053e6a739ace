import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ImportSource } from './import.run.js';

// The two commands of issue 14: `audit-site` (reads a site, writes a report) and `import`.

const int = (v: string | undefined, d: number, min: number, max: number) => {
  const n = v === undefined ? d : Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`expected a whole number from ${min} to ${max}, got "${v}"`);
  return n;
};

export class UsageError extends Error {}

function httpUrl(s: string | undefined, what: string): string {
  try {
    const u = new URL(s ?? '');
    if (/^https?:$/.test(u.protocol)) return u.toString();
  } catch {
    // fall through
  }
  throw new UsageError(`${what} must be an http(s) URL`);
}

const AUDIT_USAGE = `Usage: clinicpress audit-site URL [--out DIR] [--limit N] [--concurrency N] [--delay MS]

Crawls a public site (same host only, robots.txt respected, politely) and writes report.html and
report.json to DIR (default ./site-audit): pages, article pages, compliance findings worst first,
broken links and images. Changes nothing.
`;

const IMPORT_USAGE = `Usage: clinicpress import (--from-site URL | --from-wxr FILE | --from-dir DIR | --from-dedecms FILE.sql [--base URL])
       [--map FILE] [--dry-run] [--json] [--limit N] [--concurrency N] [--delay MS]

Imports an old site's articles as drafts (never published) with their compliance findings, typed
blocks, images, doctor cards and old URLs (redirects). Safe to run again and to interrupt.
`;

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

export async function auditSiteCommand(args: string[]): Promise<number> {
  if (wantsHelp(args)) {
    process.stdout.write(AUDIT_USAGE);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, limit: { type: 'string' }, concurrency: { type: 'string' }, delay: { type: 'string' } },
    });
  } catch (e) {
    console.error(`clinicpress audit-site: ${(e as Error).message.split('\n')[0]} (see clinicpress audit-site --help)`);
    return 2;
  }
  const { values, positionals } = parsed;
  try {
    const url = httpUrl(positionals[0], 'The site');
    const out = path.resolve(values.out ?? 'site-audit');
    // The crawler and the checker load once the arguments are good: --help answers without them.
    const { auditHtml, auditSite } = await import('./audit.js');
    const report = await auditSite(url, {
      limit: int(values.limit, 500, 1, 100_000),
      concurrency: int(values.concurrency, 2, 1, 8),
      delayMs: int(values.delay, 500, 0, 60_000),
      now: new Date(),
    });
    await fs.mkdir(out, { recursive: true });
    await fs.writeFile(path.join(out, 'report.json'), JSON.stringify(report, null, 2));
    await fs.writeFile(path.join(out, 'report.html'), auditHtml(report));
    console.log(
      `Checked ${report.pages} pages (${report.articlePages} articles): ${report.totals.error} errors, ${report.totals.warning} warnings; ` +
        `${report.brokenLinks.length} broken links, ${report.brokenImages.length} broken images.\nReport: ${path.join(out, 'report.html')} and report.json`,
    );
    return 0;
  } catch (e) {
    if (e instanceof UsageError || (e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`${(e as Error).message}\nUsage: clinicpress audit-site URL [--out DIR] [--limit N] [--concurrency N] [--delay MS]`);
      return 2;
    }
    throw e;
  }
}

export async function readCategoryMap(file: string | undefined): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  if (!file) return map;
  const text = await fs.readFile(file, 'utf8');
  if (text.trim().startsWith('{')) {
    for (const [k, v] of Object.entries(JSON.parse(text) as Record<string, unknown>)) if (typeof v === 'string') map.set(k.trim(), v.trim());
  } else {
    for (const line of text.split(/\r?\n/)) {
      const m = /^\s*([^#=]+?)\s*=\s*([a-z0-9-]+)\s*$/.exec(line);
      if (m) map.set(m[1]!, m[2]!);
    }
  }
  return map;
}

/** import's options, also checked before any database is opened (src/cli.ts). */
export const IMPORT_OPTIONS = {
  'from-site': { type: 'string' },
  'from-wxr': { type: 'string' },
  'from-dir': { type: 'string' },
  'from-dedecms': { type: 'string' },
  base: { type: 'string' },
  map: { type: 'string' },
  'dry-run': { type: 'boolean' },
  limit: { type: 'string' },
  concurrency: { type: 'string' },
  delay: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export async function importCommand(args: string[], ctx: { db: Kysely<Database>; dataDir: string }): Promise<number> {
  let values;
  if (wantsHelp(args)) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  try {
    ({ values } = parseArgs({
      args,
      options: IMPORT_OPTIONS,
    }));
  } catch (e) {
    console.error(`clinicpress import: ${(e as Error).message.split('\n')[0]} (see clinicpress import --help)`);
    return 2;
  }
  let source: ImportSource;
  try {
    const given = ['from-site', 'from-wxr', 'from-dir', 'from-dedecms'].filter((k) => values[k as 'from-site']);
    if (given.length !== 1) throw new UsageError('Give exactly one of --from-site URL, --from-wxr FILE, --from-dir DIR, --from-dedecms FILE.sql');
    if (values['from-site']) source = { kind: 'site', url: httpUrl(values['from-site'], '--from-site'), limit: int(values.limit, 1000, 1, 100_000), concurrency: int(values.concurrency, 2, 1, 8), delayMs: int(values.delay, 500, 0, 60_000) };
    else if (values['from-wxr']) source = { kind: 'wxr', file: path.resolve(values['from-wxr']) };
    else if (values['from-dir']) source = { kind: 'dir', dir: path.resolve(values['from-dir']), baseUrl: values.base ? httpUrl(values.base, '--base') : undefined };
    else source = { kind: 'dedecms', file: path.resolve(values['from-dedecms']!), baseUrl: httpUrl(values.base ?? 'http://dedecms.invalid/', '--base') };
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const stop = { requested: false };
  const onSigint = () => {
    if (stop.requested) process.exit(130);
    stop.requested = true;
    process.stderr.write('\nStopping after the page in hand; run the same command again to resume. (Ctrl-C again to quit now.)\n');
  };
  process.on('SIGINT', onSigint);
  try {
    const { runImport } = await import('./import.run.js');
    const imp = await runImport(source, {
      db: ctx.db,
      dataDir: ctx.dataDir,
      now: () => new Date(),
      dryRun: !!values['dry-run'],
      categoryMap: await readCategoryMap(values.map),
      progress: process.stderr,
      stop,
    });
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ batch: imp.batchId, dryRun: !!values['dry-run'], counts: imp.counts, doctors: imp.doctorReports, pages: imp.reports }, null, 2)}\n`);
    } else {
      const c = imp.counts;
      console.log(`${values['dry-run'] ? 'Dry run (nothing written)' : `Batch ${imp.batchId}${stop.requested ? ' (interrupted; run again to resume)' : ''}`}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped_edited} skipped (edited since import), ${c.failed} failed; ${imp.doctorReports.filter((d) => d.outcome === 'created').length} draft doctor profiles.`);
      for (const r of imp.reports.filter((r) => r.outcome === 'skipped_edited')) console.log(`  edited, not overwritten: ${r.title} (${r.oldPath ?? r.sourceUrl})`);
      for (const r of imp.reports) for (const p of r.problems.filter((p) => p.kind !== 'failed' || r.outcome === 'failed')) console.log(`  ${r.oldPath ?? r.sourceUrl}: ${p.detail}`);
    }
    return stop.requested ? 130 : 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

import fs from 'node:fs/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { crawl, fetchBytes } from './crawler.js';
import { decodeBytes } from './encoding.js';
import { Importer, type ImageFetcher, type SourceArticle } from './import.service.js';
import { DIR_HOST, listHtmlFiles, pageToSource, parseDedecms, parseWxr, readSavedPage } from './sources.js';

// One import run from any source: the batch row, the progress line, Ctrl-C. Interrupting leaves
// the batch 'interrupted' with every finished page committed; running the same command again
// resumes, since pages already imported with the same content are skipped at once.

export type ImportSource =
  | { kind: 'site'; url: string; limit: number; concurrency: number; delayMs: number }
  | { kind: 'wxr'; file: string }
  | { kind: 'dir'; dir: string; baseUrl?: string }
  | { kind: 'dedecms'; file: string; baseUrl: string };

export interface RunOptions {
  db: Kysely<Database>;
  dataDir: string;
  now: () => Date;
  dryRun: boolean;
  categoryMap: Map<string, string>;
  /** Where progress goes (stderr in the CLI); nothing when absent. */
  progress?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Set to true to stop after the page in hand (Ctrl-C). */
  stop?: { requested: boolean };
}

/** The old site's host as the operator named it (--from-site, --base): it may be on the clinic's network; any other host must be public. */
function namedHost(source: ImportSource): string | undefined {
  const url = source.kind === 'site' ? source.url : source.kind === 'wxr' ? undefined : source.baseUrl;
  return url ? new URL(url).host : undefined;
}

export function imageFetcher(source: ImportSource): ImageFetcher {
  return async (url) => {
    const u = new URL(url);
    if (source.kind === 'dir' && u.host === DIR_HOST) {
      const rel = decodeURIComponent(u.pathname).replace(/^\/+/, '');
      const file = `${source.dir}/${rel}`;
      if (rel.split('/').includes('..')) throw new Error('path outside the folder');
      return { bytes: await fs.readFile(file), contentType: '' };
    }
    const r = await fetchBytes(url, { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024, trustedHost: namedHost(source) });
    if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
    return { bytes: r.bytes, contentType: r.contentType };
  };
}

function fmt(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

class Progress {
  private started = Date.now();
  private lastLine = 0;
  constructor(private out: RunOptions['progress'], private importer: Importer) {}
  tick(force = false) {
    if (!this.out) return;
    const now = Date.now();
    if (!force && now - this.lastLine < (this.out.isTTY ? 200 : 2000)) return;
    this.lastLine = now;
    const { done, total, counts } = this.importer;
    const rate = done / Math.max(1, now - this.started);
    const eta = total > done && rate > 0 ? fmt((total - done) / rate) : total ? '0s' : '?';
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : 0;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    const line = `${bar} ${done}/${total || '?'}  新建 ${counts.created} 更新 ${counts.updated} 未变 ${counts.unchanged} 已编辑跳过 ${counts.skipped_edited} 失败 ${counts.failed}  ETA ${eta}`;
    this.out.write(this.out.isTTY ? `\r${line}` : `${line}\n`);
  }
  end() {
    this.tick(true);
    if (this.out?.isTTY) this.out.write('\n');
  }
}

export async function runImport(source: ImportSource, opts: RunOptions): Promise<Importer> {
  const importer = new Importer({ db: opts.db, dataDir: opts.dataDir, now: opts.now, dryRun: opts.dryRun, categoryMap: opts.categoryMap, fetchImage: imageFetcher(source) });
  const label = source.kind === 'site' ? source.url : source.kind === 'dir' ? source.dir : source.file;
  await importer.begin(source.kind, label);
  const progress = new Progress(opts.progress, importer);
  const stopped = () => !!opts.stop?.requested;
  const one = async (a: SourceArticle) => {
    await importer.importArticle(a);
    progress.tick();
  };
  try {
    if (source.kind === 'site') {
      await crawl(source.url, {
        limit: source.limit,
        concurrency: source.concurrency,
        delayMs: source.delayMs,
        shouldStop: stopped,
        onPage: async (page) => {
          importer.total++;
          if (!page.html) {
            // A page the old site could not deliver (after retries) is reported, not silently left out;
            // a 404 is a broken link of the old site, and a non-HTML answer no page.
            if (page.status === 0 || page.status >= 500) importer.unreadable(page.url, page.error ?? `HTTP ${page.status}`);
            else importer.done++;
            return [];
          }
          const p = pageToSource(page.html, page.url);
          for (const d of p.doctors) await importer.importDoctor(d);
          if (p.article) await one(p.article);
          else importer.done++;
          progress.tick();
          return extractLinks(page.html, page.url);
        },
      });
    } else if (source.kind === 'dir') {
      const files = await listHtmlFiles(source.dir);
      importer.total = files.length;
      for (const f of files) {
        if (stopped()) break;
        const p = await readSavedPage(source.dir, f, source.baseUrl);
        for (const d of p.doctors) await importer.importDoctor(d);
        if (p.article) await one(p.article);
        else importer.done++;
      }
    } else {
      const bytes = await fs.readFile(source.file);
      const items = source.kind === 'wxr' ? parseWxr(bytes) : parseDedecms(bytes, source.baseUrl);
      importer.total = items.length;
      for (const a of items) {
        if (stopped()) break;
        await one(a);
      }
    }
  } finally {
    progress.end();
    await importer.finish(stopped() ? 'interrupted' : 'done');
  }
  return importer;
}

export function extractLinks(html: string, pageUrl: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*href\s*=\s*["']?([^"'\s>]+)/gi)) {
    try {
      out.push(new URL(m[1]!.replace(/&amp;/g, '&'), pageUrl).toString());
    } catch {
      // not a URL
    }
  }
  return out;
}


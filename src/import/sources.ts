import fs from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { decodeBytes } from './encoding.js';
import { extractPage, type DoctorCard } from './extract.js';
import type { SourceArticle } from './import.service.js';

// The sources an import reads: a folder of saved pages, a WordPress WXR export and a DedeCMS
// (织梦) database dump. (A live site is read by crawler.ts.) Each yields SourceArticles; pages also
// yield the doctor cards they show.

export interface SourcePage {
  article: SourceArticle | null;
  doctors: DoctorCard[];
}

/** Saved pages are resolved against this made-up host; their images are read from the folder. */
export const DIR_HOST = 'saved-pages.invalid';

export function pageToSource(html: string, pageUrl: string, sourceUrl = pageUrl): SourcePage {
  const e = extractPage(html, pageUrl);
  const u = new URL(pageUrl);
  return {
    doctors: e.doctors,
    article: e.isArticle
      ? { sourceUrl, pageUrl, oldPath: u.pathname + u.search, title: e.title, date: e.date, source: e.source, crumbs: e.crumbs, contentHtml: e.contentHtml, extractor: e.extractor }
      : null,
  };
}

export async function listHtmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const ent of (await fs.readdir(d, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) await walk(p);
      else if (/\.s?html?$/i.test(ent.name)) out.push(p);
    }
  };
  await walk(dir);
  return out;
}

/** A saved page: its old path is its place in the folder (or under --base URL when given). */
export async function readSavedPage(dir: string, file: string, baseUrl?: string): Promise<SourcePage> {
  const rel = path.relative(dir, file).split(path.sep).map(encodeURIComponent).join('/');
  const pageUrl = new URL(`/${rel}`, baseUrl ?? `http://${DIR_HOST}/`).toString();
  const html = decodeBytes(await fs.readFile(file)).text;
  return pageToSource(html, pageUrl, baseUrl ? pageUrl : `file:${rel}`);
}

// ---------------------------------------------------------------------------------------------
// WordPress WXR

const first = (e: Element, tag: string) => e.getElementsByTagName(tag)[0]?.textContent?.trim() ?? '';

export function parseWxr(xmlBytes: Buffer): SourceArticle[] {
  const xml = decodeBytes(xmlBytes, 'application/xml').text;
  const d = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  const site = first(d.getElementsByTagName('channel')[0] as unknown as Element, 'link') || 'http://wordpress.invalid/';
  const out: SourceArticle[] = [];
  for (const it of [...d.getElementsByTagName('item')] as unknown as Element[]) {
    if (first(it, 'wp:post_type') !== 'post') continue;
    const status = first(it, 'wp:status');
    if (status === 'trash' || status === 'auto-draft') continue;
    const link = first(it, 'link');
    const id = first(it, 'wp:post_id');
    const pageUrl = (() => {
      try {
        return new URL(link || `/?p=${id}`, site).toString();
      } catch {
        return new URL(`/?p=${id}`, site).toString();
      }
    })();
    const u = new URL(pageUrl);
    const cats = ([...it.getElementsByTagName('category')] as Element[]).filter((c) => c.getAttribute('domain') === 'category').map((c) => c.textContent?.trim() ?? '');
    const date = /^(\d{4}-\d{2}-\d{2})/.exec(first(it, 'wp:post_date'))?.[1] ?? null;
    const body = first(it, 'content:encoded')
      // WordPress stores paragraphs as blank-line-separated text (wpautop); make them paragraphs.
      .split(/\n\s*\n/)
      .map((p) => (/^\s*<(p|h\d|ul|ol|table|figure|div|blockquote|!--)/i.test(p) ? p : `<p>${p}</p>`))
      .join('\n')
      .replace(/<!--\s*\/?wp:[^>]*-->/g, '');
    out.push({ sourceUrl: `wxr:${site}#${id || link}`, pageUrl, oldPath: u.pathname + u.search, title: first(it, 'title'), date, source: first(it, 'dc:creator') || null, crumbs: cats, contentHtml: body, extractor: 'source' });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// DedeCMS (织梦) MySQL dump: dede_archives + dede_addonarticle.body + dede_arctype.

type Value = string | number | null;

/** Column names of each CREATE TABLE and the rows of each INSERT, in one linear pass. */
export function parseSqlDump(sql: string): Map<string, Record<string, Value>[]> {
  const columns = new Map<string, string[]>();
  for (const m of sql.matchAll(/CREATE TABLE\s+(?:IF NOT EXISTS\s+)?`?(\w+)`?\s*\(([\s\S]*?)\)\s*(?:ENGINE|TYPE|DEFAULT|;)/gi)) {
    const cols = [...m[2]!.matchAll(/^\s*`(\w+)`/gm)].map((c) => c[1]!);
    columns.set(m[1]!.toLowerCase(), cols);
  }
  const tables = new Map<string, Record<string, Value>[]>();
  const re = /INSERT\s+INTO\s+`?(\w+)`?\s*(?:\(([^)]*)\))?\s*VALUES\s*/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(sql))) {
    const table = m[1]!.toLowerCase();
    const cols = m[2] ? m[2].split(',').map((c) => c.trim().replace(/`/g, '')) : (columns.get(table) ?? []);
    const rows = tables.get(table) ?? [];
    tables.set(table, rows);
    let i = re.lastIndex;
    // Tuples: ( v, v, … ) separated by commas, ended by ';'.
    for (;;) {
      while (i < sql.length && /\s|,/.test(sql[i]!)) i++;
      if (sql[i] !== '(') break;
      i++;
      const values: Value[] = [];
      for (;;) {
        while (/\s/.test(sql[i]!)) i++;
        const c = sql[i]!;
        if (c === "'") {
          let s = '';
          i++;
          while (i < sql.length) {
            const ch = sql[i]!;
            if (ch === '\\') {
              const n = sql[i + 1]!;
              s += n === 'n' ? '\n' : n === 'r' ? '\r' : n === 't' ? '\t' : n === '0' ? '\0' : n;
              i += 2;
            } else if (ch === "'" && sql[i + 1] === "'") {
              s += "'";
              i += 2;
            } else if (ch === "'") {
              i++;
              break;
            } else {
              s += ch;
              i++;
            }
          }
          values.push(s);
        } else {
          let j = i;
          while (j < sql.length && sql[j] !== ',' && sql[j] !== ')') j++;
          const raw = sql.slice(i, j).trim();
          values.push(/^null$/i.test(raw) ? null : Number.isFinite(Number(raw)) ? Number(raw) : raw);
          i = j;
        }
        while (/\s/.test(sql[i]!)) i++;
        if (sql[i] === ',') {
          i++;
          continue;
        }
        if (sql[i] === ')') {
          i++;
          break;
        }
        throw new Error(`Unreadable SQL near offset ${i}`);
      }
      rows.push(Object.fromEntries(cols.map((c, k) => [c, values[k] ?? null])));
    }
    re.lastIndex = i;
  }
  return tables;
}

/** DedeCMS's default article URL rule, {typedir}/{Y}/{M}{D}/{aid}.html, in the server's time (China). */
export function dedeUrl(typedir: string, pubdate: number, aid: number, filename = ''): string {
  const t = new Date((pubdate + 8 * 3600) * 1000);
  const Y = String(t.getUTCFullYear());
  const M = String(t.getUTCMonth() + 1).padStart(2, '0');
  const D = String(t.getUTCDate()).padStart(2, '0');
  const dir = typedir.replace(/\{cmspath\}/gi, '').replace(/\/+$/, '');
  return `${dir.startsWith('/') ? '' : '/'}${dir}/${Y}/${M}${D}/${filename || aid}.html`;
}

export function parseDedecms(bytes: Buffer, baseUrl: string): SourceArticle[] {
  const head = bytes.subarray(0, 65536).toString('latin1');
  const declared = /SET NAMES\s+(\w+)|CHARSET=(\w+)/i.exec(head);
  const label = (declared?.[1] ?? declared?.[2] ?? '').toLowerCase();
  const sql = decodeBytes(bytes, label ? `text/plain; charset=${label === 'utf8mb4' ? 'utf-8' : label}` : null).text;
  const tables = parseSqlDump(sql);
  const pick = (suffix: string) => [...tables].find(([n]) => n.endsWith(suffix))?.[1] ?? [];
  const types = new Map(pick('_arctype').map((t) => [Number(t.id), t]));
  const bodies = new Map(pick('_addonarticle').map((b) => [Number(b.aid), String(b.body ?? '')]));
  const out: SourceArticle[] = [];
  for (const a of pick('_archives')) {
    const aid = Number(a.id);
    // arcrank -2: in the recycle bin.
    if (Number(a.arcrank ?? 0) === -2 || !bodies.has(aid)) continue;
    const type = types.get(Number(a.typeid));
    const typedir = String(type?.typedir ?? '/html');
    const oldPath = dedeUrl(typedir, Number(a.pubdate ?? a.senddate ?? 0), aid, String(a.filename ?? ''));
    const pageUrl = new URL(oldPath, baseUrl).toString();
    const pub = new Date((Number(a.pubdate ?? 0) + 8 * 3600) * 1000).toISOString().slice(0, 10);
    out.push({
      sourceUrl: `dedecms:${new URL(baseUrl).host}#${aid}`,
      pageUrl,
      oldPath,
      title: String(a.title ?? '').trim(),
      date: pub,
      source: String(a.source ?? '').trim() || null,
      crumbs: type ? [String(type.typename ?? '')] : [],
      contentHtml: bodies.get(aid)!,
      extractor: 'source',
    });
  }
  return out;
}

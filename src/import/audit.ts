import { crawl, fetchBytes, sameHost, type FetchedPage } from './crawler.js';
import { extractPage, toDraft } from './extract.js';
import { findingsOf, type FieldFindingLite } from './import.service.js';
import { CATEGORIES, type Category } from '../compliance/index.js';
import { extractLinks } from './import.run.js';

// `clinicpress audit-site URL`: what a clinic runs before deciding to move. Crawls politely, reads
// every page the way the import would, and reports; it writes nothing but the report files.

export interface AuditPage {
  url: string;
  status: number;
  encoding: string | null;
  isArticle: boolean;
  title: string;
  extractor: string | null;
  errors: number;
  warnings: number;
  infos: number;
  byCategory: Record<string, number>;
  findings: FieldFindingLite[];
}

export interface AuditReport {
  site: string;
  generatedAt: string;
  pages: number;
  articlePages: number;
  skippedByRobots: string[];
  totals: { error: number; warning: number; info: number };
  byCategory: { category: string; label: string; error: number; warning: number; info: number }[];
  /** Worst first: errors, then warnings. */
  pageReports: AuditPage[];
  brokenLinks: { url: string; status: number; foundOn: string[] }[];
  brokenImages: { url: string; status: number; foundOn: string[] }[];
}

export async function auditSite(url: string, opts: { limit: number; concurrency: number; delayMs: number; now: Date }): Promise<AuditReport> {
  const start = new URL(url);
  const pages: AuditPage[] = [];
  const status = new Map<string, number>();
  const linkedFrom = new Map<string, Set<string>>();
  const imagesFrom = new Map<string, Set<string>>();
  const note = (m: Map<string, Set<string>>, k: string, from: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(from);
  const result = await crawl(url, {
    ...opts,
    onPage: (p: FetchedPage) => {
      status.set(p.url, p.status);
      if (!p.html) {
        if (p.status >= 400 || p.status === 0) pages.push({ url: p.url, status: p.status, encoding: null, isArticle: false, title: '', extractor: null, errors: 0, warnings: 0, infos: 0, byCategory: {}, findings: [] });
        return [];
      }
      const e = extractPage(p.html, p.url);
      let findings: FieldFindingLite[] = [];
      if (e.isArticle) {
        const d = toDraft(e.contentHtml, p.url, e.title);
        findings = findingsOf({ title: d.title, summary: '', bodyMd: d.bodyMd.replace(/@@IMG\d+@@/g, ''), blocks: d.blocks }, 'kepu');
      }
      const byCategory: Record<string, number> = {};
      for (const f of findings) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
      pages.push({
        url: p.url,
        status: p.status,
        encoding: p.encoding ?? null,
        isArticle: e.isArticle,
        title: e.title,
        extractor: e.isArticle ? e.extractor : null,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        infos: findings.filter((f) => f.severity === 'info').length,
        byCategory,
        findings,
      });
      const links = extractLinks(p.html, p.url);
      for (const l of links) if (sameHost(start, l)) note(linkedFrom, new URL(l).toString().replace(/#.*$/, ''), p.url);
      for (const i of e.images) if (sameHost(start, i)) note(imagesFrom, i, p.url);
      return links;
    },
  });
  // Images are checked with HEAD (GET when a server refuses HEAD), one at a time: politeness first.
  const brokenImages: AuditReport['brokenImages'] = [];
  for (const [img, from] of imagesFrom) {
    let s = 0;
    try {
      s = (await fetchBytes(img, { timeoutMs: 15_000, maxBytes: 1, method: 'HEAD', trustedHost: start.host })).status;
      if (s === 405) s = (await fetchBytes(img, { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, trustedHost: start.host })).status;
    } catch {
      s = 0;
    }
    if (s >= 400 || s === 0) brokenImages.push({ url: img, status: s, foundOn: [...from] });
    if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
  }
  const brokenLinks = [...linkedFrom]
    .filter(([u]) => (status.get(u) ?? 200) >= 400 || status.get(u) === 0)
    .map(([u, from]) => ({ url: u, status: status.get(u)!, foundOn: [...from] }));
  const totals = { error: 0, warning: 0, info: 0 };
  const cats = new Map<string, { error: number; warning: number; info: number }>();
  for (const p of pages)
    for (const f of p.findings) {
      totals[f.severity]++;
      const c = cats.get(f.category) ?? cats.set(f.category, { error: 0, warning: 0, info: 0 }).get(f.category)!;
      c[f.severity]++;
    }
  pages.sort((a, b) => b.errors - a.errors || b.warnings - a.warnings || b.infos - a.infos || a.url.localeCompare(b.url));
  return {
    site: start.origin,
    generatedAt: opts.now.toISOString(),
    pages: pages.length,
    articlePages: pages.filter((p) => p.isArticle).length,
    skippedByRobots: result.skippedByRobots,
    totals,
    byCategory: [...cats].map(([category, v]) => ({ category, label: CATEGORIES[category as Category] ?? category, ...v })).sort((a, b) => b.error - a.error || b.warning - a.warning),
    pageReports: pages,
    brokenLinks,
    brokenImages,
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const SEV: Record<string, string> = { error: '严重', warning: '警告', info: '提示' };

/** A self-contained page, readable on a phone: no scripts, no external files. */
export function auditHtml(r: AuditReport): string {
  const rows = r.pageReports
    .filter((p) => p.isArticle || p.status >= 400)
    .map(
      (p) => `<section class="page"><h3><a href="${esc(p.url)}">${esc(p.title || p.url)}</a></h3>
<p class="meta">${esc(new URL(p.url).pathname)} · ${p.status >= 400 || p.status === 0 ? `无法打开（${p.status || '连接失败'}）` : `严重 ${p.errors} · 警告 ${p.warnings} · 提示 ${p.infos}`}${p.encoding ? ` · ${p.encoding}` : ''}${p.extractor === 'template' ? ' · 按模板规则抽取' : ''}</p>
${p.findings.length ? `<ul>${p.findings.map((f) => `<li class="${f.severity}"><strong>${SEV[f.severity]}</strong> ${esc(CATEGORIES[f.category as Category] ?? f.category)}：“${esc(f.text)}”（${esc(f.field)}）— ${esc(f.message)}</li>`).join('')}</ul>` : ''}</section>`,
    )
    .join('\n');
  const broken = (title: string, list: AuditReport['brokenLinks']) =>
    list.length ? `<h2>${title}（${list.length}）</h2><ul>${list.map((b) => `<li>${esc(b.url)}（${b.status || '连接失败'}），见于 ${b.foundOn.slice(0, 5).map((f) => esc(new URL(f).pathname)).join('、')}</li>`).join('')}</ul>` : `<h2>${title}</h2><p>没有发现。</p>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>网站体检报告 ${esc(r.site)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;margin:0 auto;max-width:48rem;padding:1rem;color:#1a1a1a}h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}h3{font-size:1rem;margin:0}
.page{border-top:1px solid #ccc;padding:.75rem 0}.meta{color:#444;font-size:.9rem;margin:.25rem 0;word-break:break-all}li{margin:.25rem 0;word-break:break-word}.error strong{color:#a00}.warning strong{color:#8a5a00}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}</style></head><body>
<h1>网站体检报告</h1><p>${esc(r.site)} · ${esc(r.generatedAt)}</p>
<p>共检查 <strong>${r.pages}</strong> 个页面，其中文章页 <strong>${r.articlePages}</strong> 个；合规提示：严重 ${r.totals.error}、警告 ${r.totals.warning}、提示 ${r.totals.info}。本报告只读取网站，不做任何修改。</p>
<h2>按类别</h2>${r.byCategory.length ? `<table><thead><tr><th scope="col">类别</th><th scope="col">严重</th><th scope="col">警告</th><th scope="col">提示</th></tr></thead><tbody>${r.byCategory.map((c) => `<tr><th scope="row">${esc(c.label)}</th><td>${c.error}</td><td>${c.warning}</td><td>${c.info}</td></tr>`).join('')}</tbody></table>` : '<p>没有发现。</p>'}
<h2>各页面（问题最多的在前）</h2>${rows}
${broken('失效链接', r.brokenLinks)}
${broken('失效图片', r.brokenImages)}
${r.skippedByRobots.length ? `<h2>按 robots.txt 未抓取</h2><ul>${r.skippedByRobots.map((u) => `<li>${esc(u)}</li>`).join('')}</ul>` : ''}
</body></html>`;
}

import type { Kysely } from 'kysely';
import { pinyin } from 'pinyin-pro';
import { checkText, type Finding } from '../compliance/index.js';
import type { RevisionContent } from '../content/index.js';
import { blockText, createArticle, saveDraft } from '../content/index.js';
import type { Database } from '../db/schema.js';
import { markdownSnippet, mediaUrl, storeUpload, THUMB_WIDTH } from '../media/index.js';
import { rememberImportedPath } from '../redirects/index.js';
import type { Actor } from '../staff/audit.js';
import { sha256, toDraft, type DoctorCard } from './extract.js';
import { createBatch, doctorSlugTaken, findItem, headRevision, insertDoctor, markSeen, saveItem, updateBatch, categories as listCategories } from './import.repository.js';
import type { ImportOutcome } from './import.tables.js';

// One article page (from any source) → one draft, its findings, its images and its old address.
// Safe to repeat: a source already imported with the same content hash is left alone; a draft
// someone edited since (its head revision is not the one the import wrote) is skipped and reported.
// Nothing is ever published, and the text is never rewritten.

export const IMPORT_ACTOR: Actor = { userId: null, name: '站点导入', ip: 'cli', userAgent: 'clinicpress import' };

export interface SourceArticle {
  /** Identity of the source page (absolute URL, or kind:id for dumps). */
  sourceUrl: string;
  /** URL the page's relative links and images are resolved against. */
  pageUrl: string;
  /** Path on the old site that must keep answering, if any. */
  oldPath: string | null;
  title: string;
  date: string | null;
  source: string | null;
  crumbs: string[];
  contentHtml: string;
  extractor?: 'readability' | 'template' | 'source';
}

export interface PageProblem {
  kind: 'image' | 'category' | 'block' | 'extractor' | 'redirect' | 'failed';
  detail: string;
}

export interface ItemReport {
  sourceUrl: string;
  oldPath: string | null;
  title: string;
  outcome: ImportOutcome;
  articleId: number | null;
  errors: number;
  warnings: number;
  problems: PageProblem[];
}

export interface ImageFetcher {
  (url: string): Promise<{ bytes: Buffer; contentType: string }>;
}

export interface ImporterOptions {
  db: Kysely<Database>;
  dataDir: string;
  now: () => Date;
  dryRun: boolean;
  /** Old category name or old path prefix → category slug. */
  categoryMap: Map<string, string>;
  fetchImage: ImageFetcher;
  docType?: 'kepu' | 'institution';
}

export interface FieldFindingLite {
  field: string;
  rule: string;
  category: string;
  severity: Finding['severity'];
  text: string;
  message: string;
  line: number;
}

/** The checker's findings for each field, as the editor's page groups them. */
export function findingsOf(c: RevisionContent, docType: 'kepu' | 'institution'): FieldFindingLite[] {
  const fields: [string, string][] = [['标题', c.title], ['摘要', c.summary], ['正文', c.bodyMd], ...c.blocks.map((b) => [`区块“${b.title}”`, blockText(b)] as [string, string])];
  return fields.flatMap(([field, text]) =>
    checkText(text, { docType }).map((f) => ({ field, rule: f.rule, category: f.category, severity: f.severity, text: f.text, message: f.message, line: f.line })),
  );
}

export function slugFor(title: string, sourceUrl: string): string {
  const words = pinyin(title, { toneType: 'none', type: 'array' })
    .map((w) => w.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .slice(0, 8);
  return [...words, sha256(sourceUrl).slice(0, 6)].join('-').slice(0, 90);
}

export class Importer {
  readonly counts: Record<ImportOutcome, number> = { created: 0, updated: 0, unchanged: 0, skipped_edited: 0, failed: 0 };
  readonly reports: ItemReport[] = [];
  readonly doctorReports: { name: string; outcome: ImportOutcome }[] = [];
  batchId = 0;
  done = 0;
  total = 0;
  private categoryList: { id: number; slug: string; name: string }[] = [];
  private images = new Map<string, Promise<{ key: string } | { error: string }>>();
  private doctorsSeen = new Set<string>();

  constructor(readonly opts: ImporterOptions) {}

  async begin(kind: string, source: string): Promise<void> {
    this.categoryList = await listCategories(this.opts.db);
    if (!this.categoryList.length) throw new Error('The site has no categories yet: create at least one before importing.');
    if (!this.opts.dryRun) this.batchId = await createBatch(this.opts.db, kind, source, this.opts.now());
  }

  async finish(status: 'done' | 'interrupted'): Promise<void> {
    if (!this.opts.dryRun) await updateBatch(this.opts.db, this.batchId, { status, total: this.total, done: this.done, counts: this.counts, finishedAt: this.opts.now() });
  }

  private category(a: SourceArticle): { id: number; problem?: string } {
    const map = this.opts.categoryMap;
    const bySlug = (slug: string | undefined) => (slug ? this.categoryList.find((c) => c.slug === slug) : undefined);
    for (const name of [...a.crumbs].reverse()) {
      const hit = bySlug(map.get(name)) ?? this.categoryList.find((c) => c.name === name);
      if (hit) return { id: hit.id };
    }
    if (a.oldPath) {
      for (const [prefix, slug] of map) if (prefix.startsWith('/') && a.oldPath.startsWith(prefix) && bySlug(slug)) return { id: bySlug(slug)!.id };
    }
    const first = this.categoryList[0]!;
    return { id: first.id, problem: `未能识别分类（面包屑：${a.crumbs.join(' > ') || '无'}），暂归入“${first.name}”` };
  }

  private storeImage(src: string, alt: string): Promise<{ key: string } | { error: string }> {
    let p = this.images.get(src);
    if (!p) {
      p = (async () => {
        try {
          const r = await this.opts.fetchImage(src);
          const name = decodeURIComponent(new URL(src).pathname.split('/').pop() ?? 'image');
          const stored = await storeUpload(this.opts.db, { dataDir: this.opts.dataDir, actor: IMPORT_ACTOR, now: this.opts.now() }, { bytes: r.bytes, originalName: name, alt });
          return { key: stored.fileKey };
        } catch (e) {
          return { error: e instanceof Error ? e.message : String(e) };
        }
      })();
      this.images.set(src, p);
    }
    return p;
  }

  private report(r: ItemReport): ItemReport {
    this.counts[r.outcome]++;
    this.reports.push(r);
    this.done++;
    return r;
  }

  /** A page of the old site that could not be read: a failed item, so the run says which page to fetch again. */
  unreadable(url: string, why: string): ItemReport {
    return this.report({ sourceUrl: url, oldPath: new URL(url).pathname, title: '', outcome: 'failed', articleId: null, errors: 0, warnings: 0, problems: [{ kind: 'failed', detail: `旧站未能返回此页面（${why}），请稍后重新导入` }] });
  }

  async importArticle(a: SourceArticle): Promise<ItemReport> {
    const docType = this.opts.docType ?? 'kepu';
    const problems: PageProblem[] = [];
    const base = { sourceUrl: a.sourceUrl, oldPath: a.oldPath, title: a.title };
    let draft;
    try {
      draft = toDraft(a.contentHtml, a.pageUrl, a.title);
    } catch (e) {
      return this.report({ ...base, outcome: 'failed', articleId: null, errors: 0, warnings: 0, problems: [{ kind: 'failed', detail: (e as Error).message }] });
    }
    if (!draft.title || !draft.bodyMd) {
      return this.report({ ...base, outcome: 'failed', articleId: null, errors: 0, warnings: 0, problems: [{ kind: 'failed', detail: '页面没有可导入的标题或正文' }] });
    }
    if (a.extractor === 'template') problems.push({ kind: 'extractor', detail: '正文抽取器未找到正文，已按模板规则抽取，请核对' });
    for (const n of draft.notes) problems.push({ kind: 'block', detail: n });
    const cat = this.category(a);
    if (cat.problem) problems.push({ kind: 'category', detail: cat.problem });
    const source = (a.source ?? '').slice(0, 100) || new URL(a.pageUrl).host;
    const hash = `sha256:${sha256(JSON.stringify([draft.title, draft.summary, draft.bodyMd, draft.blocks, draft.images.map((i) => [i.src, i.alt]), source, a.date, cat.id]))}`;

    const existing = await findItem(this.opts.db, 'article', a.sourceUrl);
    const head = existing?.article_id ? await headRevision(this.opts.db, existing.article_id) : undefined;
    if (existing && head) {
      const edited = head.head_revision_id !== existing.imported_revision_id;
      const outcome: ImportOutcome = edited ? 'skipped_edited' : existing.content_hash === hash ? 'unchanged' : 'updated';
      if (outcome !== 'updated') {
        if (!this.opts.dryRun) await markSeen(this.opts.db, existing.id, this.batchId, outcome, this.opts.now());
        return this.report({ ...base, outcome, articleId: head.id, errors: existing.errors, warnings: existing.warnings, problems: edited ? [{ kind: 'failed', detail: '导入后已被编辑，未覆盖' }] : JSON.parse(existing.problems_json) });
      }
    }
    const outcome: ImportOutcome = existing && head ? 'updated' : 'created';

    // Images: stored through the media library (type sniffed, re-encoded without EXIF); a failure
    // is reported for this page and the image left out, never left pointing at the old site.
    let bodyMd = draft.bodyMd;
    for (const img of draft.images) {
      const alt = (img.alt || `${draft.title}配图`).slice(0, 200);
      const stored = this.opts.dryRun ? { key: 'dryrun' } : await this.storeImage(img.src, alt);
      if ('error' in stored) {
        problems.push({ kind: 'image', detail: `图片下载或保存失败：${img.src}（${stored.error.slice(0, 120)}）` });
        bodyMd = bodyMd.replace(img.token, '');
      } else {
        bodyMd = bodyMd.replace(img.token, markdownSnippet(stored.key, alt));
      }
    }
    bodyMd = bodyMd.replace(/\n{3,}/g, '\n\n').trim();
    const content: RevisionContent = { title: draft.title, summary: draft.summary, bodyMd, blocks: draft.blocks };
    const findings = findingsOf(content, docType);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    if (this.opts.dryRun) return this.report({ ...base, outcome, articleId: head?.id ?? null, errors, warnings, problems });

    const now = this.opts.now();
    const articleId = await this.opts.db.transaction().execute(async (trx) => {
      let id: number;
      if (outcome === 'updated' && head) {
        id = head.id;
        await saveDraft(trx, id, { slug: head.slug, categoryId: cat.id, docType: head.doc_type, source, authorDoctorId: head.author_doctor_id }, content, IMPORT_ACTOR, now);
      } else {
        let slug = slugFor(draft.title, a.sourceUrl);
        if (await trx.selectFrom('article').select('id').where('slug', '=', slug).executeTakeFirst()) slug = `${slug.slice(0, 80)}-${sha256(a.sourceUrl + hash).slice(0, 8)}`;
        id = await createArticle(trx, { slug, categoryId: cat.id, docType, source, authorDoctorId: null }, content, IMPORT_ACTOR, now);
      }
      const rev = await headRevision(trx, id);
      if (a.oldPath) {
        const r = await rememberImportedPath(trx, a.oldPath, id, now);
        if (r !== 'saved') problems.push({ kind: 'redirect', detail: r === 'kept' ? `旧地址 ${a.oldPath} 已有员工设置的跳转，未改动` : `旧地址 ${a.oldPath} 不能设为跳转` });
      }
      await saveItem(
        trx,
        {
          batchId: this.batchId,
          kind: 'article',
          sourceUrl: a.sourceUrl,
          oldPath: a.oldPath,
          contentHash: hash,
          title: draft.title,
          articleId: id,
          doctorId: null,
          importedRevisionId: rev?.head_revision_id ?? null,
          outcome,
          errors,
          warnings,
          findings: findings.map((f) => ({ ...f, date: undefined })),
          problems,
        },
        now,
      );
      await updateBatch(trx, this.batchId, { done: this.done + 1, counts: { ...this.counts, [outcome]: this.counts[outcome] + 1 } });
      return id;
    });
    return this.report({ ...base, outcome, articleId, errors, warnings, problems });
  }

  /** A doctor card → a draft (inactive) profile, unlinked to any account; once per card source. */
  async importDoctor(card: DoctorCard): Promise<void> {
    if (this.doctorsSeen.has(card.sourceUrl)) return;
    this.doctorsSeen.add(card.sourceUrl);
    const hash = `sha256:${sha256(JSON.stringify([card.name, card.title, card.skill, card.photo]))}`;
    const existing = await findItem(this.opts.db, 'doctor', card.sourceUrl);
    if (existing && existing.doctor_id !== null) {
      this.doctorReports.push({ name: card.name, outcome: 'unchanged' });
      return;
    }
    if (this.opts.dryRun) {
      this.doctorReports.push({ name: card.name, outcome: 'created' });
      return;
    }
    let photoPath = '';
    const problems: PageProblem[] = [];
    if (card.photo) {
      const r = await this.storeImage(card.photo, card.name);
      if ('error' in r) problems.push({ kind: 'image', detail: `照片下载失败：${card.photo}` });
      else photoPath = mediaUrl(r.key, THUMB_WIDTH);
    }
    const now = this.opts.now();
    await this.opts.db.transaction().execute(async (trx) => {
      let slug = slugFor(card.name, card.sourceUrl);
      if (await doctorSlugTaken(trx, slug)) slug = `${slug}-${sha256(card.sourceUrl).slice(6, 12)}`;
      const id = await insertDoctor(trx, {
        slug,
        name: card.name.slice(0, 40),
        title: card.title.slice(0, 40),
        specialties: card.skill ? card.skill.split(/[、，,]/).map((s) => s.trim()).filter(Boolean).slice(0, 8) : [],
        bioMd: card.skill ? `擅长：${card.skill}` : '',
        photoPath,
        photoAlt: `${card.name}的照片`,
      });
      await saveItem(trx, { batchId: this.batchId, kind: 'doctor', sourceUrl: card.sourceUrl, oldPath: null, contentHash: hash, title: card.name, articleId: null, doctorId: id, importedRevisionId: null, outcome: 'created', errors: 0, warnings: 0, findings: [], problems }, now);
    });
    this.doctorReports.push({ name: card.name, outcome: 'created' });
  }
}

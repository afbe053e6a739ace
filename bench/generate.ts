import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql, type Kysely } from 'kysely';
import type { Block } from '../src/content/blocks.js';
import { createPublishedArticle, type NewPublishedArticle } from '../src/content/content.service.js';
import { openDatabase } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { Database } from '../src/db/schema.js';
import { seedDemo } from '../src/demo/seed.js';
import * as f from './fragments.js';

/** PostgreSQL needs a DATA_KEY (src/config.ts): the seeding and the server under test use this one. Fictional, benchmarks only. */
export const BENCH_DATA_KEY = '5b0e2d4c6a8f1e3d5c7b9a0f2e4d6c8b1a3f5e7d9c0b2a4f6e8d1c3b5a7f9e0d';

// Generates published articles for the benchmark: varied Chinese text built from the fragments in
// fragments.ts, random categories, authors and reviewers taken from the (demo) doctors and
// categories already in the database, typed blocks including FAQ pairs. Deterministic: the same
// seed, count and `now` give the same articles, on SQLite and on PostgreSQL alike.

const DAY = 86_400_000;
const SOURCE = '青禾皮肤科普编辑部（性能测试数据）';
const AUDIENCES = ['', '', '', '写给家长：', '写给初诊患者：', '写给上班族：', '写给学生：', '写给中老年患者：'];

export { prng } from '../src/platform/prng.js';
import { prng } from '../src/platform/prng.js';

class Pick {
  constructor(readonly rnd: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.rnd() * (max - min + 1));
  }
  one<T>(list: readonly T[]): T {
    return list[Math.floor(this.rnd() * list.length)]!;
  }
  /** `n` distinct items, in random order. */
  some<T>(list: readonly T[], n: number): T[] {
    const copy = [...list];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.rnd() * copy.length), 1)[0]!);
    return out;
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
}

export type GeneratedArticle = NewPublishedArticle;

export interface People {
  categoryIds: number[];
  doctors: { id: number; name: string }[];
}

/** Builds one article (no database access): exported so its shape can be inspected or tested. */
export function buildArticle(p: Pick, n: number, people: People, now: number): GeneratedArticle {
  const topic = p.one(f.topics);
  let related = p.one(f.topics);
  while (related === topic) related = p.one(f.topics);
  const fill = (s: string) => s.replaceAll('{t}', topic.name).replaceAll('{u}', related.name);
  const sentence = () => {
    const r = p.rnd();
    return fill(r < 0.5 ? p.one(f.explanations) : r < 0.8 ? p.one(f.advice) : p.one(f.cautions));
  };
  const paragraph = (min = 3, max = 5) => {
    const out = new Set([p.chance(0.6) ? fill(p.one(f.openers)) : sentence()]);
    const k = p.int(min, max);
    for (let tries = 0; out.size < k && tries < 20; tries++) out.add(sentence());
    return [...out].join('');
  };

  const title = `${p.one(AUDIENCES)}${topic.name}：${p.one(f.titleAspects)}`;
  const summary = `${fill(p.one(f.openers))}${fill(p.one(f.explanations))}本文介绍${topic.name}的相关知识和日常注意事项。`;

  const blocks: Block[] = [];
  const withFacts = p.chance(0.5);
  if (withFacts) {
    const rows = p.some(f.factRows, p.int(3, 6));
    blocks.push({ type: 'keyFacts', id: 'facts', title: `${topic.name}相关要点一览`, columns: ['项目', '要点', '需要注意'], rows });
  }
  blocks.push({ type: 'tips', id: 'tips', title: '温馨提示', items: p.some(f.advice, p.int(3, 5)).map(fill) });
  if (p.chance(0.3)) {
    blocks.push({
      type: 'contraindications',
      id: 'cautions',
      title: '哪些情况需要先咨询医生',
      intro: '出现以下情况时，请先与主诊医生沟通，再决定是否继续：',
      items: p.some(f.cautions, p.int(3, 5)).map(fill),
    });
  }
  const faqItems = p.some(f.questions, p.int(2, 5)).map((q) => ({
    question: fill(q),
    answer: [...new Set(Array.from({ length: p.int(2, 4) }, sentence))].join(''),
  }));
  blocks.push({ type: 'faq', id: 'faq', title: '你可能还想问', items: faqItems });

  // Sections, with the placed blocks between them; the cautions block (if any) follows the body.
  const sections: string[] = [paragraph(3, 4)];
  const headings = p.some(f.headings, p.int(3, 5));
  const placements = [withFacts ? '{{block:facts}}' : '', '{{block:tips}}'].filter(Boolean);
  headings.forEach((h, i) => {
    const lines = [`## ${h}`, '', paragraph()];
    if (p.chance(0.4)) {
      for (const sub of p.some(f.subheadings, 2)) lines.push('', `### ${sub}`, '', paragraph(2, 4));
    }
    if (p.chance(0.35)) lines.push('', ...p.some(f.advice, p.int(3, 5)).map((a) => `- ${fill(a)}`));
    if (p.chance(0.3)) lines.push('', paragraph(2, 3));
    sections.push(lines.join('\n'));
    if (i < placements.length) sections.push(placements[i]!);
  });
  for (const rest of placements.slice(headings.length)) sections.push(rest);
  sections.push(`## 小结\n\n${p.some(f.closings, 2).map(fill).join('')}`);
  sections.push('{{block:faq}}');

  const author = p.one(people.doctors);
  let reviewer = p.one(people.doctors);
  while (reviewer.id === author.id && people.doctors.length > 1) reviewer = p.one(people.doctors);
  const publishedDaysAgo = p.int(2, 1500);
  const updatedDaysAgo = p.int(1, publishedDaysAgo);
  const reviewedDaysAgo = p.int(0, updatedDaysAgo);
  const at = (days: number) => new Date(now - days * DAY - p.int(0, DAY - 1)).toISOString();
  const r = p.rnd();
  return {
    slug: `${topic.slug}-${n}`,
    categoryId: p.one(people.categoryIds),
    docType: r < 0.8 ? 'kepu' : r < 0.95 ? 'institution' : 'case',
    source: SOURCE,
    authorDoctorId: author.id,
    authorName: author.name,
    reviewerDoctorId: reviewer.id,
    featured: false,
    title,
    summary,
    bodyMd: sections.join('\n\n'),
    blocks,
    publishedAt: at(publishedDaysAgo),
    updatedAt: at(updatedDaysAgo),
    reviewedAt: at(reviewedDaysAgo),
    nextReviewDue: new Date(now + (365 - reviewedDaysAgo) * DAY).toISOString().slice(0, 10),
  };
}

export interface GenerateResult {
  slugs: string[];
  ms: number;
  chars: number;
}

/**
 * Adds `count` published articles through `createPublishedArticle` (so they are indexed for
 * search exactly as real ones are), `batch` per transaction.
 */
export async function generateArticles(
  db: Kysely<Database>,
  opts: { count: number; seed: number; now: Date; batch?: number; onBatch?: (done: number) => void },
): Promise<GenerateResult> {
  const started = performance.now();
  const categoryIds = (await db.selectFrom('category').select('id').orderBy('id').execute()).map((c) => c.id);
  const doctors = await db.selectFrom('doctor').select(['id', 'name']).where('active', '=', 1).orderBy('id').execute();
  if (!categoryIds.length || !doctors.length) throw new Error('generateArticles needs categories and doctors: seed the demo first');
  const people = { categoryIds, doctors };
  const batch = opts.batch ?? 500;
  const now = opts.now.getTime();
  const slugs: string[] = [];
  let chars = 0;
  for (let start = 0; start < opts.count; start += batch) {
    // Each article has its own stream, so article n is the same whatever the count.
    const items = Array.from({ length: Math.min(batch, opts.count - start) }, (_, i) => {
      const n = start + i + 1;
      return buildArticle(new Pick(prng(Math.imul(opts.seed ^ n, 0x9e3779b1) ^ n)), n, people, now);
    });
    await db.transaction().execute(async (trx) => {
      for (const a of items) await createPublishedArticle(trx, a);
    });
    for (const a of items) {
      slugs.push(a.slug);
      chars += a.bodyMd.length;
    }
    opts.onBatch?.(slugs.length);
  }
  return { slugs, ms: performance.now() - started, chars };
}

export { Pick };

export interface PreparedDatabase {
  seedMs: number;
  generate: GenerateResult;
  /** Every published article's slug (demo and generated), for the benchmark's URL lists. */
  slugs: string[];
}

/**
 * What the benchmark runs against: a new database (SQLite in `dataDir`, or `databaseUrl`),
 * migrated, with the demo hospital and `count` generated articles. Closes the database after.
 */
export async function prepareBenchDatabase(opts: {
  dataDir: string;
  databaseUrl?: string;
  count: number;
  seed: number;
  now: Date;
  onBatch?: (done: number) => void;
}): Promise<PreparedDatabase> {
  const db = await openDatabase({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  try {
    if (db.dialect === 'sqlite') {
      // Loading only: a larger page cache and no fsync make the 10,000 articles go in about twice as
      // fast. The same rows result; the server under test opens the file with the app's own settings.
      await sql`pragma cache_size = -262144`.execute(db.kysely);
      await sql`pragma synchronous = OFF`.execute(db.kysely);
    }
    const t0 = performance.now();
    await migrateToLatest(db.kysely);
    await seedDemo(db.kysely, { now: opts.now, uploadsDir: path.join(opts.dataDir, 'uploads'), ...(opts.databaseUrl ? { dataKey: Buffer.from(BENCH_DATA_KEY, 'hex') } : {}) });
    const seedMs = performance.now() - t0;
    const generate = await generateArticles(db.kysely, { count: opts.count, seed: opts.seed, now: opts.now, onBatch: opts.onBatch });
    const rows = await db.kysely.selectFrom('article').select('slug').where('status', '=', 'published').orderBy('id').execute();
    return { seedMs, generate, slugs: rows.map((r) => r.slug) };
  } finally {
    await db.close();
  }
}

// As a command (the benchmark runs the PostgreSQL load in a second process, in parallel):
//   node --import tsx bench/generate.ts <data-dir> <database-url|-> <count> <seed> <now-iso>
// prints one line `RESULT {json}` with the timings (not the slugs).
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [dataDir, url, count, seed, now] = process.argv.slice(2);
  if (!dataDir || !url || !count || !seed || !now) {
    console.error('usage: generate.ts <data-dir> <database-url|-> <count> <seed> <now-iso>');
    process.exit(2);
  }
  const r = await prepareBenchDatabase({
    dataDir,
    databaseUrl: url === '-' ? undefined : url,
    count: Number(count),
    seed: Number(seed),
    now: new Date(now),
  });
  console.log(`RESULT ${JSON.stringify({ seedMs: r.seedMs, ms: r.generate.ms, count: r.generate.slugs.length, published: r.slugs.length })}`);
}

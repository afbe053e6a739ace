import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { audit, type Actor } from '../staff/audit.js';
import { articleIdBySlug, deleteRedirect, findByOldPath, findByTarget, insertRedirect, listRedirects, updateRedirect } from './redirects.repository.js';

// Old addresses of imported pages keep answering: 301 to the article once it is published, a
// "this page has moved" 404 until then. Targets are paths on this site only (no open redirect), and
// a target may not itself be an old address, nor an old address a target: no chains, no loops.
// Old addresses may not shadow this site's own paths, so a redirect can never point into itself.

type Trx = Transaction<Database>;

export const MAX_PATH = 500;
/** Paths this site serves itself; an old address there would never be reached (or would loop). */
const OWN = /^\/(?:$|staff(?:\/|$)|assets\/|uploads\/|en(?:\/|$)|articles\/|categories\/|doctors(?:\/|$)|search(?:\/|$)|hot(?:\/|$)|qa(?:\/|$)|booking|questions|privacy|feedback|hospital(?:\/|$)|sitemap\.xml$|robots\.txt$|feed\.xml$|healthz$|readyz$)/;

export class RedirectRefused extends Error {
  constructor(readonly code: 'bad_path' | 'own_path' | 'loop' | 'chain' | 'duplicate' | 'no_article', message: string) {
    super(message);
  }
}

/** An old address as stored and looked up: path and query, percent-encoded as a browser sends it. */
export function normalizePath(input: string): string | null {
  const s = input.trim();
  if (!s || s.length > MAX_PATH || !s.startsWith('/') || s.startsWith('//') || /[\u0000-\u001f\u007f\\]/.test(s)) return null;
  try {
    const u = new URL(s, 'http://old.invalid');
    if (u.host !== 'old.invalid') return null;
    const p = u.pathname + u.search;
    return p.length <= MAX_PATH ? p : null;
  } catch {
    return null;
  }
}

export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

export type Resolution = { kind: 'moved'; location: string } | { kind: 'pending' } | null;

export async function resolve(db: Kysely<Database>, rawUrl: string): Promise<Resolution> {
  const path = normalizePath(rawUrl);
  if (!path) return null;
  const r = await findByOldPath(db, path);
  if (!r) return null;
  if (r.target_path) return { kind: 'moved', location: r.target_path };
  if (r.slug && r.status === 'published' && r.published_revision_id) return { kind: 'moved', location: articlePath(r.slug) };
  return { kind: 'pending' };
}

async function checkPair(db: Kysely<Database> | Trx, oldPath: string, targetPath: string | null, selfId?: number): Promise<void> {
  if (OWN.test(oldPath)) throw new RedirectRefused('own_path', `“${oldPath}”是本站自己的地址，不能设为旧地址。`);
  if (targetPath === null) return;
  if (targetPath === oldPath) throw new RedirectRefused('loop', `“${oldPath}”不能跳转到它自己。`);
  const targetIsOld = await findByOldPath(db, targetPath);
  if (targetIsOld && targetIsOld.id !== selfId) throw new RedirectRefused('chain', `目标“${targetPath}”本身也是一个旧地址（会形成跳转链或循环），请直接填写最终地址。`);
  const oldIsTarget = await findByTarget(db, oldPath);
  if (oldIsTarget && oldIsTarget.id !== selfId) throw new RedirectRefused('chain', `“${oldPath}”已是旧地址“${oldIsTarget.old_path}”的跳转目标（会形成跳转链），请先修改那一条。`);
}

/** The import's redirect for a page: created or pointed at the article, unless staff set that old path. */
export async function rememberImportedPath(trx: Trx, oldPathRaw: string, articleId: number, now: Date): Promise<'saved' | 'kept' | 'refused'> {
  const oldPath = normalizePath(oldPathRaw);
  if (!oldPath || OWN.test(oldPath) || (await findByTarget(trx, oldPath))) return 'refused';
  const existing = await findByOldPath(trx, oldPath);
  if (existing?.origin === 'staff') return 'kept';
  if (existing) {
    if (existing.article_id !== articleId) await updateRedirect(trx, existing.id, { articleId, targetPath: null, origin: 'import' }, now);
    return 'saved';
  }
  await insertRedirect(trx, { oldPath, articleId, targetPath: null, origin: 'import' }, now);
  return 'saved';
}

export interface RedirectInput {
  oldPath: string;
  /** A path on this site, or `article:<slug>`. */
  target: string;
}

async function parseTarget(db: Kysely<Database> | Trx, target: string): Promise<{ articleId: number | null; targetPath: string | null }> {
  const t = target.trim();
  const m = /^article:([a-z0-9-]{1,100})$/.exec(t);
  if (m) {
    const id = await articleIdBySlug(db, m[1]!);
    if (!id) throw new RedirectRefused('no_article', `没有网址标识为“${m[1]}”的文章。`);
    return { articleId: id, targetPath: null };
  }
  const p = normalizePath(t);
  if (!p) throw new RedirectRefused('bad_path', `目标“${t.slice(0, 80)}”不是本站的路径（须以 / 开头），或写成 article:网址标识。`);
  return { articleId: null, targetPath: p };
}

/** Adds or replaces one redirect entered by staff; audited. */
export async function saveStaffRedirect(trx: Trx, input: RedirectInput, actor: Actor, now: Date): Promise<number> {
  const oldPath = normalizePath(input.oldPath);
  if (!oldPath) throw new RedirectRefused('bad_path', `旧地址“${input.oldPath.slice(0, 80)}”须是以 / 开头的路径（不含域名），最长 ${MAX_PATH} 个字符。`);
  const target = await parseTarget(trx, input.target);
  const existing = await findByOldPath(trx, oldPath);
  await checkPair(trx, oldPath, target.targetPath, existing?.id);
  let id: number;
  if (existing) {
    await updateRedirect(trx, existing.id, { ...target, origin: 'staff' }, now);
    id = existing.id;
  } else {
    id = await insertRedirect(trx, { oldPath, ...target, origin: 'staff' }, now);
  }
  await audit(trx, actor, 'redirect.save', { type: 'redirect', id }, now, { oldPath, target: input.target.trim() });
  return id;
}

export async function removeRedirect(trx: Trx, id: number, actor: Actor, now: Date): Promise<boolean> {
  const ok = await deleteRedirect(trx, id);
  if (ok) await audit(trx, actor, 'redirect.delete', { type: 'redirect', id }, now, {});
  return ok;
}

// ---------------------------------------------------------------------------------------------
// CSV: old_path,target — target a path or article:<slug>. RFC 4180 quoting.

const csvCell = (s: string) => (/[",\r\n]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s);

export async function exportCsv(db: Kysely<Database>): Promise<string> {
  const rows = await listRedirects(db);
  const lines = ['old_path,target,origin'];
  for (const r of rows) lines.push([r.old_path, r.target_path ?? `article:${r.slug ?? ''}`, r.origin].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses CSV text in one linear pass; rows of cells. */
export function parseCsv(text: string, maxRows = 10_000): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  while (i < s.length) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      cell = '';
      if (row.some((x) => x.trim())) rows.push(row);
      row = [];
      if (rows.length > maxRows) throw new RedirectRefused('bad_path', `CSV 超过 ${maxRows} 行。`);
    } else cell += c;
    i++;
  }
  row.push(cell);
  if (row.some((x) => x.trim())) rows.push(row);
  return rows;
}

/**
 * Imports a CSV of redirects all or nothing: every row is checked (in order, so rows may refer to
 * earlier ones) inside one transaction, and any refusal rolls back the lot with the row's number.
 */
export async function importCsv(db: Kysely<Database>, text: string, actor: Actor, now: Date): Promise<{ saved: number } | { error: string }> {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (e) {
    return { error: (e as Error).message };
  }
  if (rows[0] && /^old_path$/i.test(rows[0][0]!.trim())) rows = rows.slice(1);
  try {
    return await db.transaction().execute(async (trx) => {
      let n = 0;
      for (const [k, r] of rows.entries()) {
        if (r.length < 2) throw new RedirectRefused('bad_path', `第 ${k + 1} 行：需要“旧地址,目标”两列。`);
        try {
          await saveStaffRedirect(trx, { oldPath: r[0]!, target: r[1]!.replace(/^'(?=[=+\-@])/, '') }, actor, now);
        } catch (e) {
          if (e instanceof RedirectRefused) throw new RedirectRefused(e.code, `第 ${k + 1} 行：${e.message}`);
          throw e;
        }
        n++;
      }
      return { saved: n };
    });
  } catch (e) {
    if (e instanceof RedirectRefused) return { error: e.message };
    throw e;
  }
}

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { isImmutablePath, isSafePath, MediaCache, mediaCacheDir, mimeOfPath, resolvePath, storeFor, type BlobInfo } from './store.js';

// GET /uploads/<path>: stored files from the shared store through this instance's disk cache,
// with the content hash as a strong ETag, conditional GET and single byte ranges. URLs published
// before the store existed keep their form: the path is looked up, never redirected.

const YEAR = 'public, max-age=31536000, immutable';
/** Paths that may be pointed at new content (a redrawn portrait): cached briefly, then revalidated by ETag. */
const REVALIDATE = 'public, max-age=300';
/** A stored SVG is shown as an image; opened on its own it must not run anything. */
const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

export function uploadRoutes(app: FastifyInstance, opts: { db: Kysely<Database>; dataDir: string }): void {
  const cache = new MediaCache(mediaCacheDir(opts.dataDir), storeFor(opts.db));
  const legacyDir = path.join(opts.dataDir, 'uploads');

  app.get<{ Params: { '*': string } }>('/uploads/*', { compress: false }, async (req, reply) => {
    const rel = req.params['*'];
    if (!isSafePath(rel)) return reply.callNotFound();
    const info = await resolvePath(opts.db, rel);
    if (info) {
      return sendStored(req, reply, info, isImmutablePath(rel) ? YEAR : REVALIDATE, async () => cache.file(info.hash));
    }
    // Not moved into the store yet (`clinicpress migrate-uploads`): this instance's own copy, if any.
    const file = path.join(legacyDir, rel);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat?.isFile()) return reply.callNotFound();
    const hash = createHash('sha256').update(await fs.promises.readFile(file)).digest('hex');
    return sendStored(req, reply, { hash, mime: mimeOfPath(rel), size: stat.size }, REVALIDATE, async () => file);
  });
}

/** One `bytes=` range, as RFC 9110 §14.1.2 reads it; undefined: ignore the header, send it all. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | undefined {
  if (!header) return undefined;
  // Several ranges would need a multipart answer; a server may send the whole file instead.
  const m = /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  if (!m[1]) {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  if (start >= size) return 'unsatisfiable';
  const end = m[2] ? Number(m[2]) : size - 1;
  if (end < start) return undefined;
  return { start, end: Math.min(end, size - 1) };
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const v = t.trim().replace(/^W\//, '');
    return v === etag || v === '*';
  });
}

async function sendStored(req: FastifyRequest, reply: FastifyReply, info: BlobInfo, cacheControl: string, file: () => Promise<string | null>) {
  const etag = `"${info.hash}"`;
  reply.header('etag', etag).header('cache-control', cacheControl).header('accept-ranges', 'bytes').header('content-security-policy', MEDIA_CSP);
  if (matchesEtag(req.headers['if-none-match'], etag)) return reply.code(304).send();
  const ifRange = req.headers['if-range'];
  const range = ifRange !== undefined && ifRange !== etag ? undefined : parseRange(req.headers.range, info.size);
  if (range === 'unsatisfiable') {
    return reply.code(416).header('content-range', `bytes */${info.size}`).type('text/plain; charset=utf-8').send('Range Not Satisfiable\n');
  }
  const local = await file();
  if (!local) return reply.callNotFound();
  reply.type(info.mime);
  if (!range) {
    reply.header('content-length', info.size);
    return reply.send(fs.createReadStream(local));
  }
  reply.code(206).header('content-range', `bytes ${range.start}-${range.end}/${info.size}`).header('content-length', range.end - range.start + 1);
  return reply.send(fs.createReadStream(local, { start: range.start, end: range.end }));
}

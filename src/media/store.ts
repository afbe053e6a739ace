import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { blobAtPath, blobChunk, blobInfo, deleteBlob, fileAtPath, insertBlobChunk, insertBlobIfNew, insertFile, repointFile } from './store.repository.js';

// The shared media store (docs/decisions/0019-media-store-and-backups.md). Files are blobs named
// by the sha256 of their bytes; a public path below /uploads/ points at one. The interface is
// small on purpose, so that an S3-compatible store can take the database's place later.

export interface BlobInfo {
  /** sha256, 64 lowercase hex digits. */
  hash: string;
  mime: string;
  size: number;
}

export interface BlobStore {
  /** Stores the bytes (nothing happens when a blob with the same content exists) and names them. */
  put(bytes: Buffer, mime: string): Promise<BlobInfo>;
  /** The content as a stream of chunks, or null when there is no such blob. */
  get(hash: string): Promise<Readable | null>;
  stat(hash: string): Promise<BlobInfo | null>;
  /** Removes the blob; false when there was none. Paths pointing at it must be removed first. */
  delete(hash: string): Promise<boolean>;
}

/**
 * 256 KiB: big enough that a 10 MB image is 40 rows, small enough that no row needs a large
 * allocation on either side of the PostgreSQL protocol (pg sends bytea as hex text: a 10 MB value
 * in one row would be a 20 MB string in the client) and a read never holds more than one chunk.
 */
export const CHUNK_SIZE = 256 * 1024;

export const isHash = (s: string) => /^[0-9a-f]{64}$/.test(s);
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The default store: chunks in the database every instance shares. Works inside a caller's transaction. */
export class DatabaseBlobStore implements BlobStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async put(bytes: Buffer, mime: string): Promise<BlobInfo> {
    const hash = sha256(bytes);
    const info = { hash, mime, size: bytes.length };
    const write = async (trx: Kysely<Database>) => {
      // Two instances may store the same bytes at once: the second insert does nothing, and as the
      // content is the name, what the first one wrote is exactly what the second one had.
      const inserted = await insertBlobIfNew(trx, { hash, mime, size: bytes.length, chunkSize: CHUNK_SIZE, createdAt: this.now().toISOString() });
      if (!inserted) return;
      for (let seq = 0, off = 0; off < bytes.length || seq === 0; seq++, off += CHUNK_SIZE) {
        await insertBlobChunk(trx, hash, seq, bytes.subarray(off, off + CHUNK_SIZE));
      }
    };
    // The blob row and its chunks appear together or not at all.
    if (this.db.isTransaction) await write(this.db);
    else await this.db.transaction().execute(write);
    return info;
  }

  async stat(hash: string): Promise<BlobInfo | null> {
    if (!isHash(hash)) return null;
    const row = await blobInfo(this.db, hash);
    return row ? { hash: row.hash, mime: row.mime, size: Number(row.size) } : null;
  }

  async get(hash: string): Promise<Readable | null> {
    const info = await this.stat(hash);
    if (!info) return null;
    const db = this.db;
    const count = Math.max(1, Math.ceil(info.size / CHUNK_SIZE));
    // One chunk per query: memory stays at one chunk however large the file.
    async function* chunks() {
      for (let seq = 0; seq < count; seq++) {
        const row = await blobChunk(db, hash, seq);
        if (!row) throw new Error(`media blob ${hash} is missing chunk ${seq}`);
        yield Buffer.from(row.data);
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  async delete(hash: string): Promise<boolean> {
    if (!isHash(hash)) return false;
    return this.db.transaction().execute((trx) => deleteBlob(trx, hash));
  }
}

export function storeFor(db: Kysely<Database>, now?: () => Date): BlobStore {
  return new DatabaseBlobStore(db, now);
}

/** The per-instance cache folder: DATA_DIR/cache/media/ab/abcdef…, one file per content hash. */
export function mediaCacheDir(dataDir: string): string {
  return path.join(dataDir, 'cache', 'media');
}

/**
 * Serves blobs from local files: a blob read once from the store is written to the cache, checked
 * against its hash and renamed into place, so every later request (and every range of it) is a
 * plain file read. Entries never go stale: a hash names one content forever.
 */
export class MediaCache {
  private readonly filling = new Map<string, Promise<string | null>>();
  constructor(
    private readonly dir: string,
    private readonly store: BlobStore,
  ) {}

  fileOf(hash: string): string {
    return path.join(this.dir, hash.slice(0, 2), hash);
  }

  /** The cached file's path, fetching it from the store first if needed; null if the store has no such blob. */
  async file(hash: string): Promise<string | null> {
    if (!isHash(hash)) return null;
    const file = this.fileOf(hash);
    if (fs.existsSync(file)) return file;
    let p = this.filling.get(hash);
    if (!p) {
      p = this.fill(hash, file).finally(() => this.filling.delete(hash));
      this.filling.set(hash, p);
    }
    return p;
  }

  private async fill(hash: string, file: string): Promise<string | null> {
    const source = await this.store.get(hash);
    if (!source) return null;
    await fsp.mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${randomBytes(6).toString('hex')}.part`;
    const digest = createHash('sha256');
    try {
      await pipeline(
        source,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const c of chunks) {
            digest.update(c);
            yield c;
          }
        },
        fs.createWriteStream(tmp),
      );
      const got = digest.digest('hex');
      if (got !== hash) throw new Error(`media blob ${hash} read back as ${got}: the store is damaged`);
      await fsp.rename(tmp, file);
      return file;
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
  }
}

// ---- Public paths --------------------------------------------------------------------------

/** A path below /uploads/: folders and names of letters, digits, dot, dash and underscore; no dot segments. */
export function isSafePath(p: string): boolean {
  return p.length <= 300 && p.split('/').every((seg) => /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(seg));
}

/**
 * Paths under media/ name uploads whose keys are random and never reused: their content never
 * changes, so they are cached as immutable. Other paths (a doctor's drawn portrait, redrawn when
 * the name changes) may point at new content later and are revalidated by ETag.
 */
export const isImmutablePath = (p: string) => p.startsWith('media/');

const MIME_BY_EXT: Record<string, string> = {
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
};

export function mimeOfPath(p: string): string {
  return MIME_BY_EXT[path.extname(p).slice(1).toLowerCase()] ?? 'application/octet-stream';
}

export class PathTaken extends Error {}

/**
 * Stores the bytes and points the public path at them, in the caller's transaction if given one.
 * An immutable path (media/…) that already names other content is refused: its URLs are cached for
 * a year. Returns whether anything changed.
 */
export async function putFile(
  db: Kysely<Database>,
  publicPath: string,
  bytes: Buffer,
  opts: { now: Date; mime?: string },
): Promise<{ hash: string; changed: boolean }> {
  if (!isSafePath(publicPath)) throw new Error(`not a storable path: ${JSON.stringify(publicPath)}`);
  const run = async (trx: Kysely<Database>) => {
    const { hash } = await new DatabaseBlobStore(trx, () => opts.now).put(bytes, opts.mime ?? mimeOfPath(publicPath));
    const at = opts.now.toISOString();
    const existing = await fileAtPath(trx, publicPath);
    if (existing?.hash === hash) return { hash, changed: false };
    if (existing && isImmutablePath(publicPath)) throw new PathTaken(`${publicPath} already holds other content`);
    if (existing) await repointFile(trx, publicPath, hash, at);
    else await insertFile(trx, publicPath, hash, at);
    return { hash, changed: true };
  };
  return db.isTransaction ? run(db) : db.transaction().execute(run);
}

/** What a public path points at, or undefined. */
export async function resolvePath(db: Kysely<Database>, publicPath: string): Promise<BlobInfo | undefined> {
  if (!isSafePath(publicPath)) return undefined;
  const row = await blobAtPath(db, publicPath);
  return row ? { hash: row.hash, mime: row.mime, size: Number(row.size) } : undefined;
}

/** Reads a whole stored file (tests, backups of small things); null if the path names nothing. */
export async function readFile(db: Kysely<Database>, publicPath: string): Promise<Buffer | null> {
  const info = await resolvePath(db, publicPath);
  if (!info) return null;
  const stream = await storeFor(db).get(info.hash);
  if (!stream) return null;
  const parts: Buffer[] = [];
  for await (const c of stream) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

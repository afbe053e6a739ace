import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { migrateUploads } from '../../src/media/migrate-uploads.js';
import { CHUNK_SIZE, MediaCache, mediaCacheDir, PathTaken, putFile, readFile, resolvePath, storeFor } from '../../src/media/store.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function drain(s: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of s) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

for (const dialect of dialects) {
  describe(`shared media store on ${dialect.name}`, () => {
    let app: TestApp;
    before(async () => {
      app = await demoApp(dialect);
    });
    after(() => app.close());

    test('put / stat / get / delete by content hash; a file over several chunks reads back byte for byte', async () => {
      const store = storeFor(app.deps.db);
      const bytes = randomBytes(CHUNK_SIZE * 2 + 12_345);
      const info = await store.put(bytes, 'application/octet-stream');
      assert.deepEqual(info, { hash: sha(bytes), mime: 'application/octet-stream', size: bytes.length });
      const chunks = await app.deps.db.selectFrom('media_blob_chunk').select('seq').where('hash', '=', info.hash).orderBy('seq').execute();
      assert.deepEqual(chunks.map((c) => c.seq), [0, 1, 2], 'three rows, none larger than a chunk');
      assert.deepEqual(await store.stat(info.hash), info);
      assert.ok((await drain((await store.get(info.hash))!)).equals(bytes));
      // Storing the same content again changes nothing.
      await store.put(bytes, 'application/octet-stream');
      assert.equal((await app.deps.db.selectFrom('media_blob_chunk').select('seq').where('hash', '=', info.hash).execute()).length, 3);
      // An empty file is a blob too.
      const empty = await store.put(Buffer.alloc(0), 'text/plain');
      assert.equal((await drain((await store.get(empty.hash))!)).length, 0);
      assert.equal(await store.delete(info.hash), true);
      assert.equal(await store.stat(info.hash), null);
      assert.equal(await store.get(info.hash), null);
      assert.equal(await store.delete(info.hash), false);
      assert.equal(await store.stat('../../etc/passwd'), null);
    });

    test('the disk cache is filled once from the store, checked against the hash, and named by it', async () => {
      const store = storeFor(app.deps.db);
      const bytes = randomBytes(CHUNK_SIZE + 1);
      const { hash } = await store.put(bytes, 'image/webp');
      const cache = new MediaCache(mediaCacheDir(app.config.dataDir), store);
      const [a, b] = await Promise.all([cache.file(hash), cache.file(hash)]);
      assert.equal(a, path.join(app.config.dataDir, 'cache', 'media', hash.slice(0, 2), hash));
      assert.equal(a, b);
      assert.ok(fs.readFileSync(a!).equals(bytes));
      assert.equal(await cache.file('0'.repeat(64)), null);
    });

    test('an upload path never changes content; a portrait path may', async () => {
      const now = app.clock.now;
      await putFile(app.deps.db, 'media/testkey-480.webp', Buffer.from('one'), { now });
      assert.deepEqual(await putFile(app.deps.db, 'media/testkey-480.webp', Buffer.from('one'), { now }), { hash: sha(Buffer.from('one')), changed: false });
      await assert.rejects(putFile(app.deps.db, 'media/testkey-480.webp', Buffer.from('two'), { now }), PathTaken);
      await putFile(app.deps.db, 'doctors/test.svg', Buffer.from('<svg/>'), { now });
      await putFile(app.deps.db, 'doctors/test.svg', Buffer.from('<svg></svg>'), { now });
      assert.equal((await readFile(app.deps.db, 'doctors/test.svg'))!.toString(), '<svg></svg>');
      await assert.rejects(putFile(app.deps.db, '../escape.txt', Buffer.from('x'), { now }));
    });

    test('the demo seed wrote the doctor portraits into the store, not into DATA_DIR', async () => {
      const d = await app.deps.db.selectFrom('doctor').select(['slug', 'photo_path']).orderBy('id').executeTakeFirstOrThrow();
      assert.equal(d.photo_path, `/uploads/doctors/${d.slug}.svg`);
      const info = await resolvePath(app.deps.db, `doctors/${d.slug}.svg`);
      assert.equal(info?.mime, 'image/svg+xml');
      assert.ok(!fs.existsSync(path.join(app.config.dataDir, 'uploads', 'doctors')));
    });

    test('served with the hash as a strong ETag, a year of immutable caching, 304, 206 and 416', async () => {
      const bytes = randomBytes(CHUNK_SIZE + 5000);
      const { hash } = await putFile(app.deps.db, 'media/servekey-960.webp', bytes, { now: app.clock.now, mime: 'image/webp' });
      const url = '/uploads/media/servekey-960.webp';
      const full = await app.get(url);
      assert.equal(full.statusCode, 200);
      assert.ok(full.rawPayload.equals(bytes));
      assert.equal(full.headers.etag, `"${hash}"`);
      assert.equal(full.headers['cache-control'], 'public, max-age=31536000, immutable');
      assert.equal(full.headers['content-type'], 'image/webp');
      assert.equal(full.headers['accept-ranges'], 'bytes');
      assert.equal(Number(full.headers['content-length']), bytes.length);

      const notModified = await app.get(url, { 'if-none-match': `"${hash}"` });
      assert.equal(notModified.statusCode, 304);
      assert.equal(notModified.rawPayload.length, 0);
      assert.equal((await app.get(url, { 'if-none-match': '"other"' })).statusCode, 200);

      const part = await app.get(url, { range: 'bytes=100-199' });
      assert.equal(part.statusCode, 206);
      assert.equal(part.headers['content-range'], `bytes 100-199/${bytes.length}`);
      assert.ok(part.rawPayload.equals(bytes.subarray(100, 200)));
      // Across a chunk boundary, open-ended, and a suffix.
      const across = await app.get(url, { range: `bytes=${CHUNK_SIZE - 10}-` });
      assert.equal(across.statusCode, 206);
      assert.ok(across.rawPayload.equals(bytes.subarray(CHUNK_SIZE - 10)));
      const suffix = await app.get(url, { range: 'bytes=-50' });
      assert.ok(suffix.rawPayload.equals(bytes.subarray(bytes.length - 50)));
      // A range that ends past the file is cut to it.
      const past = await app.get(url, { range: `bytes=${bytes.length - 3}-${bytes.length + 1000}` });
      assert.equal(past.headers['content-range'], `bytes ${bytes.length - 3}-${bytes.length - 1}/${bytes.length}`);

      const unsatisfiable = await app.get(url, { range: `bytes=${bytes.length}-` });
      assert.equal(unsatisfiable.statusCode, 416);
      assert.equal(unsatisfiable.headers['content-range'], `bytes */${bytes.length}`);
      // If-Range with another validator: the whole, current file.
      const stale = await app.get(url, { range: 'bytes=0-9', 'if-range': '"old"' });
      assert.equal(stale.statusCode, 200);
      assert.equal(stale.rawPayload.length, bytes.length);
      // A malformed range header is ignored rather than refused.
      assert.equal((await app.get(url, { range: 'bytes=abc' })).statusCode, 200);

      assert.equal((await app.get('/uploads/media/nosuchkey-960.webp')).statusCode, 404);
      assert.equal((await app.get('/uploads/..%2f..%2fetc%2fpasswd')).statusCode, 404);
    });

    test('a portrait is revalidated by ETag rather than cached for a year, and a redraw changes its ETag', async () => {
      const d = await app.deps.db.selectFrom('doctor').select('slug').orderBy('id').executeTakeFirstOrThrow();
      const url = `/uploads/doctors/${d.slug}.svg`;
      const first = await app.get(url);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['content-type'], 'image/svg+xml');
      assert.equal(first.headers['cache-control'], 'public, max-age=300');
      assert.match(String(first.headers['content-security-policy']), /sandbox/);
      await putFile(app.deps.db, `doctors/${d.slug}.svg`, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), { now: app.clock.now });
      const second = await app.get(url, { 'if-none-match': String(first.headers.etag) });
      assert.equal(second.statusCode, 200);
      assert.notEqual(second.headers.etag, first.headers.etag);
    });

    test('migrate-uploads moves an old uploads folder in, idempotently, and the old URLs answer from the store', async () => {
      const uploads = path.join(app.config.dataDir, 'uploads');
      const files: Record<string, Buffer> = {
        'media/oldkey1-480.webp': randomBytes(3000),
        'media/oldkey1-960.jpg': randomBytes(5000),
        'doctors/old-doctor.svg': Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="3"/></svg>'),
        'misc/leaflet.pdf': randomBytes(CHUNK_SIZE + 1),
      };
      for (const [rel, b] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(uploads, rel)), { recursive: true });
        fs.writeFileSync(path.join(uploads, rel), b);
      }
      fs.writeFileSync(path.join(uploads, 'media', 'bad name.webp'), 'x');
      // Before the move the files are still served from this instance's folder.
      const early = await app.get('/uploads/media/oldkey1-480.webp');
      assert.equal(early.statusCode, 200);
      assert.ok(early.rawPayload.equals(files['media/oldkey1-480.webp']!));

      const first = await migrateUploads(app.deps.db, uploads, { now: app.clock.now });
      assert.deepEqual(first, { stored: 4, unchanged: 0, skipped: ['media/bad name.webp'], removed: 0 });
      const again = await migrateUploads(app.deps.db, uploads, { now: app.clock.now, remove: true });
      assert.deepEqual(again, { stored: 0, unchanged: 4, skipped: ['media/bad name.webp'], removed: 4 });
      for (const rel of Object.keys(files)) assert.ok(!fs.existsSync(path.join(uploads, rel)), `${rel} was removed after the store had it`);
      for (const [rel, b] of Object.entries(files)) {
        const res = await app.get(`/uploads/${rel}`);
        assert.equal(res.statusCode, 200, rel);
        assert.ok(res.rawPayload.equals(b), rel);
        assert.equal(res.headers.etag, `"${sha(b)}"`);
      }
      assert.equal((await app.get('/uploads/misc/leaflet.pdf')).headers['content-type'], 'application/pdf');
      assert.deepEqual(await migrateUploads(app.deps.db, path.join(uploads, 'nothing-here'), { now: app.clock.now }), { stored: 0, unchanged: 0, skipped: [], removed: 0 });
    });
  });
}

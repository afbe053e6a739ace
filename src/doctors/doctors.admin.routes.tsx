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
import { actorOf, staffLocale } from '../staff/staff.plugin.js';
import { contentLang, type Locale, type Translate } from '../web/i18n.js';
import { doctorsAdminT } from './doctors.admin.i18n.js';
import { categoryChoices, doctorCategoryIds, doctorIdBySlug, findDoctorById, insertDoctor, listAllDoctors, nextDoctorPosition, setDoctorCategories, updateDoctor } from './doctors.repository.js';
import { linkedReviewerName } from '../staff/staff.repository.js';
import { bumpContentVersion } from '../platform/site-state.repository.js';

type DocKey = Parameters<ReturnType<typeof doctorsAdminT>>[0];
const FIELDS = ['name', 'slug', 'title', 'specialties', 'bio_md', 'licence_no', 'categories', 'photo_alt', 'active'];
const labelOf = (t: Translate<DocKey>, key: string) => (FIELDS.includes(key) ? t(`label.${key}` as DocKey) : undefined);
const many = (v: unknown) => (v === undefined ? [] : [v].flat());

/** The form's schema with its messages in one staff language (built once per locale). */
function schemaFor(t: Translate<DocKey>) {
  const text = (key: string, max: number, required = true) => {
    const s = z.string().trim().max(max, t('err.max', { label: labelOf(t, key)!, max }));
    return required ? s.min(1, t('err.required', { label: labelOf(t, key)! })) : s;
  };
  return z.object({
    name: text('name', 50),
    slug: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t('err.slug')).max(80, t('err.slugMax')),
    title: text('title', 50),
    specialties: z
      .string()
      .max(2000, t('err.specialtiesLong'))
      .transform((s) => [...new Set(s.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))])
      .refine((a) => a.length >= 1, t('err.specialtiesMin'))
      .refine((a) => a.length <= 20, t('err.specialtiesMax'))
      .refine((a) => a.every((x) => [...x].length <= 30), t('err.specialtyLong')),
    bio_md: z.string().trim().min(1, t('err.bioMin')).max(20_000, t('err.bioMax')),
    licence_no: text('licence_no', 50, false),
    categories: z.preprocess(many, z.array(z.string().regex(/^\d{1,9}$/, t('err.category'))).max(50)),
    photo_alt: text('photo_alt', 200, false),
    active: z.literal('1').optional(),
  });
}
const schemas = new Map<Locale, ReturnType<typeof schemaFor>>();
const doctorForm = (locale: Locale) => {
  let f = schemas.get(locale);
  if (!f) schemas.set(locale, (f = schemaFor(doctorsAdminT(locale))));
  return f;
};
type DoctorInput = z.infer<ReturnType<typeof doctorForm>>;

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

function Input({ name, v, help, required = true, locale }: { name: 'name' | 'slug' | 'title' | 'licence_no' | 'photo_alt'; v: FormValues; help?: string; required?: boolean; locale: Locale }) {
  const chinese = name === 'name' || name === 'title' || name === 'photo_alt';
  return (
    <>
      <label for={`doc-${name}`}>{labelOf(doctorsAdminT(locale), name)}</label>
      {help ? (
        <p class="help" id={`doc-${name}-help`}>
          {help}
        </p>
      ) : null}
      <input id={`doc-${name}`} name={name} type="text" value={v[name]} required={required} aria-describedby={help ? `doc-${name}-help` : undefined} lang={chinese ? contentLang(locale) : undefined} />
    </>
  );
}

function DoctorForm({ csrf, action, v, categories, isNew, locale }: { csrf: string; action: string; v: FormValues; categories: Category[]; isNew: boolean; locale: Locale }) {
  const t = doctorsAdminT(locale);
  const cl = contentLang(locale);
  return (
    <form method="post" action={action} class="staff-form">
      <Csrf token={csrf} />
      <Input name="name" v={v} locale={locale} />
      <Input name="slug" v={v} help={t('help.slug')} locale={locale} />
      <Input name="title" v={v} help={t('help.title')} locale={locale} />
      <label for="doc-specialties">{t('label.specialties')}</label>
      <p class="help" id="doc-specialties-help">
        {t('help.specialties')}
      </p>
      <textarea id="doc-specialties" name="specialties" rows={4} required aria-describedby="doc-specialties-help" lang={cl}>
        {v.specialties}
      </textarea>
      <label for="doc-bio_md">{t('label.bio_md')}</label>
      <p class="help" id="doc-bio-help">
        {t('help.bio')}
      </p>
      <textarea id="doc-bio_md" name="bio_md" class="body-md" required aria-describedby="doc-bio-help" lang={cl}>
        {v.bio_md}
      </textarea>
      <Input name="licence_no" v={v} required={false} help={t('help.licence')} locale={locale} />
      <fieldset>
        <legend>{t('label.categories')}</legend>
        {categories.map((c) => (
          <div>
            <input type="checkbox" id={`doc-cat-${c.id}`} name="categories" value={String(c.id)} checked={v.categories.includes(String(c.id))} />{' '}
            <label for={`doc-cat-${c.id}`} lang={cl}>
              {c.name}
            </label>
          </div>
        ))}
      </fieldset>
      <Input name="photo_alt" v={v} required={!isNew} help={isNew ? t('help.altNew') : t('help.alt')} locale={locale} />
      <div>
        <input type="checkbox" id="doc-active" name="active" value="1" checked={v.active} /> <label for="doc-active">{t('label.active')}</label>
      </div>
      <div class="button-row">
        <button type="submit">{isNew ? t('create') : t('save')}</button>
        <a href="/staff/doctors">{t('back')}</a>
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
function PhotoSection({ csrf, id, path, alt, locale }: { csrf: string; id: number; path: string; alt: string; locale: Locale }) {
  const sources = portraitSources(path);
  const t = doctorsAdminT(locale);
  const cl = contentLang(locale);
  return (
    <section aria-labelledby="photo-heading" id="photo" class="photo-section">
      <h2 id="photo-heading">{t('photo.heading')}</h2>
      <figure class="portrait-current">
        {sources ? (
          <picture>
            <source type="image/webp" srcSet={sources.srcset} sizes="120px" />
            <img src={path} alt={alt} width="120" height="160" class="portrait" lang={cl} />
          </picture>
        ) : (
          <img src={path} alt={alt} width="120" height="120" lang={cl} />
        )}
        <figcaption>{sources ? t('photo.current') : t('photo.drawn')}</figcaption>
      </figure>
      <form method="post" action={`/staff/doctors/${id}/photo`} enctype="multipart/form-data" class="staff-form narrow" id="portrait-form">
        <Csrf token={csrf} />
        <label for="photo-file">{t('photo.file')}</label>
        <p class="help" id="photo-file-help">
          {t('photo.fileHelp', { w: PORTRAIT_MIN.width, h: PORTRAIT_MIN.height })}
        </p>
        <input id="photo-file" name="file" type="file" accept="image/jpeg,image/png,image/webp" required aria-describedby="photo-file-help" />
        <div id="crop-area" class="crop-area" hidden></div>
        <input type="hidden" name="crop_x" value="" />
        <input type="hidden" name="crop_y" value="" />
        <input type="hidden" name="crop_size" value="" />
        <label for="photo-alt">{t('photo.alt')}</label>
        <p class="help" id="photo-alt-help">
          {t('photo.altHelp')}
        </p>
        <input id="photo-alt" name="alt" type="text" required maxLength={PHOTO_ALT_MAX} aria-describedby="photo-alt-help" lang={cl} />
        <button type="submit">{t('photo.upload')}</button>
      </form>
    </section>
  );
}

/** /staff/doctors: the doctor directory, kept in step with its search rows and the public pages. */
export function doctorAdminRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;
  const cfg = { config: { permission: 'doctor.write' as const } };

  const formPage = async (locale: Locale, title: string, action: string, v: FormValues, isNew: boolean, error?: string, photo?: { id: number; path: string; alt: string; name: string }, status?: number) => {
    const categories = await categoryChoices(db);
    const t = doctorsAdminT(locale);
    return {
      title,
      error,
      status: status ?? (error ? 422 : 200),
      scripts: photo ? ['/assets/islands/portrait-crop.js'] : undefined,
      body: (csrf: string) => (
        <>
          {photo && locale !== 'zh-CN' ? (
            <p>
              {t('edit.doctor')}
              <span lang={contentLang(locale)}>{photo.name}</span>
            </p>
          ) : null}
          <DoctorForm csrf={csrf} action={action} v={v} categories={categories} isNew={isNew} locale={locale} />
          {photo ? <PhotoSection csrf={csrf} id={photo.id} path={photo.path} alt={photo.alt} locale={locale} /> : null}
        </>
      ),
    };
  };
  const photoOf = (d: Doctor) => ({ id: d.id, path: d.photo_path, alt: d.photo_alt, name: d.name });
  const editTitle = (locale: Locale, d: Doctor) => (locale === 'zh-CN' ? doctorsAdminT(locale)('edit.title', { name: d.name }) : doctorsAdminT(locale)('edit.title', { id: d.id }));

  async function load(idParam: string) {
    if (!/^[1-9]\d{0,8}$/.test(idParam)) throw notFound('doctor');
    const doctor = await findDoctorById(db, Number(idParam));
    if (!doctor) throw notFound('doctor');
    return doctor;
  }

  /** Why the form cannot be saved, beyond its own shape: unknown categories, a taken slug, an unlicensed reviewer. */
  async function conflict(t: Translate<DocKey>, d: DoctorInput, id: number | null): Promise<string | undefined> {
    const known = new Set((await categoryChoices(db)).map((c) => String(c.id)));
    if (d.categories.some((c) => !known.has(c))) return t('err.unknownCategory');
    const taken = await doctorIdBySlug(db, d.slug);
    if (taken !== undefined && taken !== id) return t('err.slugTaken', { slug: d.slug });
    if (id !== null && !d.licence_no) {
      const reviewer = await linkedReviewerName(db, id);
      if (reviewer !== undefined) return t('err.reviewerLicence', { name: reviewer });
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

  const parse = (locale: Locale, body: unknown) => {
    const t = doctorsAdminT(locale);
    return doctorForm(locale).safeParse(body, { error: (iss) => t('err.invalid', { label: labelOf(t, String(iss.path?.[0])) ?? t('label.form') }) });
  };
  const problems = (e: z.ZodError) => [...new Set(e.issues.map((i) => i.message))].slice(0, 6).join(' ');

  app.get('/doctors', cfg, async (req, reply) => {
    const doctors = await listAllDoctors(db);
    const locale = staffLocale(req);
    const t = doctorsAdminT(locale);
    const cl = contentLang(locale);
    return renderStaff(req, reply, deps, {
      title: t('list.title'),
      body: () => (
        <>
          <p class="button-row">
            <a class="button" href="/staff/doctors/new">
              {t('list.new')}
            </a>
          </p>
          <table class="staff-table">
            <thead>
              <tr>
                <th scope="col">{t('col.name')}</th>
                <th scope="col">{t('col.title')}</th>
                <th scope="col">{t('col.slug')}</th>
                <th scope="col">{t('col.licence')}</th>
                <th scope="col">{t('col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {doctors.map((d) => (
                <tr>
                  <td>
                    <a href={`/staff/doctors/${d.id}`} lang={cl}>
                      {d.name}
                    </a>
                  </td>
                  <td lang={cl}>{d.title}</td>
                  <td>{d.slug}</td>
                  <td>{d.licence_no || '—'}</td>
                  <td>{d.active ? t('status.shown') : t('status.hidden')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ),
    });
  });

  const blank: FormValues = { name: '', slug: '', title: '', specialties: '', bio_md: '', licence_no: '', categories: [], photo_alt: '', active: true };
  app.get('/doctors/new', cfg, async (req, reply) => {
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, await formPage(locale, doctorsAdminT(locale)('new.title'), '/staff/doctors/new', blank, true));
  });

  app.post('/doctors/new', cfg, async (req, reply) => {
    const locale = staffLocale(req);
    const t = doctorsAdminT(locale);
    const form = parse(locale, req.body);
    const problem = form.success ? await conflict(t, form.data, null) : problems(form.error);
    if (!form.success || problem) return renderStaff(req, reply, deps, await formPage(locale, t('new.title'), '/staff/doctors/new', submitted(req.body), true, problem));
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
      return renderStaff(req, reply, deps, await formPage(locale, t('new.title'), '/staff/doctors/new', submitted(req.body), true, t('err.slugTaken', { slug: d.slug })));
    }
    deps.site.invalidate();
    return reply.redirect(`/staff/doctors/${id}?msg=created`, 303);
  });

  app.get<{ Params: { id: string } }>('/doctors/:id', cfg, async (req, reply) => {
    const doctor = await load(req.params.id);
    const v = valuesOf(doctor, await doctorCategoryIds(db, doctor.id));
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, await formPage(locale, editTitle(locale, doctor), `/staff/doctors/${doctor.id}`, v, false, undefined, photoOf(doctor)));
  });

  app.post<{ Params: { id: string } }>('/doctors/:id', cfg, async (req, reply) => {
    const before = await load(req.params.id);
    const id = before.id;
    const locale = staffLocale(req);
    const t = doctorsAdminT(locale);
    const form = parse(locale, req.body);
    let problem = form.success ? await conflict(t, form.data, id) : problems(form.error);
    if (form.success && !form.data.photo_alt) problem = t('err.photoAlt');
    const again = (error: string) => formPage(locale, editTitle(locale, before), `/staff/doctors/${id}`, submitted(req.body), false, error, photoOf(before));
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
      return renderStaff(req, reply, deps, await again(t('err.slugTaken', { slug: d.slug })));
    }
    deps.site.invalidate();
    return reply.redirect(`/staff/doctors/${id}?msg=saved`, 303);
  });

  /** The edit page again with the photo form's problem; nothing was stored. */
  async function photoRefused(req: FastifyRequest, reply: FastifyReply, doctor: Doctor, status: number, error: string) {
    const v = valuesOf(doctor, await doctorCategoryIds(db, doctor.id));
    const locale = staffLocale(req);
    return renderStaff(req, reply, deps, await formPage(locale, editTitle(locale, doctor), `/staff/doctors/${doctor.id}`, v, false, error, photoOf(doctor), status));
  }

  // The photo upload has its own child scope so that the multipart parser exists only there.
  uploadScope(app, ['alt', 'crop_x', 'crop_y', 'crop_size'], (scope) => {
    scope.post<{ Params: { id: string } }>('/doctors/:id/photo', cfg, async (req, reply) => {
      const doctor = await load(req.params.id);
      const parsed = uploadOf(req);
      const fields = (req.body ?? {}) as Record<string, unknown>;
      const t = doctorsAdminT(staffLocale(req));
      if (parsed.problem === 'too_large') return photoRefused(req, reply, doctor, 413, tooLarge().message);
      if (parsed.problem === 'bad_form') return photoRefused(req, reply, doctor, 400, t('photo.badForm'));
      if (!parsed.file) return photoRefused(req, reply, doctor, 422, t('photo.noFile'));
      const alt = sanitizeAlt(typeof fields.alt === 'string' ? fields.alt : '');
      if (!alt) return photoRefused(req, reply, doctor, 422, t('photo.noAlt'));
      if ([...alt].length > PHOTO_ALT_MAX) return photoRefused(req, reply, doctor, 422, t('photo.altLong', { max: PHOTO_ALT_MAX }));
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

import type { FastifyInstance } from 'fastify';
import type { Deps } from '../http/deps.js';
import { parseSlug } from '../http/params.js';
import { servePage } from '../http/render.js';
import { categoriesOfDoctor, findDoctor, listDoctors } from './doctors.repository.js';
import { DoctorDirectoryPage, DoctorProfilePage } from './doctors.views.js';
import { doctorProfileSections } from './sections.js';

export function doctorRoutes(app: FastifyInstance, deps: Deps): void {
  const { db } = deps;

  app.get('/doctors', async (req, reply) =>
    servePage(req, reply, deps, async (ctx) => ({ vnode: <DoctorDirectoryPage ctx={ctx} doctors={await listDoctors(db)} /> })),
  );

  app.get<{ Params: { slug: string } }>('/doctors/:slug', async (req, reply) => {
    const slug = parseSlug(req.params.slug);
    return servePage(req, reply, deps, async (ctx) => {
      const doctor = await findDoctor(db, slug);
      if (!doctor) return null;
      const sections = doctorProfileSections();
      const [categories, data] = await Promise.all([categoriesOfDoctor(db, doctor.id), Promise.all(sections.map((s) => s.load(deps, doctor)))]);
      const rendered = sections.map((s, i) => s.render(ctx, doctor, data[i]));
      return { subject: { kind: 'doctor' as const, id: doctor.id }, vnode: <DoctorProfilePage ctx={ctx} doctor={doctor} categories={categories} sections={rendered} /> };
    });
  });
}

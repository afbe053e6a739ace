import assert from 'node:assert/strict';
import type { Role } from '../../src/db/schema.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import type { TestApp } from './app.js';

export const PASSWORD = 'correct horse battery staple';

type Response = Awaited<ReturnType<TestApp['get']>>;

/** A browser-like client for inject: keeps cookies, reads the CSRF token from the last form. */
export class StaffClient {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(readonly app: TestApp) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private absorb(res: Response): Response {
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (m) this.csrf = m[1]!;
    return res;
  }

  async get(url: string): Promise<Response> {
    return this.absorb(await this.app.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } }));
  }

  /** Posts a form; the current CSRF token is added unless `_csrf` is given (use null to omit it). */
  async post(url: string, form: Record<string, string | string[] | null> = {}): Promise<Response> {
    const body = new URLSearchParams();
    if (!('_csrf' in form)) body.append('_csrf', this.csrf);
    for (const [k, v] of Object.entries(form)) {
      if (v === null) continue;
      for (const item of [v].flat()) body.append(k, item);
    }
    return this.absorb(
      await this.app.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', origin: this.app.config.siteUrl },
        payload: body.toString(),
      }),
    );
  }

  async login(email: string, password = PASSWORD): Promise<Response> {
    await this.get('/staff/login');
    return this.post('/staff/login', { email, password });
  }
}

let counter = 0;

/** Creates a staff member with the given roles (a reviewer or doctor is linked to a demo doctor) and signs in. */
export async function signedIn(app: TestApp, roles: Role[], opts: { doctorSlug?: string } = {}): Promise<StaffClient & { userId: number; email: string }> {
  const email = `${roles.join('-') || 'none'}-${++counter}-${Date.now()}@clinic.example`;
  let doctorId: number | null = null;
  if (roles.includes('reviewer') || roles.includes('doctor') || opts.doctorSlug) {
    const q = app.deps.db.selectFrom('doctor').select('id').orderBy('id');
    const d = await (opts.doctorSlug ? q.where('slug', '=', opts.doctorSlug) : q).executeTakeFirstOrThrow();
    doctorId = d.id;
  }
  const userId = await createStaffUser(app.deps.db, { email, name: `测试${roles.join('')}${counter}`, roles, password: PASSWORD, doctorId }, app.clock.now);
  const client = new StaffClient(app);
  const res = await client.login(email);
  assert.equal(res.statusCode, 303, `login failed: ${res.body.slice(0, 300)}`);
  return Object.assign(client, { userId, email });
}

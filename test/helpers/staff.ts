import assert from 'node:assert/strict';
import type { Role } from '../../src/db/schema.js';
import { createStaffUser } from '../../src/staff/auth.service.js';
import { totpCode, TOTP_PERIOD } from '../../src/staff/totp.js';
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

  /**
   * Signs in like a person would. Where the account needs a second factor this also does that
   * step: on the first sign-in it enrols (reads the secret off the enrolment page) and remembers
   * the secret and recovery codes for the account; later it enters the current TOTP code. The
   * answer returned is the password step's (303 on success), and the client ends on a page with
   * a fresh CSRF token (the token is renewed at sign-in).
   */
  async login(email: string, password = PASSWORD): Promise<Response> {
    await this.get('/staff/login');
    const res = await this.post('/staff/login', { email, password });
    if (res.statusCode !== 303) return res;
    const location = String(res.headers.location ?? '');
    if (location.startsWith('/staff/account/2fa')) await this.enrolTwoFactor(email, location);
    else if (location.startsWith('/staff/2fa')) await this.proveTwoFactor(email, location);
    await this.get('/staff/account');
    return res;
  }

  /** Enrols the signed-in account in TOTP through the enrolment page; returns the secret. */
  async enrolTwoFactor(email: string, page = '/staff/account/2fa'): Promise<TwoFactorAccount> {
    const form = await this.get(page);
    const m = /data-secret="([A-Z2-7]+)"/.exec(form.body);
    assert.ok(m, `no TOTP secret on the enrolment page (${form.statusCode}): ${form.body.slice(0, 300)}`);
    const account: TwoFactorAccount = { secret: m[1]!, lastStep: -1, recovery: [] };
    const next = /name="next" value="([^"]*)"/.exec(form.body)?.[1] ?? '/staff';
    const done = await this.post('/staff/account/2fa/enable', { code: nextCode(this.app, account), next });
    assert.equal(done.statusCode, 200, `enrolment failed: ${done.body.slice(0, 300)}`);
    account.recovery = [...done.body.matchAll(/<li><code>([a-z2-9]{5}-[a-z2-9]{5})<\/code><\/li>/g)].map((x) => x[1]!);
    assert.equal(account.recovery.length, 10, 'ten recovery codes shown');
    twoFactorOf(this.app).set(email.trim().toLowerCase(), account);
    return account;
  }

  /** The code step of a sign-in, with the code of the next unused time step (or a recovery code). */
  async proveTwoFactor(email: string, page = '/staff/2fa'): Promise<Response> {
    const account = twoFactorOf(this.app).get(email.trim().toLowerCase());
    assert.ok(account, `${email} has a second factor this test client did not enrol`);
    const form = await this.get(page);
    const next = /name="next" value="([^"]*)"/.exec(form.body)?.[1] ?? '/staff';
    const res = await this.post('/staff/2fa', { code: nextCode(this.app, account), next });
    assert.equal(res.statusCode, 303, `second factor refused: ${res.body.slice(0, 300)}`);
    return res;
  }
}

export interface TwoFactorAccount {
  secret: string;
  /** The last TOTP time step used (a step is good once), -1 before the first. */
  lastStep: number;
  recovery: string[];
}

const enrolled = new WeakMap<object, Map<string, TwoFactorAccount>>();

/** The second factors enrolled by test clients of this app, by e-mail address. */
export function twoFactorOf(app: TestApp): Map<string, TwoFactorAccount> {
  let m = enrolled.get(app);
  if (!m) enrolled.set(app, (m = new Map()));
  return m;
}

/**
 * A code the server will take now: the current step, or the next one when the current one was
 * used (the server accepts one step of drift); past that, an unused recovery code. The app's
 * clock is the test clock, so this needs no waiting.
 */
export function nextCode(app: TestApp, account: TwoFactorAccount): string {
  const step = Math.floor(app.clock.now.getTime() / 1000 / TOTP_PERIOD);
  for (const s of [step - 1, step, step + 1]) {
    if (s > account.lastStep) {
      account.lastStep = s;
      return totpCode(account.secret, new Date(s * TOTP_PERIOD * 1000));
    }
  }
  const spare = account.recovery.shift();
  assert.ok(spare, 'no TOTP step or recovery code left for this account');
  return spare;
}

let counter = 0;

/** Creates a staff member with the given roles (a reviewer or doctor is linked to a demo doctor) and signs in. */
export async function signedIn(app: TestApp, roles: Role[], opts: { doctorSlug?: string; locale?: 'zh-CN' | 'en' } = {}): Promise<StaffClient & { userId: number; email: string }> {
  const email = `${roles.join('-') || 'none'}-${++counter}-${Date.now()}@clinic.example`;
  let doctorId: number | null = null;
  if (roles.includes('reviewer') || roles.includes('doctor') || opts.doctorSlug) {
    const q = app.deps.db.selectFrom('doctor').select('id').orderBy('id');
    const d = await (opts.doctorSlug ? q.where('slug', '=', opts.doctorSlug) : q).executeTakeFirstOrThrow();
    doctorId = d.id;
  }
  const userId = await createStaffUser(app.deps.db, { email, name: `测试${roles.join('')}${counter}`, roles, password: PASSWORD, doctorId }, app.clock.now);
  if (opts.locale) await app.deps.db.updateTable('staff_user').set({ locale: opts.locale }).where('id', '=', userId).execute();
  const client = new StaffClient(app);
  const res = await client.login(email);
  assert.equal(res.statusCode, 303, `login failed: ${res.body.slice(0, 300)}`);
  return Object.assign(client, { userId, email });
}

import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { totpCode, TOTP_PERIOD } from '../../src/staff/totp.js';

// Signing in to the back office in Chromium, second factor included: roles in STAFF_2FA_ROLES
// (admin, reviewer by default) enrol on their first sign-in and enter a TOTP code afterwards.
// The secret is read off the enrolment page and kept here, per server and address.

const secrets = new Map<string, { secret: string; lastStep: number }>();

/** A code for a time step not used yet (one step ahead is accepted); waits for the next step past that. */
async function freshCode(entry: { secret: string; lastStep: number }): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / 1000 / TOTP_PERIOD);
    for (const s of [step, step + 1]) {
      if (s > entry.lastStep) {
        entry.lastStep = s;
        return totpCode(entry.secret, new Date(s * TOTP_PERIOD * 1000));
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/**
 * Fills the login form and submits it, then does whatever second-factor step follows (enrolment
 * or the code), and resolves on the page the sign-in leads to (the dashboard unless `next` was given).
 */
export async function signInStaff(page: Page, email: string, password: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/staff/login') await page.goto('/staff/login');
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/staff/login'), page.getByRole('button', { name: '登录' }).click()]);
  const key = `${new URL(page.url()).origin}|${email.toLowerCase()}`;
  const path = new URL(page.url()).pathname;
  if (path === '/staff/account/2fa') {
    const secret = await page.locator('#totp-secret').getAttribute('data-secret');
    assert.ok(secret, 'the enrolment page shows the secret');
    const entry = { secret, lastStep: -1 };
    secrets.set(key, entry);
    await page.getByLabel('验证码', { exact: true }).fill(await freshCode(entry));
    await Promise.all([page.waitForURL((u) => u.pathname === '/staff/account/2fa/enable'), page.getByRole('button', { name: '开启两步验证' }).click()]);
    await page.locator('#recovery-codes li').first().waitFor();
    await Promise.all([page.waitForURL((u) => u.pathname !== '/staff/account/2fa/enable'), page.getByRole('link', { name: '我已保存，继续' }).click()]);
  } else if (path === '/staff/2fa') {
    const entry = secrets.get(key);
    assert.ok(entry, `${email} has a second factor enrolled outside this test process`);
    await page.getByLabel('验证码或恢复码').fill(await freshCode(entry));
    await Promise.all([page.waitForURL((u) => u.pathname !== '/staff/2fa'), page.getByRole('button', { name: '验证' }).click()]);
  }
}

import type { Page } from 'playwright-core';

/**
 * Signs a staff member in on the login page the browser is showing, the way the editorial browser
 * test does it (test/e2e/editorial.test.ts), and waits to leave the login page (for the dashboard,
 * or the page asked for first). The one place browser
 * tests of new back-office pages sign in, so a change to sign-in (a second factor) is made here.
 */
export async function signInStaff(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: '员工登录' }).waitFor();
  await page.getByLabel('电子邮箱').fill(email);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/staff') && u.pathname !== '/staff/login'), page.getByRole('button', { name: '登录' }).click()]);
}

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { REPO_ROOT } from './server.js';

// Debian's Chromium driven by playwright-core, for the end-to-end browser tier.

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-output', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run the tests with \`npm test\`, which installs Debian's chromium.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught page errors and failed same-origin requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

/**
 * A fresh context (its own cookies and cache) with one page whose base URL is the server.
 * Console errors (CSP violations, failed resources), page errors and failed requests are collected.
 */
export async function openSession(browser: Browser, baseURL: string, options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', ...options });
  context.setDefaultTimeout(10_000);
  context.setDefaultNavigationTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
  page.on('requestfailed', (r) => {
    // ERR_ABORTED: the page navigated away before a (lazy) image finished loading; not a fault.
    if (r.url().startsWith(baseURL) && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.url().startsWith(baseURL) && r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  return { context, page, problems, close: () => context.close() };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeFinding {
  id: string;
  impact: string | null | undefined;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

// The axe-core that @axe-core/playwright ships, run by hand (decision 0085): its AxeBuilder.analyze()
// evaluates the 550 KB script into the page again at every call and opens a blank page to merge the
// results, ~2.9 s a check on the loaded test machine against ~0.8 s for one injection per document
// and axe.run asked for violations only. Our pages have no frames, so the frame walk adds nothing.
const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js', { paths: [path.dirname(require.resolve('@axe-core/playwright'))] }), 'utf8');

interface AxeRunResult {
  violations: { id: string; impact?: string | null; help: string; helpUrl: string; nodes: { target: unknown[]; html: string; failureSummary?: string }[] }[];
}

/**
 * Runs axe-core on the current page (or only inside `include`, a CSS selector) with the WCAG 2.x
 * A/AA tags; returns every violation. The script is injected once per document.
 */
export async function axeViolations(page: Page, include?: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const result: AxeRunResult = await page.evaluate(
    ([tags, sel]) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<AxeRunResult> } }).axe;
      return axe.run(sel ? { include: [[sel]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    },
    [AXE_TAGS, include ?? ''] as const,
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary ?? '' })),
  }));
}

export function formatAxe(findings: AxeFinding[]): string {
  return findings
    .map(
      (f) =>
        `- [${f.impact}] ${f.id}: ${f.help} (${f.helpUrl})\n` +
        f.nodes
          .slice(0, 5)
          .map((n) => `    at ${n.target}\n      ${n.html.slice(0, 200)}\n      ${n.summary.replace(/\n/g, '\n      ')}`)
          .join('\n') +
        (f.nodes.length > 5 ? `\n    … and ${f.nodes.length - 5} more` : ''),
    )
    .join('\n');
}

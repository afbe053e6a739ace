import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AuditReport } from '../../src/import/audit.js';
import { runCli } from '../helpers/server.js';
import { BROKEN_LINK, DISALLOWED, MISSING_IMAGE, startLegacySite, type RunningSite } from '../fixtures/legacy-site/site.js';

// The real `clinicpress` commands against the fixture legacy site: audit-site (no database) and
// import with --dry-run and --json (on a demo SQLite database; the import itself is tested on both
// engines in import.test.ts).

describe('clinicpress audit-site and import (CLI)', () => {
  let site: RunningSite;
  let dir: string;
  before(async () => {
    site = await startLegacySite();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-audit-'));
  });
  after(async () => {
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('audit-site writes an HTML and a JSON report, worst pages first, broken links and images; robots.txt obeyed', async () => {
    const out = path.join(dir, 'report');
    const { stdout } = await runCli({ dataDir: dir, databaseUrl: undefined }, ['audit-site', `${site.url}/`, '--out', out, '--delay', '0', '--concurrency', '2'], '', 120_000);
    assert.match(stdout, /Checked \d+ pages/);
    const r = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as AuditReport;
    assert.ok(r.pages >= 30, `pages: ${r.pages}`);
    assert.equal(r.articlePages, site.index.articles.size);
    assert.ok(!site.requests.includes(DISALLOWED));
    assert.ok(r.skippedByRobots.some((u) => u.endsWith(DISALLOWED)));
    assert.ok(r.brokenLinks.some((b) => b.url.endsWith(BROKEN_LINK) && b.status === 404 && b.foundOn.length > 0));
    assert.ok(r.brokenImages.some((b) => b.url.endsWith(MISSING_IMAGE) && b.status === 404));
    assert.ok(!r.brokenImages.some((b) => b.url.includes('/uploads/allimg/shizhen.jpg')));
    for (let i = 1; i < r.pageReports.length; i++) {
      const [a, b] = [r.pageReports[i - 1]!, r.pageReports[i]!];
      assert.ok(a.errors > b.errors || (a.errors === b.errors && a.warnings >= b.warnings), 'worst first');
    }
    assert.ok(r.pageReports[0]!.errors > 0);
    const efficacy = r.byCategory.find((c) => c.category === 'efficacy');
    assert.ok(efficacy && efficacy.error > 0);
    const perPage = r.pageReports.find((p) => p.title === '湿疹反复发作的原因')!;
    assert.ok(perPage.findings.some((f) => f.text === '根治') && perPage.byCategory.safety! > 0);
    const html = fs.readFileSync(path.join(out, 'report.html'), 'utf8');
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(html, /湿疹反复发作的原因/);
    assert.match(html, /失效图片（1）/);
  });

  test('import --dry-run --json reports what it would do and writes nothing; progress with an ETA on stderr', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cp-import-cli-'));
    try {
      const server = { dataDir: data, databaseUrl: undefined };
      await runCli(server, ['seed', '--demo'], '', 120_000);
      const fixture = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'legacy-site');
      const { stdout, stderr } = await runCli(server, ['import', '--from-wxr', path.join(fixture, 'wordpress.xml'), '--map', path.join(fixture, 'category-map.json'), '--dry-run', '--json'], '', 120_000);
      const r = JSON.parse(stdout) as { dryRun: boolean; counts: Record<string, number>; pages: { outcome: string; errors: number }[] };
      assert.equal(r.dryRun, true);
      assert.equal(r.counts.created, 5);
      assert.ok(r.pages.some((p) => p.errors > 0));
      assert.match(stderr, /5\/5 .*ETA/);
      const again = await runCli(server, ['import', '--from-wxr', path.join(fixture, 'wordpress.xml'), '--dry-run', '--json'], '', 120_000);
      assert.equal((JSON.parse(again.stdout) as { counts: Record<string, number> }).counts.created, 5, 'the dry run wrote nothing');
      await assert.rejects(runCli(server, ['import', '--from-wxr', 'a', '--from-dir', 'b']), /exited with code 2/);
    } finally {
      fs.rmSync(data, { recursive: true, force: true });
    }
  });
});

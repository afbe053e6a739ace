import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.js';

test('defaults serve the demo on 127.0.0.1:3000 with data in ./data', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.host, '127.0.0.1');
  assert.equal(c.dataDir, path.resolve('./data'));
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.siteUrl, 'http://127.0.0.1:3000');
  assert.equal(c.clinicTimeZone, 'Asia/Shanghai');
  assert.equal(c.pageCache, true);
});

test('every bad value is reported with the variable it came from', () => {
  try {
    loadConfig({ PORT: 'abc', HOST: 'bad host!', DATABASE_URL: 'mysql://x', CLINIC_TIMEZONE: 'Mars/Olympus', PAGE_CACHE: 'maybe' });
    assert.fail('expected a ConfigError');
  } catch (err) {
    assert.ok(err instanceof ConfigError);
    const text = err.message;
    for (const name of ['PORT="abc"', 'HOST="bad host!"', 'DATABASE_URL="mysql://x"', 'CLINIC_TIMEZONE="Mars/Olympus"', 'PAGE_CACHE="maybe"']) {
      assert.match(text, new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `missing ${name} in:\n${text}`);
    }
    assert.equal(err.problems.length, 5);
  }
});

test('ports outside 0–65535 are refused', () => {
  assert.throws(() => loadConfig({ PORT: '70000' }), /PORT="70000": must be between 0 and 65535/);
  assert.throws(() => loadConfig({ PORT: '3.5' }), /PORT="3.5": must be a whole number/);
});

test('a PostgreSQL URL switches the engine and SITE_URL sets canonical links', () => {
  const c = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/clinic', DATA_KEY: 'ab'.repeat(32), SITE_URL: 'https://clinic.example/', PAGE_CACHE: 'off' });
  assert.equal(c.databaseUrl, 'postgres://u:p@db:5432/clinic');
  assert.equal(c.siteUrl, 'https://clinic.example');
  assert.equal(c.pageCache, false);
  assert.throws(() => loadConfig({ SITE_URL: 'ftp://x' }), /SITE_URL/);
});

test('empty variables count as unset', () => {
  assert.equal(loadConfig({ PORT: '', DATA_DIR: '' }).port, 3000);
});

test('DATA_KEY is required on PostgreSQL and in production, optional for SQLite in development', () => {
  assert.throws(() => loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/clinic' }), /DATA_KEY=undefined: must be set when DATABASE_URL is set/);
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), /DATA_KEY=undefined: must be set when NODE_ENV=production/);
  assert.equal(loadConfig({}).booking.dataKey, undefined);
  assert.equal(loadConfig({ NODE_ENV: 'production', DATA_KEY: 'ab'.repeat(32) }).booking.dataKey?.length, 32);
  assert.equal(loadConfig({ DATA_KEY: 'ab'.repeat(32), NEW_DATA_KEY: 'cd'.repeat(32) }).booking.newDataKey?.toString('hex'), 'cd'.repeat(32));
  assert.throws(() => loadConfig({ NEW_DATA_KEY: 'short' }), /NEW_DATA_KEY="short": must be 32 random bytes/);
});

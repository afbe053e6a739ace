import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import sharp from 'sharp';
import { CLINIC_COLOURS, cardSvg, latinOnly, renderCard, wrapText, type CardText } from '../../src/share/share.card.js';

// The share card's drawing (issue 17 item 10) with and without a CJK font: a machine that never
// installed one (fresh `npm start`) still gets a valid 1200×630 PNG under 100 KB, never an error.

const TEXT: CardText = { title: '光疗后皮肤发红怎么护理？HPV 疫苗接种前后注意事项（2026 年版）', label: '皮肤护理', kind: '科普文章', siteName: '青禾皮肤专科门诊', host: 'clinic.example' };

async function check(png: Buffer) {
  const info = await sharp(png).metadata();
  assert.equal(info.format, 'png');
  assert.equal(info.width, 1200);
  assert.equal(info.height, 630);
  assert.ok(png.length < 100 * 1024, `${png.length} bytes`);
}

test('with a CJK font the card shows the title, category and clinic name', async () => {
  const svg = cardSvg(TEXT, { cjk: 'Noto Sans CJK SC', any: true });
  for (const part of ['光疗后皮肤发红', '皮肤护理', '青禾皮肤专科门诊', 'clinic.example']) assert.ok(svg.includes(part), part);
  assert.ok(svg.includes('#1f6f5c'), 'in the clinic colour');
  await check(await renderCard(TEXT, { cjk: 'Noto Sans CJK SC', any: true }));
});

test('without a CJK font only what Latin fonts draw is shown; without any font, no text at all', async () => {
  const latin = cardSvg(TEXT, { cjk: null, any: true });
  assert.doesNotMatch(latin, /[\u3000-\u9fff\uff00-\uffef]/, 'no character a Latin font would draw as a box');
  assert.ok(latin.includes('HPV') && latin.includes('2026') && latin.includes('clinic.example'));
  await check(await renderCard(TEXT, { cjk: null, any: true }));
  const bare = cardSvg(TEXT, { cjk: null, any: false });
  assert.doesNotMatch(bare, /<text/);
  await check(await renderCard(TEXT, { cjk: null, any: false }));
});

test('text in the SVG is escaped', () => {
  const svg = cardSvg({ ...TEXT, title: '<script>&"\'</script>' }, { cjk: 'Noto Sans CJK SC', any: true });
  assert.ok(!svg.includes('<script>'));
});

test('titles wrap to at most the given lines, keeping numbers whole and ending in … when cut', () => {
  assert.deepEqual(wrapText('光疗后皮肤发红怎么护理？HPV 疫苗接种前后的注意事项与常见问题（2026 年版）', 16.5, 3), ['光疗后皮肤发红怎么护理？HPV 疫苗', '接种前后的注意事项与常见问题', '（2026 年版）']);
  const long = wrapText('一'.repeat(200), 16.5, 3);
  assert.equal(long.length, 3);
  assert.ok(long[2]!.endsWith('…'));
  assert.deepEqual(wrapText('短标题', 16.5, 3), ['短标题']);
  assert.equal(latinOnly('湿疹（AD）患者 2026 年'), 'AD 2026');
});

test("the card's colours are the site's (src/web/assets/site.css)", () => {
  const css = fs.readFileSync('src/web/assets/site.css', 'utf8');
  const root = /:root\s*\{([^}]*)\}/.exec(css)![1]!;
  const value = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)?.[1]?.toLowerCase();
  assert.equal(value('brand'), CLINIC_COLOURS.brand);
  assert.equal(value('brand-dark'), CLINIC_COLOURS.brandDark);
  assert.equal(value('soft'), CLINIC_COLOURS.soft);
  assert.equal(value('ink'), CLINIC_COLOURS.ink);
  assert.equal(value('muted'), CLINIC_COLOURS.muted);
  assert.equal(value('line'), CLINIC_COLOURS.line);
});

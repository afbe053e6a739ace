import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SHARE_CARD } from '../web/share.js';

// Draws a share card: an SVG made here from the page's title, category and the clinic's name and
// colours, turned into a PNG by sharp (librsvg, text through Pango and fontconfig). Nothing from
// the page reaches the SVG but escaped text.

// libvips costs ~18 MB of resident memory once loaded: load it with the first card, not at start.
let sharpModule: Promise<typeof import('sharp')> | undefined;
const loadSharp = async () => (await (sharpModule ??= import('sharp'))).default;

/** The clinic's colours, as the site's stylesheet has them (src/web/assets/site.css, :root). */
export const CLINIC_COLOURS = { brand: '#1f6f5c', brandDark: '#17594a', soft: '#f3f7f5', ink: '#1c2421', muted: '#4a5752', line: '#d5dfdb' };

export interface CardText {
  title: string;
  /** Category (articles, Q&A) or position (doctors); may be empty. */
  label: string;
  /** What the page is, in the card's language: 科普文章, 医生介绍, 健康问答. */
  kind: string;
  siteName: string;
  /** The site's host name, e.g. clinic.example: ASCII, so it can be shown without a CJK font. */
  host: string;
}

export interface CardFonts {
  /** A family with Chinese glyphs, or null: the card then shows only what Latin fonts can draw. */
  cjk: string | null;
  /** Whether any font at all is installed; without one, no text is drawn (Pango would draw boxes). */
  any: boolean;
}

const CJK_PREFERENCE = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', 'Droid Sans Fallback'];

const run = promisify(execFile);

/** The font families fontconfig lists, or null when fc-list cannot be run. */
async function fcList(pattern: string): Promise<string[] | null> {
  try {
    const { stdout } = await run('fc-list', [pattern, 'family'], { timeout: 5000, maxBuffer: 4 * 1024 * 1024 });
    return stdout
      .split('\n')
      .flatMap((line) => line.split(','))
      .map((f) => f.trim())
      .filter(Boolean);
  } catch {
    return null;
  }
}

/**
 * Asks fontconfig once which fonts it has. A fresh machine may have no CJK font (Debian:
 * fonts-noto-cjk): the card is then drawn without Chinese text rather than with empty boxes.
 */
export async function detectFonts(): Promise<CardFonts> {
  const [zh, all] = await Promise.all([fcList(':lang=zh'), fcList(':')]);
  const families = new Set(zh ?? []);
  const cjk = CJK_PREFERENCE.find((f) => families.has(f)) ?? [...families].find((f) => !/mono/i.test(f)) ?? null;
  return { cjk, any: (all?.length ?? 0) > 0 || cjk !== null };
}

let fontsOnce: Promise<CardFonts> | undefined;
export const machineFonts = () => (fontsOnce ??= detectFonts());

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Roughly how wide a character is, in ems: CJK and full-width forms are square, Latin about half. */
function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2e80 || (c >= 0x1100 && c <= 0x11ff)) return 1;
  if (/[A-Z0-9MW]/.test(ch)) return 0.66;
  if (ch === ' ') return 0.3;
  return 0.55;
}

const NO_LINE_END = /[（《「『“‘(\[]/;
const NO_LINE_START = /[，。、：；！？）》」』”’%,.:;!?)\]]/;

/**
 * Breaks text into at most `maxLines` lines of `maxEm` ems: anywhere between CJK characters, at
 * spaces between Latin words, never before closing punctuation; the last line ends in … if cut.
 * Linear in the text's length (and the text is a title: at most a few hundred characters).
 */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  const lines: string[] = [];
  let line: string[] = [];
  let width = 0;
  /** Where the Latin word being written starts in `line`, or -1. */
  let wordStart = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const w = charWidth(ch);
    const latin = /[A-Za-z0-9]/.test(ch);
    if (width + w > maxEm && line.length && !NO_LINE_START.test(ch)) {
      let carry: string[] = [];
      // A Latin word or number is moved whole to the next line when it fits there.
      if (latin && wordStart > 0 && line.length - wordStart < 16) {
        carry = line.slice(wordStart);
        line = line.slice(0, wordStart);
      }
      // An opening bracket goes with what it opens.
      if (line.length > 1 && NO_LINE_END.test(line[line.length - 1]!)) carry.unshift(line.pop()!);
      lines.push(line.join('').trimEnd());
      if (lines.length === maxLines) break;
      line = carry;
      width = carry.reduce((s, c) => s + charWidth(c), 0);
      wordStart = carry.length ? 0 : -1;
    }
    if (ch === ' ' && !line.length) continue;
    if (!latin) wordStart = -1;
    else if (wordStart < 0) wordStart = line.length;
    line.push(ch);
    width += w;
  }
  if (lines.length < maxLines && line.length) lines.push(line.join('').trimEnd());
  const shown = lines.join('').replace(/\s/g, '').length;
  if (shown < chars.join('').replace(/\s/g, '').length && lines.length) {
    const last = [...lines[lines.length - 1]!];
    while (last.length && last.reduce((s, c) => s + charWidth(c), 0) + 1 > maxEm) last.pop();
    lines[lines.length - 1] = `${last.join('').trimEnd()}…`;
  }
  return lines;
}

/** What a Latin-only font can draw of a text: its ASCII runs (numbers, abbreviations like HPV). */
export function latinOnly(text: string): string {
  return (text.match(/[\x21-\x7e]+(?: [\x21-\x7e]+)*/g) ?? []).join(' ').trim();
}

/** The card as SVG text, 1200×630. */
export function cardSvg(text: CardText, fonts: CardFonts): string {
  const { width: W, height: H } = SHARE_CARD;
  const c = CLINIC_COLOURS;
  const family = fonts.cjk ? `'${fonts.cjk}', sans-serif` : 'sans-serif';
  const show = (s: string) => (!fonts.any ? '' : fonts.cjk ? s : latinOnly(s));
  const font = `font-family="${escapeXml(family)}"`;
  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  parts.push(`<rect width="${W}" height="120" fill="${c.brand}"/>`);
  // The site's logo (src/web/assets/logo.svg), drawn in white on the band.
  parts.push(
    `<g transform="translate(64 28)"><rect width="64" height="64" rx="14" fill="#ffffff"/><path d="M32 12c-7 8-14 14-14 24a14 14 0 0 0 28 0c0-10-7-16-14-24z" fill="${c.brand}"/><path d="M32 28v16M24 36h16" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/></g>`,
  );
  const siteName = show(text.siteName) || (fonts.any ? text.host : '');
  if (siteName) parts.push(`<text x="152" y="76" font-size="36" font-weight="700" fill="#ffffff" ${font}>${escapeXml(wrapText(siteName, 27, 1)[0] ?? '')}</text>`);
  const label = show(text.label);
  let y = 200;
  if (label) {
    const labelText = wrapText(label, 24, 1)[0] ?? '';
    const labelWidth = Math.round([...labelText].reduce((s, ch) => s + charWidth(ch), 0) * 30 + 48);
    parts.push(`<rect x="64" y="${y - 40}" width="${labelWidth}" height="56" rx="28" fill="${c.soft}" stroke="${c.line}" stroke-width="2"/>`);
    parts.push(`<text x="88" y="${y - 2}" font-size="30" fill="${c.brandDark}" ${font}>${escapeXml(labelText)}</text>`);
    y += 100;
  } else {
    y += 60;
  }
  const title = show(text.title);
  const lines = title ? wrapText(title, fonts.cjk ? 16.5 : 20, label ? 3 : 4) : [];
  const size = 64;
  for (const line of lines) {
    parts.push(`<text x="64" y="${y}" font-size="${size}" font-weight="700" fill="${c.ink}" ${font}>${escapeXml(line)}</text>`);
    y += Math.round(size * 1.3);
  }
  parts.push(`<rect y="${H - 72}" width="${W}" height="72" fill="${c.soft}"/>`);
  parts.push(`<rect y="${H - 72}" width="${W}" height="4" fill="${c.brand}"/>`);
  // The host once: in the band when the clinic's name cannot be drawn, else here.
  const footer = [show(text.kind), fonts.any && siteName !== text.host ? text.host : ''].filter(Boolean).join('  ·  ');
  if (footer) parts.push(`<text x="64" y="${H - 26}" font-size="28" fill="${c.muted}" ${font}>${escapeXml(footer)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}

/** The card as a PNG: a palette image (flat colours and anti-aliased text), well under 100 KB. */
export async function renderCard(text: CardText, fonts: CardFonts): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp(Buffer.from(cardSvg(text, fonts)), { density: 72 })
    .timeout({ seconds: 20 })
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 7 })
    .toBuffer();
}

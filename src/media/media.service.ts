import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { Metadata, Sharp } from 'sharp';

// libvips costs ~18 MB of resident memory once loaded: load it with the first upload, not at start
// (most instances serve pages and never see an upload).
let sharpModule: Promise<typeof import('sharp')> | undefined;
const loadSharp = async () => (await (sharpModule ??= import('sharp'))).default;
import type { Database } from '../db/schema.js';
import { audit, type Actor } from '../staff/audit.js';
import { altByKeys, findMedia, insertMedia, updateAlt } from './media.repository.js';
import { putFile } from './store.js';
import { PORTRAIT_RATIO, PORTRAIT_WIDTHS, portraitFile } from '../web/photo.js';

// The image library: uploads are checked by their content, decoded under a pixel limit and stored
// only as re-encoded variants without metadata. The original bytes are never written anywhere.

export const MEDIA_LIMITS = {
  /** Largest upload accepted, in bytes (enforced by the multipart parser while reading). */
  maxBytes: 10 * 1024 * 1024,
  /** Largest width × height decoded: a small file can declare a huge image (decompression bomb). */
  maxPixels: 40_000_000,
  /** Longest side accepted: WebP cannot encode more than 16383 pixels on a side. */
  maxSide: 16_383,
};

/** Width slots of the stored WebP variants; an image narrower than a slot is stored at its own width. */
export const VARIANT_WIDTHS = [480, 960, 1600] as const;
/** The slot articles link to, and the slot of the one JPEG fallback. */
export const ARTICLE_WIDTH = 960;
export const THUMB_WIDTH = 480;
export const MAX_ALT_LENGTH = 300;
export const MAX_NAME_LENGTH = 200;

export type ImageFormat = 'jpeg' | 'png' | 'webp';
const MIME: Record<ImageFormat, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
export const FORMAT_LABELS: Record<string, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP' };

export interface Variant {
  file: string;
  format: 'webp' | 'jpeg';
  width: number;
  height: number;
  bytes: number;
}

/** An upload refused for what it is; the message is shown to the editor as is. */
export class MediaRejected extends Error {
  constructor(
    readonly code: 'empty' | 'too_large' | 'not_image' | 'unreadable' | 'too_many_pixels' | 'too_small',
    readonly status: 413 | 422,
    message: string,
  ) {
    super(message);
  }
}

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const megapixels = (n: number) => `${Math.round(n / 10_000)} 万`;

export const tooLarge = () =>
  new MediaRejected('too_large', 413, `文件超过 ${mb(MEDIA_LIMITS.maxBytes)} 的上限，未保存。请先压缩或缩小图片后再上传。`);
const notImage = () =>
  new MediaRejected('not_image', 422, '这个文件不是 JPEG、PNG 或 WebP 图片（系统按文件内容判断，不看扩展名），未保存。请选择真正的图片文件。');
const unreadable = () => new MediaRejected('unreadable', 422, '无法读取这张图片，文件可能已损坏或不完整，未保存。请重新导出后再上传。');

/** The format named by the file's first bytes, or null: the name and the declared type are never trusted. */
export function sniffImage(b: Uint8Array): ImageFormat | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'png';
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  return null;
}

/**
 * Checks an upload before any pixel is decoded: magic bytes, then sharp's reading of the header
 * (which must agree), then the declared dimensions against the pixel and side limits. Returns the
 * upright size (after EXIF rotation).
 */
export async function inspectImage(bytes: Buffer): Promise<{ format: ImageFormat; width: number; height: number }> {
  if (!bytes.length) throw new MediaRejected('empty', 422, '上传的文件是空的，未保存。');
  if (bytes.length > MEDIA_LIMITS.maxBytes) throw tooLarge();
  const sniffed = sniffImage(bytes);
  if (!sniffed) throw notImage();
  let meta: Metadata;
  try {
    // Header only: the limit is checked below with a message that names the size.
    const sharp = await loadSharp();
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw unreadable();
  }
  if (meta.format !== sniffed) throw notImage();
  const { width, height } = meta;
  if (!width || !height) throw unreadable();
  // EXIF orientations 5 to 8 turn the image a quarter: what people see is the other way round.
  const upright = (meta.orientation ?? 1) >= 5 ? { width: height, height: width } : { width, height };
  if (width * height > MEDIA_LIMITS.maxPixels || Math.max(width, height) > MEDIA_LIMITS.maxSide) {
    throw new MediaRejected(
      'too_many_pixels',
      422,
      `图片尺寸为 ${width}×${height} 像素，超过上限（不超过 ${megapixels(MEDIA_LIMITS.maxPixels)}像素、每边不超过 ${MEDIA_LIMITS.maxSide} 像素），未保存。请缩小后再上传。`,
    );
  }
  return { format: sniffed, ...upright };
}

/**
 * Decodes once per variant under the pixel limit, turns the image upright by its EXIF orientation
 * and re-encodes it. sharp writes no EXIF, XMP or IPTC unless asked (and nothing here asks), so
 * camera data and GPS position never reach the stored files; colours are converted to sRGB.
 */
export async function renderVariants(bytes: Buffer, key: string): Promise<{ variants: Variant[]; data: Buffer[] }> {
  const sharp = await loadSharp();
  const base = sharp(bytes, { limitInputPixels: MEDIA_LIMITS.maxPixels, failOn: 'error', autoOrient: true }).timeout({ seconds: 60 });
  const jobs: { file: string; format: 'webp' | 'jpeg'; pipeline: Sharp }[] = VARIANT_WIDTHS.map((w) => ({
    file: `${key}-${w}.webp`,
    format: 'webp' as const,
    pipeline: base.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 80, effort: 4 }),
  }));
  jobs.push({
    file: `${key}-${ARTICLE_WIDTH}.jpg`,
    format: 'jpeg',
    pipeline: base.clone().resize({ width: ARTICLE_WIDTH, withoutEnlargement: true }).flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }),
  });
  const variants: Variant[] = [];
  const data: Buffer[] = [];
  try {
    // One after another: each decode may hold up to maxPixels × 4 bytes.
    for (const job of jobs) {
      const out = await job.pipeline.toBuffer({ resolveWithObject: true });
      variants.push({ file: job.file, format: job.format, width: out.info.width, height: out.info.height, bytes: out.info.size });
      data.push(out.data);
    }
  } catch (err) {
    if (err instanceof Error && /pixel limit/i.test(err.message)) {
      throw new MediaRejected('too_many_pixels', 422, `图片像素超过 ${megapixels(MEDIA_LIMITS.maxPixels)}的上限，未保存。请缩小后再上传。`);
    }
    throw unreadable();
  }
  return { variants, data };
}

/** Where uploads were written before the shared store (migration 0016); `clinicpress migrate-uploads` moves them in. */
export function mediaDir(dataDir: string): string {
  return path.join(dataDir, 'uploads', 'media');
}

export function mediaUrl(key: string, width: number = ARTICLE_WIDTH, ext: 'webp' | 'jpg' = 'webp'): string {
  return `/uploads/media/${key}-${width}.${ext}`;
}

/** What an editor pastes into an article body. */
export function markdownSnippet(key: string, alt: string): string {
  return `![${alt.replace(/[\\`*_[\]<>&~]/g, '\\$&')}](${mediaUrl(key)})`;
}

/** The file's own name without path, control or direction characters, at most 200 characters. */
export function sanitizeOriginalName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  return [...clean].slice(0, MAX_NAME_LENGTH).join('') || 'image';
}

/** Alt text is one line of plain text. */
export function sanitizeAlt(alt: string): string {
  return alt
    .normalize('NFC')
    .replace(/[\p{Cc}\u202a-\u202e\u2066-\u2069\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function altTooLong(alt: string): boolean {
  return [...alt].length > MAX_ALT_LENGTH;
}

export interface StoredMedia {
  id: number;
  fileKey: string;
  variants: Variant[];
}

/**
 * Checks, renders and stores one upload: the variants (in the shared store, src/media/store.ts),
 * the media row and its audit event in one transaction, so no stored file outlives a missing row
 * and every instance on the database serves the variants at once. `dataDir` is no longer written
 * to; it stays in the options so existing callers keep compiling.
 */
export async function storeUpload(
  db: Kysely<Database>,
  opts: { dataDir?: string; actor: Actor; now: Date },
  upload: { bytes: Buffer; originalName: string; alt?: string },
): Promise<StoredMedia> {
  const info = await inspectImage(upload.bytes);
  const key = randomBytes(12).toString('hex');
  const { variants, data } = await renderVariants(upload.bytes, key);
  const originalName = sanitizeOriginalName(upload.originalName);
  const alt = sanitizeAlt(upload.alt ?? '');
  const id = await db.transaction().execute(async (trx) => {
    for (const [i, v] of variants.entries()) {
      await putFile(trx, `media/${v.file}`, data[i]!, { now: opts.now, mime: v.format === 'webp' ? 'image/webp' : 'image/jpeg' });
    }
    const id = await insertMedia(trx, {
      file_key: key,
      mime: MIME[info.format],
      width: info.width,
      height: info.height,
      bytes: upload.bytes.length,
      alt,
      original_name: originalName,
      variants_json: JSON.stringify(variants),
      created_by: opts.actor.userId,
      created_at: opts.now.toISOString(),
    });
    await audit(trx, opts.actor, 'media.upload', { type: 'media', id }, opts.now, {
      file_key: key,
      original_name: originalName,
      mime: MIME[info.format],
      width: info.width,
      height: info.height,
      bytes: upload.bytes.length,
    });
    return id;
  });
  return { id, fileKey: key, variants };
}

/** Sets an image's alt text and records the change in the same transaction. */
export async function changeAlt(
  db: Kysely<Database>,
  id: number,
  alt: string,
  actor: Actor,
  now: Date,
): Promise<'saved' | 'unchanged' | 'not_found'> {
  return db.transaction().execute(async (trx) => {
    const m = await findMedia(trx, id);
    if (!m) return 'not_found';
    if (m.alt === alt) return 'unchanged';
    await updateAlt(trx, id, alt);
    await audit(trx, actor, 'media.alt_changed', { type: 'media', id }, now, { file_key: m.file_key, from: m.alt, to: alt });
    return 'saved';
  });
}

const MEDIA_REF = /\/uploads\/media\/([A-Za-z0-9_]{1,64})-/g;

/**
 * The image keys a Markdown body refers to (`/uploads/media/<key>-…`) whose media row has no alt
 * text, or that have no row at all, in order of first mention. The publish gate refuses a body
 * while this is not empty. Takes a Kysely or a Transaction.
 */
export async function missingAltText(db: Kysely<Database>, markdown: string): Promise<string[]> {
  const keys = [...new Set([...markdown.matchAll(MEDIA_REF)].map((m) => m[1]!))];
  if (!keys.length) return [];
  const alts = await altByKeys(db, keys);
  return keys.filter((k) => !alts.get(k)?.trim());
}

// ---- Inserting an image into an article (issue 17 item 3) -----------------------------------

export const ALT_REQUIRED_MESSAGE = '请先填写替代文字（描述图片内容，供读屏软件朗读），图片未插入。';
export const ALT_TOO_LONG_MESSAGE = `替代文字不能超过 ${MAX_ALT_LENGTH} 个字符，图片未插入。`;

export type InsertResult = { ok: true; markdown: string; id: number } | { ok: false; status: 404 | 422; message: string };

/**
 * The Markdown that puts a library image into an article, with the alt text given at insertion
 * (required: without it nothing is inserted). An image still without alt text in the library gets
 * this one, so the publish gate, which reads the library, passes for it too.
 */
export async function insertSnippet(db: Kysely<Database>, id: number, rawAlt: string, actor: Actor, now: Date): Promise<InsertResult> {
  const alt = sanitizeAlt(rawAlt);
  if (!alt) return { ok: false, status: 422, message: ALT_REQUIRED_MESSAGE };
  if (altTooLong(alt)) return { ok: false, status: 422, message: ALT_TOO_LONG_MESSAGE };
  const m = await findMedia(db, id);
  if (!m) return { ok: false, status: 404, message: '所选图片不存在，请刷新页面后重试。' };
  if (!m.alt.trim()) await changeAlt(db, id, alt, actor, now);
  return { ok: true, markdown: markdownSnippet(m.file_key, alt), id };
}

// ---- Portraits (a doctor's photo, issue 17 item 3) ------------------------------------------

/** A crop box as the form sends it: the top-left corner as fractions of the upright image, and the box's size as a fraction of the largest 3:4 box that fits. */
export interface PortraitCrop {
  x?: number;
  y?: number;
  size?: number;
}

/** Smallest crop accepted, in pixels (the largest variant is not enlarged past the box). */
export const PORTRAIT_MIN = { width: PORTRAIT_WIDTHS[0], height: (PORTRAIT_WIDTHS[0] * PORTRAIT_RATIO.h) / PORTRAIT_RATIO.w };

/**
 * The pixel box a crop names in a width×height image: 3:4, inside the image, centred when the
 * form gave no position (the page without JavaScript), the largest that fits when it gave no size.
 */
export function portraitBox(width: number, height: number, crop: PortraitCrop = {}): { left: number; top: number; width: number; height: number } {
  const fit = Math.min(width, (height * PORTRAIT_RATIO.w) / PORTRAIT_RATIO.h);
  const size = crop.size !== undefined && Number.isFinite(crop.size) ? Math.min(1, Math.max(0.1, crop.size)) : 1;
  const w = Math.max(1, Math.floor(fit * size));
  const h = Math.max(1, Math.min(height, Math.floor((w * PORTRAIT_RATIO.h) / PORTRAIT_RATIO.w)));
  const place = (f: number | undefined, whole: number, part: number) =>
    f !== undefined && Number.isFinite(f) ? Math.min(whole - part, Math.max(0, Math.round(f * whole))) : Math.floor((whole - part) / 2);
  return { left: place(crop.x, width, w), top: place(crop.y, height, h), width: w, height: h };
}

export interface RenderedFile {
  /** Path below /uploads/. */
  path: string;
  data: Buffer;
  mime: string;
}

/**
 * A portrait from an upload: checked like every upload, turned upright, cut to the 3:4 crop box,
 * stored as WebP in each PORTRAIT_WIDTHS slot and one JPEG, without metadata. Nothing is written
 * here: the caller stores the files with storeFiles() in the transaction that points a doctor at
 * them. Returns the JPEG's public path (what `doctor.photo_path` holds).
 */
export async function renderPortrait(bytes: Buffer, crop: PortraitCrop = {}): Promise<{ photoPath: string; files: RenderedFile[] }> {
  const info = await inspectImage(bytes);
  const box = portraitBox(info.width, info.height, crop);
  if (box.width < PORTRAIT_MIN.width || box.height < PORTRAIT_MIN.height) {
    throw new MediaRejected(
      'too_small',
      422,
      `裁剪后的照片只有 ${box.width}×${box.height} 像素，至少需要 ${PORTRAIT_MIN.width}×${PORTRAIT_MIN.height} 像素，未保存。请上传更大的照片或把裁剪框放大。`,
    );
  }
  const sharp = await loadSharp();
  const key = randomBytes(12).toString('hex');
  const base = sharp(bytes, { limitInputPixels: MEDIA_LIMITS.maxPixels, failOn: 'error', autoOrient: true }).timeout({ seconds: 60 });
  const files: RenderedFile[] = [];
  try {
    // The box is in upright pixels: autoOrient turns the image before it is cut.
    const cut = await base.clone().extract(box).toBuffer();
    const upright = sharp(cut);
    for (const w of PORTRAIT_WIDTHS) {
      const size = { width: Math.min(w, box.width), height: Math.round((Math.min(w, box.width) * PORTRAIT_RATIO.h) / PORTRAIT_RATIO.w) };
      files.push({ path: portraitFile(key, w, 'webp'), mime: 'image/webp', data: await upright.clone().resize({ ...size, fit: 'cover' }).webp({ quality: 80, effort: 4 }).toBuffer() });
    }
    const jw = PORTRAIT_WIDTHS[PORTRAIT_WIDTHS.length - 1]!;
    const jsize = { width: Math.min(jw, box.width), height: Math.round((Math.min(jw, box.width) * PORTRAIT_RATIO.h) / PORTRAIT_RATIO.w) };
    files.push({ path: portraitFile(key, jw, 'jpg'), mime: 'image/jpeg', data: await upright.clone().resize({ ...jsize, fit: 'cover' }).flatten({ background: '#ffffff' }).jpeg({ quality: 82, mozjpeg: true }).toBuffer() });
  } catch (err) {
    if (err instanceof MediaRejected) throw err;
    if (err instanceof Error && /pixel limit/i.test(err.message)) {
      throw new MediaRejected('too_many_pixels', 422, `图片像素超过 ${megapixels(MEDIA_LIMITS.maxPixels)}的上限，未保存。请缩小后再上传。`);
    }
    throw unreadable();
  }
  return { photoPath: `/uploads/${portraitFile(key, PORTRAIT_WIDTHS[PORTRAIT_WIDTHS.length - 1]!, 'jpg')}`, files };
}

/** Stores rendered files in the caller's transaction. */
export async function storeFiles(trx: Kysely<Database>, files: RenderedFile[], now: Date): Promise<void> {
  for (const f of files) await putFile(trx, f.path, f.data, { now, mime: f.mime });
}

/**
 * A result's body as the in-memory path reads it: its UTF-8 bytes. Turning a page's bodies into
 * strings was most of a search's remaining SQL time (twenty articles of ~4 KB of UTF-8 each, for
 * the phrase bonus and the snippets), and a snippet needs about ninety characters of each: so
 * the phrase is looked for in the bytes and only a window around the first match is decoded.
 * Every answer here equals the one computed on the decoded string (test/unit/search-body.test.ts).
 */
import { foldSources, foldsUnit, simplified } from '../web/han.js';

export type Body = string | Buffer;

/** Terms the snippet finds only in folded text (ASCII and full-width ASCII: case and width). */
export const FOLDED_TERM = /[\x21-\x7e\uFF01-\uFF5E]/;

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/**
 * Whether `text` holds `needle` as it is (no folding). UTF-8 is self-synchronising, so a byte
 * match is a character match.
 */
export function containsExactly(text: Body, needle: string): boolean {
  return typeof text === 'string' ? text.includes(needle) : text.indexOf(utf8(needle)) !== -1;
}

// Whether a body's bytes hold a character folding may change, per body: the row cache hands the
// same Buffer to query after query, so each body is scanned once.
const foldableBytes = new WeakMap<Buffer, boolean>();

function hasFoldable(buf: Buffer): boolean {
  let known = foldableBytes.get(buf);
  if (known === undefined) {
    known = false;
    // Every character folding changes is in the BMP above U+0800: three bytes in UTF-8.
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i]!;
      if ((b & 0xf0) !== 0xe0) continue;
      if (foldsUnit(((b & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6) | (buf[i + 2]! & 0x3f))) {
        known = true;
        break;
      }
      i += 2;
    }
    foldableBytes.set(buf, known);
  }
  return known;
}

/**
 * A test of whether a text holds `needle` (simplified characters, as queries are normalised) once
 * its traditional characters are folded (src/web/han.ts), as the index and the highlighter fold
 * it. Made once per needle and used on many texts: only a text that may fold differently is
 * decoded and folded — text holding a character that folds into one of the needle's, bytes (the
 * in-memory path's cached rows) holding any character folding changes.
 */
export function foldedContains(needle: string): (text: Body) => boolean {
  const sources = [...new Set([...needle].flatMap((c) => foldSources(c)))];
  // Encoded once per needle, not once per text: the re-rank asks twenty bodies.
  const needleBytes = utf8(needle);
  const sourceBytes = sources.map(utf8);
  return (text) => {
    if (typeof text === 'string' ? text.includes(needle) : text.indexOf(needleBytes) !== -1) return true;
    if (!sources.length) return false;
    // Bytes: nearly every body holds some character folding changes (了, 着, a traditional one in a
    // quotation), so that alone decoded and folded most bodies of the window; only a source of the
    // needle's own characters can make it appear.
    const may = typeof text === 'string' ? sources.some((c) => text.includes(c)) : hasFoldable(text) && sourceBytes.some((b) => text.indexOf(b) !== -1);
    return may && simplified(bodyText(text)).includes(needle);
  };
}

export function bodyText(text: Body): string {
  return typeof text === 'string' ? text : text.toString('utf8');
}

const WS = /\s+/g;

// A page's snippets share one list of terms: encoded once for its ten bodies, not once per body.
const encodedTerms = new WeakMap<string[], Buffer[]>();
function encoded(terms: string[]): Buffer[] {
  let bytes = encodedTerms.get(terms);
  if (!bytes) encodedTerms.set(terms, (bytes = terms.map(utf8)));
  return bytes;
}

/**
 * The snippet's text as search.service.ts `snippet` computes it on the whole flattened body (only
 * for terms that need no folding), from a decoded window
 * of the bytes around the first match; undefined when the window cannot decide it (long runs of
 * whitespace near the match), and the caller decodes the whole body.
 */
export function snippetFromBytes(buf: Buffer, terms: string[], width: number): string | undefined {
  const lead = Math.floor(width / 3);
  let pb = -1;
  for (const t of encoded(terms)) {
    // Only a match before the earliest so far can move it: the rest of the body is not searched.
    const i = (pb === -1 ? buf : buf.subarray(0, pb + t.length - 1)).indexOf(t);
    if (i !== -1 && (pb === -1 || i < pb)) pb = i;
  }
  const at = pb === -1 ? 0 : pb;
  // Enough bytes for the characters needed on each side (at most 4 bytes each) and a margin.
  let a = Math.max(0, at - 4 * (lead + 8));
  let b = Math.min(buf.length, at + 4 * (width + 8));
  while (a > 0 && (buf[a]! & 0xc0) === 0x80) a--;
  while (b < buf.length && (buf[b]! & 0xc0) === 0x80) b++;
  let pre = buf.toString('utf8', a, at).replace(WS, ' ');
  let rest = buf.toString('utf8', at, b).replace(WS, ' ');
  if (a === 0) pre = pre.replace(/^ /, '');
  if (a === 0 && !pre) rest = rest.replace(/^ /, '');
  if (b === buf.length) rest = rest.replace(/ $/, '');
  // A window cut inside the text may begin with a space that is really the trimmed start of the
  // body, or end with one that is its trimmed end: never rely on a window's first or last character.
  if (a > 0 && pre.length < lead + 2) return undefined;
  const flat = pre + rest;
  const first = pre.length;
  let start = Math.max(0, first - lead);
  if ((a > 0 || start > 0) && isLow(flat.charCodeAt(start))) start--;
  const cutStart = a > 0 || start > 0;
  let end = start + width;
  const complete = b === buf.length;
  if (!complete && flat.length < end + 3) return undefined;
  end = Math.min(flat.length, end);
  if (end < flat.length && isHigh(flat.charCodeAt(end - 1))) end++;
  // Short of the whole body, the window holds at least two genuine characters past `end`.
  const more = !complete || end < flat.length;
  return `${cutStart ? '…' : ''}${flat.slice(start, end)}${more ? '…' : ''}`;
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

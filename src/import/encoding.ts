import iconv from 'iconv-lite';

// Legacy Chinese sites declare their encoding in the HTTP header, in a meta tag, or nowhere (and
// sometimes wrongly). Order of trust: a BOM, the header, the meta tag, then the bytes themselves
// (valid UTF-8 or not). GBK and GB2312 are decoded as GB18030, their superset, so a page that says
// gb2312 but uses a GBK-only character still reads correctly.

export type TextEncoding = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

function normalizeLabel(label: string | undefined | null): TextEncoding | undefined {
  const l = (label ?? '').trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return undefined;
  if (l === 'utf-8' || l === 'utf8') return 'utf-8';
  if (['gbk', 'gb2312', 'gb18030', 'gb_2312-80', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312'].includes(l)) return 'gb18030';
  if (l === 'big5' || l === 'big5-hkscs') return 'big5';
  return undefined;
}

export function charsetOfContentType(contentType: string | undefined | null): TextEncoding | undefined {
  const m = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '');
  return normalizeLabel(m?.[1]);
}

/** The charset a meta tag (or an XML declaration) names, read from the first 4 KB as Latin-1. */
export function charsetOfMarkup(bytes: Uint8Array): TextEncoding | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head);
  return normalizeLabel(meta?.[1]);
}

/** True when the bytes are valid UTF-8 (ASCII included). Linear. */
export function isUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xf0 && c <= 0xf4 ? 3 : c >= 0xe0 ? 2 : c >= 0xc2 && c < 0xe0 ? 1 : -1;
    if (n < 0 || c > 0xf4) return false;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return false;
    }
    i += n + 1;
  }
  return true;
}

function bom(b: Uint8Array): TextEncoding | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** Where the encoding came from. */
  by: 'bom' | 'header' | 'meta' | 'content';
}

export function decodeBytes(bytes: Uint8Array, contentType?: string | null): Decoded {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fromBom = bom(buf);
  if (fromBom) return { text: iconv.decode(buf, fromBom, { stripBOM: true }), encoding: fromBom, by: 'bom' };
  let encoding = charsetOfContentType(contentType);
  let by: Decoded['by'] = 'header';
  if (!encoding) {
    encoding = charsetOfMarkup(buf);
    by = 'meta';
  }
  // A declared UTF-8 that is not valid UTF-8 is the common lie of old sites moved between servers.
  if (!encoding || (encoding === 'utf-8' && !isUtf8(buf))) {
    encoding = isUtf8(buf) ? 'utf-8' : 'gb18030';
    by = 'content';
  }
  return { text: iconv.decode(buf, encoding), encoding, by };
}

export function encodeGbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}

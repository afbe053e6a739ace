// A doctor's uploaded photo (issue 17 item 3) is stored as a 3:4 portrait in a few sizes: WebP in
// each width slot and one JPEG, named alike so that a page given the JPEG's address (what
// `doctor.photo_path` holds) can offer the WebP sizes too. The media feature writes these names;
// pages read them here.

export const PORTRAIT_WIDTHS = [240, 480] as const;
export const PORTRAIT_RATIO = { w: 3, h: 4 } as const;

/** Path below /uploads/ of one stored size of a portrait. */
export function portraitFile(key: string, width: number, ext: 'webp' | 'jpg'): string {
  return `media/portrait-${key}-${width}.${ext}`;
}

const PORTRAIT_PATH = /^\/uploads\/media\/portrait-([0-9a-f]{24})-\d+\.jpg$/;

/** The WebP sizes of an uploaded portrait as a srcset, or null for any other picture (a drawn one). */
export function portraitSources(photoPath: string): { srcset: string } | null {
  const m = PORTRAIT_PATH.exec(photoPath);
  if (!m) return null;
  return { srcset: PORTRAIT_WIDTHS.map((w) => `/uploads/${portraitFile(m[1]!, w, 'webp')} ${w}w`).join(', ') };
}

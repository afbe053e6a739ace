const PALETTE = ['#1f6f5c', '#2d5d8a', '#7a4b8c', '#8a5a2d', '#2f6b7a', '#6b5d2f', '#8a2d4f', '#3f6f2d'];

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A drawn portrait placeholder: a coloured circle with the doctor's surname. Alt texts say exactly this. */
export function portraitSvg(name: string, index: number): string {
  const surname = [...name][0] ?? '医';
  const bg = PALETTE[index % PALETTE.length];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="240" viewBox="0 0 240 240" role="img"><title>${escapeXml(name)}</title><rect width="240" height="240" fill="#eef3f1"/><circle cx="120" cy="120" r="104" fill="${bg}"/><text x="120" y="150" font-size="92" text-anchor="middle" fill="#fff" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif">${escapeXml(surname)}</text></svg>\n`;
}

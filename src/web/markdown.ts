import MarkdownIt from 'markdown-it';

// html: false escapes any raw HTML in content; markdown-it's validateLink refuses javascript:,
// vbscript:, file: and non-image data: URLs. Rendering never trusts what an editor typed.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

const BLOCK_LINE = /^\{\{block:([a-z0-9-]{1,40})\}\}$/;

const defaultLink = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx]!.attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet('rel', 'nofollow noopener noreferrer');
  return defaultLink(tokens, idx, options, env, self);
};

// Body headings start at h2 (the page title is the h1), so a '#' in content is shown as h2.
md.core.ruler.push('demote_h1', (state) => {
  for (const t of state.tokens) {
    if ((t.type === 'heading_open' || t.type === 'heading_close') && t.tag === 'h1') t.tag = 'h2';
  }
});

md.core.ruler.push('heading_ids', (state) => {
  let n = 0;
  for (const t of state.tokens) {
    if (t.type === 'heading_open' && (t.tag === 'h2' || t.tag === 'h3')) t.attrSet('id', `s${++n}`);
  }
});

export interface OutlineItem {
  id: string;
  level: 2 | 3;
  text: string;
}

export type BodyPart = { kind: 'html'; html: string } | { kind: 'block'; id: string };

/** Renders the body to safe HTML, split where `{{block:ID}}` lines place typed blocks. */
export function renderBody(markdown: string): { parts: BodyPart[]; outline: OutlineItem[] } {
  const env = {};
  const tokens = md.parse(markdown, env);
  const outline: OutlineItem[] = [];
  const parts: BodyPart[] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type === 'heading_open' && (t.tag === 'h2' || t.tag === 'h3')) {
      outline.push({ id: String(t.attrGet('id') ?? ''), level: t.tag === 'h2' ? 2 : 3, text: tokens[i + 1]?.content ?? '' });
    }
    const placed =
      t.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline' ? BLOCK_LINE.exec(tokens[i + 1]!.content.trim()) : null;
    if (placed) {
      if (i > start) parts.push({ kind: 'html', html: md.renderer.render(tokens.slice(start, i), md.options, env) });
      parts.push({ kind: 'block', id: placed[1]! });
      i += 2;
      start = i + 1;
    }
  }
  if (start < tokens.length) parts.push({ kind: 'html', html: md.renderer.render(tokens.slice(start), md.options, env) });
  return { parts, outline };
}

/** The text a reader sees, without Markdown syntax: for search, descriptions and feeds. */
export function plainText(markdown: string): string {
  const out: string[] = [];
  for (const t of md.parse(markdown, {})) {
    if (t.type !== 'inline' || BLOCK_LINE.test(t.content.trim())) continue;
    out.push((t.children ?? []).filter((c) => c.type === 'text' || c.type === 'code_inline').map((c) => c.content).join(''));
  }
  return out.join('\n');
}

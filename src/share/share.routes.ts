import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { findPublishedArticle } from '../content/index.js';
import { findDoctor } from '../doctors/index.js';
import type { Deps } from '../http/deps.js';
import { notFound } from '../http/errors.js';
import { findPublishedQa } from '../questions/index.js';
import type { ShareKind } from '../web/share.js';
import { machineFonts, renderCard, type CardFonts, type CardText } from './share.card.js';

// GET /share/<kind>/<slug>.png: the share card of a published article, an active doctor or a
// published Q&A. Only pages that exist get a card (nobody can have one drawn with text of their
// choosing); drawing costs ~50–400 ms of CPU, so cards are kept per content version and drawn
// one at a time.

const KINDS: Record<ShareKind, string> = { article: '科普文章', doctor: '医生介绍', qa: '健康问答' };
const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.png$/;
/** Cards kept in memory: at ~30 KB each, a few hundred pages' worth. */
const MAX_BYTES = 8 * 1024 * 1024;

interface Card {
  version: number;
  png: Buffer;
  etag: string;
}

/** Rendered cards by kind and slug, each valid for the content version it was drawn at; oldest out first. */
export class CardCache {
  private cards = new Map<string, Card>();
  private bytes = 0;
  private drawing = new Map<string, Promise<Card | null>>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly maxBytes = MAX_BYTES) {}

  async get(key: string, version: number, draw: () => Promise<Buffer | null>): Promise<Card | null> {
    const hit = this.cards.get(key);
    if (hit?.version === version) return hit;
    const id = `${version}\u0000${key}`;
    let pending = this.drawing.get(id);
    if (!pending) {
      // One drawing at a time: a crawler asking for every card at once must not take every core.
      const turn = this.queue.then(draw, draw);
      this.queue = turn.catch(() => undefined);
      pending = turn
        .then((png) => {
          if (!png) return null;
          const card = { version, png, etag: `"${createHash('sha256').update(png).digest('hex').slice(0, 32)}"` };
          this.put(key, card);
          return card;
        })
        .finally(() => this.drawing.delete(id));
      this.drawing.set(id, pending);
    }
    return pending;
  }

  private put(key: string, card: Card): void {
    const old = this.cards.get(key);
    if (old) {
      this.cards.delete(key);
      this.bytes -= old.png.length;
    }
    this.cards.set(key, card);
    this.bytes += card.png.length;
    while (this.bytes > this.maxBytes && this.cards.size > 1) {
      const [k, c] = this.cards.entries().next().value!;
      this.cards.delete(k);
      this.bytes -= c.png.length;
    }
  }
}

/** The text of a page's card, or null when there is no such public page. */
async function cardText(deps: Deps, kind: ShareKind, slug: string): Promise<Omit<CardText, 'siteName' | 'host' | 'kind'> | null> {
  const { db } = deps;
  if (kind === 'article') {
    const a = await findPublishedArticle(db, slug);
    return a ? { title: a.article.title, label: a.article.category_name } : null;
  }
  if (kind === 'doctor') {
    const d = await findDoctor(db, slug);
    return d ? { title: `${d.name} ${d.title}`, label: (JSON.parse(d.specialties_json) as string[]).slice(0, 3).join('、') } : null;
  }
  const q = await findPublishedQa(db, slug);
  return q ? { title: q.title, label: q.category_name ?? '' } : null;
}

export function shareRoutes(app: FastifyInstance, deps: Deps, opts: { fonts?: () => Promise<CardFonts> } = {}): void {
  const cache = new CardCache();
  const fonts = opts.fonts ?? machineFonts;
  const host = new URL(deps.config.siteUrl).host;

  app.get<{ Params: { kind: string; file: string }; Querystring: { v?: string } }>('/share/:kind/:file', async (req, reply) => {
    const kind = req.params.kind as ShareKind;
    const file = FILE.exec(req.params.file);
    if (!Object.hasOwn(KINDS, kind) || !file || file[1]!.length > 100) throw notFound('share_card');
    const slug = file[1]!;
    const version = await deps.site.contentVersion();
    const card = await cache.get(`${kind}:${slug}`, version, async () => {
      const text = await cardText(deps, kind, slug);
      if (!text) return null;
      const { site } = await deps.site.shell();
      const full: CardText = { ...text, kind: KINDS[kind], siteName: site.name, host };
      try {
        return await renderCard(full, await fonts());
      } catch (err) {
        // A font or librsvg problem: the card without text is better than no card.
        req.log.warn({ err }, 'share card drawn without text');
        return renderCard(full, { cjk: null, any: false });
      }
    });
    if (!card) throw notFound('share_card');
    // A URL naming the current version always shows this card; any other may be stale soon.
    const current = req.query.v === String(version);
    reply
      .header('etag', card.etag)
      .header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    if (req.headers['if-none-match'] === card.etag) return reply.code(304).send();
    return reply.type('image/png').header('content-length', card.png.length).send(card.png);
  });
}

// Which patterns can match a text at all, found in one pass over it.
//
// More than half of the checker's time was the regular expressions themselves, and most of them
// match nothing in an ordinary paragraph: each is a long alternation of words (根治|治愈|…) that the
// engine tries at every position of the text. Every pattern needs some literal to be there (one of
// 根治, 治愈…); which ones is read off the pattern's source once, at load time, as the
// required-substring sets of a regex prefilter (as Google Code Search and RE2 do): the set of
// strings at least one of which any match contains. One pass over the text with the literals
// bucketed by their first character marks the patterns whose literals are present; the others are
// not run. A pattern whose shape gives no usable literal (a leading [^…]{0,n} with nothing
// required, say) is always run. The prefilter only skips work: a regex it lets through decides, so
// a wrong set here could hide a finding, and the unit test checks every pattern against the
// corpora and every rule's examples.

/**
 * A set of required substrings and where its occurrence sits in the match: `before` is the most
 * characters of the match that can come before the required string starts (Infinity: unknown, or
 * the string is required beside the match by a lookaround, not inside it).
 */
interface Req {
  set: Set<string>;
  before: number;
}

/** What is known of the strings a regex node matches. */
interface Info {
  /** The node matches exactly one of these strings (null: too many or unbounded). */
  exact: Set<string> | null;
  /** Otherwise every match contains one of these (null: nothing is known). */
  match: Req | null;
  /** A positive lookaround (it matches the empty string): what it requires of the text around the match. */
  around?: Req | null;
  /**
   * More sets of which the text holds a string wherever the node matches, each besides the other
   * (the parts of a sequence: 在…上班…的…老师 needs 在, 上班 and 老师 alike), where they sit unknown.
   */
  also?: Set<string>[];
  /** The longest string the node matches (Infinity: unbounded). */
  len: number;
}

/** More exact strings than this and a node's set becomes a set of required substrings. */
const EXACT_MAX = 64;
/** A character class of at most this many characters is treated as their alternation. */
const CLASS_MAX = 12;

const anyOf = (len: number): Info => ({ exact: null, match: null, len });
const EMPTY = (): Info => ({ exact: new Set(['']), match: null, len: 0 });
const longest = (strings: Iterable<string>): number => {
  let n = 0;
  for (const s of strings) n = Math.max(n, s.length);
  return n;
};
const exactOf = (strings: Iterable<string>): Info => {
  const exact = new Set(strings);
  return { exact, match: null, len: longest(exact) };
};
/** A required set moved `by` characters further into the match. */
const shifted = (r: Req | null, by: number): Req | null => (r ? { set: r.set, before: r.before + by } : null);

/** The required substrings of a node: its exact strings if none is empty (they start the match), else what it knows. */
function required(i: Info): Req | null {
  if (i.exact) {
    for (const s of i.exact) if (s === '') return null;
    return { set: i.exact, before: 0 };
  }
  return i.match;
}

/** The more selective of two sets of required substrings: longer shortest string, then fewer. */
function better(a: Req | null, b: Req | null): Req | null {
  if (!a) return b;
  if (!b) return a;
  const minLen = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const la = minLen(a.set);
  const lb = minLen(b.set);
  if (la !== lb) return la > lb ? a : b;
  return a.set.size <= b.set.size ? a : b;
}

function concat(a: Info, b: Info): Info {
  const len = a.len + b.len;
  if (a.exact && b.exact && a.exact.size * b.exact.size <= EXACT_MAX) {
    const out = new Set<string>();
    for (const x of a.exact) for (const y of b.exact) out.add(x + y);
    return { exact: out, match: null, len };
  }
  return { exact: null, match: better(required(a), shifted(required(b), a.len)), len };
}

function alternate(parts: Info[]): Info {
  const len = Math.max(...parts.map((p) => p.len));
  if (parts.every((p) => p.exact)) {
    const out = new Set<string>();
    for (const p of parts) for (const s of p.exact!) out.add(s);
    if (out.size <= EXACT_MAX) return { exact: out, match: null, len };
  }
  const out = new Set<string>();
  let before = 0;
  for (const p of parts) {
    const r = required(p);
    if (!r) return anyOf(len);
    for (const s of r.set) out.add(s);
    before = Math.max(before, r.before);
  }
  return { exact: null, match: { set: out, before }, len };
}

function repeat(x: Info, min: number, max: number): Info {
  const len = x.len === 0 ? 0 : x.len * max;
  // x? is x or nothing; any other optional repeat matches strings of unknown shape.
  if (min === 0) return max === 1 && x.exact ? { exact: new Set([...x.exact, '']), match: null, len } : anyOf(len);
  if (min === 1 && max === 1) return x;
  if (x.exact && min === max && min <= 3) {
    let acc: Info = x;
    for (let k = 1; k < min; k++) acc = concat(acc, x);
    return acc;
  }
  // The first repetition starts the match: its required string sits where it sits in x.
  return { exact: null, match: required(x), len, also: x.also };
}

/** Escapes that name one control character. */
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

/** A recursive-descent reader of the regex syntax the rules use (no `u` or `v` flag). */
class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const r = this.alternation();
    if (this.i !== this.src.length) throw new Error(`prefilter: unexpected ${this.src[this.i]} at ${this.i}`);
    return r;
  }

  private alternation(): Info {
    const parts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      parts.push(this.sequence());
    }
    return parts.length === 1 ? parts[0]! : alternate(parts);
  }

  /**
   * A run of atoms. Exact sets are multiplied out while they stay small (效果 + 非常? + 显著); where
   * one is not exact, the run so far is closed and the best required set of all closed runs kept,
   * so that \d+%治愈 still requires 治愈 and not just %.
   */
  private sequence(): Info {
    let run = EMPTY();
    let closed: Req | null = null;
    let exact = true;
    // Every set some part of the sequence requires, each required besides the others.
    const all: Set<string>[] = [];
    const keep = (r: Req | null | undefined) => {
      if (r) all.push(r.set);
    };
    // What the run's positive lookarounds require of the text around the match (see group()).
    let side: Req | null = null;
    // The longest the sequence's match can be before the current run starts, and in all.
    let runAt = 0;
    let len = 0;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      // A positive lookaround consumes nothing, so the run goes on across it, and the text must hold
      // what it requires (a repeated one, which repeat() rebuilds, is just an empty string).
      if (atom.around !== undefined) {
        side = better(side, atom.around);
        keep(atom.around);
        if (atom.also) all.push(...atom.also);
        continue;
      }
      if (atom.also) all.push(...atom.also);
      if (atom.exact && run.exact && run.exact.size * atom.exact.size <= EXACT_MAX) {
        run = concat(run, atom);
        len += atom.len;
        continue;
      }
      exact = false;
      const ran = required(run);
      keep(ran);
      closed = better(closed, shifted(ran, runAt));
      if (atom.exact) {
        run = atom;
        runAt = len;
      } else {
        const needs = required(atom);
        keep(needs);
        closed = better(closed, shifted(needs, len));
        run = EMPTY();
        runAt = len + atom.len;
      }
      len += atom.len;
    }
    if (exact) return side && !required(run) ? { exact: null, match: side, len, also: all } : all.length ? { ...run, also: all } : run;
    const last = required(run);
    keep(last);
    return { exact: null, match: better(better(closed, shifted(last, runAt)), side), len, also: all };
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom; // a literal brace (allowed without the u flag)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return repeat(atom, min, max);
  }

  private atom(): Info {
    const c = this.src[this.i]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return anyOf(1);
    }
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY();
    }
    if (c === '\\') return this.escape();
    if (c === '{') {
      this.i++;
      return exactOf([c]);
    }
    if (c === '*' || c === '+' || c === '?') throw new Error(`prefilter: nothing to repeat at ${this.i}`);
    this.i++;
    return exactOf([c]);
  }

  private group(): Info {
    this.i++; // (
    let lookaround = false;
    let positive = false;
    if (this.src[this.i] === '?') {
      const rest = this.src.slice(this.i, this.i + 3);
      if (rest.startsWith('?:')) this.i += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) {
        positive = rest.startsWith('?=');
        this.i += 2;
        lookaround = true;
      } else if (rest === '?<=' || rest === '?<!') {
        positive = rest === '?<=';
        this.i += 3;
        lookaround = true;
      } else if (rest.startsWith('?<')) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Error('prefilter: unterminated group name');
        this.i = close + 1;
      } else throw new Error(`prefilter: unknown group at ${this.i}`);
    }
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error(`prefilter: unclosed group at ${this.i}`);
    this.i++;
    // A lookaround consumes nothing: what it requires is not part of the match. What a positive one
    // requires must still be in the text (sequence() keeps it aside): a pattern that opens with
    // (?<=群聊…\n) and a name is otherwise run at every position of every text.
    if (lookaround) {
      const around = required(inner);
      return positive ? { ...EMPTY(), around: around && { set: around.set, before: Infinity }, also: inner.also } : EMPTY();
    }
    return inner;
  }

  /** One escaped character or shorthand class, outside or inside brackets: its characters, or null for too many. */
  private escapeChars(): string[] | null {
    this.i++; // backslash
    const c = this.src[this.i]!;
    this.i++;
    switch (c) {
      case 'd':
        return [...'0123456789'];
      case 'D':
      case 's':
      case 'S':
      case 'w':
      case 'W':
        return null;
      case 'u':
        return [this.hexUnit(4) ?? c];
      case 'x':
        return [this.hexUnit(2) ?? c];
      case 'c':
      case 'p':
      case 'P':
      case 'k':
        throw new Error(`prefilter: unsupported escape \\${c}`);
      default:
        if (c >= '1' && c <= '9') throw new Error('prefilter: back-references are not supported');
        return [CONTROL_ESCAPES[c] ?? c];
    }
  }

  /** The code unit of `digits` hex digits at the reading position (\u4e00, \x41), consumed; or undefined. */
  private hexUnit(digits: number): string | undefined {
    const hex = this.src.slice(this.i, this.i + digits);
    if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return undefined;
    this.i += digits;
    return String.fromCharCode(parseInt(hex, 16));
  }

  private escape(): Info {
    const c = this.src[this.i + 1];
    if (c === 'b' || c === 'B') {
      this.i += 2;
      return EMPTY();
    }
    const chars = this.escapeChars();
    return chars && chars.length <= CLASS_MAX ? exactOf(chars) : anyOf(1);
  }

  private charClass(): Info {
    this.i++; // [
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let tooMany = false;
    // In JavaScript a ] right after [ closes the class ([] matches nothing, [^] anything).
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let lo: string[] | null;
      if (this.src[this.i] === '\\') lo = this.escapeChars();
      else lo = [this.src[this.i++]!];
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && lo && lo.length === 1) {
        this.i++;
        const hi = this.src[this.i] === '\\' ? this.escapeChars() : [this.src[this.i++]!];
        if (!hi || hi.length !== 1) {
          tooMany = true;
          continue;
        }
        const a = lo[0]!.charCodeAt(0);
        const b = hi[0]!.charCodeAt(0);
        if (b - a + 1 > CLASS_MAX) tooMany = true;
        else for (let k = a; k <= b; k++) chars.add(String.fromCharCode(k));
        continue;
      }
      if (!lo) tooMany = true;
      else for (const x of lo) chars.add(x);
    }
    if (this.src[this.i] !== ']') throw new Error('prefilter: unclosed character class');
    this.i++;
    if (negated || tooMany || chars.size > CLASS_MAX || chars.size === 0) return anyOf(1);
    return exactOf(chars);
  }
}

/** Sets of strings besides the first that the prefilter also looks for, the most selective first. */
const ALSO_MAX = 3;

/**
 * What the source says of `re`'s matches, or null when nothing (then the pattern always runs): a
 * set of strings one of which every match contains, where it sits, and up to ALSO_MAX more sets of
 * which the text must hold a string too (another part of the match, or beside it).
 */
function requiredOf(re: RegExp): (Req & { also: Set<string>[] }) | null {
  if (/[iuvm]/.test(re.flags)) return null;
  let info: Info;
  try {
    info = new Reader(re.source).parse();
  } catch {
    return null;
  }
  const r = required(info);
  if (!r || !r.set.size) return null;
  const key = (set: Set<string>) => [...set].sort().join('\u0000');
  const seen = new Set([key(r.set)]);
  const also: Set<string>[] = [];
  for (const set of info.also ?? []) {
    const k = key(set);
    if (!set.size || seen.has(k)) continue;
    seen.add(k);
    also.push(set);
  }
  const minLen = (set: Set<string>) => Math.min(...[...set].map((x) => x.length));
  also.sort((a, b) => minLen(b) - minLen(a) || a.size - b.size);
  return { ...r, also: also.slice(0, ALSO_MAX) };
}

/**
 * The strings at least one of which every match of `re` contains, or null when the source gives
 * none (then the pattern always runs). Flags that change what a character matches are not read,
 * so such patterns always run.
 */
export function requiredLiterals(re: RegExp): string[] | null {
  const r = requiredOf(re);
  return r ? [...r.set] : null;
}

/**
 * How far before the start of its required string a match of `re` can start: every match contains
 * one of requiredLiterals(re) starting at most this many characters into it (Infinity: unknown, or
 * the string is one a lookaround requires beside the match).
 */
export function requiredOffset(re: RegExp): number {
  return requiredOf(re)?.before ?? Infinity;
}

/** Every non-empty match of a global regex in `text`, one per call, null at the end. */
export function everyMatch(re: RegExp, text: string): () => RegExpExecArray | null {
  let from = 0;
  return () => {
    for (;;) {
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) return null;
      from = re.lastIndex;
      if (m[0].length === 0) {
        from++;
        continue;
      }
      return m;
    }
  };
}

/** The places a pattern's required strings start in a text, as many as are kept per pattern. */
const SEEN = 4;
/** Up to this many characters of a match before its required string, the sticky copy is tried at each start. */
const STICKY_MAX = 8;

/** What Prefilter.sight() found in one text. */
export interface Sighting {
  text: string;
  /** Per pattern: it might match (1) or cannot (0). */
  live: Uint8Array;
  /** Per pattern: at how many places its required strings start; the first SEEN of them in `at`, the last in `last`. */
  count: Uint32Array;
  at: Int32Array;
  last: Int32Array;
}

/** Where an edge (node, next character) starts its probe in the edge table, before the mask. */
function slotOf(node: number, ch: number): number {
  return Math.imul(node, 0x9e3779b1) ^ Math.imul(ch, 0x85ebca6b);
}

/**
 * For a fixed list of patterns: which of them can match a given text. Built once; `scan()` is one
 * pass over the text, walking a trie of all the literals from each position (a position costs a
 * step or two: few literals share more than their first character with the text there).
 */
export class Prefilter {
  /** Per pattern: runs always (no literal known). */
  private readonly always: Uint8Array;
  /** Per pattern: requiredOffset() of its regex. */
  private readonly before: Float64Array;
  /** Per pattern: the regex, and a sticky copy of it that matches only where it is told to start. */
  private readonly patterns: readonly RegExp[];
  private readonly sticky: (RegExp | undefined)[];
  /** First character → trie node (0: no literal starts with it). */
  private readonly first = new Uint32Array(0x10000);
  /** Trie edges while building: node × 0x10000 + next character → node. */
  private building = new Map<number, number>();
  /**
   * Trie edges once built, an open-addressing table: slot → (node, character, next node). Tens of
   * thousands of nodes make keys past 2^31, which a Map holds as heap numbers: looking them up was
   * most of the scan's time.
   */
  private readonly edgeNode: Int32Array;
  private readonly edgeChar: Uint16Array;
  private readonly edgeNext: Int32Array;
  private readonly mask: number;
  /**
   * Per trie node: bit (c & 31) set for each character c an edge leaves it by. At most positions
   * the walk stops at the second character; this answers most of those without a probe.
   */
  private readonly children: Uint32Array;
  /**
   * Per trie node while building: the patterns a literal ending there makes live (empty for inner
   * nodes), and as ~slot the further sets (requiredOf's `also`) a literal ending there is one of.
   */
  private ends: number[][] = [[]];
  /** Per further set (slot): seen in the text being scanned. */
  private readonly slotSeen: Uint8Array;
  /** The patterns with further sets, and their slots: pattern gated[g]'s are slots slotStart[g] .. slotStart[g + 1]. */
  private readonly gated: Int32Array;
  private readonly slotStart: Int32Array;
  /**
   * The same once built, flat: node's patterns are endList[endStart[node] .. endStart[node + 1]).
   * Most nodes have none, and reading that off one typed array beats reaching an array per node.
   */
  private readonly endStart: Int32Array;
  private readonly endList: Int32Array;
  readonly size: number;

  constructor(patterns: readonly RegExp[]) {
    this.size = patterns.length;
    this.patterns = patterns;
    this.always = new Uint8Array(patterns.length);
    this.before = new Float64Array(patterns.length).fill(Infinity);
    this.sticky = patterns.map(() => undefined);
    const gated: number[] = [];
    const slotStart = [0];
    let slots = 0;
    patterns.forEach((re, k) => {
      const req = requiredOf(re);
      if (!req) {
        this.always[k] = 1;
        return;
      }
      this.before[k] = req.before;
      // Each literal once per pattern: they come from a set.
      for (const lit of req.set) this.ends[this.nodeFor(lit)]!.push(k);
      if (!req.also.length) return;
      gated.push(k);
      for (const set of req.also) {
        const slot = slots++;
        for (const lit of set) this.ends[this.nodeFor(lit)]!.push(~slot);
      }
      slotStart.push(slots);
    });
    this.gated = Int32Array.from(gated);
    this.slotStart = Int32Array.from(slotStart);
    this.slotSeen = new Uint8Array(slots);
    // At most half full, so that a probe ends after a slot or two.
    let capacity = 16;
    while (capacity < this.building.size * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.edgeNode = new Int32Array(capacity);
    this.edgeChar = new Uint16Array(capacity);
    this.edgeNext = new Int32Array(capacity);
    this.children = new Uint32Array(this.ends.length);
    for (const [key, next] of this.building) {
      const node = Math.floor(key / 0x10000);
      const ch = key % 0x10000;
      this.children[node]! |= 1 << (ch & 31);
      let slot = slotOf(node, ch) & this.mask;
      while (this.edgeNode[slot]) slot = (slot + 1) & this.mask;
      this.edgeNode[slot] = node;
      this.edgeChar[slot] = ch;
      this.edgeNext[slot] = next;
    }
    this.building = new Map();
    this.endStart = new Int32Array(this.ends.length + 1);
    for (let node = 0; node < this.ends.length; node++) this.endStart[node + 1] = this.endStart[node]! + this.ends[node]!.length;
    this.endList = Int32Array.from(this.ends.flat());
    this.ends = [];
  }

  private nodeFor(lit: string): number {
    const c0 = lit.charCodeAt(0);
    let node = this.first[c0]!;
    if (!node) node = this.first[c0] = this.newNode();
    for (let i = 1; i < lit.length; i++) {
      const key = node * 0x10000 + lit.charCodeAt(i);
      let next = this.building.get(key);
      if (next === undefined) {
        next = this.newNode();
        this.building.set(key, next);
      }
      node = next;
    }
    return node;
  }

  private newNode(): number {
    this.ends.push([]);
    return this.ends.length - 1;
  }

  /** Patterns that might match `text` (1) and those that cannot (0). */
  scan(text: string): Uint8Array {
    return this.sight(text).live;
  }

  /** Sightings handed back by release(), to be filled again. */
  private readonly spare: Sighting[] = [];

  /**
   * Which patterns might match `text`, and where their required strings start in it. Hand it back
   * with release() once read: its four arrays (~22 KB, allocated outside the heap) cost more to
   * allocate and collect, text after text, than the scan that fills them.
   */
  sight(text: string): Sighting {
    let s = this.spare.pop();
    if (s) {
      s.text = text;
      s.live.set(this.always);
      s.count.fill(0);
    } else s = { text, live: Uint8Array.from(this.always), count: new Uint32Array(this.size), at: new Int32Array(this.size * SEEN), last: new Int32Array(this.size) };
    const { live, count, at, last } = s;
    const { first, endStart, endList, edgeNode, edgeChar, edgeNext, mask, children, slotSeen } = this;
    slotSeen.fill(0);
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let node = first[text.charCodeAt(i)]!;
      let j = i + 1;
      while (node) {
        for (let k = endStart[node]!, stop = endStart[node + 1]!; k < stop; k++) {
          const p = endList[k]!;
          if (p < 0) {
            slotSeen[~p] = 1;
            continue;
          }
          const c = count[p]!;
          // Two of a pattern's strings starting at one place (白癜 and 白癜风) are one place.
          if (c && last[p] === i) continue;
          if (c < SEEN) at[p * SEEN + c] = i;
          count[p] = c + 1;
          last[p] = i;
          live[p] = 1;
        }
        if (j >= n) break;
        const ch = text.charCodeAt(j++);
        if (!(children[node]! & (1 << (ch & 31)))) break;
        let slot = slotOf(node, ch) & mask;
        let next = 0;
        for (let at = edgeNode[slot]!; at; at = edgeNode[slot]!) {
          if (at === node && edgeChar[slot] === ch) {
            next = edgeNext[slot]!;
            break;
          }
          slot = (slot + 1) & mask;
        }
        node = next;
      }
    }
    // A pattern whose first set is in the text but not one of its further sets cannot match.
    const { gated, slotStart } = this;
    for (let g = 0; g < gated.length; g++) {
      const p = gated[g]!;
      if (!live[p]) continue;
      for (let slot = slotStart[g]!, stop = slotStart[g + 1]!; slot < stop; slot++) {
        if (!slotSeen[slot]) {
          live[p] = 0;
          break;
        }
      }
    }
    return s;
  }

  /** A sighting no longer read (a few are kept: checks interleave when they run asynchronously). */
  release(s: Sighting): void {
    if (this.spare.length < 4) this.spare.push(s);
  }

  /**
   * The matches of pattern `k` in the sighted text, one per call and null at the end: the very
   * matches its global regex finds from the start of the text, but looked for only where they can
   * be. A match contains one of the pattern's required strings and starts at most `before`
   * characters ahead of it, so no match starts earlier than that before the first such string, and
   * none is left once the search has passed the last one. Where the strings are few and `before`
   * small, the sticky copy is tried at each possible start instead of scanning the text between.
   */
  matches(k: number, s: Sighting): () => RegExpExecArray | null {
    const re = this.patterns[k]!;
    const text = s.text;
    const before = this.before[k]!;
    const count = s.count[k]!;
    if (!count || before === Infinity) return everyMatch(re, text);
    const lastAt = s.last[k]!;
    if (count > SEEN || before > STICKY_MAX) {
      let from = Math.max(0, s.at[k * SEEN]! - before);
      return () => {
        if (from > lastAt) return null;
        re.lastIndex = from;
        const m = re.exec(text);
        if (!m) {
          from = text.length + 1;
          return null;
        }
        // Non-empty: it contains a required string.
        from = re.lastIndex;
        return m;
      };
    }
    const sticky = (this.sticky[k] ??= new RegExp(re.source, re.flags.replace('g', '') + 'y'));
    const at = s.at;
    const base = k * SEEN;
    let o = 0;
    // The next start to try, and the end of the last match (no match starts before it).
    let tried = 0;
    let from = 0;
    return () => {
      for (; o < count; o++) {
        const place = at[base + o]!;
        if (place < from) continue;
        for (let start = Math.max(from, tried, place - before); start <= place; start++) {
          sticky.lastIndex = start;
          const m = sticky.exec(text);
          if (m) {
            from = sticky.lastIndex;
            tried = from;
            return m;
          }
        }
        tried = place + 1;
      }
      return null;
    };
  }

  /** How many patterns always run (no literal could be read from them). */
  get unfiltered(): number {
    let n = 0;
    for (const a of this.always) n += a;
    return n;
  }
}

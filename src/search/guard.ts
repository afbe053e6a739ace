/**
 * The characters a regular expression cannot match without: read off its source, so that a
 * replacement is skipped on a query holding none of them (decision 0107). A query's reading runs
 * dozens of replacements, and most queries hold the characters of few of them.
 *
 * `requiredChars(re)` is a set S such that for every text t and every match of `re` in t, t holds a
 * character of S — or undefined when the reader cannot tell (then no guard: the replacement always
 * runs). Sound by construction: an alternation needs one of its branches, so it requires the union
 * of the branches' sets, each of which must be known; a branch (a sequence) requires the set of any
 * one of its mandatory items (quantifier minimum ≥ 1, not a negative look-around, not a back
 * reference): a literal character, a class of literal characters (small ranges spelled out), a
 * group (its alternation's set), or a positive look-ahead or look-behind (what it asserts is in
 * the text, if not in the match). Everything else (`.`, `\s`, `\p{…}`, negated classes, back
 * references, large ranges, letters under the `i` flag) is unknown and never chosen.
 */

type Chars = Set<string> | undefined;

const MAX_RANGE = 64;

class Reader {
  i = 0;
  constructor(
    readonly src: string,
    readonly ignoreCase: boolean,
  ) {}

  /** An alternation up to `)` or the end: the union of its branches' sets, undefined if any is. */
  alternation(): Chars {
    const union = new Set<string>();
    let known = true;
    for (;;) {
      const b = this.branch();
      if (!b) known = false;
      else for (const c of b) union.add(c);
      if (this.src[this.i] === '|') {
        this.i++;
        continue;
      }
      break;
    }
    return known && union.size ? union : undefined;
  }

  /** A sequence: the smallest known set among its mandatory items. */
  branch(): Chars {
    let best: Chars;
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.mandatory && min >= 1 && atom.chars && (!best || atom.chars.size < best.size)) best = atom.chars;
    }
    return best;
  }

  /** The minimum count of a quantifier after an atom (1 when there is none). */
  quantifier(): number {
    const c = this.src[this.i];
    let min = 1;
    if (c === '?' || c === '*') {
      min = 0;
      this.i++;
    } else if (c === '+') this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return 1; // a literal brace (not with the u flag, which the reader's callers use)
      min = Number(m[1]);
      this.i += m[0].length;
    } else return 1;
    if (this.src[this.i] === '?') this.i++; // lazy
    return min;
  }

  /** One character as a literal, or undefined when it stands for more than itself. */
  literal(c: string): Chars {
    if (this.ignoreCase && c.toLowerCase() !== c.toUpperCase()) return undefined;
    if (this.ignoreCase && /[\u017f\u212a\u0130\u0131]/u.test(c)) return undefined;
    return new Set([c]);
  }

  /** An escape after the backslash: a literal character, or undefined (a class, an assertion, a back reference). */
  escape(): { chars: Chars; width: boolean } {
    const c = this.src[this.i]!;
    this.i++;
    if (c === 'u') {
      const braces = /^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.i));
      if (braces) {
        this.i += braces[0].length;
        return { chars: this.literal(String.fromCodePoint(parseInt(braces[1]!, 16))), width: true };
      }
      const hex = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.i));
      if (hex) {
        this.i += 4;
        return { chars: this.literal(String.fromCharCode(parseInt(hex[0], 16))), width: true };
      }
      return { chars: undefined, width: true };
    }
    if (c === 'b' || c === 'B') return { chars: undefined, width: false };
    if (c === 'p' || c === 'P') {
      const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return { chars: undefined, width: true };
    }
    if (c === 'k') {
      const m = /^<[^>]*>/.exec(this.src.slice(this.i));
      if (m) this.i += m[0].length;
      return { chars: undefined, width: true };
    }
    if (c === 'x') {
      const hex = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.i));
      if (hex) {
        this.i += 2;
        return { chars: this.literal(String.fromCharCode(parseInt(hex[0], 16))), width: true };
      }
    }
    const named: Record<string, string> = { t: '\t', n: '\n', r: '\r', f: '\f', v: '\v' };
    if (named[c]) return { chars: new Set([named[c]!]), width: true };
    if (/[.*+?()[\]{}|/^$\\-]/.test(c)) return { chars: this.literal(c), width: true };
    // \d \D \s \S \w \W, back references \1…, \0 and anything else: unknown.
    if (/\d/.test(c)) while (/\d/.test(this.src[this.i] ?? '')) this.i++;
    return { chars: undefined, width: true };
  }

  /** A character class `[…]`: its characters when every member is a literal or a small range. */
  klass(): Chars {
    this.i++; // [
    let known = this.src[this.i] !== '^';
    if (!known) this.i++;
    const out = new Set<string>();
    const one = (): Chars => {
      if (this.src[this.i] === '\\') {
        this.i++;
        return this.escape().chars;
      }
      const cp = this.src.codePointAt(this.i)!;
      const ch = String.fromCodePoint(cp);
      this.i += ch.length;
      return this.literal(ch);
    };
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      const a = one();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        const b = one();
        if (!a || !b || a.size !== 1 || b.size !== 1) {
          known = false;
          continue;
        }
        const [from, to] = [[...a][0]!.codePointAt(0)!, [...b][0]!.codePointAt(0)!];
        if (to - from > MAX_RANGE) {
          known = false;
          continue;
        }
        for (let x = from; x <= to; x++) {
          const r = this.literal(String.fromCodePoint(x));
          if (!r) known = false;
          else out.add(String.fromCodePoint(x));
        }
        continue;
      }
      if (!a) known = false;
      else for (const c of a) out.add(c);
    }
    this.i++; // ]
    return known && out.size ? out : undefined;
  }

  /** One item of a sequence: its set, and whether the text must hold it where the regex matches. */
  atom(): { chars: Chars; mandatory: boolean } {
    const c = this.src[this.i]!;
    if (c === '(') {
      this.i++;
      let mandatory = true;
      if (this.src[this.i] === '?') {
        const head = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.i));
        if (!head) throw new Error(`requiredChars: unread group at ${this.i} of /${this.src}/`);
        this.i += head[0].length;
        // A negative look-around requires nothing of the text.
        if (head[0] === '?!' || head[0] === '?<!') mandatory = false;
      }
      const chars = this.alternation();
      if (this.src[this.i] !== ')') throw new Error(`requiredChars: unclosed group in /${this.src}/`);
      this.i++;
      return { chars, mandatory };
    }
    if (c === '[') return { chars: this.klass(), mandatory: true };
    if (c === '\\') {
      this.i++;
      const e = this.escape();
      return { chars: e.chars, mandatory: e.width };
    }
    if (c === '^' || c === '$') {
      this.i++;
      return { chars: undefined, mandatory: false };
    }
    if (c === '.') {
      this.i++;
      return { chars: undefined, mandatory: true };
    }
    const cp = this.src.codePointAt(this.i)!;
    const ch = String.fromCodePoint(cp);
    this.i += ch.length;
    return { chars: this.literal(ch), mandatory: true };
  }
}

/** See the module's comment. Only for regular expressions with the u flag (the syntax the reader knows) or without special braces. */
export function requiredChars(re: RegExp): Set<string> | undefined {
  const r = new Reader(re.source, re.flags.includes('i'));
  const chars = r.alternation();
  if (r.i !== re.source.length) throw new Error(`requiredChars: stopped at ${r.i} of /${re.source}/`);
  return chars;
}

const guards = new WeakMap<RegExp, string[] | null>();
/** Every regex mayMatch has read, for the test that checks each guard (test/unit/search-guard.test.ts). */
const read = new Set<RegExp>();
export function guardedPatterns(): RegExp[] {
  return [...read];
}

/** Whether `re` may match in `text`: false only when `text` holds none of the characters every match requires. */
export function mayMatch(re: RegExp, text: string): boolean {
  let any = guards.get(re);
  if (any === undefined) {
    const s = requiredChars(re);
    any = s ? [...s] : null;
    guards.set(re, any);
    read.add(re);
  }
  if (!any) return true;
  for (const c of any) if (text.includes(c)) return true;
  return false;
}

/** `text.replace(re, to)`, skipped when `re` cannot match (mayMatch). */
export function replaceIf(text: string, re: RegExp, to: string | ((substring: string, ...args: any[]) => string)): string {
  return mayMatch(re, text) ? text.replace(re, to as string) : text;
}

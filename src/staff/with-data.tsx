import type { ComponentChildren } from 'preact';

/**
 * A translated sentence with data in it (a person's or a doctor's name): the sentence's {name}
 * placeholders left unfilled by `t` are replaced by the values, each in an element carrying the
 * data's own language (contentLang), so a Chinese name on an English page is announced as Chinese.
 */
export function withData(text: string, values: Record<string, string>, lang: string | undefined): ComponentChildren {
  return text.split(/\{(\w+)\}/).map((part, i) => (i % 2 === 0 ? part : part in values ? <span lang={lang}>{values[part]}</span> : `{${part}}`));
}

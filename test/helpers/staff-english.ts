import { parseHTML } from 'linkedom';

// What "this staff page is in English" means, checked on the served HTML: the page says lang="en",
// and every piece of Chinese on it is data (an article title, a doctor's name, a patient's words)
// marked as such with lang="zh-CN" on an enclosing element, the way the public English pages mark
// it (contentLang in src/web/i18n.ts; WCAG 3.1.2). Interface text left in Chinese is reported.

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff5e]/;
// Attributes a person reads or hears: a Chinese value here is interface text, unless marked too.
const READ_ATTRS = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

function insideChinese(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    const lang = e.getAttribute('lang');
    if (lang) return lang.toLowerCase().startsWith('zh');
  }
  return false;
}

/** The pieces of Chinese on an English staff page that are not marked as Chinese data. */
export function untranslated(html: string): string[] {
  const { document } = parseHTML(html);
  const out: string[] = [];
  const root = document.documentElement;
  if (root.getAttribute('lang') !== 'en') out.push(`<html lang="${root.getAttribute('lang')}">`);
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const t = child.textContent ?? '';
        if (CJK.test(t) && !insideChinese(child.parentElement)) out.push(t.trim().slice(0, 80));
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toLowerCase();
        if (tag === 'script' || tag === 'style' || tag === 'template') continue;
        for (const a of READ_ATTRS) {
          const v = el.getAttribute(a);
          if (v && CJK.test(v) && !insideChinese(el)) out.push(`${tag}[${a}="${v.slice(0, 60)}"]`);
        }
        // A button's value is its label; other values are data the person typed or chose.
        if ((tag === 'input' && /^(submit|button|reset)$/i.test(el.getAttribute('type') ?? '')) && CJK.test(el.getAttribute('value') ?? '') && !insideChinese(el)) {
          out.push(`input[value="${el.getAttribute('value')}"]`);
        }
        if (tag === 'option' && CJK.test(el.textContent ?? '') && !insideChinese(el)) {
          out.push(`option "${(el.textContent ?? '').trim().slice(0, 60)}"`);
          continue;
        }
        walk(el);
      }
    }
  };
  walk(document);
  return [...new Set(out)];
}

/** Fails with the untranslated pieces listed, so the message says what to translate. */
export function assertEnglish(html: string, where: string): void {
  const left = untranslated(html);
  if (left.length) throw new Error(`${where}: ${left.length} piece(s) of Chinese interface text on an English staff page:\n  ${left.join('\n  ')}`);
}

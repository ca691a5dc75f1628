/**
 * The microformats include pattern (microformats.org/wiki/include-pattern): a classic
 * microformat takes properties written elsewhere in the page by their id. `itemref="a b"` on the
 * root or inside it, `<a class="include" href="#a">`, `<object class="include" data="#a">`, and a
 * table cell's `headers="a"` all name such elements. The parser reads only the root's own HTML,
 * so copies of the named elements are put in first: inside an element with `itemref` or
 * `headers`, in place of an include link. One level only, and a bounded number of copies, so a
 * page that includes itself, or one element a thousand times, cannot grow the source unbounded.
 */
import { tagName } from './util';

const MAX_INCLUDES = 20;
const ID_LIST = /\S+/g;

/** Table parts, which an HTML parser drops when they stand outside a table. */
const TABLE_PART: ReadonlySet<string> = new Set(['TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT']);

/** The root's HTML with the elements it includes copied in. */
export function withIncludes(root: Element, doc: Document): string {
  if (!hasIncludes(root))
    return TABLE_PART.has(tagName(root)) ? asBlock(root, doc).outerHTML : root.outerHTML;
  let copy = root.cloneNode(true) as Element;
  if (TABLE_PART.has(tagName(copy))) copy = asBlock(copy, doc);
  let budget = MAX_INCLUDES;
  const take = (id: string): Element | null => {
    if (budget <= 0 || !id) return null;
    const el = doc.getElementById(id);
    // (an element inside the root, or the root itself, is already there)
    if (!el || el === root || root.contains(el) || el.contains(root)) return null;
    budget--;
    let c = el.cloneNode(true) as Element;
    if (TABLE_PART.has(tagName(c))) c = asBlock(c, doc);
    c.removeAttribute('id');
    return c;
  };
  for (const el of [copy, ...Array.from(copy.querySelectorAll('[itemref],[headers]'))]) {
    const ids = `${el.getAttribute('itemref') ?? ''} ${el.getAttribute('headers') ?? ''}`;
    for (const id of new Set(ids.match(ID_LIST) ?? [])) {
      const c = take(id);
      if (c) el.appendChild(c);
    }
  }
  for (const el of Array.from(
    copy.querySelectorAll('a.include[href^="#"],object.include[data^="#"]'),
  )) {
    const ref = (tagName(el) === 'A' ? el.getAttribute('href') : el.getAttribute('data')) ?? '';
    const c = take(ref.slice(1));
    if (c) el.replaceWith(c);
  }
  return copy.outerHTML;
}

function hasIncludes(root: Element): boolean {
  return (
    root.hasAttribute('itemref') ||
    root.hasAttribute('headers') ||
    !!root.querySelector('[itemref],[headers],a.include[href^="#"],object.include[data^="#"]')
  );
}

/** A table cell or row as a <div> with the same attributes and content: a cell parsed on its own,
 * outside its table, would be dropped with everything in it. */
function asBlock(el: Element, doc: Document): Element {
  const div = doc.createElement('div');
  for (const a of Array.from(el.attributes)) div.setAttribute(a.name, a.value);
  for (const child of Array.from(el.childNodes)) div.appendChild(child.cloneNode(true));
  return div;
}

/**
 * The page's elements, listed once per document, and the ones of a tag or with an attribute.
 *
 * Why: the rules ask the whole document for its `<link>`s, `<script>`s, `[itemscope]`s … some
 * twenty times per extraction. On linkedom (the Node path) every such query walks the whole tree
 * and runs a compiled selector on each element: about half a millisecond per query on a 1 MB page,
 * most of the big page's budget once added up. One walk, shared, and a plain filter per question
 * cost one such query in all. In the browser the live DOM answers queries natively; the list
 * there costs one cheap walk.
 *
 * Cost: one array of the page's elements (and the small lists filtered from it) per document,
 * held in a WeakMap, so it goes with the document. Extraction reads a page as it is at one moment
 * (the content script is evaluated afresh for every capture), so the lists cannot go stale.
 */
import { tagName } from './util';

interface Listing {
  all: Element[];
  byTag: Map<string, Element[]>;
  byAttribute: Map<string, Element[]>;
}

const cache = new WeakMap<Document, Listing>();

function listing(doc: Document): Listing {
  let l = cache.get(doc);
  if (!l) {
    const all: Element[] = [];
    // depth first, in document order, as querySelectorAll lists them
    const stack: Element[] = [];
    for (let c = doc.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    while (stack.length) {
      const el = stack.pop()!;
      all.push(el);
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
    l = { all, byTag: new Map(), byAttribute: new Map() };
    cache.set(doc, l);
  }
  return l;
}

/** Every element of the document, in document order (`querySelectorAll('*')`). */
export function pageElements(doc: Document): readonly Element[] {
  return listing(doc).all;
}

/** The document's elements of one tag (upper case: 'LINK'), in document order. */
export function elementsByTag(doc: Document, tag: string): readonly Element[] {
  const l = listing(doc);
  let els = l.byTag.get(tag);
  if (!els) l.byTag.set(tag, (els = l.all.filter((el) => tagName(el) === tag)));
  return els;
}

/** The document's elements carrying an attribute (`[itemscope]`), in document order. */
export function elementsWithAttribute(doc: Document, name: string): readonly Element[] {
  const l = listing(doc);
  let els = l.byAttribute.get(name);
  if (!els) l.byAttribute.set(name, (els = l.all.filter((el) => el.hasAttribute(name))));
  return els;
}

/** The document's JSON-LD blocks (`script[type="application/ld+json"]`). */
export function jsonLdScripts(doc: Document): readonly Element[] {
  return elementsByTag(doc, 'SCRIPT').filter(
    (s) => s.getAttribute('type') === 'application/ld+json',
  );
}

// @ts-check
// Static HTML from the core's renderer (the official table the build writes, the table in an
// older embed snippet's <noscript>) turned into DOM nodes without ever inserting markup: the
// text is parsed inertly and rebuilt element by element, keeping only the tags and
// attributes the static renderer uses, so nothing in it can run.

const HTML_TAGS = new Set(['figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'p', 'span', 'strong', 'a']);
const SVG_TAGS = new Set(['svg', 'title', 'text', 'rect', 'line', 'g']);
const ATTRIBUTES = new Set(['scope', 'lang', 'data-id', 'class', 'href', 'viewBox', 'width', 'height', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'fill', 'stroke', 'stroke-width', 'font-size', 'role', 'aria-label']);

/**
 * A safe copy of one parsed node (null for anything outside the allow-list).
 * @param {Node} node
 * @returns {Node | null}
 */
function copySafe(node) {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(/** @type {string} */ (node.textContent));
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const tag = /** @type {Element} */ (node).localName;
  const isSvg = /** @type {Element} */ (node).namespaceURI === 'http://www.w3.org/2000/svg';
  if (isSvg ? !SVG_TAGS.has(tag) : !HTML_TAGS.has(tag)) return null;
  const copy = isSvg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const { name, value } of /** @type {Element} */ (node).attributes) {
    if (!ATTRIBUTES.has(name)) continue;
    if (name === 'href' && !/^https?:/i.test(new URL(value, document.baseURI).protocol)) continue;
    copy.setAttribute(name, value);
  }
  for (const child of node.childNodes) {
    const safe = copySafe(child);
    if (safe) copy.append(safe);
  }
  return copy;
}

/**
 * The allowed part of `markup`, as nodes ready to append.
 * @param {string} markup
 */
export function safeNodes(markup) {
  const parsed = new DOMParser().parseFromString(markup, 'text/html');
  return /** @type {Node[]} */ ([...parsed.body.childNodes].map(copySafe).filter(Boolean));
}

// The small DOM helpers every view uses: elements are built with createElement and filled
// with textContent, never from HTML strings; and the foldable section phones open on demand.

/** Creates an element: `attrs` are attributes, except `text` (textContent) and `on*` handlers. */
export function h(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

/** Creates an SVG element with attributes. */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  return node;
}

/** Writes text only when it changed: most cells stay the same when one slider moves. */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

/**
 * Whether the window is at least 56 of the page's ems wide (the probe prefs.js keeps): a
 * desktop rather than a phone, large text or a zoomed page. Not whether the table shows as
 * a table, which also depends on the language's figures and may change as they arrive.
 */
export function wide() {
  const probe = document.querySelector('.em-probe');
  return probe ? innerWidth >= probe.getBoundingClientRect().width : !document.documentElement.classList.contains('cards');
}

/**
 * A section a phone reader opens when wanted: a <details> whose summary is the heading,
 * open from the start on wide screens, closed on phones so the page stays short.
 */
export function foldable(className, titleId, title, children) {
  return h('details', { class: `foldable ${className}`, open: wide() }, [
    h('summary', {}, [h('h2', { id: titleId, text: title })]),
    ...children,
  ]);
}

/** A figure with its unit, which a line must not break inside ("436.11亿元", "8.7%"). */
const FIGURE = /[-+−]?\d[\d,.]*(?:%|亿元|万元|亿|万|元|个百分点|个|家|项| pts| bn yuan| yuan)?/g;

/** Text as nodes: each figure (with its unit) in a span that keeps it on one line. */
export function withFigures(text) {
  const nodes = [];
  let at = 0;
  for (const match of text.matchAll(FIGURE)) {
    if (match.index > at) nodes.push(text.slice(at, match.index));
    nodes.push(h('span', { class: 'nowrap', text: match[0] }));
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(text.slice(at));
  return nodes;
}

/** Writes text with its figures kept whole (see withFigures), only when it changed. */
export function setFigures(node, text) {
  if (node.textContent !== text) node.replaceChildren(...withFigures(text));
}

/**
 * Runs `insert` (which puts content loaded later into the page) without moving what the
 * keyboard is on: if the focused element moved, the page scrolls by as much, so focus
 * never ends up off-screen (WebKit has no scroll anchoring to do it).
 */
export function keepFocusInPlace(insert) {
  const focused = document.activeElement;
  const tracked = focused && focused !== document.body ? focused : null;
  const before = tracked?.getBoundingClientRect().top;
  insert();
  if (!tracked?.isConnected) return;
  const moved = tracked.getBoundingClientRect().top - before;
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
}

/** Moves the keyboard to `target` (made focusable for it) and shows it: for skip links. */
export function focusTarget(target) {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

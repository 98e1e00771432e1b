// @ts-check
// The small DOM helpers every view uses: elements are built with createElement and filled
// with textContent, never from HTML strings; the foldable section phones open on demand;
// and taking over a prerendered page.
//
// Prerendering and taking over: the build runs the page's own views once, for the official
// scenario, and writes the DOM they make into the HTML (.ci/prerender.mjs). While it does,
// every element a view's build creates is stamped with its place in that build
// (`data-h="<scope><n>"`). In the browser the same build, run inside `built()` with the same
// scope, claims those elements in the same order instead of creating new ones: it gets the
// nodes the reader already sees, adds their listeners and leaves them where they are, so
// nothing is rebuilt and nothing moves. The update that follows writes only what differs
// (setText), which for the official scenario is nothing. A build whose elements do not
// match (another tag where one was expected) is run again from scratch.

/**
 * What `h` takes as attributes: `on*` handlers (typed by their event), `text`, and any
 * other attribute, whose value is written as text (true as an empty one; false, null and
 * undefined leave it out).
 * @typedef {{ [K in keyof HTMLElementEventMap as `on${K}`]?: (event: HTMLElementEventMap[K]) => unknown }} Handlers
 * @typedef {Handlers & { [name: string]: unknown }} Attributes
 */
/** A child `h`, `place` and `foldable` take; null and undefined are left out. @typedef {Node | string | null | undefined} Child */
/** A build in progress: its scope, the next stamp's number, the nodes it may claim (null when it claims none). @typedef {{ scope: string, n: number, nodes: Map<string, Element> | null, failed: boolean }} BuildState */

/** While a build is stamped or claims: { scope, n, nodes (claiming), failed }. */
/** @type {BuildState | null} */
let active = null;
/** Whether builds are being prerendered: their elements get stamped. */
let stamping = false;
/** The prerendered elements not yet claimed, by stamp (read once from the page). */
/** @type {Map<string, Element> | null} */
let claimable = null;

/** Turns stamping on, for the build step that prerenders the page. */
export function prerendering() {
  stamping = true;
}

/**
 * Runs `build(claimed)` for the view `scope`: stamping its elements while prerendering;
 * claiming the page's prerendered ones where the page has this scope's (then `claimed` is
 * true and the build must not move them); else building afresh. Each scope is claimed
 * once: a later build (another language) makes new elements. Returns what `build` returns.
 * @template T
 * @param {string} scope
 * @param {(claimed: boolean) => T} build
 * @returns {T}
 */
export function built(scope, build) {
  if (stamping) return inScope({ scope, n: 0, nodes: null, failed: false }, () => build(false));
  claimable ??= new Map([...document.querySelectorAll('[data-h]')].map((node) => /** @type {[string, Element]} */ ([node.getAttribute('data-h'), node])));
  if (!claimable.has(`${scope}0`)) return build(false);
  const nodes = new Map([...claimable].filter(([key]) => key.startsWith(scope) && /^\d+$/.test(key.slice(scope.length))));
  for (const key of nodes.keys()) claimable.delete(key);
  const claim = { scope, n: 0, nodes, failed: false };
  const result = inScope(claim, () => build(true));
  if (claim.failed) {
    // Only a page and scripts from different builds can differ (the service worker never
    // mixes them): said on the console, where the tests see it.
    console.error(`prerendered page: the view "${scope}" did not match its build; built afresh`);
    return build(false);
  }
  for (const node of nodes.values()) wake(node);
  return result;
}

/**
 * Enables a control the prerendered page shows disabled (`data-wait`) until a script has
 * its listeners on it: a tap before then would be lost (and tests' clicks wait for it).
 * @param {Element & { disabled?: boolean }} node
 */
export function wake(node) {
  if (!node.hasAttribute('data-wait')) return;
  node.removeAttribute('data-wait');
  node.disabled = false;
}

/** Builds everything afresh from now on: for a page prerendered in another language. */
export function forgetPrerendered() {
  claimable = new Map();
}

/**
 * @template T
 * @param {BuildState} state
 * @param {() => T} build
 * @returns {T}
 */
function inScope(state, build) {
  const outer = active;
  active = state;
  try {
    return build();
  } finally {
    active = outer;
  }
}

/**
 * The element a build asks for: the next prerendered one while claiming, a new one
 * otherwise (stamped while prerendering). A stamp the page lacks was an element the
 * prerendered update took out again (a row without a target drops its target's figures):
 * it is made afresh and stays out, as it did there. One of another tag means the page was
 * built by other code: the build is redone from scratch.
 * @template {Element} E
 * @param {string} tag
 * @param {() => E} create
 * @returns {{ node: E, claimed: boolean }}
 */
function next(tag, create) {
  if (!active) return { node: create(), claimed: false };
  const stamp = `${active.scope}${active.n++}`;
  const found = active.nodes?.get(stamp);
  if (found && found.localName === tag) return { node: /** @type {E} */ (found), claimed: true };
  if (found) active.failed = true;
  const node = create();
  if (stamping) node.setAttribute('data-h', stamp);
  return { node, claimed: false };
}

/**
 * Creates an element: `attrs` are attributes, except `text` (textContent) and `on*` handlers.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attributes} [attrs]
 * @param {Child[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, children = []) {
  const { node, claimed } = next(tag, () => document.createElement(tag));
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    // A claimed element already has its attributes, text and children.
    else if (claimed) continue;
    else if (name === 'text') node.textContent = /** @type {string} */ (value);
    else node.setAttribute(name, value === true ? '' : /** @type {string} */ (value));
  }
  if (!claimed) node.append(.../** @type {(Node | string)[]} */ (children.filter((child) => child !== null && child !== undefined)));
  return node;
}

/**
 * Creates an SVG element with attributes (numbers are written as text).
 * @template {keyof SVGElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, string | number>} [attrs]
 * @returns {SVGElementTagNameMap[K]}
 */
export function svg(tag, attrs = {}) {
  const { node, claimed } = next(tag, () => document.createElementNS('http://www.w3.org/2000/svg', tag));
  if (!claimed) for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, /** @type {string} */ (value));
  return node;
}

/**
 * Puts `children` into `parent`, for views that assemble elements built apart: unless the
 * build claims prerendered elements, which are in their places already.
 * @param {Element} parent
 * @param {...Child} children
 */
export function place(parent, ...children) {
  if (active?.nodes) return;
  parent.append(.../** @type {(Node | string)[]} */ (children.filter((child) => child !== null && child !== undefined)));
}

/**
 * Writes text only when it changed: most cells stay the same when one slider moves.
 * @param {Node} node
 * @param {string} text
 */
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
 * @param {string} className
 * @param {string} titleId
 * @param {string} title
 * @param {Child[]} children
 */
export function foldable(className, titleId, title, children) {
  const section = h('details', { class: `foldable ${className}` }, [
    h('summary', {}, [h('h2', { id: titleId, text: title })]),
    ...children,
  ]);
  // Also when taking over a prerendered page, which has them open (readers without scripts
  // see everything): a phone closes them, below its first screen.
  section.open = wide();
  return section;
}

/** A figure with its unit, which a line must not break inside ("436.11亿元", "8.7%"). */
const FIGURE = /[-+−]?\d[\d,.]*(?:%|亿元|万元|亿|万|元|个百分点|个|家|项| pts| bn yuan| yuan)?/g;

/**
 * Text as nodes: each figure (with its unit) in a span that keeps it on one line.
 * @param {string} text
 * @returns {(string | HTMLSpanElement)[]}
 */
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

/**
 * Writes text with its figures kept whole (see withFigures), only when it changed.
 * @param {Element} node
 * @param {string} text
 */
export function setFigures(node, text) {
  if (node.textContent !== text) node.replaceChildren(...withFigures(text));
}

/**
 * Runs `insert` (which puts content loaded later into the page) without moving what the
 * keyboard is on: if the focused element moved, the page scrolls by as much, so focus
 * never ends up off-screen (WebKit has no scroll anchoring to do it).
 * @param {() => void} insert
 */
export function keepFocusInPlace(insert) {
  const focused = document.activeElement;
  const tracked = focused && focused !== document.body ? focused : null;
  const before = tracked?.getBoundingClientRect().top;
  insert();
  if (!tracked?.isConnected) return;
  const moved = tracked.getBoundingClientRect().top - /** @type {number} */ (before);
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
}

/**
 * Moves the keyboard to `target` (made focusable for it) and shows it: for skip links.
 * @param {HTMLElement | SVGElement} target
 */
export function focusTarget(target) {
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}

/**
 * A sentence that quotes the report, as nodes: the report's own words (`quote`, found
 * within `source`) marked as Chinese text, for screen readers, fonts and translators; the
 * words around them are the reader's.
 * @param {{ source: string, quote?: string }} quoting
 * @returns {(string | HTMLSpanElement)[]}
 */
export function quoted({ source, quote }) {
  const at = quote ? source.indexOf(quote) : -1;
  return at < 0 || !quote ? [source] : [source.slice(0, at), h('span', { lang: 'zh-CN', text: quote }), source.slice(at + quote.length)];
}

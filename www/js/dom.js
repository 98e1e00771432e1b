// The small DOM helpers every view uses: elements are built with createElement and filled
// with textContent, never from HTML strings.

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

// @ts-check
// The iframe embed (embed.html?indicators=…&lang=…&s=…&theme=…): renders one widget from the query
// string and tells the host page its height whenever it changes, in the three conventions
// host pages already listen for: Datawrapper, Pym.js and AMP.
import { language, resolveLanguage, LANGUAGES } from './strings.js';

const query = new URLSearchParams(location.search);
// The frame's element holds the prerendered official table (shown until the widget is ready).
const widget = document.querySelector('longgang-whatif') ?? document.createElement('longgang-whatif');
const attributes = { indicators: query.get('indicators'), lang: query.get('lang'), preset: query.get('preset'), scenario: query.get('s'), theme: query.get('theme') };
for (const [name, value] of Object.entries(attributes)) if (value) widget.setAttribute(name, value);
if (query.has('compact')) widget.setAttribute('compact', '');
document.documentElement.lang = language(resolveLanguage(query.get('lang')) ?? LANGUAGES[0].tag).lang;
// The frame's colour scheme matches the widget's (embed-frame.css), as the snippet sets the
// same on the <iframe>: where the two differ, browsers paint an opaque box behind the frame.
if (['light', 'dark'].includes(/** @type {string} */ (query.get('theme')))) document.documentElement.dataset.theme = /** @type {string} */ (query.get('theme'));
if (!widget.isConnected) document.body.append(widget);

// Pym.js parents pass their container id as childId; Datawrapper keys heights by chart id.
const id = query.get('childId') || query.get('id') || 'longgang-whatif';
let reported = 0;

function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reported || window.parent === window) return;
  reported = height;
  window.parent.postMessage({ 'datawrapper-height': { [id]: height } }, '*');
  window.parent.postMessage(['pym', id, 'height', height].join('xPYMx'), '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
}

// In the next frame, after the widget's layout settles: reporting inside the observer's
// callback can run into the next size change.
new ResizeObserver(() => requestAnimationFrame(report)).observe(document.documentElement);
import('./offline.js').catch(() => {});

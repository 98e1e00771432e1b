// @ts-check
// <longgang-whatif>: the embeddable simulator. This loader is all an article pays up front;
// the widget code, its styles and the WebAssembly core load only when an element comes
// near the viewport, once for all elements on the page. Until the widget is ready, and for
// good if it cannot load, the element shows what the article put inside it (the static
// table the embed snippet carries); where this file itself cannot load, the browser shows
// that same content, since the element is then unknown to it.
const base = new URL('.', import.meta.url);
/** @type {Promise<typeof import('./js/embed-widget.js')> | undefined} */
let widget;
const reserve = new CSSStyleSheet();
// The static table shows through the slot until the widget is ready: kept within the
// article's column, scrolled sideways where a phone is narrower than it.
reserve.replaceSync(':host{display:block;min-height:8em}::slotted(*){display:block;max-width:100%;overflow-x:auto}');

class LonggangWhatif extends HTMLElement {
  static observedAttributes = ['indicators', 'lang', 'preset', 'scenario', 'compact', 'theme'];

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [reserve];
    root.append(document.createElement('slot'));
  }

  connectedCallback() {
    if (this.view || this.watch) return;
    this.watch = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      this.disconnectedCallback();
      this.start();
    }, { rootMargin: '600px 0px' });
    this.watch.observe(this);
  }

  disconnectedCallback() {
    this.watch?.disconnect();
    this.watch = null;
  }

  attributeChangedCallback() {
    if (this.view) this.view.refresh();
    // While the widget mounts it may already have read the attributes: read them again
    // once it is ready, so that a change made meanwhile is not lost.
    else this.changedWhileMounting = true;
  }

  async start() {
    try {
      widget ??= import(new URL('js/embed-widget.js', base).href);
      this.changedWhileMounting = false;
      this.view = await (await widget).mount(this, base);
      if (this.changedWhileMounting) this.view.refresh();
    } catch {
      const note = document.createElement('p');
      note.textContent = failedWords(this.getAttribute('lang'));
      /** @type {ShadowRoot} */ (this.shadowRoot).replaceChildren(note, document.createElement('slot'));
    }
  }
}

/**
 * The loader's one sentence, in the widget's language: by lower-case tag or alias, '' for
 * the default. The build writes them in from the catalogues (`ui.embed.loadFailedShort`;
 * .ci/site.mjs), so the loader needs no other file to say that it failed.
 * @type {Record<string, string>}
 */
const FAILED = /* loader words */ {};

/**
 * @param {string | null} asked the element's `lang`
 */
function failedWords(asked) {
  let tag = String(asked ?? '').toLowerCase();
  while (tag && !(tag in FAILED)) tag = tag.includes('-') ? tag.slice(0, tag.lastIndexOf('-')) : '';
  return FAILED[tag] ?? '';
}

if (!customElements.get('longgang-whatif')) customElements.define('longgang-whatif', LonggangWhatif);

// <longgang-whatif>: the embeddable simulator. This loader is all an article pays up front;
// the widget code, its styles and the WebAssembly core load only when an element comes
// near the viewport, once for all elements on the page.
const base = new URL('.', import.meta.url);
let widget;
const reserve = new CSSStyleSheet();
reserve.replaceSync(':host{display:block;min-height:8em}');

class LonggangWhatif extends HTMLElement {
  static observedAttributes = ['indicators', 'lang', 'preset', 'scenario', 'compact'];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [reserve];
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
    this.view?.refresh();
  }

  async start() {
    try {
      widget ??= import(new URL('js/embed-widget.js', base).href);
      this.view = await (await widget).mount(this, base);
    } catch {
      const note = document.createElement('p');
      note.textContent = '推演组件加载失败。The what-if widget failed to load.';
      this.shadowRoot.replaceChildren(note);
    }
  }
}

if (!customElements.get('longgang-whatif')) customElements.define('longgang-whatif', LonggangWhatif);

// @ts-check
// "Embed this": a dialog that writes both embed snippets (the custom element with the
// static table inside it, shown wherever the widget does not run; the iframe with the
// static table in <noscript>) for the current scenario and the chosen indicators,
// with copy buttons and a live preview. Snippets are text for the journalist to copy; they
// are shown in read-only text areas, never inserted into this page as markup.
import './strings-more.js';
import { t, loadLanguage, LANGUAGES } from './strings.js';
import { h } from './dom.js';

/**
 * @import { Lang, Scenario } from '../pkg/longgang_sim.js'
 * @import { FullApi, PageDataset } from './wasm.js'
 */

/** @type {Record<string, string>} */
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** @param {string} text */
const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ESCAPES[c]);

/** The listener pasted with the iframe, for host pages without a Datawrapper or Pym.js one. */
const RESIZE_LISTENER = `<script>
addEventListener('message', function (e) {
  var d = e.data && e.data['datawrapper-height'];
  if (!d) return;
  document.querySelectorAll('iframe[data-longgang-whatif]').forEach(function (f) {
    if (f.contentWindow === e.source) f.style.height = Object.values(d)[0] + 'px';
  });
});
</script>`;

/**
 * Builds the two snippets for a scenario link, indicator ids, language, style and theme.
 * @param {{ base: URL, link: string, ids: string[], lang: string, compact: boolean, theme?: string, staticHtml: string }} options
 */
export function snippets({ base, link, ids, lang, compact, theme = 'auto', staticHtml }) {
  const list = ids.join(',');
  const flag = compact ? ' compact' : '';
  // The frame and the <iframe> element get the same colour scheme, or browsers paint an
  // opaque box behind a frame whose scheme differs from its host's.
  const scheme = theme === 'auto' ? 'light dark' : theme;
  const title = t(lang, 'title');
  const height = (compact ? 60 : 110) + ids.length * (compact ? 70 : 90);
  const element = [
    `<script type="module" src="${escapeHtml(new URL('embed.js', base).href)}"></script>`,
    `<longgang-whatif indicators="${escapeHtml(list)}" lang="${lang}" scenario="${escapeHtml(link)}" theme="${theme}"${flag}>`,
    // Inside the element, not in <noscript>: shown where scripts are stripped or off, and
    // also where the loader itself cannot load (a blocked or unreachable site).
    staticHtml.trimEnd(),
    '</longgang-whatif>',
  ].join('\n');
  // Ids, language and link are all URL-safe already, so the query stays readable.
  const src = `${new URL('embed.html', base).href}?indicators=${list}&lang=${lang}&s=${link}&theme=${theme}${compact ? '&compact' : ''}`;
  const iframe = [
    `<iframe data-longgang-whatif src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" loading="lazy" style="width:100%;min-height:${height}px;border:0;color-scheme:${scheme}"></iframe>`,
    `<noscript>\n${staticHtml}</noscript>`,
    RESIZE_LISTENER,
  ].join('\n');
  return { element, iframe };
}

export class EmbedDialog {
  /**
   * `shareImage(lang)` opens the share image of the current scenario in that language;
   * `loadTexts(lang)` adds that language's texts to the dataset (the report's place).
   * @param {FullApi} api
   * @param {PageDataset} dataset
   * @param {(lang: Lang) => unknown} shareImage
   * @param {(lang: string) => Promise<void>} loadTexts
   */
  constructor(api, dataset, shareImage, loadTexts) {
    this.api = api;
    this.dataset = dataset;
    this.shareImage = shareImage;
    this.loadTexts = loadTexts;
    /** @type {HTMLDialogElement | null} */
    this.dialog = null;
    // Given by open() and build():
    /** @type {Scenario} */
    this.scenario;
    /** @type {string} */
    this.url;
    /** @type {HTMLInputElement[]} */
    this.checks;
    /** @type {HTMLSelectElement} */
    this.langSelect;
    /** @type {HTMLInputElement} */
    this.compact;
    /** @type {HTMLSelectElement} */
    this.themeSelect;
    /** @type {HTMLTextAreaElement} */
    this.elementCode;
    /** @type {HTMLTextAreaElement} */
    this.iframeCode;
    /** @type {HTMLSpanElement} */
    this.status;
    /** @type {HTMLElement} the <longgang-whatif> element that previews the snippet */
    this.preview;
    /** Counts update() calls, so that only the latest writes the snippets and preview. */
    this.turn = 0;
  }

  /**
   * Opens the dialog for the current scenario in the page's language.
   * @param {{ scenario: Scenario, lang: Lang, url: string }} options
   */
  async open({ scenario, lang, url }) {
    await import('../embed.js');
    this.scenario = scenario;
    this.url = url;
    this.dialog?.remove();
    this.dialog = this.build(lang);
    document.body.append(this.dialog);
    this.update();
    this.dialog.showModal();
  }

  /**
   * @param {Lang} lang
   * @returns {HTMLDialogElement}
   */
  build(lang) {
    const checks = this.dataset.indicators.map((indicator) => {
      const input = h('input', { type: 'checkbox', value: indicator.id, checked: Boolean(indicator.target) && ['gdp', 'fai', 'retail_sales'].includes(indicator.id), onchange: () => this.update() });
      return h('label', { class: 'check' }, [input, h('span', { text: indicator.name[lang] })]);
    });
    this.checks = checks.map((label) => /** @type {HTMLInputElement} */ (label.querySelector('input')));
    this.langSelect = h('select', { id: 'embed-lang', onchange: () => this.update() }, [
      ...LANGUAGES.map((l) => h('option', { value: l.tag, lang: l.lang, text: l.name, selected: lang === l.tag })),
    ]);
    this.compact = h('input', { type: 'checkbox', id: 'embed-compact', onchange: () => this.update() });
    this.themeSelect = h('select', { id: 'embed-theme', onchange: () => this.update() },
      ['auto', 'light', 'dark'].map((theme) => h('option', { value: theme, text: t(lang, `theme${theme[0].toUpperCase()}${theme.slice(1)}`) })));
    this.elementCode = h('textarea', { id: 'embed-element-code', readonly: true, rows: 6, 'aria-label': t(lang, 'embedElementSnippet') });
    this.iframeCode = h('textarea', { id: 'embed-iframe-code', readonly: true, rows: 6, 'aria-label': t(lang, 'embedIframeSnippet') });
    this.status = h('span', { class: 'toolbar-status', 'aria-live': 'polite' });
    this.preview = document.createElement('longgang-whatif');
    /** @param {HTMLTextAreaElement} area */
    const copy = (area) => async () => {
      area.select();
      try {
        await navigator.clipboard.writeText(area.value);
        this.status.textContent = t(lang, 'embedCopied');
      } catch {
        this.status.textContent = t(lang, 'linkCopyFailed');
      }
    };
    return h('dialog', { id: 'embed-dialog', class: 'embed-dialog', 'aria-labelledby': 'embed-title' }, [
      h('div', { class: 'dialog-head' }, [
        h('h2', { id: 'embed-title', text: t(lang, 'embedDialogTitle') }),
        h('button', { type: 'button', id: 'embed-close', text: t(lang, 'embedClose'), onclick: () => /** @type {HTMLDialogElement} */ (this.dialog).close() }),
      ]),
      h('p', { class: 'hint', text: t(lang, 'embedHelp') }),
      h('fieldset', {}, [h('legend', { text: t(lang, 'embedIndicators') }), h('div', { class: 'checks' }, checks)]),
      h('div', { class: 'embed-options' }, [
        h('label', { for: 'embed-lang', text: t(lang, 'embedLanguage') }), this.langSelect,
        h('label', { class: 'check' }, [this.compact, h('span', { text: t(lang, 'embedCompact') })]),
        h('label', { for: 'embed-theme', text: t(lang, 'theme') }), this.themeSelect,
      ]),
      h('h3', { text: t(lang, 'embedPreview') }),
      h('div', { class: 'embed-preview' }, [this.preview]),
      h('h3', { text: t(lang, 'embedElementSnippet') }), this.elementCode,
      h('button', { type: 'button', id: 'embed-copy-element', text: t(lang, 'embedCopy'), onclick: copy(this.elementCode) }),
      h('h3', { text: t(lang, 'embedIframeSnippet') }), this.iframeCode,
      h('button', { type: 'button', id: 'embed-copy-iframe', text: t(lang, 'embedCopy'), onclick: copy(this.iframeCode) }),
      // WeChat articles (公众号) take no third-party scripts or frames: a picture instead.
      h('h3', { text: t(lang, 'shareDialogTitle') }),
      h('button', { type: 'button', id: 'embed-share-image', 'aria-haspopup': 'dialog', text: t(lang, 'shareForWechat'), onclick: () => this.shareImage(/** @type {Lang} */ (this.langSelect.value)) }),
      this.status,
    ]);
  }

  /** Writes the snippets and the preview for the dialog's current choices. */
  async update() {
    const turn = (this.turn += 1);
    const lang = this.langSelect.value;
    // The snippets are written in their own language, which may not be the page's: its
    // words, and the report's (its place) from that language's dataset file.
    await Promise.all([loadLanguage(lang), this.loadTexts(lang)]);
    // A slower load of an earlier choice (the page's language on opening) must not land
    // after a later one and put the preview back into that language.
    if (turn !== this.turn) return;
    const ids = this.checks.filter((c) => c.checked).map((c) => c.value);
    const compact = this.compact.checked;
    const theme = this.themeSelect.value;
    const link = this.api.encodeScenario(this.scenario);
    const staticHtml = this.api.renderStatic(this.scenario, ids.join(','), lang, this.url);
    const base = new URL('.', location.href);
    const { element, iframe } = snippets({ base, link, ids, lang, compact, theme, staticHtml });
    this.elementCode.value = element;
    this.iframeCode.value = iframe;
    this.preview.setAttribute('indicators', ids.join(','));
    this.preview.setAttribute('lang', lang);
    this.preview.setAttribute('scenario', link);
    this.preview.toggleAttribute('compact', compact);
    this.preview.setAttribute('theme', theme);
  }
}

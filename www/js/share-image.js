// @ts-check
// The share image (分享图): the core draws the scenario as an SVG card (title, the answer,
// a tile per target, the chart, the assumptions, the source and a QR code of the link); here
// it becomes a 1080 px wide PNG on a canvas — nothing leaves the device — shown in a dialog
// where WeChat users press and hold to save or send it, with the phone's share sheet where
// the Web Share API takes files, and a download link everywhere.
import './strings-more.js';
import { t } from './strings.js';
import { h } from './dom.js';

/**
 * @import { Lang, Scenario } from '../pkg/longgang_sim.js'
 * @import { FullApi } from './wasm.js'
 */

/**
 * Draws an SVG document on a canvas of its own size and resolves to a PNG blob.
 * @param {string} svgText
 * @returns {Promise<Blob>}
 */
export async function rasterize(svgText) {
  const source = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    const loaded = new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error('the card did not load as an image'));
    });
    image.src = source;
    await loaded;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    // A fresh canvas always gives its 2D context.
    const context = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d', { willReadFrequently: true }));
    // WebKit may draw a just-decoded SVG image as nothing: draw again, a frame later, until
    // the title's band shows ink.
    for (let attempt = 0; attempt < 10; attempt += 1) {
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0);
      const band = context.getImageData(0, 0, canvas.width, Math.min(160, canvas.height)).data;
      if (band.some((value, i) => i % 4 !== 3 && value < 128)) break;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return await new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(source);
  }
}

export class ShareImage {
  /**
   * `api` is the full module (it has `cardSvg`).
   * @param {FullApi} api
   */
  constructor(api) {
    this.api = api;
    /** @type {HTMLDialogElement | null} */
    this.dialog = null;
    /** @type {string | null} the PNG's object URL */
    this.url = null;
  }

  /**
   * Makes the image of `scenario` in `lang` (whose texts are loaded) with a QR code of `url`,
   * and shows it; `answer` says in words what it shows, for its text alternative.
   * @param {{ scenario: Scenario, lang: Lang, url: string, answer: string }} options
   */
  async open({ scenario, lang, url, answer }) {
    const svgText = this.api.cardSvg(scenario, lang, url);
    const png = await rasterize(svgText);
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = URL.createObjectURL(png);
    // Named by the report, as the CSV is: `longgang-2024-whatif-zh.png`.
    const name = `${this.api.dataset().source.id}-whatif-${lang}.png`;
    const file = new File([png], name, { type: 'image/png' });
    this.dialog?.remove();
    this.dialog = this.build(lang, { name, file, answer });
    document.body.append(this.dialog);
    this.dialog.showModal();
  }

  /**
   * @param {Lang} lang
   * @param {{ name: string, file: File, answer: string }} image
   * @returns {HTMLDialogElement}
   */
  build(lang, { name, file, answer }) {
    const canShare = typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
    const status = h('p', { class: 'toolbar-status', 'aria-live': 'polite' });
    const share = canShare
      ? h('button', {
        type: 'button',
        id: 'share-send',
        text: t(lang, 'shareSend'),
        onclick: async () => {
          try {
            await navigator.share({ files: [file], title: t(lang, 'title') });
          } catch {
            // Cancelled, or refused by the browser: the picture and the download stay.
          }
        },
      })
      : null;
    /** @type {HTMLDialogElement} */
    const dialog = h('dialog', { id: 'share-dialog', class: 'share-dialog', 'aria-labelledby': 'share-title' }, [
      h('div', { class: 'dialog-head' }, [
        h('h2', { id: 'share-title', text: t(lang, 'shareDialogTitle') }),
        h('button', { type: 'button', id: 'share-close', text: t(lang, 'embedClose'), onclick: () => dialog.close() }),
      ]),
      h('p', { class: 'hint', text: t(lang, 'shareHint') }),
      h('img', { id: 'share-preview', class: 'share-preview', src: this.url, alt: t(lang, 'shareImageAlt', { answer }) }),
      h('div', { class: 'share-actions' }, [
        share,
        h('a', { id: 'share-download', href: this.url, download: name, text: t(lang, 'shareDownload') }),
      ]),
      status,
    ]);
    return dialog;
  }
}

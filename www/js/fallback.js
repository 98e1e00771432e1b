// Where the projection module cannot run (WebAssembly turned off, a failed download), the
// page says why in the reader's language and keeps the official table the build wrote into
// it (see .ci/site.mjs); an English reader gets the English table, fetched here and added
// through the safe copier (never inserted as markup). Loaded only on that path.
import { safeNodes } from './safe-html.js';

/**
 * Shows why the sliders are missing (`message`, in the reader's language `lang`, under the
 * page title `title`) and the official table in that language.
 */
export async function showStaticFallback({ lang, message, title }) {
  const loading = document.getElementById('loading');
  loading.textContent = message;
  loading.classList.add('notice');
  loading.hidden = false;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = title;
  document.getElementById('title').textContent = title;
  if (lang === 'zh') return;
  const section = document.getElementById('static-fallback');
  try {
    const response = await fetch(new URL('../fallback-en.html', import.meta.url));
    if (!response.ok) return;
    section.replaceChildren(...safeNodes(await response.text()));
    section.lang = 'en';
  } catch {
    // Offline too: the Chinese table stays, which is better than none.
  }
}

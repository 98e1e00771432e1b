// @ts-check
//! Puts the page's `page` words in use (the catalogues' `ui.page.*` keys; see strings.js):
//! imported by the modules that show them, so the first table never waits for them, and
//! in the reader's language only. Whoever builds those modules' views awaits
//! `loadLanguage(lang)` first, which loads every part in use. (Not a top-level await: a
//! module with one, imported by two dynamic imports at once, can run its importers before
//! it has finished in WebKit before 16.4.)
import { usePart } from './strings.js';
import { LOADERS } from './lang/part-page.js';

// A failure shows when `loadLanguage` is awaited (and is tried again then).
usePart('page', LOADERS).catch(() => {});

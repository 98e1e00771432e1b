// @ts-check
//! Puts the page's `page` words in use (the catalogues' `ui.page.*` keys; see strings.js):
//! imported by the modules that show them, so the first table never waits for them, and
//! in the reader's language only.
import { usePart } from './strings.js';
import { LOADERS } from './lang/part-page.js';

await usePart('page', LOADERS);

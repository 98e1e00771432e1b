// Declarations written by hand for the type check (jsconfig.worker.json); no page loads this file.

/**
 * What the build (.ci/service-worker.mjs) writes into sw.js in place of this name: the
 * deployment's version, its pages, the files cached at install (`precache`) and when first
 * used (`lazy`), each path with the first 16 hex digits of its SHA-256, and the paths whose
 * names carry their content's hash.
 */
declare const __LONGGANG_BUILD__: {
  version: string;
  pages: string[];
  precache: Record<string, string>;
  lazy: Record<string, string>;
  hashed: string[];
};

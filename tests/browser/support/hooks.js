// Test hook, served only by the test server (`.ci/server.mjs --test-hooks`), which puts it
// first in every HTML page it serves. It records what would otherwise reach only the
// console — uncaught errors, rejected promises, console.error, resources that failed to
// load, Content-Security-Policy violations — in `window.__problems`, where the browser
// tests read it in every engine (WebDriver has no console channel in Firefox or WebKit).
// Cookies let a test take WebAssembly away before any page script runs, as iOS Lockdown
// Mode and some in-app browsers do, or make the browser report other languages.
(() => {
  const problems = [];
  const violations = [];
  Object.defineProperty(window, '__problems', { value: problems });
  Object.defineProperty(window, '__cspViolations', { value: violations });
  addEventListener('error', (event) => {
    const target = event.target;
    if (target && target !== window && target.nodeType === 1) {
      problems.push(`resource: failed to load ${target.localName} ${target.src || target.href || ''}`);
    } else {
      problems.push(`pageerror: ${event.message}`);
    }
  }, true);
  addEventListener('unhandledrejection', (event) => {
    problems.push(`pageerror: ${event.reason && event.reason.message ? event.reason.message : String(event.reason)}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    problems.push(`csp: ${event.violatedDirective} ${event.blockedURI}`);
  });
  const consoleError = console.error;
  console.error = (...args) => {
    problems.push(`console: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  if (/(?:^|;\s*)lg-test-no-wasm=1/.test(document.cookie)) delete window.WebAssembly;
  // A cookie makes the browser report other languages, in engines whose language a test
  // cannot set per page.
  const languages = /(?:^|;\s*)lg-test-languages=([\w,-]+)/.exec(document.cookie);
  if (languages) {
    const list = languages[1].split(',');
    Object.defineProperty(Navigator.prototype, 'languages', { get: () => list, configurable: true });
    Object.defineProperty(Navigator.prototype, 'language', { get: () => list[0], configurable: true });
  }
})();

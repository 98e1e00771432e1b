// The example article's only script: the iframe height listener, as a file because the
// page's Content-Security-Policy allows no inline script.
import '../embed-resize.js';

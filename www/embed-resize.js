// @ts-check
// For host pages without a Datawrapper, Pym.js or AMP listener: include this file (or paste
// its body) once, and every <iframe data-longgang-whatif> follows the height its widget reports.
addEventListener('message', (event) => {
  const heights = event.data && event.data['datawrapper-height'];
  if (!heights) return;
  for (const frame of /** @type {NodeListOf<HTMLIFrameElement>} */ (document.querySelectorAll('iframe[data-longgang-whatif]'))) {
    if (frame.contentWindow !== event.source) continue;
    const height = Number(Object.values(heights)[0]);
    if (height > 0 && height < 10000) frame.style.height = `${height}px`;
  }
});

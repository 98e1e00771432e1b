// @ts-check
// The iframe embed's first script (a classic script in the head, so it runs before the
// frame is first painted): the frame holds the official scenario's static table, prerendered
// in Chinese for the eight targets. Where its query asks for anything else (a scenario, a
// preset, English, other indicators), that table is not what the reader asked for: it is
// marked as pending (greyed, its figures hidden, its box kept) until the widget has drawn
// the answer. Without scripts the table shows as it is, under its own caption.
(() => {
  const query = new URLSearchParams(location.search);
  const asks = ['s', 'preset', 'indicators'].some((key) => query.get(key)) || (query.get('lang') ?? 'zh') !== 'zh';
  if (asks) document.documentElement.classList.add('pending');
})();

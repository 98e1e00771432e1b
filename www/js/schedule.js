// Coalesces bursts of input into one computation per animation frame, always with the
// latest values, and runs slower follow-up work (announcements, QR code) only once the
// input has settled.

/**
 * Returns `request()`: call it after every change; `compute` runs once in the next frame
 * however many requests came before it.
 */
export function frameScheduler(compute) {
  let pending = false;
  return function request() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      compute();
    });
  };
}

/** Returns `request()`: `settle` runs once, `delay` ms after the last request. */
export function settleScheduler(settle, delay) {
  let timer = 0;
  return function request() {
    clearTimeout(timer);
    timer = setTimeout(settle, delay);
  };
}

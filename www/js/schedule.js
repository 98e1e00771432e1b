// @ts-check
// Coalesces bursts of input into at most one computation per animation frame, always with
// the latest values, and runs slower follow-up work (announcements, analyses) only once the
// input has settled.

/**
 * Returns `request()`: call it after every change. The first change computes at once, so a
 * single slider step updates the page within the event; further changes in the same frame
 * are folded into one computation at the next frame, with whatever values are latest then.
 * @param {() => void} compute
 * @returns {() => void}
 */
export function frameScheduler(compute) {
  let frameOpen = false;
  let dirty = false;
  function endFrame() {
    frameOpen = false;
    if (dirty) {
      dirty = false;
      request();
    }
  }
  function request() {
    if (frameOpen) {
      dirty = true;
      return;
    }
    frameOpen = true;
    requestAnimationFrame(endFrame);
    compute();
  }
  return request;
}

/**
 * Returns `request()`: `settle` runs once, `delay` ms after the last request.
 * @param {() => void} settle
 * @param {number} delay
 * @returns {() => void}
 */
export function settleScheduler(settle, delay) {
  let timer = 0;
  return function request() {
    clearTimeout(timer);
    timer = setTimeout(settle, delay);
  };
}

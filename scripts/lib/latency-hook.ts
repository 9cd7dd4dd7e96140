/**
 * Runs in the page (as a string, so no bundler helpers leak in), for the
 * browser bench and the interaction profiler alike: `window.__armLatency(ms)`
 * resolves with the time from the next click or Enter to the first frame
 * after the statement count or the filter chips changed (a filter that keeps
 * every statement still adds a chip), or null after `ms`.
 */
export const LATENCY_HOOK = `
  // Resolves with the ms from the next click or Enter to the first frame after the statement count changes.
  window.__armLatency = (timeoutMs) => new Promise((resolve) => {
    // The count and the filter chips: a filter that keeps every statement still adds a chip.
    const count = () => (document.querySelector('.statements__count')?.textContent ?? '') + '|' + (document.querySelector('.filter-chips')?.textContent ?? '');
    const before = count();
    let start = null;
    const onInput = (event) => {
      if (start === null && (event.type === 'click' || event.key === 'Enter')) start = event.timeStamp;
    };
    window.addEventListener('click', onInput, true);
    window.addEventListener('keydown', onInput, true);
    const finish = (value) => {
      observer.disconnect();
      window.removeEventListener('click', onInput, true);
      window.removeEventListener('keydown', onInput, true);
      clearTimeout(timer);
      resolve(value);
    };
    const observer = new MutationObserver(() => {
      if (start === null || count() === before) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => finish(performance.now() - start)));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
`;

// Scripts the bench injects into pages (Playwright init scripts: they run in
// every document before its own scripts). Each function is serialised, so it
// must not use anything from this module's scope.

/**
 * "The agenda is on screen": the element `selector` (the last item of the
 * agenda) exists, in the document or in the open shadow root of
 * `[data-live-agenda]`, and a frame has been painted after it. Times are
 * `performance.now()`, i.e. milliseconds since the navigation started:
 * - `found`: a MutationObserver saw the element;
 * - `frame`: the next requestAnimationFrame callback (the frame that will
 *   paint it, before style, layout and paint);
 * - `painted`: a task posted from that callback, which runs once the frame
 *   has been rendered: the measured time.
 * `window.__benchAgenda.done` resolves with them; with an array of
 * selectors, once each is painted, with an object of their times by
 * selector (the programme's text, then the live agenda).
 *
 * The widget's shadow root is attached by script (attachShadow is wrapped to
 * observe it at once); the static page's by the parser (declarative shadow
 * DOM: found through the document's observer, then observed itself).
 */
export function agendaProbe(selector) {
  const selectors = [].concat(selector);
  let resolve;
  const times = {};
  const state = { selector, done: new Promise((r) => (resolve = r)) };
  Object.defineProperty(window, '__benchAgenda', { value: state });
  const watched = new WeakSet();
  const watch = (root) => {
    if (watched.has(root)) return;
    watched.add(root);
    new MutationObserver(check).observe(root, { childList: true, subtree: true });
  };
  const finish = () => {
    if (selectors.some((s) => !times[s]?.painted)) return;
    resolve(Array.isArray(selector) ? times : times[selector]);
  };
  function check() {
    const host = document.querySelector('[data-live-agenda]');
    if (host?.shadowRoot) watch(host.shadowRoot);
    for (const s of selectors) {
      if (times[s]) continue;
      const el = host?.shadowRoot?.querySelector(s) ?? document.querySelector(s);
      if (!el) continue;
      const t = (times[s] = { found: performance.now(), frame: null, painted: null });
      requestAnimationFrame(() => {
        t.frame = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          t.painted = performance.now();
          finish();
        };
        channel.port2.postMessage(0);
      });
    }
  }
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  watch(document);
  document.addEventListener('DOMContentLoaded', check);
}

/**
 * Counts timer callbacks as they fire (not as they are scheduled):
 * setTimeout, setInterval, requestAnimationFrame, requestIdleCallback.
 * Installed after Playwright's fake clock, it wraps the fake functions, so
 * `page.clock.runFor` fires the wrapped callbacks.
 * `window.__benchTimers.counts` / `.reset()`.
 */
export function timerProbe() {
  const counts = { setTimeout: 0, setInterval: 0, requestAnimationFrame: 0, requestIdleCallback: 0 };
  const state = {
    counts,
    /** The firings since the last reset: [name, delay asked for]. */
    fired: [],
    reset() {
      for (const k of Object.keys(counts)) counts[k] = 0;
      state.fired.length = 0;
    },
  };
  Object.defineProperty(window, '__benchTimers', { value: state });
  for (const name of Object.keys(counts)) {
    const original = window[name];
    if (typeof original !== 'function') continue;
    window[name] = function (callback, ...rest) {
      if (typeof callback !== 'function') return original.call(this, callback, ...rest);
      const delay = rest[0];
      const wrapped = function (...args) {
        counts[name] += 1;
        if (state.fired.length < 50) state.fired.push([name, delay]);
        return callback.apply(this, args);
      };
      return original.call(this, wrapped, ...rest);
    };
  }
}

/**
 * Keeps the widget's WebAssembly.Memory (the loader does not expose it) by
 * wrapping WebAssembly.instantiateStreaming / instantiate:
 * `window.__benchWasm.memories`.
 */
export function wasmMemoryProbe() {
  const state = { memories: [] };
  Object.defineProperty(window, '__benchWasm', { value: state });
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result?.instance;
    const memory = instance?.exports?.memory;
    if (memory instanceof WebAssembly.Memory) state.memories.push(memory);
    return result;
  };
  for (const name of ['instantiateStreaming', 'instantiate']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keep);
    };
  }
}

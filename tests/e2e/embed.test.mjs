// The widget pasted into other people's pages: a theme as hostile as a real
// one, a strict Content-Security-Policy, two widgets on one page, a narrow
// sidebar and a wide column, the README's snippet as written, and dist/
// served from a sub-folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startServer } from './support/server.mjs';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot, DIST } from './support/browser.mjs';

const ROOT = join(DIST, '..');
const NOW = '2022-11-24T14:20:00+01:00';

useBrowser();

/** Serves `html` at `path` (with extra headers). */
function page(path, html, headers = {}) {
  server.routes.set(path, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(html);
  });
  return server.url + path.slice(1);
}

const HOSTILE_CSS = `
  html { font-size: 30px; }
  * { box-sizing: content-box; }
  body { font-family: Georgia, serif; color: #333; text-transform: lowercase; letter-spacing: 0.1em; line-height: 3; }
  p { margin: 3em 0; }
  button { background: red; color: yellow; text-transform: uppercase; padding: 2em; border: 5px dashed blue; }
  li { list-style: square; margin: 2em; float: left; }
  time { display: none; }
  article { display: flex; }
  div { padding: 1em; border: 3px solid green; }
  h1 { font-size: 4em; color: purple; } h2 { font-size: 3em; text-decoration: underline; }
  h3 { font-size: 2.5em; } h4 { font-size: 2em; }
  [hidden] { display: block !important; }
`;

/** A themed host page with its own elements, with or without the widget. */
function hostilePage(withWidget) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hostile theme</title><style>${HOSTILE_CSS}</style></head><body>
<h1 id="h1">Chair website</h1><h2 id="h2">Workshops</h2><h3 id="h3">Next one</h3><h4 id="h4">Details</h4>
<p id="p">Some paragraph of the host.</p><button id="button">Host button</button>
<ul><li id="li">Host item</li></ul><time id="time">today</time><article id="article"><span>a</span><span>b</span></article>
${withWidget ? `<div data-live-agenda data-src="programme.json" data-lang="en" data-now="${NOW}"></div>
<script type="module" src="./live-agenda.js"></script>` : ''}
</body></html>`;
}

const HOST_IDS = ['h1', 'h2', 'h3', 'h4', 'p', 'button', 'li', 'time', 'article'];
const PROPS = ['display', 'font-size', 'color', 'background-color', 'margin-top', 'padding-top', 'text-transform', 'list-style-type', 'box-sizing', 'border-top-style', 'font-family'];

async function hostStyles(p) {
  return p.evaluate(
    ({ ids, props }) =>
      Object.fromEntries(ids.map((id) => {
        const s = getComputedStyle(document.getElementById(id));
        return [id, Object.fromEntries(props.map((k) => [k, s.getPropertyValue(k)]))];
      })),
    { ids: HOST_IDS, props: PROPS },
  );
}

test('a hostile theme breaks nothing in the widget, and the widget changes nothing in the theme', async () => {
  const without = await phonePage(browser);
  await without.goto(page('/hostile-bare.html', hostilePage(false)));
  const before = await hostStyles(without);

  const p = await phonePage(browser);
  await p.goto(page('/hostile.html', hostilePage(true)));
  await p.locator('[data-session-id="fin"]').waitFor();
  assert.deepEqual(await hostStyles(p), before, 'host elements styled as without the widget');

  // The widget is laid out as designed despite the theme.
  const time = p.locator('[data-session-id="leiber-stft"] time');
  assert.ok(await time.isVisible(), 'times are visible (the theme hides <time>)');
  const item = p.locator('[data-session-id="leiber-stft"]');
  const styles = await item.evaluate((el) => {
    const s = getComputedStyle(el);
    const button = el.querySelector('button');
    const b = getComputedStyle(button);
    const root = el.closest('.la-root');
    return {
      listStyle: s.listStyleType,
      float: s.cssFloat,
      display: s.display,
      buttonBg: b.backgroundColor,
      buttonTransform: b.textTransform,
      rootFont: getComputedStyle(root).fontSize,
      rootTransform: getComputedStyle(root).textTransform,
      abstractHidden: getComputedStyle(el.querySelector('.la-abstract-body')).display,
    };
  });
  assert.equal(styles.listStyle, 'none');
  assert.equal(styles.float, 'none');
  assert.equal(styles.display, 'grid');
  assert.notEqual(styles.buttonBg, 'rgb(255, 0, 0)');
  assert.equal(styles.buttonTransform, 'none');
  assert.equal(styles.rootFont, '16px', 'the theme’s 30px root font size does not reach in');
  assert.equal(styles.rootTransform, 'none', 'inherited text-transform stopped at the boundary');
  assert.equal(styles.abstractHidden, 'none', 'folded abstracts stay folded');
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  // The theme floats its list items: the widget still gets the page's width.
  const width = await p.locator('.la-root').evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(width >= 250, `the widget is ${width}px wide on a 390px phone`);
  assert.deepEqual(p.errors, []);
  await p.locator('[data-live-agenda]').scrollIntoViewIfNeeded();
  await screenshot(p, 'embed-hostile', { fullPage: false });
});

test('under a strict Content-Security-Policy the widget works and nothing is reported', async () => {
  const reports = [];
  server.routes.set('/csp-report', (req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      reports.push(body);
      res.writeHead(204).end();
    });
  });
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; report-uri /csp-report";
  const html = (await readFile(join(DIST, 'index.html'), 'utf8'));
  const p = await phonePage(browser);
  const violations = [];
  await p.exposeFunction('__cspViolation', (v) => violations.push(v));
  await p.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await p.goto(page('/csp.html', html, { 'content-security-policy': csp }) + `?lang=en&now=${encodeURIComponent(NOW)}`);
  await p.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor();
  // The progress bar's width is set through the CSSOM, which the policy allows.
  const width = await p.locator('.la-progress-bar').evaluate((el) => el.getBoundingClientRect().width);
  assert.ok(width > 0, 'progress bar drawn');
  await p.locator('[data-session-id="leiber-stft"] button[aria-expanded]').click();
  await p.waitForTimeout(300);
  assert.deepEqual(violations, []);
  assert.deepEqual(reports, []);
  assert.deepEqual(p.errors, []);
});

test('two widgets on one page, each with its own programme and language, independent', async () => {
  server.routes.set('/other.json', async (req, res) => {
    const seed = JSON.parse(await readFile(join(DIST, 'programme.json'), 'utf8'));
    seed.event.title = { fr: 'Second atelier', en: 'Second workshop' };
    seed.sessions = seed.sessions.slice(0, 3);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(seed));
  });
  const p = await phonePage(browser);
  await p.goto(page('/two.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two</title></head><body>
<div id="one" data-live-agenda data-src="programme.json" data-lang="fr" data-now="${NOW}"></div>
<div id="two" data-live-agenda data-src="other.json" data-lang="en" data-now="${NOW}"></div>
<script type="module" src="./live-agenda.js"></script></body></html>`));
  const one = p.locator('#one');
  const two = p.locator('#two');
  await one.locator('[data-session-id="fin"]').waitFor();
  await two.locator('[data-session-id="leiber-stft"]').waitFor();
  assert.equal(await one.locator('[data-session-id]').count(), 8);
  assert.equal(await two.locator('[data-session-id]').count(), 3);
  assert.match(await one.locator('.la-title').innerText(), /Atelier optimisation/);
  assert.match(await two.locator('.la-title').innerText(), /Second workshop/);
  // Switching one widget's language leaves the other alone.
  await one.locator('[data-lang-switch] button[data-lang="en"]').click();
  assert.match(await one.locator('.la-title').innerText(), /Optimisation workshop/);
  assert.match(await two.locator('.la-title').innerText(), /Second workshop/);
  await two.locator('[data-lang-switch] button[data-lang="fr"]').click();
  assert.match(await two.locator('.la-title').innerText(), /Second atelier/);
  assert.match(await one.locator('.la-title').innerText(), /Optimisation workshop/);
  // Element ids are unique across the two widgets' abstracts.
  await one.locator('[data-session-id="leiber-stft"] button[aria-expanded]').click();
  assert.equal(await one.locator('[data-session-id="leiber-stft"] [data-abstract]').isVisible(), true);
  assert.equal(await two.locator('[data-session-id="leiber-stft"] [data-abstract]').isVisible(), false);
  assert.deepEqual(p.errors, []);
});

test('the layout follows the container: a 300 px sidebar and a 900 px column', async () => {
  const p = await phonePage(browser, { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 });
  await p.goto(page('/columns.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Columns</title>
<link rel="stylesheet" href="columns.css"></head><body>
<aside id="side" class="side"><div data-live-agenda data-src="programme.json" data-lang="en" data-now="${NOW}"></div></aside>
<main id="main" class="main"><div data-live-agenda data-src="programme.json" data-lang="en" data-now="${NOW}"></div></main>
<script type="module" src="./live-agenda.js"></script></body></html>`));
  server.routes.set('/columns.css', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/css' });
    res.end('body{display:flex;gap:20px;margin:0} .side{width:300px;flex:none} .main{width:900px;flex:none}');
  });
  await p.reload();
  for (const id of ['side', 'main']) await p.locator(`#${id} [data-session-id="fin"]`).waitFor();
  const layout = (id) =>
    p.locator(`#${id} [data-session-id="leiber-stft"]`).evaluate((el) => {
      const time = el.querySelector('time').getBoundingClientRect();
      const title = el.querySelector('.la-item-title').getBoundingClientRect();
      const host = el.getRootNode().host.getBoundingClientRect();
      return { timeAbove: time.bottom <= title.top, right: Math.max(time.right, title.right), hostRight: host.right, hostWidth: host.width };
    });
  const side = await layout('side');
  const main = await layout('main');
  assert.equal(side.hostWidth, 300);
  assert.ok(side.timeAbove, 'narrow: the time sits above the title');
  assert.ok(!main.timeAbove, 'wide: the time sits beside the title');
  for (const l of [side, main]) assert.ok(l.right <= l.hostRight + 0.5, 'nothing overflows its container');
  await screenshot(p, 'embed-columns', { fullPage: false });
});

test('the README snippet, pasted as written into a page next to dist/, works; dist/ works from a sub-folder', async () => {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const snippet = readme.match(/<!-- snippet -->\s*```html\n([\s\S]*?)```/)?.[1];
  assert.ok(snippet, 'README has the embed snippet');
  // The web editor uploads dist/ as wp-content/uploads/live-agenda/ and the
  // programme beside it: serve the same layout.
  const upload = await startServer(ROOT);
  try {
    upload.routes.set('/wp-content/uploads/programme.json', async (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(await readFile(join(DIST, 'programme.json')));
    });
    upload.routes.set('/post.html', (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,"></head><body><h1>Atelier</h1>${snippet}</body></html>`);
    });
    // dist/ at /wp-content/uploads/live-agenda/: a sub-folder, relative URLs.
    for (const name of await (await import('node:fs/promises')).readdir(DIST)) {
      upload.routes.set(`/wp-content/uploads/live-agenda/${name}`, async (req, res) => {
        const type = name.endsWith('.wasm') ? 'application/wasm' : name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : 'application/octet-stream';
        res.writeHead(200, { 'content-type': type });
        res.end(await readFile(join(DIST, name)));
      });
    }
    const p = await phonePage(browser);
    await p.goto(upload.url + 'post.html');
    await p.locator('[data-session-id="fin"]').waitFor();
    assert.equal(await p.locator('[data-session-id]').count(), 8);
    assert.deepEqual(p.errors, []);
  } finally {
    await upload.close();
  }
});

test('the host page does not shift when the widget appears (its space is reserved)', async () => {
  const p = await phonePage(browser);
  await p.addInitScript(() => {
    // Where the host's footer is when the page is first laid out (the
    // loader's top level has run: module scripts run before this event).
    document.addEventListener('DOMContentLoaded', () => {
      window.__footerTop = document.querySelector('footer').getBoundingClientRect().top;
    });
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await p.goto(page('/shift.html', `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Shift</title><link rel="icon" href="data:,"></head>
<body><h1>Workshop</h1><p>Our afternoon workshop, live:</p>
<div data-live-agenda data-src="programme.json" data-lang="en" data-now="${NOW}"><p>Loading…</p></div>
<footer style="height: 400px"><p>Footer of the host page, with its links.</p></footer>
<script type="module" src="./live-agenda.js"></script></body></html>`));
  await p.locator('[data-session-id="fin"]').waitFor();
  await p.waitForTimeout(500);
  const cls = await p.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.ok(cls < 0.01, `cumulative layout shift ${cls}`);
  const [footerTop, viewport] = await p.evaluate(() => [window.__footerTop, innerHeight]);
  assert.ok(footerTop >= viewport, `the footer waited below the fold (${footerTop} < ${viewport})`);
  // The reservation is released once the agenda is drawn.
  const minHeight = await p.locator('[data-live-agenda]').evaluate((el) => el.style.minHeight);
  assert.equal(minHeight, '');
});

test('theming: the host’s custom properties reach inside the widget, with host fallbacks', async () => {
  server.routes.set('/theme.css', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/css' });
    res.end(':root { --color-text: rgb(10, 20, 30); } #themed { --la-accent: rgb(1, 2, 3); }');
  });
  const p = await phonePage(browser);
  await p.goto(page('/themed.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Themed</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="theme.css"></head><body>
<div id="themed" data-live-agenda data-src="programme.json" data-lang="en" data-now="${NOW}"></div>
<script type="module" src="./live-agenda.js"></script></body></html>`));
  await p.locator('[data-session-id="fin"]').waitFor();
  const pressed = p.locator('[data-lang-switch] button[aria-pressed="true"]');
  assert.equal(await pressed.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(1, 2, 3)');
  // --la-text falls back to the host's --color-text.
  assert.equal(await p.locator('.la-root').evaluate((el) => getComputedStyle(el).color), 'rgb(10, 20, 30)');
});

test('an embed’s programme is requested with the wasm, not after it, and fetched once', async () => {
  const { readdir } = await import('node:fs/promises');
  const wasmName = (await readdir(DIST)).find((f) => f.endsWith('_bg.wasm'));
  const body = await readFile(join(DIST, wasmName));
  const seed = await readFile(join(DIST, 'programme.json'));
  const times = { programme: [], wasmSent: null };
  // A slow wasm, as on a phone's network: 800 ms before it is sent.
  server.routes.set(`/${wasmName}`, (req, res) => {
    setTimeout(() => {
      times.wasmSent = Date.now();
      res.writeHead(200, { 'content-type': 'application/wasm', 'cache-control': 'no-cache' });
      res.end(body);
    }, 800);
  });
  server.routes.set('/handover.json', (req, res) => {
    times.programme.push(Date.now());
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
    res.end(seed);
  });
  try {
    const url = page('/handover.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<div data-live-agenda data-src="handover.json" data-lang="en" data-now="${NOW}"></div>
<script type="module" src="./live-agenda.js"></script></body></html>`);
    const p = await phonePage(browser);
    await p.goto(url);
    await p.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor();
    assert.equal(times.programme.length, 1, 'the widget took the loader’s request instead of making its own');
    assert.ok(times.programme[0] < times.wasmSent, 'the programme was asked for before the wasm arrived');
    assert.deepEqual(p.errors, []);
    await p.close();
  } finally {
    server.routes.delete(`/${wasmName}`);
    server.routes.delete('/handover.json');
  }
});

test('an embed’s programme that never answers: the loader’s request ends at the widget’s deadline, said in words', async () => {
  server.routes.set('/hang-embed.json', () => {}); // never answers
  try {
    const url = page('/hang-embed.html', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
<div data-live-agenda data-src="hang-embed.json" data-lang="en"></div>
<script type="module" src="./live-agenda.js"></script></body></html>`);
    const p = await phonePage(browser);
    await p.clock.install({ time: new Date(NOW) });
    await p.goto(url);
    await p.locator('[data-live-agenda] .la-loading').waitFor();
    await p.clock.fastForward(16_000);
    const error = p.locator('[data-error]');
    await error.waitFor();
    assert.match(await error.innerText(), /did not answer within 15 seconds/);
    assert.match(await error.innerText(), /hang-embed\.json/);
    await p.close();
  } finally {
    server.routes.delete('/hang-embed.json');
  }
});

test('check-programme --html prints a snippet for any host: the live agenda with JavaScript, the programme without', async () => {
  const { execFileSync } = await import('node:child_process');
  const snippet = execFileSync(
    'cargo',
    ['run', '--offline', '--quiet', '--bin', 'check-programme', '--', '--html', '--lang', 'fr', join(DIST, 'programme.json')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  // Pasted into a page beside dist/, as the defaults assume.
  const url = page('/snippet.html', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Atelier</title><link rel="icon" href="data:,"></head><body><h1>Atelier</h1>
${snippet}</body></html>`);
  const live = await phonePage(browser);
  await live.goto(`${url}`);
  // The widget runs (its clock is the real one: the event is over).
  await live.locator('[data-live-agenda] [data-status]').waitFor();
  assert.ok(await live.locator('[data-live-agenda]').evaluate((el) => el.shadowRoot !== null));
  assert.equal(await live.locator('.la-static').isVisible(), false, 'the printed copy is hidden once the widget runs');
  assert.deepEqual(live.errors, []);
  await live.context().close();
  // JavaScript off: the printed programme, with its titles and times.
  const still = await phonePage(browser, { javaScriptEnabled: false });
  await still.goto(url);
  const printed = still.locator('.la-static');
  assert.ok(await printed.isVisible());
  assert.match(await printed.innerText(), /Atelier optimisation/);
  assert.match(await printed.innerText(), /14\sh\s15/); // no-break spaces, as French sets them
  // Leiber's start (Fercoq's end is the same instant).
  assert.equal(await printed.locator('time.la-time[datetime="2022-11-24T14:15:00+01:00"]').count(), 1);
  await screenshot(still, 'snippet-without-javascript', { fullPage: false });
  await still.context().close();
});

test('the standalone page’s own programme is requested by the loader too, before the wasm arrives; another file (?src=) is left to the widget', async () => {
  const { readdir } = await import('node:fs/promises');
  const wasmName = (await readdir(DIST)).find((f) => f.endsWith('_bg.wasm'));
  const body = await readFile(join(DIST, wasmName));
  const seed = await readFile(join(DIST, 'programme.json'));
  const asked = { own: [], other: [] };
  let wasmSent = null;
  // A slow wasm, as on a phone's network.
  server.routes.set(`/${wasmName}`, (req, res) => {
    setTimeout(() => {
      wasmSent = Date.now();
      res.writeHead(200, { 'content-type': 'application/wasm', 'cache-control': 'no-cache' });
      res.end(body);
    }, 800);
  });
  const serve = (which) => (req, res) => {
    asked[which].push(Date.now());
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
    res.end(seed);
  };
  server.routes.set('/programme.json', serve('own'));
  server.routes.set('/other.json', serve('other'));
  try {
    const p = await phonePage(browser);
    await p.goto(`${server.url}?now=${encodeURIComponent(NOW)}`);
    await p.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor();
    assert.equal(asked.own.length, 1, 'the widget took the loader’s request');
    assert.ok(asked.own[0] < wasmSent, 'asked for before the wasm arrived');
    await p.goto(`${server.url}?now=${encodeURIComponent(NOW)}&src=other.json`);
    await p.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor();
    assert.equal(asked.own.length, 1, 'the page’s own file is not fetched for nothing');
    assert.equal(asked.other.length, 1);
    assert.deepEqual(p.errors, []);
    await p.close();
  } finally {
    for (const path of [`/${wasmName}`, '/programme.json', '/other.json']) server.routes.delete(path);
  }
});

// A good guest (issue 13): in an embed the widget takes the host page's
// scheme, not the phone's; borrows the theme's colours only where they are
// readable; and uses the theme's font. The host pages imitate WordPress's
// block themes, which publish their palette as --wp--preset--color--*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

const NOW = '2022-11-24T14:20:00+01:00';

useBrowser();

/** A host page at `path` with the theme's `css` and one widget (`attrs` added). */
async function hostPage(path, css, { attrs = '', colorScheme = 'dark', now = NOW } = {}) {
  server.routes.set(path, (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host</title><link rel="icon" href="data:,"><style>${css}</style></head><body><main>
<h1>Chair website</h1>
<div data-live-agenda data-src="programme.json" data-lang="en" ${now ? `data-now="${now}"` : ''} ${attrs}></div>
</main><script type="module" src="./live-agenda.js"></script></body></html>`);
  });
  // The phone is in dark mode unless told otherwise: the host must win.
  const p = await phonePage(browser, { colorScheme });
  await p.goto(server.url + path.slice(1));
  await p.locator('[data-session-id="fin"]').waitFor();
  return p;
}

/** The widget's computed background, and its container's data-scheme. */
async function scheme(p) {
  return p.locator('[data-live-agenda]').evaluate((host) => {
    const container = host.shadowRoot.querySelector('.la-host');
    const root = host.shadowRoot.querySelector('.la-root');
    return [container.dataset.scheme, getComputedStyle(root).backgroundColor];
  });
}

// twentytwentythree's palette and font (measured: WORDPRESS.md): a lime
// primary that is 1.25:1 on white, a dark green secondary.
const TT3 = `
  :root { --wp--preset--color--primary: #9DFF20; --wp--preset--color--secondary: #345C00;
          --wp--preset--font-family--system-font: -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { background-color: #ffffff; color: #000000; font-family: Georgia, serif; }
`;

test('on a white theme with a lime primary, a dark-mode phone sees a light, readable widget in the theme’s font', async () => {
  const p = await hostPage('/tt3.html', TT3);
  assert.deepEqual(await scheme(p), ['light', 'rgb(255, 255, 255)']);
  // The lime primary fails on white: the readable secondary is borrowed.
  const pressed = p.locator('[data-lang-switch] button[aria-pressed="true"]');
  assert.equal(await pressed.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(52, 92, 0)');
  // The theme's font where the widget sits.
  const font = await p.locator('.la-root').evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(font, /Georgia/);
  assert.deepEqual(await axeViolations(p), []);
  assert.deepEqual(p.errors, []);
  await screenshot(p, 'guest-tt3-dark-phone', { fullPage: false });
});

test('a lime-only palette is not borrowed at all: the widget’s own accent', async () => {
  const p = await hostPage('/lime.html', ':root { --wp--preset--color--primary: #9dff20; } body { background: #fff; }');
  const pressed = p.locator('[data-lang-switch] button[aria-pressed="true"]');
  assert.equal(await pressed.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(11, 92, 173)');
  assert.deepEqual(await axeViolations(p), []);
});

test('on a dark theme, a light-mode phone sees a dark widget, and the lime accent is readable there', async () => {
  const p = await hostPage('/dark.html', ':root { --wp--preset--color--primary: #9dff20; } body { background: #111111; color: #eee; }', { colorScheme: 'light' });
  assert.deepEqual(await scheme(p), ['dark', 'rgb(20, 24, 29)']);
  const pressed = p.locator('[data-lang-switch] button[aria-pressed="true"]');
  assert.equal(await pressed.evaluate((el) => getComputedStyle(el).backgroundColor), 'rgb(157, 255, 32)');
  assert.deepEqual(await axeViolations(p), []);
});

test('data-theme forces the scheme; a page whose canvas follows the phone gets the phone’s', async () => {
  const forced = await hostPage('/forced.html', 'body { background: #fff; }', { attrs: 'data-theme="dark"', colorScheme: 'light' });
  assert.deepEqual(await scheme(forced), ['dark', 'rgb(20, 24, 29)']);
  const follows = await hostPage('/follows.html', ':root { color-scheme: light dark; }', { colorScheme: 'dark' });
  assert.deepEqual(await scheme(follows), ['auto', 'rgb(20, 24, 29)']);
  // A page that declares nothing shows a white canvas: a light widget.
  const plain = await hostPage('/plain.html', '', { colorScheme: 'dark' });
  assert.deepEqual(await scheme(plain), ['light', 'rgb(255, 255, 255)']);
});

test('a failed start says so, in both languages, with a link to the programme: never a blank gap', async () => {
  const { readdir } = await import('node:fs/promises');
  const { DIST } = await import('./support/browser.mjs');
  const files = await readdir(DIST);
  // A partial upload: the wasm (then the glue) missing.
  for (const missing of [files.find((f) => f.endsWith('_bg.wasm')), files.find((f) => /^live-agenda-[0-9a-f]+\.js$/.test(f))]) {
    server.routes.set(`/${missing}`, (req, res) => res.writeHead(404).end());
    server.routes.set('/partial.html', (req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partial upload</title>
<link rel="icon" href="data:,"></head><body><main><h1>Workshop</h1>
<div data-live-agenda data-src="programme.json" data-lang="en"></div>
</main><script type="module" src="./live-agenda.js"></script></body></html>`);
    });
    const p = await phonePage(browser);
    await p.goto(server.url + 'partial.html');
    const note = p.locator('[data-live-agenda] [data-start-failed][role="alert"]');
    await note.waitFor({ timeout: 5_000 });
    assert.match(await note.innerText(), /Le programme n’a pas pu s’afficher ici\..*The programme could not be shown here\./s);
    const links = await note.locator('a').evaluateAll((as) => as.map((a) => a.href));
    assert.deepEqual(links, [server.url + 'programme.json', server.url + 'programme.json']);
    // The reserved screen height is given back.
    assert.equal(await p.locator('[data-live-agenda]').evaluate((el) => el.style.minHeight), '');
    assert.ok((await p.locator('[data-live-agenda]').boundingBox()).height < 200, `${missing}: no screen-high gap`);
    assert.deepEqual(await axeViolations(p), []);
    server.routes.delete(`/${missing}`);
    await p.close();
  }
});

test('an embed never scrolls its host page on load; a #id deep link still does', async () => {
  const p = await hostPage('/still.html', 'body { background: #fff; }', { colorScheme: 'light', now: '2022-11-24T16:10:00+01:00' });
  // The discussion is on at 16:10, far below the fold on a phone.
  const live = p.locator('[data-session-id="discussion"][data-state="live"]');
  await live.waitFor();
  assert.ok((await live.boundingBox()).y > 844, 'the live item starts below the first screen');
  await p.waitForTimeout(600); // past the first frame, when the standalone page scrolls
  assert.equal(await p.evaluate(() => window.scrollY), 0);
  // What the visitor sees first: the page's title and the status line.
  assert.ok(await p.locator('h1').isVisible());
  const status = await p.locator('[data-status]').boundingBox();
  assert.ok(status.y + status.height <= 844, `the status line is on the first screen (${status.y})`);
  // The visitor asks: « Go to now » brings the live item into view.
  const goNow = p.locator('[data-go-now]');
  assert.equal(await goNow.innerText(), 'Go to now');
  await goNow.click();
  await p.waitForFunction(() => window.scrollY > 0, null, { timeout: 5_000 });
  await p.waitForFunction(() => {
    const item = document.querySelector('[data-live-agenda]').shadowRoot.querySelector('[data-session-id="discussion"]');
    const top = item.getBoundingClientRect().top;
    return top >= 0 && top < innerHeight / 2;
  }, null, { timeout: 5_000 });
  // A shared link to an item is a request: it scrolls.
  const linked = await p.context().newPage();
  await linked.goto(server.url + 'still.html#tartaglione-lottery');
  const item = linked.locator('[data-session-id="tartaglione-lottery"]');
  await item.waitFor();
  await linked.waitForFunction(() => window.scrollY > 0, null, { timeout: 5_000 });
  assert.ok(await item.isVisible());
});

test('before the event the top is "now": no button to go there; a preview says it is one, on its own clock', async () => {
  const early = await hostPage('/early.html', 'body { background: #fff; }', { colorScheme: 'light', now: '2022-11-24T13:00:00+01:00' });
  assert.equal(await early.locator('[data-go-now]').isVisible(), false);
  // The preview's badge, with the agenda's time (not the phone's).
  assert.equal(await early.locator('[data-preview]').innerText(), 'Preview at 13:00 (simulated clock)');
  await early.close();
  // The real clock (the event is long over): no badge.
  const real = await hostPage('/real.html', 'body { background: #fff; }', { colorScheme: 'light', now: null });
  await real.locator('[data-status]').waitFor();
  assert.equal(await real.locator('[data-preview]').isVisible(), false);
  assert.equal(await real.locator('[data-go-now]').isVisible(), false, 'nothing live or next after the event');
  await real.close();
});

// The editor opened for a WordPress programme (issue 15), without
// WordPress: a stand-in for the plugin's REST route answers as the plugin
// does (tests/wordpress/plugin-live.test.mjs runs the real one), so the
// answers that a real site gives rarely (an expired nonce, a server error)
// are shown here: each is said, keeps the text, and a retry sends it again.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, DIST } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

const SEED = await readFile(join(DIST, 'programme.json'), 'utf8');
const ROUTE = '/wp-json/live-agenda/v1/programmes/atelier';
const NONCE = '0a1b2c3d4e';

useBrowser();

/** What the stand-in received (method, nonce, body), and what it answers next. */
let received;
let answers;

beforeEach(() => {
  received = [];
  answers = [];
  server.routes.set(ROUTE, (req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method, nonce: req.headers['x-wp-nonce'], body });
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(SEED);
        return;
      }
      const [status, json] = answers.shift() ?? [200, { slug: 'atelier', warnings: [] }];
      res.writeHead(status, { 'content-type': 'application/json' }).end(typeof json === 'string' ? json : JSON.stringify(json));
    });
  });
});

/** The editor as the plugin opens it, on a phone. */
async function open(extra = '') {
  const page = await phonePage(browser, { locale: 'en' });
  const rest = encodeURIComponent(`${server.url.replace(/\/$/, '')}${ROUTE}`);
  await page.goto(`${server.url}editor/#rest=${rest}&nonce=${NONCE}&lang=en${extra}`);
  return page;
}

const puts = () => received.filter((r) => r.method === 'PUT');

test('the stored programme opens in the form; Save sends its file with the nonce; a 403 and a 500 are said, the form stays, and “Try again” sends it again', async () => {
  const page = await open();
  // The stored programme, read with a GET, is the form's.
  await page.locator('[data-item-form="7"]').waitFor();
  const title = page.locator('#f-event-title-en');
  assert.equal(await title.inputValue(), 'Optimisation workshop');
  // Standalone, the editor keeps a draft in the browser; for WordPress
  // the stored programme is the truth and no draft is kept.
  assert.equal(await page.evaluate(() => localStorage.getItem('live-agenda:editor-draft')), null);
  const status = page.locator('[data-save-status]');

  answers.push([403, { code: 'rest_cookie_invalid_nonce', message: 'Cookie check failed', data: { status: 403 } }]);
  await page.locator('[data-editor-save]').click();
  await status.getByText(/your login has expired/).waitFor();
  assert.equal(await page.locator('[data-save-retry]').count(), 0, 'a reload, not a retry, mends a 403');

  answers.push([500, '<html>Internal Server Error</html>']);
  await page.locator('[data-editor-save]').click();
  await status.getByText(/the server answered HTTP 500/).waitFor();
  assert.match(await status.innerText(), /what you typed is kept/);
  assert.equal(await title.inputValue(), 'Optimisation workshop');

  answers.push([200, { slug: 'atelier', warnings: [{ path: 'sessions[1].end', message: 'ends after the next start' }] }]);
  await page.locator('[data-save-retry]').click();
  await status.getByText(/^Saved/).waitFor();
  assert.deepEqual(await status.locator('[data-save-problem]').allInnerTexts(), ['sessions[1].end: ends after the next start']);
  assert.equal(puts().length, 3);
  // The seed opened in the form is written back byte for byte.
  assert.ok(puts().every((r) => r.nonce === NONCE && r.body === SEED));
  // Chromium logs the two refused requests itself; nothing else went wrong.
  const unexpected = page.errors.filter((e) => !/status of (403|500)\b/.test(e));
  assert.deepEqual(unexpected, []);
  await page.context().close();
});

test('the live controls at 14:20 in English: +10 min from the break sends the day ten minutes late from it; axe-clean', async () => {
  const page = await open('&view=live&now=2022-11-24T14%3A20%3A00%2B01%3A00');
  await page.locator('[data-live-now] [data-live-item="leiber-stft"]').waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(
    await page.locator('[data-live-next] [data-live-item]').evaluateAll((items) => items.map((i) => i.dataset.liveItem)),
    ['pause', 'tartaglione-lottery', 'janati-ot'],
  );
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('[data-live-item="pause"] [data-late="10"]').click();
  await page.locator('[data-live-status]').getByText('Saved: +10 min from “Break” (now at 14:55).').waitFor();
  const sent = JSON.parse(puts()[0].body);
  assert.deepEqual(
    sent.sessions.map((s) => s.delay_minutes ?? 0),
    [0, 0, 0, 10, 10, 10, 10, 10],
  );
  // At 320 px the three buttons of an item still fit one row.
  await page.setViewportSize({ width: 320, height: 700 });
  const tops = await page.locator('[data-live-item="pause"] [data-late]').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect().top));
  assert.equal(new Set(tops).size, 1, tops.join(', '));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a fragment naming another origin opens the standalone editor: the nonce goes nowhere', async () => {
  const page = await phonePage(browser, { locale: 'en' });
  await page.goto(`${server.url}editor/#rest=${encodeURIComponent('http://example.org' + ROUTE)}&nonce=${NONCE}`);
  await page.locator('[data-editor-check]').waitFor();
  assert.equal(await page.locator('[data-editor-save]').count(), 0);
  assert.equal(received.length, 0);
  await page.context().close();
});

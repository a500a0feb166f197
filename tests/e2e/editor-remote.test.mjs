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

/**
 * What the stand-in received (method, nonce, If-Match, body), what it
 * answers next (`answers`, else as the plugin does), and what it stores:
 * `site.text` under the ETag `"v<site.version>"`, which a PUT must name
 * in If-Match, as the plugin checks (412 otherwise).
 */
let received;
let answers;
let site;

beforeEach(() => {
  received = [];
  answers = [];
  site = { text: SEED, version: 1 };
  server.routes.set(ROUTE, (req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method, nonce: req.headers['x-wp-nonce'], ifMatch: req.headers['if-match'], body });
      const etag = `"v${site.version}"`;
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'application/json', etag }).end(site.text);
        return;
      }
      const match = req.headers['if-match'];
      const [status, json] =
        answers.shift() ??
        (match !== undefined && match !== etag
          ? [412, { errors: [{ path: '', message: 'Someone else saved this programme since you opened it: nothing was saved.' }] }]
          : [200, { slug: 'atelier', warnings: [] }]);
      const headers = { 'content-type': 'application/json' };
      if (status === 200) {
        site = { text: body, version: site.version + 1 };
        headers.etag = `"v${site.version}"`;
      }
      res.writeHead(status, headers).end(typeof json === 'string' ? json : JSON.stringify(json));
    });
  });
});

/** The stored programme as someone else saves it meanwhile: its English title changed. */
function savedElsewhere(title) {
  const other = JSON.parse(site.text);
  other.event.title.en = title;
  site = { text: `${JSON.stringify(other, null, 2)}\n`, version: site.version + 1 };
}

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

test('two people saving at once: the second is told, keeps their version, and chooses to open the saved one or to save theirs over it', async () => {
  const page = await open();
  const title = page.locator('#f-event-title-en');
  await title.waitFor();
  assert.equal(await title.inputValue(), 'Optimisation workshop');
  const status = page.locator('[data-save-status]');

  // Someone else saves while this form is open; this person then saves.
  savedElsewhere('Changed in the other tab');
  await title.fill('Mine');
  await page.locator('[data-editor-save]').click();
  await status.getByText(/^Not saved: someone else saved this programme since you opened it/).waitFor();
  assert.equal(puts()[0].ifMatch, '"v1"', 'the save names the version it opened');
  assert.equal(JSON.parse(site.text).event.title.en, 'Changed in the other tab', 'nothing was overwritten');
  assert.equal(await title.inputValue(), 'Mine', 'their version stays in the form');
  assert.equal(await page.locator('[data-save-retry]').count(), 0, 'the same request would get the same answer');
  assert.deepEqual(await axeViolations(page), []);

  // "Open the saved version": the other person's programme is in the form,
  // and the next save replaces that version.
  await page.locator('[data-open-stored]').click();
  await page.waitForFunction(() => document.querySelector('#f-event-title-en')?.value === 'Changed in the other tab');
  await title.fill('Mine, on top of theirs');
  await page.locator('[data-editor-save]').click();
  await status.getByText(/^Saved/).waitFor();
  assert.equal(puts()[1].ifMatch, '"v2"');
  assert.equal(JSON.parse(site.text).event.title.en, 'Mine, on top of theirs');

  // Again someone else saves; this time "Save my version instead".
  savedElsewhere('Theirs again');
  await title.fill('Mine for good');
  await page.locator('[data-editor-save]').click();
  await page.locator('[data-save-mine]').click();
  await status.getByText(/^Saved/).waitFor();
  assert.equal(puts().at(-1).ifMatch, undefined, 'saved over whatever is stored, as chosen');
  assert.equal(JSON.parse(site.text).event.title.en, 'Mine for good');
  // A 412 is a refused request for Chromium's console; nothing else went wrong.
  assert.deepEqual(page.errors.filter((e) => !/status of 412\b/.test(e)), []);
  await page.context().close();
});

test('the live controls, when the programme was just changed elsewhere: the tap is not saved, the latest version is shown to tap again on', async () => {
  const page = await open('&view=live&now=2022-11-24T14%3A20%3A00%2B01%3A00');
  await page.locator('[data-live-item="pause"] [data-late="10"]').waitFor();
  // Meanwhile the full editor puts the break five minutes late.
  const other = JSON.parse(site.text);
  for (const s of other.sessions.slice(3)) s.delay_minutes = 5;
  site = { text: JSON.stringify(other), version: site.version + 1 };
  await page.locator('[data-live-item="pause"] [data-late="10"]').click();
  const status = page.locator('[data-live-status]');
  await status.getByText('Not saved: the programme had just been changed elsewhere. Here is its latest version; tap again.').waitFor();
  assert.equal(JSON.parse(site.text).sessions[3].delay_minutes, 5, 'the other change stays');
  // The latest version is what the controls now show and act on.
  await page.locator('[data-live-item="pause"]').getByText(/14:50/).waitFor();
  await page.locator('[data-live-item="pause"] [data-late="10"]').click();
  await status.getByText(/^Saved: \+10 min from “Break”/).waitFor();
  assert.equal(puts().at(-1).ifMatch, '"v2"', 'the version read again');
  assert.deepEqual(page.errors.filter((e) => !/status of 412\b/.test(e)), []);
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

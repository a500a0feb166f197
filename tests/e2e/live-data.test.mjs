// Live data and bad input (DESIGN §4): the programme changes during the
// event, the server fails in every way a server can, the network goes away,
// the content is hostile, the phone's clock is wrong. In none of these is
// the widget blank, a good programme lost, or an injected script run.
//
// Playwright's fake clock drives time: the widget's 60 s refresh and 15 s
// fetch timeout are reached with clock.fastForward, not by waiting.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot, DIST } from './support/browser.mjs';

const T1420 = new Date('2022-11-24T14:20:00+01:00');
useBrowser();
let seed;
before(async () => {
  seed = JSON.parse(await readFile(join(DIST, 'programme.json'), 'utf8'));
});

const clone = (v) => JSON.parse(JSON.stringify(v));

/**
 * A programme URL whose answer the test sets: `source.answer = {status,
 * body, headers}`, or `source.hang = true` to never answer.
 */
function programmeSource(path) {
  const source = { answer: { status: 200, body: JSON.stringify(seed) }, hang: false, hits: 0 };
  server.routes.set(path, (req, res) => {
    source.hits += 1;
    if (source.hang) return; // never answers
    const { status, body, headers = {} } = source.answer;
    // The phone's clock is Playwright's fake one, in 2022: a real Date
    // header would (rightly) make the widget correct it to today. Only the
    // skew test sends one.
    res.sendDate = false;
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-cache', ...headers });
    res.end(body);
  });
  return source;
}

/** A phone whose clock is the fake one, set to 14:20 in Paris. */
async function openAt(path, { time = T1420, lang = 'en', query = '' } = {}) {
  const page = await phonePage(browser, { timezoneId: 'Europe/Paris' });
  await page.clock.install({ time });
  await page.goto(`${server.url}?lang=${lang}&src=${path.slice(1)}${query}`);
  await page.locator('[data-session-id="fin"]').waitFor();
  return page;
}

const notice = (page) => page.locator('[data-notice]:not([data-notice="announcement"])');
// No-break spaces (French typography, "7 min") read as plain spaces here.
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');
const textOf = async (locator) => plain(await locator.innerText());
const nextFetch = (page) => page.clock.fastForward(61_000);

test('a changed programme is applied in place: scroll, language and open abstract kept, changes marked', async () => {
  const source = programmeSource('/live.json');
  const page = await openAt('/live.json');
  assert.equal(await page.locator('[aria-current="time"]').getAttribute('data-session-id'), 'leiber-stft');
  await page.locator('[data-lang-switch] button[data-lang="fr"]').click();
  const tart = page.locator('[data-session-id="tartaglione-lottery"]');
  await tart.locator('button[aria-expanded]').click();
  await page.evaluate(() => window.scrollTo(0, 300));
  const viewTop = () => tart.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  const topBefore = await viewTop();
  const hits = source.hits;

  // Nothing changed: nothing on screen changes but the minute counts.
  const items = () =>
    page.locator('.la-list').evaluate((list) => {
      const copy = list.cloneNode(true);
      copy.querySelectorAll('[data-now-marker]').forEach((m) => m.remove());
      return copy.innerHTML;
    });
  const before = await items();
  await nextFetch(page);
  await page.waitForTimeout(300);
  assert.ok(source.hits > hits, 'refetched after a minute');
  assert.equal(await items(), before, 'an unchanged programme changes nothing');
  assert.equal(await notice(page).count(), 0);

  // The organisers move Janati's talk and retitle the discussion, and
  // announce a delay.
  const next = clone(seed);
  next.event.notice = { fr: 'Nous avons 10 minutes de retard', en: 'Running 10 minutes late' };
  next.sessions[5].delay_minutes = 10;
  next.sessions[6].title = { en: 'Frugal AI: where can optimisation help?' };
  source.answer = { status: 200, body: JSON.stringify(next) };
  await nextFetch(page);
  await page.locator('[data-session-id="discussion"][class*="la-item--changed"]').waitFor();
  // textContent: the item may be off screen, where the stylesheet skips its
  // rendering (content-visibility) and innerText sees nothing.
  assert.match(await page.locator('[data-session-id="discussion"]').textContent(), /Frugal AI/);
  assert.match(await notice(page).innerText(), /Mis à jour à/);
  assert.match(await page.locator('[data-notice="announcement"]').innerText(), /10 minutes de retard/);
  const janati = page.locator('[data-session-id="janati-ot"]');
  assert.equal(await janati.locator('time').first().getAttribute('datetime'), '2022-11-24T15:40:00+01:00');
  assert.equal(await janati.locator('s time').getAttribute('datetime'), '2022-11-24T15:30:00+01:00');
  assert.equal(await page.locator('[data-changed]').count(), 2);
  // Kept: the language, the open abstract, the scroll position.
  assert.equal(await page.locator('.la-root').getAttribute('lang'), 'fr');
  assert.equal(await tart.locator('button[aria-expanded]').getAttribute('aria-expanded'), 'true');
  assert.ok(await tart.locator('[data-abstract]').isVisible());
  // What the reader was looking at stays where it was on screen, even
  // though the announcement appeared above it (scroll anchoring).
  assert.ok(Math.abs((await viewTop()) - topBefore) <= 2, `moved from ${topBefore} to ${await viewTop()}`);
  assert.deepEqual(page.errors, []);
  await screenshot(page, 'data-updated');
});

test('in a preview, an update is said on the preview’s clock, not the phone’s', async () => {
  const source = programmeSource('/preview-live.json');
  // The phone says 14:20; the preview runs from 15:00.
  const page = await openAt('/preview-live.json', { query: '&now=15:00' });
  assert.equal(await textOf(page.locator('[data-preview]')), 'Preview at 15:00 (simulated clock)');
  const next = clone(seed);
  next.sessions[6].title = { en: 'A retitled discussion' };
  source.answer = { status: 200, body: JSON.stringify(next) };
  await nextFetch(page);
  await page.locator('[data-changed]').first().waitFor();
  assert.equal(await textOf(notice(page)), 'Updated at 15:01');
  assert.equal(await textOf(page.locator('[data-preview]')), 'Preview at 15:01 (simulated clock)');
  assert.deepEqual(page.errors, []);
});

const BAD_ANSWERS = [
  ['a server error', { status: 500, body: 'oops' }, /server failed \(HTTP 500\)/],
  ['a host’s HTML 404 page', { status: 200, body: '<!doctype html><h1>Page not found</h1>', headers: { 'content-type': 'text/html' } }, /web page, not the JSON file/],
  ['truncated JSON', { status: 200, body: () => JSON.stringify(seed).slice(0, 500) }, /line 1, column/],
  ['a JSON that is no programme', { status: 200, body: '{"hello": "world"}' }, /version/],
];

for (const [what, answer, reason] of BAD_ANSWERS) {
  test(`${what}: the last good programme stays, with why and how old`, async () => {
    const path = `/bad-${BAD_ANSWERS.findIndex((b) => b[0] === what)}.json`;
    const source = programmeSource(path);
    const page = await openAt(path);
    source.answer = { ...answer, body: typeof answer.body === 'function' ? answer.body() : answer.body };
    await page.clock.fastForward(5 * 60_000);
    await page.locator('[data-error], [data-notice]').first().waitFor();
    const shown = await textOf(page.locator('.la-root'));
    assert.match(shown, reason);
    assert.match(shown, /Programme as of 5 min ago/);
    assert.equal(await page.locator('[data-session-id]').count(), 8, 'the good programme is still shown');
    assert.equal(await page.locator('[aria-current="time"]').count(), 1);
    assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  });
}

test('a server that hangs: a timeout is said, the programme stays', async () => {
  const source = programmeSource('/hang.json');
  const page = await openAt('/hang.json');
  source.hang = true;
  await nextFetch(page);
  await page.clock.fastForward(16_000);
  await notice(page).waitFor();
  assert.match(await notice(page).innerText(), /Offline|did not answer/);
  assert.equal(await page.locator('[data-session-id]').count(), 8);
});

test('network gone and page reloaded: the stored copy is shown with its age', async () => {
  programmeSource('/offline.json');
  const page = await openAt('/offline.json');
  await page.route('**/offline.json', (route) => route.abort('internetdisconnected'));
  await page.clock.fastForward(20 * 60_000);
  await page.reload();
  await page.locator('[data-session-id="fin"]').waitFor();
  await notice(page).waitFor();
  assert.match(await textOf(notice(page)), /20 min ago/);
  assert.equal(await page.locator('[data-session-id]').count(), 8);
  await screenshot(page, 'data-offline');
});

test('first visit, nothing stored, no network: a clear message with the URL and the reason', async () => {
  const page = await phonePage(browser);
  await page.route('**/nowhere.json', (route) => route.abort('internetdisconnected'));
  await page.goto(`${server.url}?lang=en&src=nowhere.json`);
  const error = page.locator('[data-error]');
  await error.waitFor();
  assert.match(await error.innerText(), /nowhere\.json/);
  assert.match(await error.innerText(), /network/);
});

test('hostile content stays text: no script runs, no markup, no javascript: link', async () => {
  const evil = clone(seed);
  evil.sessions[2].title = { en: '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">' };
  evil.sessions[2].abstract = { en: '<b>bold?</b> <a href="javascript:window.__pwned=3">click</a>\n\n' + 'Supercalifragilistic'.repeat(40) };
  evil.sessions[2].speakers = ['<img src=x onerror=alert(1)>'];
  const source = programmeSource('/evil.json');
  source.answer = { status: 200, body: JSON.stringify(evil) };
  const page = await openAt('/evil.json');
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    d.dismiss();
  });
  const item = page.locator('[data-session-id="leiber-stft"]');
  await item.locator('button[aria-expanded]').click();
  assert.match(await item.innerText(), /<script>window.__pwned = 1<\/script>/);
  assert.match(await item.innerText(), /<b>bold\?<\/b>/);
  assert.equal(await item.locator('script, img, b, a').count(), 0, 'no element came from the JSON');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(dialog, false);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, 'a very long word wraps');

  // A javascript: link in the event's links is refused by validation: the
  // good programme stays and the error names the field.
  const bad = clone(seed);
  bad.event.links = [{ label: { en: 'Join' }, url: 'javascript:alert(1)' }];
  source.answer = { status: 200, body: JSON.stringify(bad) };
  await nextFetch(page);
  await page.locator('[data-error]').waitFor();
  assert.match(await page.locator('[data-error]').innerText(), /event\.links\[0\]\.url/);
  assert.equal(await page.locator('a[href^="javascript"]').count(), 0);
  assert.equal(dialog, false);
});

test('a 1 MB abstract is refused with the limit, the good programme stays', async () => {
  const source = programmeSource('/huge.json');
  const page = await openAt('/huge.json');
  const huge = clone(seed);
  huge.sessions[1].abstract = { en: 'x'.repeat(1_000_000) };
  source.answer = { status: 200, body: JSON.stringify(huge) };
  await nextFetch(page);
  await page.locator('[data-error]').waitFor();
  assert.match(await page.locator('[data-error]').innerText(), /20[ ,.\u00a0\u202f]?000/);
  assert.equal(await page.locator('[data-session-id]').count(), 8);
});

test('a phone clock an hour slow: the server’s Date header sets the agenda right, quietly', async () => {
  const source = programmeSource('/skew.json');
  // The device says 14:20; the server (and the room) say 15:20.
  source.answer = {
    status: 200,
    body: JSON.stringify(seed),
    headers: { date: new Date(T1420.getTime() + 3_600_000).toUTCString() },
  };
  const page = await openAt('/skew.json');
  await page.locator('[data-session-id="tartaglione-lottery"][data-state="live"]').waitFor();
  assert.equal(await page.locator('[aria-current="time"]').getAttribute('data-session-id'), 'tartaglione-lottery');
  assert.equal(await notice(page).count(), 0, 'quietly: no notice');
});

test('a frab/pretalx schedule.json is read as is: rooms shown, the abstract in its language', async () => {
  server.routes.set('/tiny.schedule.json', async (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(await readFile(join(DIST, '..', 'tests', 'fixtures', 'schedule-tiny.json')));
  });
  const page = await phonePage(browser, { timezoneId: 'Europe/Berlin' });
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}?lang=en&src=tiny.schedule.json&now=${encodeURIComponent('2023-08-01T10:10:00+02:00')}`);
  const items = page.locator('[data-session-id]');
  await items.first().waitFor();
  // Converted to v1 by the converter's own module, fetched for it, once.
  // Named by a hash of both files, as the widget's own are.
  const converter = requested.filter((p) => p.includes('live-agenda-import')).sort();
  assert.equal(converter.length, 2, converter.join(', '));
  assert.match(converter[0], /^\/live-agenda-import-([0-9a-f]{16})\.js$/);
  assert.equal(converter[1], converter[0].replace(/\.js$/, '_bg.wasm'));
  assert.equal(await items.count(), 2);
  assert.match(await page.locator('.la-title').innerText(), /Tiny Camp/);
  const opening = items.first();
  assert.match(await opening.innerText(), /Opening/);
  assert.match(await opening.innerText(), /Main Hall/);
  assert.equal(await opening.getAttribute('data-state'), 'live');
  await items.nth(1).locator('button[aria-expanded]').click();
  assert.equal(await items.nth(1).locator('[data-abstract]').getAttribute('lang'), 'de');
});

test('a v1 programme never downloads the converter of exports', async () => {
  const page = await phonePage(browser);
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}?lang=en&now=${encodeURIComponent(T1420.toISOString())}`);
  await page.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor();
  await page.waitForLoadState('networkidle');
  assert.ok(requested.some((p) => p.endsWith('_bg.wasm')), 'the widget itself was loaded');
  assert.deepEqual(requested.filter((p) => p.includes('live-agenda-import')), []);
  assert.deepEqual(page.errors, []);
});

test('a broken export: the converter’s problems, each with its field, in the interface language', async () => {
  server.routes.set('/bad.schedule.json', async (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(await readFile(join(DIST, '..', 'tests', 'fixtures', 'schedule-bad.json')));
  });
  const page = await phonePage(browser);
  await page.goto(`${server.url}?lang=fr&src=bad.schedule.json`);
  const error = page.locator('[data-error]');
  await error.waitFor();
  // The importer's four problems, as check-programme says them.
  assert.deepEqual(await error.locator('li code').allInnerTexts(), [
    'schedule.conference.days[0].rooms["Main Hall"][0].date',
    'schedule.conference.days[0].rooms["Main Hall"][1].duration',
    'schedule.conference.days[0].rooms["Main Hall"][1].title',
    'schedule.conference.time_zone_name',
  ]);
  assert.match(await error.innerText(), /« forty » n'est pas une durée valide/);
  assert.deepEqual(page.errors, []);
});

test('the event’s links are shown, http(s) only, as links', async () => {
  const withLinks = clone(seed);
  withLinks.event.links = [{ label: { fr: 'Suivre en ligne', en: 'Join online' }, url: 'https://example.org/live' }];
  const source = programmeSource('/links.json');
  source.answer = { status: 200, body: JSON.stringify(withLinks) };
  const page = await openAt('/links.json');
  const link = page.locator('.la-links a');
  assert.equal(await link.count(), 1);
  assert.equal(await link.getAttribute('href'), 'https://example.org/live');
  assert.equal(await link.innerText(), 'Join online');
});

test('back the next day: what changed since the last visit is counted, marked, and the removed talk named', async () => {
  const source = programmeSource('/revisit.json');
  const page = await openAt('/revisit.json', { time: new Date('2022-11-23T18:00:00+01:00') });
  assert.equal(await notice(page).isVisible(), false, 'a first visit has nothing to compare');
  await page.close();

  // Overnight: Leiber's talk starts 10 minutes late, Janati's is cancelled.
  const next = clone(seed);
  next.sessions.find((s) => s.id === 'leiber-stft').delay_minutes = 10;
  next.sessions = next.sessions.filter((s) => s.id !== 'janati-ot');
  source.answer = { status: 200, body: JSON.stringify(next) };
  // The same browser profile (storage kept), the next morning.
  const again = await page.context().newPage();
  again.errors = [];
  again.on('pageerror', (e) => again.errors.push(String(e)));
  await again.clock.install({ time: new Date('2022-11-24T09:00:00+01:00') });
  await again.goto(`${server.url}?lang=en&src=revisit.json`);
  await again.locator('[data-session-id="leiber-stft"] [data-changed]').waitFor();
  const marked = await again.locator('[data-session-id]:has([data-changed]:visible)').evaluateAll((els) => els.map((e) => e.dataset.sessionId));
  // Tartaglione's talk has no end of its own: it now runs to the discussion.
  assert.deepEqual(marked, ['leiber-stft', 'tartaglione-lottery'], 'the delayed talk and the longer one; the cancelled one is named above');
  assert.equal(
    await textOf(notice(again)),
    '3 changes since your last visit · No longer in the programme: Averaging Spatio-temporal Signals using Optimal Transport and Soft Alignments',
  );
  await screenshot(again, 'data-since-last-visit', { fullPage: false });
  // A change while reading is an update like any other.
  next.sessions.find((s) => s.id === 'leiber-stft').delay_minutes = 15;
  source.answer = { status: 200, body: JSON.stringify(next) };
  await nextFetch(again);
  await notice(again).filter({ hasText: /Updated at/ }).waitFor();
  assert.deepEqual(again.errors, []);
});

// What an attendee of a hybrid workshop uses (issue 17): the join-online
// link at the right moment, speakers as people, each talk's language and
// links in words. Programme: tests/fixtures/hybrid-workshop.json (its
// online link opens 15 min before; Okafor's talk streams from room B).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot, DIST } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

useBrowser();

const ROOT = join(DIST, '..');

const hybrid = () => readFile(join(ROOT, 'tests/fixtures/hybrid-workshop.json'));

/** The hybrid workshop at `hhmm` (Paris, on its day), in `lang`. */
async function open(hhmm, lang = 'fr') {
  server.routes.set('/hybrid.json', async (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(await hybrid());
  });
  const page = await phonePage(browser, { timezoneId: 'Europe/Paris' });
  const now = encodeURIComponent(`2022-11-24T${hhmm}:00+01:00`);
  await page.goto(`${server.url}?lang=${lang}&src=hybrid.json&now=${now}`);
  await page.locator('[data-status]').waitFor();
  await page.locator('[data-session-id="fin"]').waitFor();
  return page;
}

const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

test('before the event, no join link: the status says when it opens', async () => {
  const page = await open('13:10');
  assert.equal(await page.locator('[data-join]').count(), 0);
  const opens = page.locator('[data-status] [data-join-opens]');
  assert.ok(await opens.isVisible());
  assert.equal(plain(await opens.innerText()), 'Le lien pour suivre en ligne ouvrira à 13 h 15');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
});

test('15 minutes before the first item, the event’s link opens in the status area', async () => {
  const page = await open('13:20');
  const join = page.locator('[data-join]');
  assert.equal(await join.count(), 1);
  assert.equal(await join.getAttribute('href'), 'https://visio.example.org/atelier');
  assert.equal(await join.innerText(), 'Rejoindre en ligne');
  assert.ok(await join.isVisible());
  assert.equal(await page.locator('[data-join-opens]').isVisible(), false);
  // Right under the status line, above the list: seen without scrolling.
  const [status, link] = await Promise.all([page.locator('[data-status]').boundingBox(), join.boundingBox()]);
  assert.ok(link.y >= status.y + status.height && link.y + link.height < 844, JSON.stringify({ status, link }));
});

test('during Okafor’s talk its own stream replaces the event’s link; after the end there is none', async () => {
  const page = await open('14:20', 'en');
  const join = page.locator('[data-join]');
  assert.equal(await join.count(), 1);
  assert.equal(await join.getAttribute('href'), 'https://stream.example.org/salle-b');
  assert.equal(await join.innerText(), 'Join online');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'attendees-join', { fullPage: false });

  const later = await open('14:50', 'en');
  assert.equal(await later.locator('[data-join]').getAttribute('href'), 'https://visio.example.org/atelier');
  const after = await open('16:05', 'en');
  assert.equal(await after.locator('[data-join]').count(), 0);
  assert.equal(await after.locator('[data-join-opens]').isVisible(), false);
});

test('speakers as people: a name links to their page, the affiliation follows, cut short on a phone', async () => {
  const page = await open('13:00', 'en');
  const durand = page.locator('[data-session-id="durand-graphes"]');
  assert.equal(await durand.locator('.la-speaker a').getAttribute('href'), 'https://example.org/durand');
  assert.equal(await durand.locator('[data-affiliation]').innerText(), 'Université Exemple');
  const okafor = page.locator('[data-session-id="okafor-parcimonie"]');
  const long = okafor.locator('[data-affiliation]');
  // The whole affiliation is in the page (read out), shown cut to the width.
  assert.match(await long.textContent(), /informatique théorique$/);
  const cut = await long.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  assert.ok(cut, 'a long affiliation is shortened at 390 px');
  // Only its words: the closing bracket is drawn after the cut text.
  const bracket = await long.evaluate(
    (el) => el.closest('.la-affiliation').getBoundingClientRect().right - el.getBoundingClientRect().right,
  );
  assert.ok(bracket > 2, `the closing bracket is in sight (${bracket} px after the words)`);
  assert.match(await okafor.locator('.la-speakers').innerText(), /, Lee Chen$/);
});

test('a talk’s language is badged when it is not the interface’s, and follows the switch', async () => {
  const page = await open('13:00', 'fr');
  const badge = (id) => page.locator(`[data-session-id="${id}"] [data-talk-lang]`);
  assert.equal(await badge('okafor-parcimonie').innerText(), 'en anglais');
  assert.equal(await badge('durand-graphes').isVisible(), false);
  await page.locator('[data-lang-switch] button[data-lang="en"]').click();
  await page.locator('[data-lang-switch] button[data-lang="en"][aria-pressed="true"]').waitFor();
  assert.equal(await badge('durand-graphes').innerText(), 'in French');
  assert.equal(await badge('okafor-parcimonie').isVisible(), false);
  assert.deepEqual(await axeViolations(page), []);
});

test('an item’s links are words: the kind’s own, or the organiser’s label', async () => {
  const page = await open('13:00', 'fr');
  const link = (id, kind) => page.locator(`[data-session-id="${id}"] a[data-link="${kind}"]`);
  assert.equal(await link('durand-graphes', 'slides').innerText(), 'Diapositives');
  assert.equal(await link('okafor-parcimonie', 'qa').innerText(), 'Poser une question');
  assert.equal(await link('okafor-parcimonie', 'stream').getAttribute('href'), 'https://stream.example.org/salle-b');
  assert.equal(await link('table-ronde', 'video').innerText(), 'Vidéo');
  // The link of an unknown kind ("podcast") is not shown.
  assert.equal(await page.locator('[data-session-id="table-ronde"] a[data-link]').count(), 1);
  await screenshot(page, 'attendees-people');
  assert.deepEqual(page.errors, []);
});

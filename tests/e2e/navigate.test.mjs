// A big programme stays navigable (issue 17, point 6), at a phone's size:
// days with a switch that opens on today, rooms, a search over titles,
// speakers and affiliations, the view kept in the address. Programme:
// tests/fixtures/conference-3-days.json (11–13 June 2024, Amphi A and
// Salle B, Paris). The seed, small, shows none of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot, DIST } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

useBrowser();

const conference = () => readFile(join(DIST, '..', 'tests/fixtures/conference-3-days.json'));

/** The conference at `when` (Paris), in `lang`, with `fragment`. */
async function open(when, { lang = 'fr', fragment = '' } = {}) {
  server.routes.set('/conference.json', async (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(await conference());
  });
  const page = await phonePage(browser, { timezoneId: 'Europe/Paris' });
  const now = encodeURIComponent(`${when}:00+02:00`);
  await page.goto(`${server.url}?lang=${lang}&src=conference.json&now=${now}${fragment}`);
  await page.locator('[data-nav]:visible').waitFor();
  return page;
}

const shown = (page) =>
  page.locator('[data-session-id]:visible').evaluateAll((items) => items.map((i) => i.dataset.sessionId));
const pressedDay = (page) => page.locator('[data-day][aria-pressed="true"]').getAttribute('data-day');
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');

test('the seed is small: no day switch, no room filter, no search', async () => {
  const page = await phonePage(browser);
  await page.goto(`${server.url}?lang=fr`);
  await page.locator('[data-session-id="fin"] .la-item-title').waitFor();
  await page.locator('button[data-filter="mine"]').waitFor();
  assert.equal(await page.locator('[data-nav]').isVisible(), false);
  assert.equal(await page.locator('input[data-search]').isVisible(), false);
  assert.equal(await page.locator('[data-session-id]:visible').count(), 8, 'every item');
});

test('the day switch opens on today, with its heading; what is on now is told across rooms', async () => {
  const page = await open('2024-06-12T10:20');
  assert.equal(await pressedDay(page), '2024-06-12');
  assert.deepEqual(await shown(page), ['d2-a1', 'd2-b1', 'd2-b2', 'd2-break']);
  assert.equal(plain(await page.locator('.la-day-heading').innerText()), 'mercredi 12 juin 2024');
  assert.equal(await page.locator('[data-state="live"]').count(), 2, 'a talk in each room');
  assert.deepEqual(
    await page.locator('[data-day]').allInnerTexts(),
    ['mar. 11 juin', 'mer. 12 juin', 'jeu. 13 juin'],
  );
  await screenshot(page, 'attendees-days', { fullPage: false });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
});

test('before the event the switch opens on its first day; a day tapped is in the address and a link reproduces it', async () => {
  const page = await open('2024-06-01T09:00', { lang: 'en' });
  assert.equal(await pressedDay(page), '2024-06-11');
  assert.deepEqual(await shown(page), ['d1-welcome', 'd1-a1', 'd1-b1', 'd1-a2']);
  await page.locator('[data-day="2024-06-13"]').click();
  assert.deepEqual(await shown(page), ['d3-a1', 'd3-end']);
  const hash = await page.evaluate(() => location.hash);
  assert.equal(hash, '#day=2024-06-13');
  const again = await open('2024-06-01T09:00', { lang: 'en', fragment: hash });
  assert.equal(await pressedDay(again), '2024-06-13');
  assert.deepEqual(await shown(again), ['d3-a1', 'd3-end']);
});

test('a room narrows the day; all rooms brings it back', async () => {
  const page = await open('2024-06-12T10:20', { lang: 'en' });
  const rooms = page.locator('[data-room-filter]');
  assert.deepEqual(await rooms.locator('button').allInnerTexts(), ['All rooms', 'Amphi A', 'Salle B']);
  await rooms.locator('[data-room="Salle B"]').click();
  assert.deepEqual(await shown(page), ['d2-b1', 'd2-b2']);
  assert.equal(await page.evaluate(() => location.hash), '#day=2024-06-12&room=Salle%20B');
  await rooms.locator('[data-room=""]').click();
  assert.equal((await shown(page)).length, 4);
});

test('the search finds a name without its accent on any day, dates what it finds, and says when nothing matches', async () => {
  const page = await open('2024-06-11T09:00');
  const search = page.locator('input[type="search"][data-search]');
  assert.equal(await search.getAttribute('aria-label'), 'Rechercher (titre, nom, affiliation)');
  await search.fill('lefevre');
  assert.deepEqual(await shown(page), ['d3-a1']);
  const found = page.locator('[data-session-id="d3-a1"]');
  assert.equal(plain(await found.locator('.la-item-day').innerText()), 'jeu. 13 juin', 'a search spans days: each item dated');
  assert.equal(await page.locator('.la-day-heading').isVisible(), false);
  assert.equal(await page.locator('[data-day][aria-pressed="true"]').count(), 0);
  await search.fill('inria');
  assert.deepEqual(await shown(page), ['d1-a2', 'd2-b2'], 'an affiliation');
  await search.fill('zzz');
  assert.deepEqual(await shown(page), []);
  assert.equal(await page.locator('.la-no-match').innerText(), 'Aucune session ne correspond');
  assert.match(await page.evaluate(() => location.hash), /q=zzz/);
  // A day tapped ends the search.
  await page.locator('[data-day="2024-06-11"]').click();
  assert.equal(await search.inputValue(), '');
  assert.equal((await shown(page)).length, 4);
  assert.equal(await page.locator('[data-session-id="d1-a1"] .la-item-day').isVisible(), false);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
});

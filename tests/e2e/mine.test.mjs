// My programme (issue 17, point 2) on the seed, at a phone's size: a star
// on each session, kept per programme across reloads; a filter showing only
// the starred; their own calendar file; a link that carries the selection
// to another device, which offers to take it over, never unasked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

useBrowser();

const NOW = encodeURIComponent('2022-11-24T14:20:00+01:00');

async function open(page, lang = 'en', fragment = '') {
  await page.goto(`${server.url}?lang=${lang}&now=${NOW}${fragment}`);
  await page.locator('[data-session-id="fin"] .la-item-title').waitFor();
  // The widget's own buttons, not the first paint's reserved places.
  await page.locator('button[data-filter="mine"]').waitFor();
}

const star = (page, id) => page.locator(`button[data-star="${id}"]`);
const shown = (page) =>
  page.locator('[data-session-id]:visible').evaluateAll((items) => items.map((i) => i.dataset.sessionId));

test('a star on each session, not on the welcome, the break or the end; kept across a reload', async () => {
  const page = await phonePage(browser);
  await open(page);
  assert.equal(await page.locator('button[data-star]').count(), 5, 'the five sessions');
  for (const id of ['accueil', 'pause', 'fin']) assert.equal(await star(page, id).count(), 0, id);
  const leiber = star(page, 'leiber-stft');
  assert.equal(await leiber.getAttribute('aria-pressed'), 'false');
  await leiber.click();
  await star(page, 'discussion').click();
  assert.equal(await leiber.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('button[data-filter="mine"]').innerText(), 'My programme (2)');
  await page.reload();
  await page.locator('button[data-star="leiber-stft"][aria-pressed="true"]').waitFor();
  assert.equal(await star(page, 'discussion').getAttribute('aria-pressed'), 'true');
  assert.equal(await star(page, 'fercoq-adam').getAttribute('aria-pressed'), 'false');
  // Unstarred again: gone from storage too.
  await star(page, 'discussion').click();
  await page.reload();
  await page.locator('button[data-star="leiber-stft"][aria-pressed="true"]').waitFor();
  assert.equal(await star(page, 'discussion').getAttribute('aria-pressed'), 'false');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
});

test('the filter shows only my programme, with its calendar file; nothing starred says how to star', async () => {
  // In the event's zone, as in the README's screenshot: no zone switch.
  const page = await phonePage(browser, { acceptDownloads: true, timezoneId: 'Europe/Paris' });
  await open(page, 'fr');
  const filter = page.locator('button[data-filter="mine"]');
  await filter.click();
  assert.equal(await filter.getAttribute('aria-pressed'), 'true');
  assert.deepEqual(await shown(page), []);
  const empty = page.locator('[data-mine] .la-mine-empty');
  assert.match(await empty.innerText(), /touchez l’étoile d’une session/);
  assert.equal(await page.locator('[data-ics="mine"]').isVisible(), false);
  // Back to everything, star two, filter again.
  await filter.click();
  await star(page, 'tartaglione-lottery').click();
  await star(page, 'fercoq-adam').click();
  await filter.click();
  assert.deepEqual(await shown(page), ['fercoq-adam', 'tartaglione-lottery'], 'in the programme’s order');
  assert.equal(await empty.isVisible(), false);
  await screenshot(page, 'attendees-mine', { fullPage: false });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics="mine"]').click()]);
  const text = await readFile(await download.path(), 'utf8');
  assert.equal(download.suggestedFilename(), 'atelier-optimisation-selection.ics');
  assert.equal(text.match(/BEGIN:VEVENT/g).length, 2);
  assert.match(text, /DTSTART:20221124T124500Z/, 'Fercoq at 13:45 Paris');
  assert.match(text, /DTSTART:20221124T140000Z/, 'Tartaglione at 15:00 Paris');
  // Unstarring in my programme takes the session out of the view.
  await star(page, 'fercoq-adam').click();
  assert.deepEqual(await shown(page), ['tartaglione-lottery']);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
});

test('the link to my programme carries it to another device, which offers to take it over', async () => {
  const phone = await phonePage(browser);
  await phone.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await phone.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await open(phone);
  await star(phone, 'janati-ot').click();
  await star(phone, 'leiber-stft').click();
  await phone.locator('button[data-filter="mine"]').click();
  await phone.locator('[data-mine-action="link"]').click();
  await phone.locator('[data-mine] .la-shared', { hasText: 'Link copied' }).waitFor();
  const link = await phone.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#mine=leiber-stft,janati-ot$/, 'in the programme’s order');

  // Another device, with a selection of its own: asked, not overwritten.
  const laptop = await phonePage(browser);
  await open(laptop);
  await star(laptop, 'fercoq-adam').click();
  await laptop.goto(link.replace('?', `?now=${NOW}&`));
  await laptop.locator('button[data-filter="mine"]').waitFor();
  const offer = laptop.locator('[data-mine-offer]');
  assert.equal(await offer.isVisible(), true);
  assert.match(await offer.innerText(), /This link brings a selection of 2\u00a0sessions/);
  assert.equal(await star(laptop, 'fercoq-adam').getAttribute('aria-pressed'), 'true', 'own selection untouched until answered');
  assert.deepEqual(await axeViolations(laptop), []);
  await laptop.locator('[data-mine-action="take"]').click();
  assert.equal(await offer.isVisible(), false);
  assert.deepEqual(await shown(laptop), ['leiber-stft', 'janati-ot'], 'the link’s programme, shown');
  assert.equal(await laptop.evaluate(() => location.hash), '', 'answered: a reload does not ask again');
  await laptop.reload();
  await laptop.locator('button[data-star="janati-ot"][aria-pressed="true"]').waitFor();
  assert.equal(await star(laptop, 'fercoq-adam').getAttribute('aria-pressed'), 'false');
  assert.equal(await offer.isVisible(), false);

  // "Keep mine": nothing changes but the question goes away.
  const tablet = await phonePage(browser);
  await open(tablet);
  await star(tablet, 'discussion').click();
  await tablet.goto(link.replace('?', `?now=${NOW}&`));
  await tablet.locator('[data-mine-action="keep"]').click();
  assert.equal(await tablet.locator('[data-mine-offer]').isVisible(), false);
  assert.equal(await star(tablet, 'discussion').getAttribute('aria-pressed'), 'true');
  assert.equal(await star(tablet, 'janati-ot').getAttribute('aria-pressed'), 'false');
  for (const page of [phone, laptop, tablet]) assert.deepEqual(page.errors, []);
});

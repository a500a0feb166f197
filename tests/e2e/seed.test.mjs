// What a person sees opening the widget on a phone: the seed's programme,
// every item in order with its time, speakers and title; and, when the file
// cannot be had, a message in words instead of a blank widget.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot } from './support/browser.mjs';

// The seed's programme (shared/seed), as the widget must show it.
const SEED = [
  { id: 'accueil', kind: 'welcome', time: '13:30', speakers: '', title: /Accueil|Welcome/ },
  { id: 'fercoq-adam', kind: 'talk', time: '13:45', speakers: 'Olivier Fercoq', title: /On the convergence of the ADAM algorithm/ },
  { id: 'leiber-stft', kind: 'talk', time: '14:15', speakers: 'Maxime Leiber', title: /Differentiable STFT with respect to the window length/ },
  { id: 'pause', kind: 'break', time: '14:45', speakers: '', title: /Pause|Break/ },
  { id: 'tartaglione-lottery', kind: 'talk', time: '15:00', speakers: 'Enzo Tartaglione', title: /To the lottery ticket hypothesis and beyond/ },
  { id: 'janati-ot', kind: 'talk', time: '15:30', speakers: 'Hicham Janati', title: /Averaging Spatio-temporal Signals using Optimal Transport/ },
  { id: 'discussion', kind: 'discussion', time: '16:00', speakers: '', title: /Big data or fugal AI/ },
  { id: 'fin', kind: 'end', time: '16:40', speakers: '', title: /Fin de l’atelier|End of the workshop/ },
];

// "13:30" or "13 h 30": whichever way the interface language writes it.
const shown = (hhmm) => new RegExp(hhmm.replace(':', '\\s?[:h]\\s?'));

useBrowser();

test('the seed programme on a phone: 8 items in order, with times, speakers and titles', async () => {
  const page = await phonePage(browser);
  await page.goto(server.url + '?lang=fr');
  const items = page.locator('[data-session-id]');
  await items.nth(7).waitFor();
  assert.equal(await items.count(), SEED.length);

  for (const [i, want] of SEED.entries()) {
    const item = items.nth(i);
    assert.equal(await item.getAttribute('data-session-id'), want.id);
    assert.equal(await item.getAttribute('data-kind'), want.kind);
    const time = item.locator('time').first();
    // Resolved in Europe/Paris on the illustrative date: +01:00 in November.
    assert.equal(await time.getAttribute('datetime'), `2022-11-24T${want.time}:00+01:00`);
    assert.ok(await time.isVisible(), `${want.id}: time visible`);
    assert.match(await time.innerText(), shown(want.time));
    const text = await item.innerText();
    assert.match(text, want.title);
    if (want.speakers) assert.ok(text.includes(want.speakers), `${want.id}: speakers shown`);
  }
  // The practical note of the seed is shown with the programme.
  assert.match(await page.locator('.la-root').innerText(), /destiné aux partenaires de la chaire/);
  // Nothing overflows sideways on a phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  assert.deepEqual(page.errors, []);
  await screenshot(page, 'seed-phone');
});

test('a programme that cannot be fetched is said in words, naming the file', async () => {
  const page = await phonePage(browser);
  await page.goto(server.url + '?lang=en&src=missing.json');
  const error = page.locator('[data-error]');
  await error.waitFor();
  assert.equal(await error.getAttribute('role'), 'alert');
  const text = await error.innerText();
  assert.match(text, /missing\.json/);
  assert.match(text, /404/);
  await screenshot(page, 'error-missing');
});

test('an unreadable file is said in words, with the place of the fault', async () => {
  server.routes.set('/broken.json', (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"version": 1, "event": {');
  });
  const page = await phonePage(browser);
  await page.goto(server.url + '?lang=en&src=broken.json');
  const error = page.locator('[data-error]');
  await error.waitFor();
  const text = await error.innerText();
  assert.match(text, /broken\.json/);
  assert.match(text, /line 1/i);
});

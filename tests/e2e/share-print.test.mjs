// What attendees do with a programme besides reading it: save it to their
// calendar, follow and share a link to one talk, print it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, OUT } from './support/browser.mjs';

const NOW = encodeURIComponent('2022-11-24T14:20:00+01:00');
useBrowser();

async function open(suffix = '', options = {}) {
  const page = await phonePage(browser, { acceptDownloads: true, ...options });
  await page.goto(`${server.url}?lang=en&now=${NOW}${suffix}`);
  await page.locator('[data-session-id="fin"]').waitFor();
  return page;
}

async function downloaded(page, selector) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  const text = await readFile(await download.path(), 'utf8');
  return { name: download.suggestedFilename(), text };
}

test('the whole programme and one talk download as calendar files with the right instants', async () => {
  const page = await open();
  const all = await downloaded(page, '[data-ics="all"]');
  assert.match(all.name, /\.ics$/);
  assert.ok(all.text.startsWith('BEGIN:VCALENDAR\r\n'));
  assert.equal(all.text.match(/BEGIN:VEVENT/g).length, 7, 'every item but the end marker');
  assert.match(all.text, /DTSTART:20221124T124500Z/, "Fercoq's talk at 13:45 Paris");
  assert.match(all.text, /DTSTART:20221124T151000Z|DTSTART:20221124T150000Z/, 'the discussion at 16:00 Paris');
  for (const line of all.text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded: ${line}`);

  const one = await downloaded(page, '[data-ics="fercoq-adam"]');
  assert.equal(one.name, 'fercoq-adam.ics');
  assert.equal(one.text.match(/BEGIN:VEVENT/g).length, 1);
  assert.match(one.text, /SUMMARY[^:]*:On the convergence of the ADAM algorithm/);
  assert.match(one.text, /DTEND:20221124T131500Z/);
  // A reminder ten minutes before the talk.
  assert.match(one.text, /BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:On the convergence of the ADAM algorithm\r\nTRIGGER:-PT10M\r\nEND:VALARM/);
  // Five sessions remind; the welcome and the break do not.
  assert.equal(all.text.match(/BEGIN:VALARM/g).length, 5);
  assert.equal(await page.locator('[data-ics="fin"]').count(), 0, 'the end marker is no event');
});

test('the visitor chooses the reminder before downloading (none, 5, 10, 15 min), and it is remembered', async () => {
  const page = await open();
  const group = page.getByRole('group', { name: 'Reminder before each session' });
  const choices = group.locator('button[data-reminder]');
  assert.deepEqual(await choices.allInnerTexts(), ['None', '5\u00a0min', '10\u00a0min', '15\u00a0min']);
  const pressed = () => group.locator('button[aria-pressed="true"]').getAttribute('data-reminder');
  assert.equal(await pressed(), '10', 'ten minutes unless chosen otherwise');
  assert.equal(await group.locator('button[aria-pressed="true"]').count(), 1);
  await group.locator('[data-reminder="5"]').click();
  assert.equal(await pressed(), '5');
  await page.locator('.la-actions--all').screenshot({ path: join(OUT, 'reminder-choice.png') });
  const five = await downloaded(page, '[data-ics="fercoq-adam"]');
  assert.match(five.text, /TRIGGER:-PT5M\r\n/);
  await group.locator('[data-reminder="none"]').click();
  const none = await downloaded(page, '[data-ics="all"]');
  assert.equal(none.text.match(/BEGIN:VALARM/g), null, 'no reminder at all');
  await page.reload();
  await page.locator('[data-session-id="fin"]').waitFor();
  assert.equal(await pressed(), 'none', 'remembered');
  assert.deepEqual(page.errors, []);
});

test('a deep link opens its talk and brings it into view, on the page and inside an embed', async () => {
  const page = await open('#tartaglione-lottery');
  const talk = page.locator('[data-session-id="tartaglione-lottery"]');
  assert.equal(await talk.locator('button[aria-expanded]').getAttribute('aria-expanded'), 'true');
  await page.waitForTimeout(800); // the smooth scroll
  const top = await talk.evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top >= 0 && top < 200, `the linked talk is at the top of the screen (${top})`);

  // Followed while the page is open.
  await page.evaluate(() => (location.hash = '#fercoq-adam'));
  const fercoq = page.locator('[data-session-id="fercoq-adam"] button[aria-expanded]');
  await page.waitForFunction(() => true);
  await fercoq.and(page.locator('[aria-expanded="true"]')).waitFor();

  server.routes.set('/post.html', (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><h1>Workshop</h1><p style="height:1500px">Intro</p>
<div data-live-agenda data-src="programme.json" data-lang="en" data-now="2022-11-24T14:20:00+01:00"></div>
<footer style="height:1500px">Footer</footer>
<script type="module" src="./live-agenda.js"></script></body></html>`);
  });
  const embed = await phonePage(browser);
  await embed.goto(`${server.url}post.html#janati-ot`);
  const janati = embed.locator('[data-session-id="janati-ot"]');
  await janati.waitFor();
  // The smooth scroll ends in view.
  const inView = async () => {
    for (let i = 0; i < 30; i++) {
      const y = await janati.evaluate((el) => el.getBoundingClientRect().top);
      if (y >= 0 && y < 300) return y;
      await embed.waitForTimeout(100);
    }
    return janati.evaluate((el) => el.getBoundingClientRect().top);
  };
  const y = await inView();
  assert.ok(y >= 0 && y < 300, `the linked talk is in view inside the embed (${y})`);
});

test('share uses the phone’s share sheet where there is one, with the talk’s link', async () => {
  const page = await phonePage(browser);
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => {
      window.__shared.push(data);
    };
  });
  await page.goto(`${server.url}?lang=en&now=${NOW}`);
  await page.locator('[data-share="leiber-stft"]').click();
  await page.waitForFunction(() => window.__shared.length === 1);
  const [data] = await page.evaluate(() => window.__shared);
  assert.match(data.url, /#leiber-stft$/);
  assert.match(data.title, /Differentiable STFT/);
});

test('without a share sheet, share copies the link and says so', async () => {
  const page = await phonePage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await page.goto(`${server.url}?lang=fr&now=${NOW}`);
  const item = page.locator('[data-session-id="janati-ot"]');
  await item.locator('[data-share="janati-ot"]').click();
  await item.locator('.la-shared', { hasText: 'Lien copié' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /#janati-ot$/);
  assert.ok(copied.startsWith(server.url));
});

test('the seed’s whole programme prints on one A4 page, abstracts open, controls hidden', async () => {
  const page = await open('', { isMobile: false, hasTouch: false, viewport: { width: 800, height: 1100 }, deviceScaleFactor: 1 });
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('[data-lang-switch]').isVisible(), false);
  assert.equal(await page.locator('[data-ics="all"]').isVisible(), false);
  assert.ok(await page.locator('[data-session-id="tartaglione-lottery"] [data-abstract]').isVisible());
  const pdf = await page.pdf({ format: 'A4', printBackground: false, path: join(OUT, 'print.pdf') });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g).length;
  assert.equal(pages, 1, `printed on ${pages} pages`);
});

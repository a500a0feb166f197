// The live agenda at the moments a person glances at it: the day before,
// during the welcome, during Leiber's talk, in the break, during the
// discussion, after the end. Each checks the DOM contract, the status line,
// the language switch and the fallback notice, runs axe-core, and saves a
// screenshot (tests/e2e/out/live-*.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

useBrowser();

const IDS = ['accueil', 'fercoq-adam', 'leiber-stft', 'pause', 'tartaglione-lottery', 'janati-ot', 'discussion', 'fin'];

/** Opens the widget at `now` (Paris time on the event's day unless a full date is given). */
async function open(now, lang = 'fr', options = {}) {
  const page = await phonePage(browser, { timezoneId: 'Europe/Paris', ...options });
  const param = now.includes('T') ? now : `2022-11-24T${now}:00+01:00`;
  await page.goto(`${server.url}?lang=${lang}&now=${encodeURIComponent(param)}`);
  await page.locator('[data-session-id="fin"]').waitFor();
  return page;
}

const states = (page) =>
  page.$$eval('[data-session-id]', (els) => els.map((e) => e.getAttribute('data-state')));
// No-break spaces (French typography, "7 min") read as plain spaces here.
const plain = (text) => text.replace(/[\u00a0\u202f]/g, ' ');
// Its parts (now; next) may sit on separate lines: read them as one line.
const status = async (page) =>
  plain(await page.locator('[data-status]').innerText()).replace(/\s*\n\s*/g, ' · ');

/** The fraction of the live item's bar drawn: its computed `scaleX`. */
const progress = (item) =>
  item.locator('.la-progress-bar').evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

/** The contract that holds in every state. */
async function checkContract(page, { live }) {
  assert.deepEqual(
    await page.$$eval('[data-session-id]', (els) => els.map((e) => e.dataset.sessionId)),
    IDS,
  );
  const current = page.locator('[aria-current="time"]');
  const markers = page.locator('[data-now-marker]');
  if (live) {
    assert.equal(await current.count(), 1, 'exactly one aria-current while something is live');
    assert.equal(await current.getAttribute('data-session-id'), live);
    assert.equal(await current.getAttribute('data-state'), 'live');
    assert.equal(await markers.count(), 1, 'one now marker');
    assert.equal(await current.locator('[data-now-marker]').count(), 1, 'the marker is in the live item');
    // The bar is drawn by the stylesheet from the minutes; decorative, the
    // minutes left are its words.
    assert.equal(await current.locator('.la-progress').getAttribute('aria-hidden'), 'true');
    const fraction = await progress(current);
    assert.ok(fraction >= 0 && fraction <= 1, `progress ${fraction}`);
    assert.match(plain(await current.locator('.la-left').innerText()), /\d+ min/);
  } else {
    assert.equal(await current.count(), 0, 'no aria-current when nothing is live');
    assert.equal(await markers.count(), 0, 'no now marker when nothing is live');
  }
  // Every text from the programme says its language.
  for (const el of await page.locator('.la-item-title, [data-abstract]').all()) {
    assert.match((await el.getAttribute('lang')) ?? '', /^(fr|en)$/);
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
}

test('the day before: everything upcoming, the status says when it starts', async () => {
  const page = await open('2022-11-23T10:00:00+01:00');
  assert.deepEqual(await states(page), Array(8).fill('upcoming'));
  const text = await status(page);
  assert.match(text, /jeudi 24 novembre 2022/);
  assert.match(text, /13 h 30/);
  await checkContract(page, { live: null });
  await screenshot(page, 'live-before');
});

test('13:35, the welcome is on; next is Fercoq at 13:45 in 10 min', async () => {
  const page = await open('13:35', 'en');
  assert.deepEqual((await states(page)).slice(0, 2), ['live', 'upcoming']);
  const text = await status(page);
  assert.match(text, /Welcome/);
  assert.match(text, /Next: On the convergence of the ADAM algorithm at 13:45, in 10 min/);
  await checkContract(page, { live: 'accueil' });
  await screenshot(page, 'live-welcome');
});

test('14:20, Leiber’s talk is on with 25 min left, in either language', async () => {
  const page = await open('14:20', 'en');
  assert.deepEqual(await states(page), ['past', 'past', 'live', 'upcoming', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
  assert.match(await status(page), /Now: Differentiable STFT.*25 min left/);
  const live = page.locator('[data-session-id="leiber-stft"]');
  assert.match(plain(await live.locator('[data-now-marker]').innerText()), /25 min left/);
  // 5 of its 30 minutes.
  assert.ok(Math.abs((await progress(live)) - 5 / 30) < 1e-3, 'one sixth of the bar');
  await checkContract(page, { live: 'leiber-stft' });
  await screenshot(page, 'live-talk-en');
  // What the phone's screen shows after the scroll to now (README).
  await page.waitForTimeout(600);
  await screenshot(page, 'screen-talk-en', { fullPage: false });

  // The switch: French everywhere, remembered.
  await page.locator('[data-lang-switch] button[data-lang="fr"]').click();
  assert.equal(await page.locator('[data-lang-switch] button[data-lang="fr"]').getAttribute('aria-pressed'), 'true');
  assert.equal(await page.locator('[data-lang-switch] button[data-lang="en"]').getAttribute('aria-pressed'), 'false');
  assert.match(await status(page), /En cours : Differentiable STFT.*encore 25 min/);
  assert.equal(await page.locator('.la-root').getAttribute('lang'), 'fr');

  // Leiber's abstract exists in English only: shown in English with the notice.
  const toggle = live.locator('button[aria-expanded]');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const abstract = live.locator('[data-abstract]');
  assert.ok(await abstract.isVisible());
  assert.equal(await abstract.getAttribute('lang'), 'en');
  assert.match(await abstract.innerText(), /In this talk, we revisit the tuning/);
  assert.equal(await abstract.locator('p').count(), 2, 'paragraphs kept');
  const notice = live.locator('[data-lang-fallback]');
  assert.equal(await notice.getAttribute('lang'), 'fr');
  assert.match(await notice.innerText(), /anglais/);
  await checkContract(page, { live: 'leiber-stft' });
  await screenshot(page, 'live-talk-fr-abstract');

  // Remembered: a reload without ?lang starts in French.
  await page.goto(`${server.url}?now=${encodeURIComponent('2022-11-24T14:20:00+01:00')}`);
  await page.locator('[data-status]').waitFor();
  assert.equal(await page.locator('[data-lang-switch] button[data-lang="fr"]').getAttribute('aria-pressed'), 'true');
});

test('14:50, the break: it resumes at 15:00 with Tartaglione’s talk', async () => {
  const page = await open('14:50', 'fr');
  assert.equal((await states(page))[3], 'live');
  const text = await status(page);
  assert.match(text, /Pause/);
  assert.match(text, /15 h 00/);
  assert.match(text, /To the lottery ticket hypothesis/);
  await checkContract(page, { live: 'pause' });
  // Tartaglione's abstract is in French: no fallback notice in French…
  const talk = page.locator('[data-session-id="tartaglione-lottery"]');
  await talk.locator('button[aria-expanded]').click();
  assert.equal(await talk.locator('[data-abstract]').getAttribute('lang'), 'fr');
  assert.equal(await talk.locator('[data-lang-fallback]').count(), 0);
  // …and one in English.
  await page.locator('[data-lang-switch] button[data-lang="en"]').click();
  assert.match(await talk.locator('[data-lang-fallback]').innerText(), /French only/);
  await screenshot(page, 'live-break');
  await page.locator('[data-lang-switch] button[data-lang="fr"]').click();
  await page.locator('[data-session-id="pause"]').scrollIntoViewIfNeeded();
  await screenshot(page, 'screen-break-fr', { fullPage: false });
});

test('16:10, the discussion is on; the end is next', async () => {
  const page = await open('16:10', 'en');
  assert.deepEqual((await states(page)).slice(5), ['past', 'live', 'upcoming']);
  const text = await status(page);
  assert.match(text, /Big data or fugal AI/);
  assert.match(text, /30 min left/);
  await checkContract(page, { live: 'discussion' });
  await screenshot(page, 'live-discussion');
});

test('16:45, after: everything past, the status says it has ended', async () => {
  const page = await open('16:45', 'en');
  assert.deepEqual(await states(page), Array(8).fill('past'));
  assert.match(await status(page), /ended/i);
  await checkContract(page, { live: null });
  await screenshot(page, 'live-after');
});

test('the preview clock runs: at speed 60 the talk changes within seconds', async () => {
  const page = await phonePage(browser);
  await page.goto(`${server.url}?lang=en&speed=60&now=${encodeURIComponent('2022-11-24T14:44:58+01:00')}`);
  await page.locator('[data-session-id="pause"][data-state="live"]').waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('[aria-current="time"]').getAttribute('data-session-id'), 'pause');
  // The polite live region announced the change.
  assert.match(await page.locator('[role="status"][aria-live="polite"]').innerText(), /Break/);
});

test('an online attendee in New York can switch to their own times, both zones named', async () => {
  const page = await open('14:20', 'en', { timezoneId: 'America/New_York' });
  const zoneSwitch = page.locator('[data-zone-switch]');
  assert.match(await zoneSwitch.innerText(), /Europe\/Paris/);
  assert.match(await zoneSwitch.innerText(), /America\/New_York/);
  const first = page.locator('[data-session-id="accueil"] time');
  assert.equal(await first.getAttribute('datetime'), '2022-11-24T13:30:00+01:00');
  await zoneSwitch.locator('button[data-zone="viewer"]').click();
  assert.equal(await first.getAttribute('datetime'), '2022-11-24T07:30:00-05:00');
  assert.match(await first.innerText(), /07:30/);
  assert.match(await page.locator('.la-zone').innerText(), /America\/New_York/);
  await checkContract(page, { live: 'leiber-stft' });
  await screenshot(page, 'live-new-york');
});

test('a visitor in Paris is not offered a zone switch', async () => {
  const page = await open('14:20', 'en', { timezoneId: 'Europe/Paris' });
  assert.equal(await page.locator('[data-zone-switch]').count(), 0);
});

test('dark mode: every state stays AA-contrasted (axe) during a talk with an open abstract', async () => {
  const page = await open('14:20', 'fr', { colorScheme: 'dark' });
  const bg = await page.locator('.la-root').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.notEqual(bg, 'rgb(255, 255, 255)', 'the dark palette applies');
  await page.locator('[data-session-id="leiber-stft"] button[aria-expanded]').click();
  await checkContract(page, { live: 'leiber-stft' });
  await screenshot(page, 'live-talk-dark');
});

test('reduced motion: no transition on the progress bar, no smooth scroll', async () => {
  const page = await open('14:20', 'en', { reducedMotion: 'reduce' });
  const bar = page.locator('.la-progress-bar');
  assert.equal(await bar.evaluate((el) => getComputedStyle(el).transitionDuration), '0s');
  const normal = await open('14:20', 'en');
  assert.notEqual(
    await normal.locator('.la-progress-bar').evaluate((el) => getComputedStyle(el).transitionDuration),
    '0s',
    'the transition exists when motion is welcome',
  );
});

// The focused element, inside the widget's shadow root if need be.
const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return {
      lang: el?.getAttribute('data-lang') ?? null,
      goNow: el?.hasAttribute('data-go-now') ?? false,
      expanded: el?.getAttribute('aria-expanded') ?? null,
      outline: el ? getComputedStyle(el).outlineStyle : 'none',
    };
  });

test('keyboard: the language switch and an abstract work with Tab and Enter, focus visible', async () => {
  const page = await open('14:20', 'en');
  // In reading order: the status line's « Go to now », then the switches.
  await page.keyboard.press('Tab');
  const goNow = await focused(page);
  assert.equal(goNow.goNow, true);
  assert.notEqual(goNow.outline, 'none', 'focus is visible');
  await page.keyboard.press('Tab');
  const first = await focused(page);
  assert.equal(first.lang, 'fr');
  assert.notEqual(first.outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-lang-switch] button[data-lang="fr"]').getAttribute('aria-pressed'), 'true');
  // Tab on to the first abstract button and open it.
  let guard = 0;
  while ((await focused(page)).expanded === null && guard++ < 10) {
    await page.keyboard.press('Tab');
  }
  assert.equal((await focused(page)).expanded, 'false');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).expanded, 'true');
});

// The organisers' editor (dist/editor/, issue 15) on a phone: a programme
// opened, typed from scratch or pasted from a spreadsheet, as a form whose
// fields carry the problems check-programme finds there; the real widget
// beside it at any moment of the day; the v1 file downloaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot, DIST } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';
import { recordDownloads, weigh } from '../../scripts/bench/first-load.mjs';

const ROOT = join(DIST, '..');
const read = (path) => readFile(join(ROOT, path), 'utf8');

useBrowser();

/** The editor on a phone, in `lang` (the browser's language). */
async function editor(lang = 'en') {
  const page = await phonePage(browser, { locale: lang, timezoneId: 'Europe/Paris' });
  await page.goto(server.url + 'editor/');
  await page.locator('[data-editor-check]').waitFor();
  return page;
}

/** Pastes `text` as the programme file and opens it. */
async function openText(page, text) {
  await page.locator('[data-editor-text="source"]').fill(text);
  await page.locator('[data-editor-check]').click();
}

/** The field of `path` (its first input, or its `lang` one). */
const field = (page, path, lang) => {
  const id = 'f-' + path.replace(/\]/g, '').replace(/[^A-Za-z0-9_]/g, '-');
  return page.locator(lang && lang !== 'fr' ? `#${id}-${lang}` : `#${id}`);
};

/** Downloads the programme; its text. */
async function download(page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-editor-download]').click(),
  ]);
  assert.equal(file.suggestedFilename(), 'programme.json');
  return readFile(await file.path(), 'utf8');
}

/**
 * Sets the preview's clock to `hh:mm` in Paris on the seed's day (UTC+1)
 * as the slider does on input; the preview and its slider.
 */
async function previewAt(page, hh, mm) {
  const preview = page.locator('[data-editor-preview]');
  const slider = preview.locator('[data-preview-time]');
  await slider.waitFor();
  const at = String(Date.UTC(2022, 10, 24, hh - 1, mm) / 1000);
  await slider.evaluate((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, at);
  return { preview, slider };
}

/** Types the seed's event into a new programme. */
async function typeSeedEvent(page, seed) {
  await page.locator('[data-editor-new]').click();
  await field(page, 'event.title').fill(seed.event.title.fr);
  await field(page, 'event.title', 'en').fill(seed.event.title.en);
  await field(page, 'event.timezone').fill(seed.event.timezone);
  await field(page, 'event.date').fill(seed.event.date);
  await field(page, 'event.info').fill(seed.event.info.fr);
}

test('the seed pasted into the editor opens as its 8 items, each summed up by time, title and speakers', async () => {
  const page = await editor('en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await openText(page, await read('dist/programme.json'));
  const items = page.locator('[data-editor-items] [data-item-form]');
  await items.nth(7).waitFor();
  assert.equal(await items.count(), 8);
  assert.equal(await items.nth(1).getAttribute('data-item-id'), 'fercoq-adam');
  const fercoq = await items.nth(1).locator('summary').innerText();
  assert.match(fercoq, /13:45/);
  assert.match(fercoq, /On the convergence of the ADAM algorithm/);
  assert.match(fercoq, /Olivier Fercoq/);
  await page.locator('[data-editor-valid]').waitFor();
  assert.equal(await page.locator('[data-editor-problems]').count(), 0);
  assert.equal(await page.locator('[data-editor-download]').isDisabled(), false);
  assert.deepEqual(page.errors, []);
});

test('an invalid file opens with each problem at its field and in the list, in the words of check-programme, FR and EN; fixed at the field, it is valid', async () => {
  const page = await editor('fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await openText(page, await read('tests/fixtures/duplicate-id.json'));
  const listed = page.locator('[data-editor-problems] [data-problem-path="sessions[2].id"]');
  await listed.waitFor();
  const fr = await listed.innerText();
  assert.match(fr, /^sessions\[2\]\.id: /);
  // Beside the field, the same message without the path the field gives.
  const here = page.locator('[data-field-problems="sessions[2].id"] li');
  assert.equal(await here.innerText(), fr.replace(/^sessions\[2\]\.id: /, ''));
  const id = field(page, 'sessions[2].id');
  assert.equal(await id.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('[data-editor-download]').isDisabled(), true);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'editor-invalid-fr', { fullPage: false });

  // The interface's language switch (not the preview widget's) says it in English.
  await page.locator('.la-ed-header [data-lang-switch] button[data-lang="en"]').click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const en = await listed.innerText();
  assert.match(en, /^sessions\[2\]\.id: /);
  assert.notEqual(en, fr);

  // The listed problem leads to its field; a new id there fixes the file.
  await listed.locator('button').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-sessions-2-id');
  await page.keyboard.press('End');
  await page.keyboard.type('-bis');
  await page.locator('[data-editor-valid]').waitFor();
  assert.equal(await here.count(), 0);
  assert.equal(await id.getAttribute('aria-invalid'), null);
  assert.equal(await page.locator('[data-editor-download]').isDisabled(), false);
  const saved = JSON.parse(await download(page));
  assert.equal(saved.sessions[2].id.endsWith('-bis'), true);
  assert.deepEqual(page.errors, []);
});

test("the seed's programme typed from scratch, item by item, downloads as the seed's file, byte for byte", async () => {
  const page = await editor('en');
  const seed = JSON.parse(await read('assets/programme.json'));
  await typeSeedEvent(page, seed);
  for (const [i, item] of seed.sessions.entries()) {
    if (i > 0) {
      await page.locator('[data-editor-add-item]').click();
      // The new item's start has the focus: typed at once.
      assert.equal(await page.evaluate(() => document.activeElement.id), `f-sessions-${i}-start`);
    }
    await field(page, `sessions[${i}].start`).fill(item.start);
    await field(page, `sessions[${i}].kind`).selectOption(item.kind);
    await field(page, `sessions[${i}].id`).fill(item.id);
    if (item.speakers) await field(page, `sessions[${i}].speakers`).fill(item.speakers.join('\n'));
    for (const lang of ['fr', 'en']) {
      if (item.title[lang]) await field(page, `sessions[${i}].title`, lang).fill(item.title[lang]);
      if (item.abstract?.[lang]) await field(page, `sessions[${i}].abstract`, lang).fill(item.abstract[lang]);
    }
  }
  await page.locator('[data-editor-valid]').waitFor();
  assert.equal(await download(page), await read('assets/programme.json'));
  assert.deepEqual(page.errors, []);
});

test("the seed's rows pasted into a new programme with the seed's event download as the seed's file; by keyboard; axe finds nothing; nothing wider than the phone", async () => {
  const page = await editor('en');
  const seed = JSON.parse(await read('assets/programme.json'));
  await typeSeedEvent(page, seed);
  await page.locator('[data-editor-text="rows"]').fill(await read('tests/fixtures/seed-rows.tsv'));
  await page.locator('[data-editor-read-rows]').focus();
  await page.keyboard.press('Enter');
  const report = page.locator('[data-editor-rows-report] li');
  await report.first().waitFor();
  assert.deepEqual(await report.allInnerTexts(), ['8 row(s) read, 0 skipped.']);
  assert.equal(await page.locator('[data-editor-items] [data-item-form]').count(), 8);
  await page.locator('[data-editor-valid]').waitFor();
  assert.equal(await download(page), await read('assets/programme.json'));

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width} px wide`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'editor-rows-en');
  assert.deepEqual(page.errors, []);
});

test("the preview is the real widget: at 14:20 Leiber's talk is on; an invalid edit keeps the last valid version, said so", async () => {
  const page = await editor('en');
  await openText(page, await read('dist/programme.json'));
  const { preview, slider } = await previewAt(page, 14, 20);
  assert.equal(await preview.locator('[data-preview-clock]').innerText(), '14:20');
  const leiber = preview.locator('[data-session-id="leiber-stft"]');
  await preview.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor();
  // By keyboard: one step of the slider is 5 minutes.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await preview.locator('[data-preview-clock]').innerText(), '14:25');
  assert.equal(await leiber.getAttribute('data-state'), 'live');

  // A change the widget shows at once: the break (unfolded) moved to 14:50.
  await page.locator('[data-item-form="3"] summary').click();
  await field(page, 'sessions[3].start').fill('14:50');
  await preview.locator('[data-session-id="pause"]').filter({ hasText: '14:50' }).waitFor();
  // An invalid start: the preview keeps the last valid version and says so.
  await field(page, 'sessions[3].start').fill('14h50');
  await preview.locator('[data-preview-stale]:not([hidden])').waitFor();
  assert.equal(await preview.locator('[data-session-id="pause"]').filter({ hasText: '14:50' }).count(), 1);
  await screenshot(page, 'editor-preview-en', { fullPage: false });
  assert.deepEqual(page.errors, []);
});

test("a speaker's affiliation and page typed on their line, and the online link, reach the preview; a bad number is said at its field", async () => {
  const page = await editor('fr');
  await openText(page, await read('dist/programme.json'));
  const { preview } = await previewAt(page, 14, 20);
  const leiber = preview.locator('[data-session-id="leiber-stft"]');
  await preview.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor();
  assert.equal(await preview.locator('[data-join]').count(), 0, 'the seed has no online link');

  await page.locator('[data-item-form="2"] summary').click();
  await field(page, 'sessions[2].speakers').fill('Maxime Leiber (Télécom Paris) https://example.org/leiber');
  await leiber.locator('[data-affiliation]').filter({ hasText: 'Télécom Paris' }).waitFor();
  // The item's summary line says who, as typed.
  assert.match(await page.locator('[data-item-form="2"] summary').innerText(), /Maxime Leiber \(Télécom Paris\)/);

  await field(page, 'event.online.url').fill('https://visio.example.org/atelier');
  const join = preview.locator('[data-join]');
  await join.waitFor();
  assert.equal(await join.getAttribute('href'), 'https://visio.example.org/atelier');
  await field(page, 'event.online.label').fill('Suivre sur la visio');
  await join.filter({ hasText: 'Suivre sur la visio' }).waitFor();

  // A word where minutes are wanted: said at that field, in French.
  await field(page, 'event.online.opens_minutes_before').fill('quinze');
  const here = page.locator('[data-field-problems="event.online.opens_minutes_before"] li');
  await here.waitFor();
  assert.match(await here.innerText(), /nombre/);
  await field(page, 'event.online.opens_minutes_before').fill('15');
  await here.waitFor({ state: 'detached' });
  assert.deepEqual(await axeViolations(page), []);

  const file = JSON.parse(await download(page));
  assert.deepEqual(file.sessions[2].speakers, [
    { name: 'Maxime Leiber', affiliation: 'Télécom Paris', url: 'https://example.org/leiber' },
  ]);
  assert.deepEqual(file.event.online, {
    url: 'https://visio.example.org/atelier',
    label: { fr: 'Suivre sur la visio' },
    opens_minutes_before: 15,
  });
  await page.locator('[data-editor-online]').scrollIntoViewIfNeeded();
  await screenshot(page, 'editor-online-fr', { fullPage: false });
  assert.deepEqual(page.errors, []);
});

test('a file chosen in the file input opens as pasted text would', async () => {
  const page = await editor('en');
  await page.locator('[data-editor-file]').setInputFiles(join(ROOT, 'tests/fixtures/duplicate-id.json'));
  await page.locator('[data-editor-problems] [data-problem-path="sessions[2].id"]').waitFor();
  assert.equal(
    await page.locator('[data-editor-text="source"]').inputValue(),
    await read('tests/fixtures/duplicate-id.json'),
  );
  assert.deepEqual(page.errors, []);
});

test('a text that is not JSON is refused with its problem; the form keeps what it had', async () => {
  const page = await editor('en');
  await openText(page, await read('dist/programme.json'));
  await page.locator('[data-item-form="7"]').waitFor();
  await openText(page, '{ "version": 1, ');
  await page.locator('[data-editor-unopened] li').waitFor();
  assert.equal(await page.locator('[data-editor-items] [data-item-form]').count(), 8);
  assert.deepEqual(page.errors, []);
});

test('a programme opened from its address on the web; an address that answers 404 says so', async () => {
  const page = await editor('en');
  await page.locator('[data-editor-url]').fill(server.url + 'nothing-here.json');
  await page.locator('[data-editor-open-url]').click();
  assert.match(await page.locator('[data-editor-unreadable]').innerText(), /404/);
  await page.locator('[data-editor-url]').fill(server.url + 'programme.json');
  await page.keyboard.press('Enter');
  await page.locator('[data-item-form="7"]').waitFor();
  assert.equal(await page.locator('[data-editor-unreadable]').count(), 0);
  // Chromium's own console line for the 404 asked for; nothing else.
  assert.deepEqual(page.errors.filter((e) => !/status of 404/.test(e)), []);
});

test('what was typed is still there after the page is closed and opened again', async () => {
  const page = await editor('en');
  await page.locator('[data-editor-new]').click();
  await field(page, 'event.title', 'en').fill('Half-typed workshop');
  await page.reload();
  await page.locator('[data-editor-restored]').waitFor();
  assert.equal(await field(page, 'event.title', 'en').inputValue(), 'Half-typed workshop');
  assert.deepEqual(page.errors, []);
});

test("the editor's first load: only dist/editor/'s own files, none of the widget's; its weight reported", async () => {
  const page = await phonePage(browser, { locale: 'en' });
  const cdp = await page.context().newCDPSession(page);
  const recorder = await recordDownloads(page, cdp);
  await page.goto(server.url + 'editor/');
  await page.locator('[data-editor-check]').waitFor();
  const { downloaded } = await recorder.downloads();
  const { files, total, problems } = await weigh(downloaded, new URL(server.url).origin, DIST);
  assert.deepEqual(problems, []);
  for (const f of files) assert.match(f.name, /^editor\//, `${f.name} is not one of the editor's files`);
  assert.ok(files.some((f) => /_bg\.wasm$/.test(f.name)), 'the editor\'s wasm');
  // Its own figure, not part of the visitor's budget (issue 15).
  console.log(`editor first load: ${files.length} files, ${(total.brotli / 1024).toFixed(1)} KB brotli`);
  assert.deepEqual(page.errors, []);
});

test("the editor's page runs under a strict Content-Security-Policy: no inline script runs, its own start does", async () => {
  // The built page: the policy first in its head, and no script but files.
  const html = await read('dist/editor/index.html');
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  assert.ok(policy, 'the page carries a policy');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'before any script');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  for (const script of html.match(/<script[^>]*>/g)) assert.match(script, /^<script type="module" src="\.\/start-[0-9a-f]+\.js">$/);
  // In the browser: the editor started (every other test of this file
  // also fails on any refusal, a console error), and a script slipped in
  // as an inline one is refused.
  const page = await editor('en');
  const refused = page.evaluate(
    () =>
      new Promise((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
        const injected = document.createElement('script');
        injected.textContent = 'window.__injected = true';
        document.body.append(injected);
      }),
  );
  assert.match(await refused, /^script-src/);
  assert.equal(await page.evaluate(() => window.__injected), undefined);
  assert.deepEqual(page.errors.filter((e) => !/Content Security Policy/.test(e)), []);
});

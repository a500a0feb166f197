// The organisers' editor (dist/editor/, issue 15's first slice) on a phone:
// open a programme by pasting it, see its items or its problems at their
// paths, paste the seed's rows from a spreadsheet and download the v1 file.
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
  const page = await phonePage(browser, { locale: lang });
  await page.goto(server.url + 'editor/');
  await page.locator('[data-editor-check]').waitFor();
  return page;
}

/** Pastes `text` as the programme file and checks it. */
async function openText(page, text) {
  await page.locator('[data-editor-text="source"]').fill(text);
  await page.locator('[data-editor-check]').click();
}

test('the seed pasted into the editor lists its 8 items, with times, titles and speakers', async () => {
  const page = await editor('en');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('[data-editor-download]').isDisabled(), true);
  await openText(page, await read('dist/programme.json'));
  const items = page.locator('[data-editor-items] [data-item-id]');
  await items.nth(7).waitFor();
  assert.equal(await items.count(), 8);
  assert.equal(await items.nth(1).getAttribute('data-item-id'), 'fercoq-adam');
  const fercoq = await items.nth(1).innerText();
  assert.match(fercoq, /13:45/);
  assert.match(fercoq, /On the convergence of the ADAM algorithm/);
  assert.match(fercoq, /Olivier Fercoq/);
  assert.equal(await page.locator('[data-editor-problems]').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('an invalid file shows each problem beside its path, in the words of check-programme, FR and EN', async () => {
  const page = await editor('fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  await openText(page, await read('tests/fixtures/duplicate-id.json'));
  const problem = page.locator('[data-editor-problems] [data-problem-path="sessions[2].id"]');
  await problem.waitFor();
  const fr = await problem.innerText();
  assert.match(fr, /^sessions\[2\]\.id: /);
  assert.equal(await page.locator('[data-editor-items]').count(), 0);
  assert.equal(await page.locator('[data-editor-download]').isDisabled(), true);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'editor-invalid-fr', { fullPage: false });

  // The language switch says the same problem in English.
  await page.locator('[data-lang-switch] button[data-lang="en"]').click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const en = await problem.innerText();
  assert.match(en, /^sessions\[2\]\.id: /);
  assert.notEqual(en, fr);
  assert.deepEqual(page.errors, []);
});

test("the seed's rows pasted with the seed's event download as the seed's file, byte for byte; axe finds nothing", async () => {
  const page = await editor('en');
  await openText(page, await read('dist/programme.json'));
  await page.locator('[data-editor-items]').waitFor();
  await page.locator('[data-editor-text="rows"]').fill(await read('tests/fixtures/seed-rows.tsv'));
  // By keyboard: focus the button and press Enter.
  await page.locator('[data-editor-read-rows]').focus();
  await page.keyboard.press('Enter');
  const report = page.locator('[data-editor-rows-report] li');
  await report.first().waitFor();
  assert.deepEqual(await report.allInnerTexts(), ['8 row(s) read, 0 skipped.']);
  assert.equal(await page.locator('[data-editor-items] [data-item-id]').count(), 8);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-editor-download]').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'programme.json');
  const saved = await readFile(await download.path(), 'utf8');
  assert.equal(saved, await read('assets/programme.json'));

  // Nothing wider than the phone's screen.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page is ${width} px wide`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'editor-rows-en');
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

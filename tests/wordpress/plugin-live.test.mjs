// The organisers' editor in WordPress (issue 15): as an Editor, the
// programme's screen opens the editor (dist/editor/, shipped in the zip)
// in a frame, which saves through the REST API with the nonce: the static
// file and a public page follow; an invalid save is refused with its
// problems shown and changes nothing; an earlier version is restored in
// one click. On a phone, the live controls during Leiber's talk: "+10 min
// from here" on the break makes an open visitor page show the break at
// 14:55 within a minute (the widget polls every minute); a save that cannot
// reach the server says so and is sent again; axe-clean. The admin bar
// offers the live controls on the event's day only.
//
// Runs first of the suite (the plugin's other suites reinstall it): the
// plugin is unpacked from the zip and activated here when it is not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PHONE, screenshot } from '../e2e/support/browser.mjs';
import { axeViolations } from '../e2e/support/axe.mjs';
import { CONTENT, NOW, ROOT, SITE, login, openLive, wp } from './support.mjs';

const API = '/wp-json/live-agenda/v1';
const PLUGIN = join(CONTENT, 'plugins', 'live-agenda');
const FOLDER = join(CONTENT, 'uploads', 'live-agenda');
const SEED = await readFile(join(ROOT, 'assets', 'programme.json'), 'utf8');
const EDITED = 'atelier-edite'; // changed through the editor's page
const LIVE = 'atelier-direct'; // run from the phone
const file = (slug) => readFile(join(FOLDER, `${slug}.json`), 'utf8');
const editScreen = (slug) => `${SITE}/wp-admin/edit.php?post_type=la_programme&page=live-agenda-edit&programme=${slug}`;

let browser;
let editor; // REST session of the Editor
let visitor; // a phone on the public page of LIVE, open from the start
const pages = {};

const put = (slug, body) =>
  editor.fetch(`${API}/programmes/${slug}`, { method: 'PUT', body, headers: { 'content-type': 'application/json' } });

/** A browser context logged in as the Editor. */
async function asEditor(options = {}) {
  const context = await browser.newContext(options);
  await context.addCookies(editor.cookies());
  return context;
}

/** A post holding the shortcode for `slug` at Leiber's talk, published by the Editor. */
function publish(slug) {
  const path = join('/tmp', `live-agenda-${slug}.html`);
  execFileSync('sh', ['-c', `printf '%s\\n' "$1" > "$2"`, 'sh', `[live_agenda programme="${slug}" now="${NOW}"]`, path]);
  return wp('post-as', 'editor', `page-${slug}`, `Programme ${slug}`, path);
}

before(async () => {
  if (!existsSync(join(PLUGIN, 'live-agenda.php'))) {
    execFileSync('python3', ['-m', 'zipfile', '-e', join(ROOT, 'target', 'plugin', 'live-agenda.zip'), join(CONTENT, 'plugins')]);
    execFileSync('chown', ['-R', 'www-data:www-data', PLUGIN]);
  }
  wp('activate', 'live-agenda/live-agenda.php');
  // The themes suite uploads dist/ by hand (as root) into the folder the
  // plugin writes its files to: not the plugin's to share.
  await rm(FOLDER, { recursive: true, force: true });
  browser = await launch();
  editor = await login('editor');
  for (const slug of [EDITED, LIVE]) {
    const response = await put(slug, SEED);
    assert.ok([200, 201].includes(response.status), await response.text());
    pages[slug] = publish(slug);
  }
  // The visitor's phone opens now: its minute polls run while the other
  // tests do, so the live test waits for one poll at most.
  visitor = await openLive(browser, pages[LIVE]);
});

after(async () => {
  await visitor?.close();
  await browser?.close();
});

test('as an Editor, the programme’s screen opens the editor, whose Save stores the change: its file and the public page follow', async () => {
  const context = await asEditor({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(editScreen(EDITED));
  const frame = page.frameLocator('[data-live-agenda-editor]');
  // The stored programme, in the editor's form.
  // The editor's first load (its wasm) on a busy machine can be slow.
  await frame.locator('[data-item-form="7"]').waitFor({ timeout: 60_000 });
  assert.equal(await frame.locator('#f-event-title').inputValue(), 'Atelier optimisation');
  // The announcement typed in its fields, in French and English.
  await screenshot(page, 'wordpress-editor-screen', { fullPage: false });
  await frame.locator('#f-event-notice').fill('L’atelier a lieu en salle B');
  await frame.locator('#f-event-notice-en').fill('The workshop is in room B');
  const changed = JSON.parse(SEED);
  changed.event.notice = { fr: 'L’atelier a lieu en salle B', en: 'The workshop is in room B' };
  const body = JSON.stringify(changed, null, 2) + '\n';
  await frame.locator('[data-editor-save]').click();
  const status = frame.locator('[data-save-status]');
  await status.getByText(/Enregistré/).waitFor();
  assert.equal(await file(EDITED), body, 'the phones’ file is the saved text');
  const phone = await openLive(browser, pages[EDITED]);
  try {
    // The widget's announcement, and the page's own copy for readers
    // without JavaScript (the checker's HTML, made again at the save).
    const notices = await phone.page.locator('[data-notice="announcement"]').allInnerTexts();
    assert.equal(notices.length, 2, notices.join(' | '));
    assert.ok(notices.every((n) => /salle B/.test(n)), notices.join(' | '));
  } finally {
    await phone.close();
  }
  await context.close();
});

test('an invalid save is refused with each problem shown; the form stays, and the file and public page keep the last good programme', async () => {
  const before = await file(EDITED);
  const context = await asEditor({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(editScreen(EDITED));
  const frame = page.frameLocator('[data-live-agenda-editor]');
  // The editor's first load (its wasm) on a busy machine can be slow.
  await frame.locator('[data-item-form="7"]').waitFor({ timeout: 60_000 });
  assert.equal(await frame.locator('#f-event-notice').inputValue(), 'L’atelier a lieu en salle B');
  // An impossible start, typed in the third item's field and saved anyway.
  await frame.locator('[data-item-form="2"] summary').click();
  const start = frame.locator('#f-sessions-2-start');
  await start.fill('25:99');
  await frame.locator('[data-field-problems="sessions[2].start"] li').waitFor();
  await frame.locator('[data-editor-save]').click();
  const status = frame.locator('[data-save-status]');
  await status.getByText(/Non enregistré/).waitFor();
  const problems = await status.locator('[data-save-problem]').allInnerTexts();
  assert.ok(problems.some((p) => p.startsWith('sessions[2].start: ')), problems.join(' | '));
  assert.equal(await start.inputValue(), '25:99', 'what was typed is kept');
  assert.equal(await file(EDITED), before);
  assert.equal(await (await fetch(`${SITE}${API}/programmes/${EDITED}`)).text(), before);
  await context.close();
});

test('an earlier version is restored in one click: the file, the REST GET and the list follow', async () => {
  const context = await asEditor({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(editScreen(EDITED));
  const rows = page.locator('[data-live-agenda-revisions] li');
  assert.ok((await rows.count()) >= 2);
  await page.locator('[data-live-agenda-revisions]').scrollIntoViewIfNeeded();
  await screenshot(page, 'wordpress-revisions', { fullPage: false });
  assert.equal(await rows.first().locator('[data-revision-current]').count(), 1, 'the newest is the programme now');
  // Newest first: the last row is the seed as first stored.
  await Promise.all([page.waitForURL(/restored=1/), rows.last().locator('[data-restore]').click()]);
  assert.match(await page.locator('[data-live-agenda-saved]').innerText(), /rétablie/);
  assert.equal(await file(EDITED), SEED);
  assert.equal(await (await fetch(`${SITE}${API}/programmes/${EDITED}`)).text(), SEED);
  assert.equal(await page.locator('[data-live-agenda-revisions] li').first().locator('[data-revision-current]').count(), 1);
  // The REST route does the same, for scripts; an unknown version is a 404.
  const other = await editor.fetch(`${API}/programmes/${EDITED}/revisions/999999/restore`, { method: 'POST' });
  assert.equal(other.status, 404);
  await context.close();
});

test('on a phone during Leiber’s talk, “+10 min from here” on the break shows the break at 14:55 on an open visitor page within a minute', async () => {
  const context = await asEditor(PHONE);
  const page = await context.newPage();
  await page.goto(`${SITE}/wp-admin/edit.php?post_type=la_programme&page=live-agenda-live&programme=${LIVE}&now=${encodeURIComponent(NOW)}`);
  const frame = page.frameLocator('[data-live-agenda-editor]');
  await frame.locator('[data-live-now] [data-live-item="leiber-stft"]').waitFor();
  assert.ok(await frame.locator('[data-simulated-clock]').isVisible(), 'the simulated clock is said');
  assert.equal(await frame.locator('[data-live-next] [data-live-item]').first().getAttribute('data-live-item'), 'pause');
  const editorFrame = page.frames().find((f) => f.url().includes('/widget/editor/'));
  assert.deepEqual(await axeViolations(editorFrame), []);

  const tapped = Date.now();
  await frame.locator('[data-live-item="pause"] [data-late="10"]').click();
  await frame.locator('[data-live-status]').getByText(/Enregistré/).waitFor();
  const saved = JSON.parse(await file(LIVE));
  assert.equal(saved.sessions[3].delay_minutes, 10);
  assert.equal(saved.sessions[2].delay_minutes, undefined, 'Leiber’s talk keeps its time');
  assert.match(await frame.locator('[data-live-item="pause"] [data-live-late]').innerText(), /10\u00a0min de retard/);
  await screenshot(page, 'wordpress-live-controls', { fullPage: false });

  // The visitor's widget polls the static file once a minute.
  await visitor.widget.locator('[data-session-id="pause"] time[datetime="2022-11-24T14:55:00+01:00"]').waitFor({ timeout: 65_000 });
  console.log(`# the visitor saw the break at 14:55 ${((Date.now() - tapped) / 1000).toFixed(0)} s after the tap`);
  await visitor.widget.locator('[data-session-id="leiber-stft"][data-state]').scrollIntoViewIfNeeded();
  await screenshot(visitor.page, 'wordpress-visitor-running-late', { fullPage: false });
  assert.equal(await visitor.widget.locator('[data-session-id="leiber-stft"][data-state]').getAttribute('data-state'), 'live');
  assert.deepEqual(visitor.errors, []);

  // Offline, a tap is never silent, and "Try again" sends it once back.
  await context.setOffline(true);
  await frame.locator('[data-live-item="pause"] [data-late="15"]').click();
  await frame.locator('[data-live-status]').getByText(/n’a pas pu être joint/).waitFor();
  assert.equal(JSON.parse(await file(LIVE)).sessions[3].delay_minutes, 10);
  await context.setOffline(false);
  await frame.locator('[data-live-retry]').click();
  await frame.locator('[data-live-status]').getByText(/\+15\u00a0min/).waitFor();
  assert.equal(JSON.parse(await file(LIVE)).sessions[3].delay_minutes, 15);

  // Back on time, then the announcement on and off.
  await frame.locator('[data-back-on-time]').click();
  await frame.locator('[data-on-time]').waitFor();
  assert.equal(await file(LIVE), SEED, 'back on time is the programme as planned');
  await frame.locator('[data-notice-field="fr"]').fill('Pause prolongée');
  await frame.locator('[data-notice-show]').click();
  await frame.locator('[data-live-status]').getByText(/l’annonce est affichée/).waitFor();
  assert.deepEqual(JSON.parse(await file(LIVE)).event.notice, { fr: 'Pause prolongée' });
  await frame.locator('[data-notice-hide]').click();
  await frame.locator('[data-live-status]').getByText(/l’annonce est retirée/).waitFor();
  assert.equal(JSON.parse(await file(LIVE)).event.notice, undefined);
  assert.equal(await frame.locator('[data-notice-field="fr"]').inputValue(), 'Pause prolongée', 'what was typed stays');
  await context.close();
});

test('the admin bar offers the live controls on the event’s day only', async () => {
  // Today in the event's zone: the seed moved to today.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const todays = JSON.parse(SEED);
  todays.event.date = today;
  assert.equal((await put('atelier-du-jour', JSON.stringify(todays))).status, 201);
  const context = await asEditor();
  const page = await context.newPage();
  await page.goto(`${SITE}/`);
  const link = page.locator('#wp-admin-bar-live-agenda-live-atelier-du-jour a');
  assert.match(await link.getAttribute('href'), /page=live-agenda-live&(amp;)?programme=atelier-du-jour/);
  // The seed's day is past: no link for it.
  assert.equal(await page.locator(`#wp-admin-bar-live-agenda-live-${LIVE}`).count(), 0);
  await context.close();
  assert.equal((await editor.fetch(`${API}/programmes/atelier-du-jour`, { method: 'DELETE' })).status, 200);
});

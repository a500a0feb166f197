// The plugin (issue 14, first step): `make plugin`'s zip installed as
// wp-admin's "Upload Plugin" does (unpacked into wp-content/plugins) and
// activated; an Author, who lacks unfiltered_html and whose <script> the
// Custom HTML block loses, writes `[live_agenda …]` in a post: the widget
// shows on the published post, with no script pasted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, PHONE, screenshot } from '../e2e/support/browser.mjs';
import { axeViolations } from '../e2e/support/axe.mjs';
import { CONTENT, NOW, ROOT, wp } from './support.mjs';

let browser;
let postUrl;

before(async () => {
  // "Upload Plugin": the zip unpacked into the plugins folder, then activated.
  await rm(join(CONTENT, 'plugins', 'live-agenda'), { recursive: true, force: true });
  execFileSync('python3', ['-m', 'zipfile', '-e', join(ROOT, 'target/plugin/live-agenda.zip'), join(CONTENT, 'plugins')]);
  wp('activate', 'live-agenda/live-agenda.php');
  wp('theme', 'twentytwentythree');
  // The programme where the shortcode points (README step 2).
  await mkdir(join(CONTENT, 'uploads'), { recursive: true });
  await writeFile(join(CONTENT, 'uploads', 'programme.json'), await readFile(join(ROOT, 'dist', 'programme.json')));
  wp('user', 'author', 'author', 'LiveAgenda-Author-2026!', 'author@example.com');
  const tmp = join(ROOT, 'target', 'wordpress');
  await mkdir(tmp, { recursive: true });
  const post = join(tmp, 'shortcode.txt');
  await writeFile(post, `Le programme en direct :\n\n[live_agenda src="/wp-content/uploads/programme.json" lang="fr" now="${NOW}"]\n\n<script>window.__pasted = true;</script>`);
  postUrl = wp('post-as', 'author', 'atelier-auteur', 'Atelier (article d’un auteur)', post);
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('an Author’s [live_agenda] shortcode shows the live agenda, though the Author cannot paste a <script>', async () => {
  const context = await browser.newContext({ ...PHONE, colorScheme: 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(postUrl);
  const widget = page.locator('[data-live-agenda]');
  await widget.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor({ timeout: 15_000 });
  assert.equal(await widget.getAttribute('data-lang'), 'fr');
  // WordPress removed the Author's own script, as it does on a real save:
  // the widget runs without one.
  assert.equal(await page.evaluate(() => window.__pasted ?? false), false);
  // The loader is the plugin's, loaded once, as a module.
  const loaders = await page.evaluate(() =>
    [...document.querySelectorAll('script[src*="live-agenda.js"]')].map((s) => [new URL(s.src).pathname, s.type]),
  );
  assert.deepEqual(loaders, [['/wp-content/plugins/live-agenda/widget/live-agenda.js', 'module']]);
  const inside = (await axeViolations(page)).filter((v) => v.includes('data-live-agenda'));
  assert.deepEqual(inside, []);
  assert.deepEqual(errors, []);
  await screenshot(page, 'wordpress-plugin-author-post', { fullPage: false });
  await context.close();
});

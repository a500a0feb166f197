// The plugin on a multisite network (scripts/wordpress/multisite.sh), as on
// an institution's WordPress: network-activated by the super admin from the
// network's Plugins screen; a site's administrator, who on a network has no
// unfiltered_html, stores a programme through REST and publishes a post
// with the block through the editor's save path; a phone shows the live
// agenda, which reads the site's own static file, served without PHP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, screenshot } from '../e2e/support/browser.mjs';
import { CONTENT, NETWORK, NETWORK_SITE, NOW, ROOT, login, openLive } from './support.mjs';

const API = '/wp-json/live-agenda/v1';
const PLUGIN = join(CONTENT, 'plugins', 'live-agenda');
// Each site of a network has its uploads in uploads/sites/<id>/.
const FILE = join(CONTENT, 'uploads', 'sites', '2', 'live-agenda', 'atelier.json');
const HANDLER_LOG = '/var/log/apache2/live-agenda-wordpress-handler.log';
const SEED = await readFile(join(ROOT, 'assets', 'programme.json'));
const onSite = (...args) => execFileSync('php', [join(ROOT, 'scripts/wordpress/wp.php'), ...args], {
  encoding: 'utf8',
  env: { ...process.env, WP_HOST: 'localhost:8181', WP_PATH: '/site2/' },
}).trim();

let browser;

before(async () => {
  // The plugin's files as Upload Plugin leaves them (the suite's single
  // site installs it that way too; the network shares the plugins folder).
  if (!existsSync(join(PLUGIN, 'live-agenda.php'))) {
    execFileSync('python3', ['-m', 'zipfile', '-e', join(ROOT, 'target', 'plugin', 'live-agenda.zip'), join(CONTENT, 'plugins')]);
    execFileSync('chown', ['-R', 'www-data:www-data', PLUGIN]);
  }
  execFileSync('bash', [join(ROOT, 'scripts', 'wordpress', 'multisite.sh')], { stdio: 'pipe' });
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test('network-activated, the plugin lets a site administrator without unfiltered_html store a programme and publish the block', async () => {
  assert.equal(onSite('can', 'siteadmin', 'unfiltered_html'), 'no', 'a site administrator of a network lacks unfiltered_html');
  // Network Admin › Extensions › « Activer sur le réseau ».
  const superAdmin = await login('admin', NETWORK);
  const context = await browser.newContext();
  await context.addCookies(superAdmin.cookies());
  const page = await context.newPage();
  await page.goto(`${NETWORK}/wp-admin/network/plugins.php`);
  const row = page.locator('tr[data-plugin="live-agenda/live-agenda.php"]');
  if (!/\bactive\b/.test(await row.getAttribute('class'))) {
    await Promise.all([page.waitForURL(/plugins\.php/), row.locator('.activate a').click()]);
  }
  assert.match(await page.locator('tr[data-plugin="live-agenda/live-agenda.php"]').getAttribute('class'), /\bactive\b/);
  await context.close();

  const siteAdmin = await login('siteadmin', NETWORK_SITE);
  await siteAdmin.fetch(`${API}/programmes/atelier`, { method: 'DELETE' });
  const put = await siteAdmin.fetch(`${API}/programmes/atelier`, {
    method: 'PUT',
    body: SEED,
    headers: { 'content-type': 'application/json' },
  });
  const stored = await put.json();
  assert.equal(put.status, 201, JSON.stringify(stored));
  assert.deepEqual(await readFile(FILE), SEED, "the site's own uploads folder");
  assert.match(stored.url, /\/wp-content\/uploads\/sites\/2\/live-agenda\/atelier\.json$/);
  // That file, asked for again with its ETag: a 304 from Apache, no PHP.
  const first = await fetch(stored.url);
  await first.arrayBuffer();
  const from = (await readFile(HANDLER_LOG, 'utf8')).split('\n').length - 1;
  assert.equal((await fetch(stored.url, { headers: { 'if-none-match': first.headers.get('etag') } })).status, 304);
  await new Promise((r) => setTimeout(r, 200));
  const lines = (await readFile(HANDLER_LOG, 'utf8')).split('\n').slice(from).filter((l) => l.includes('atelier.json'));
  assert.deepEqual(lines.map((l) => l.split(' ').slice(0, 2).join(' ')), ['304 -']);

  const created = await siteAdmin.fetch('/wp-json/wp/v2/posts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Atelier (réseau)',
      status: 'publish',
      content: `<!-- wp:live-agenda/agenda {"programme":"atelier","now":"${NOW}"} /-->\n<script>window.__pasted = true;</script>`,
    }),
  });
  const post = await created.json();
  assert.equal(created.status, 201, JSON.stringify(post).slice(0, 300));
  assert.doesNotMatch(post.content.raw, /<script/, 'kses removed the site administrator’s script');

  const { page: visitor, widget, errors, close } = await openLive(browser, post.link);
  assert.equal(await widget.getAttribute('data-src'), stored.url);
  assert.equal(await visitor.evaluate(() => window.__pasted ?? false), false);
  assert.deepEqual(errors, []);
  await screenshot(visitor, 'wordpress-network-site-post', { fullPage: false });
  await close();
});

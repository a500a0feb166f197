// The plugin (issue 14) on a real WordPress, with DISALLOW_UNFILTERED_HTML
// set (as on a multisite, where only super admins may paste scripts):
// `make plugin`'s zip installed through wp-admin's Upload Plugin and
// activated; an Administrator stores the seed's programme through the REST
// API; phones' polls of its static file are 304s that never start PHP; an
// invalid programme is refused with its paths and changes nothing; an
// Author, through the block editor's own REST save path (so kses applies),
// publishes a post with the block and one with the shortcode, which a
// visitor's phone shows as a live agenda, and which reads as a programme
// without JavaScript; a revision restores an earlier version; without a
// checker that runs, nothing is saved; deleting the plugin removes what it
// made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, rename, rm, stat, writeFile, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launch, PHONE, screenshot } from '../e2e/support/browser.mjs';
import { axeViolations } from '../e2e/support/axe.mjs';
import { CONTENT, NOW, ROOT, SITE, login, openLive, wp } from './support.mjs';

const API = '/wp-json/live-agenda/v1';
const SLUG = 'atelier';
const PLUGIN = join(CONTENT, 'plugins', 'live-agenda');
const CHECKER = join(PLUGIN, 'bin', 'check-programme-x86_64-linux');
const FOLDER = join(CONTENT, 'uploads', 'live-agenda');
const FILE = join(FOLDER, `${SLUG}.json`);
const FILE_URL = `${SITE}/wp-content/uploads/live-agenda/${SLUG}.json`;
// Which Apache handler answered each request (scripts/wordpress/start.sh).
const HANDLER_LOG = '/var/log/apache2/live-agenda-wordpress-handler.log';
// Set for this suite only: the themes suite pastes a <script> as admin.
const NO_UNFILTERED_HTML = join(CONTENT, 'mu-plugins', 'live-agenda-test-disallow-unfiltered-html.php');
const SEED = await readFile(join(ROOT, 'assets', 'programme.json'));
const ERROR_LOG = '/var/log/apache2/live-agenda-wordpress-error.log';
let errorLogFrom = 0;

let browser;
let admin; // REST sessions: login cookie + nonce
let author;
const posts = {}; // { block, shortcode }: { id, link }

/** A browser context logged in as `session`'s user. */
async function contextAs(session, options = {}) {
  const context = await browser.newContext(options);
  await context.addCookies(session.cookies());
  return context;
}

const put = (session, slug, body) =>
  session.fetch(`${API}/programmes/${slug}`, { method: 'PUT', body, headers: { 'content-type': 'application/json' } });

/** The Apache handler log's lines for `path` since `from` lines. */
async function handled(path, from) {
  const lines = (await readFile(HANDLER_LOG, 'utf8')).split('\n').slice(from);
  return lines.filter((l) => l.includes(` ${path} `));
}
const logLength = async () => (await readFile(HANDLER_LOG, 'utf8')).split('\n').length - 1;

before(async () => {
  errorLogFrom = existsSync(ERROR_LOG) ? (await readFile(ERROR_LOG, 'utf8')).length : 0;
  // A clean site: an earlier run's plugin removed the way "Delete" does.
  if (existsSync(PLUGIN)) {
    wp('uninstall', 'live-agenda/live-agenda.php');
    await rm(PLUGIN, { recursive: true, force: true });
  }
  // The themes suite uploads dist/ by hand (as root) into the folder the
  // plugin writes its files to: not the plugin's to share.
  await rm(FOLDER, { recursive: true, force: true });
  await mkdir(join(CONTENT, 'mu-plugins'), { recursive: true });
  await writeFile(
    NO_UNFILTERED_HTML,
    "<?php\n// Written by tests/wordpress/plugin.test.mjs, removed after it: nobody may paste HTML unfiltered.\ndefine( 'DISALLOW_UNFILTERED_HTML', true );\n",
  );
  assert.equal(wp('can', 'admin', 'unfiltered_html'), 'no', 'the Administrator lacks unfiltered_html');
  wp('user', 'author', 'author', 'LiveAgenda-Author-2026!', 'author@example.com');
  wp('theme', 'twentytwentythree');
  browser = await launch();
  admin = await login('admin');
  author = await login('author');
  // wp-admin › Extensions › Ajouter › Téléverser une extension, then Activer.
  const context = await contextAs(admin);
  const page = await context.newPage();
  await page.goto(`${SITE}/wp-admin/plugin-install.php`);
  await page.click('.upload-view-toggle');
  await page.setInputFiles('#pluginzip', join(ROOT, 'target', 'plugin', 'live-agenda.zip'));
  await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
  await Promise.all([page.waitForURL(/plugins\.php/), page.click('a[href*="action=activate"]')]);
  assert.match(await page.locator('tr[data-plugin="live-agenda/live-agenda.php"]').getAttribute('class'), /\bactive\b/);
  await context.close();
});

after(async () => {
  await browser?.close();
  await rm(NO_UNFILTERED_HTML, { force: true });
});

test('an Administrator without unfiltered_html stores the seed’s programme through REST: its static file, byte for byte', async () => {
  // Upload Plugin unpacks without execute bits; the plugin gives the
  // checker its own back on first use.
  assert.equal((await stat(CHECKER)).mode & 0o111, 0, 'unpacked without its execute bit');
  await admin.fetch(`${API}/programmes/${SLUG}`, { method: 'DELETE' });
  const response = await put(admin, SLUG, SEED);
  const body = await response.json();
  assert.equal(response.status, 201, JSON.stringify(body));
  assert.equal(body.slug, SLUG);
  assert.equal(body.title, 'Atelier optimisation'); // the site's language
  assert.equal(body.url, FILE_URL);
  assert.ok(((await stat(CHECKER)).mode & 0o111) !== 0, 'the checker is executable now');
  assert.deepEqual(await readFile(FILE), SEED);
  const fetched = await fetch(FILE_URL);
  assert.deepEqual(Buffer.from(await fetched.arrayBuffer()), SEED);
  // The REST GET: the same text, not a JSON string of it.
  const got = await fetch(`${SITE}${API}/programmes/${SLUG}`);
  assert.equal(got.status, 200);
  assert.match(got.headers.get('content-type'), /^application\/json/);
  assert.deepEqual(Buffer.from(await got.arrayBuffer()), SEED);
  const list = await (await fetch(`${SITE}${API}/programmes`)).json();
  assert.deepEqual(
    list.map((p) => [p.slug, p.title, p.url]),
    [[SLUG, 'Atelier optimisation', FILE_URL]],
  );
});

test('phones poll the static file: a 304 on its ETag, answered by Apache without PHP', async () => {
  const from = await logLength();
  const first = await fetch(FILE_URL, { headers: { 'cache-control': 'no-cache' } });
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  assert.ok(etag && first.headers.get('last-modified'), 'ETag and Last-Modified');
  const t0 = performance.now();
  const again = await fetch(FILE_URL, { headers: { 'if-none-match': etag } });
  const staticMs = performance.now() - t0;
  assert.equal(again.status, 304);
  // For contrast, the same programme through WordPress's REST API.
  const t1 = performance.now();
  const rest = await fetch(`${SITE}${API}/programmes/${SLUG}`, { headers: { 'if-none-match': '"x"' } });
  await rest.arrayBuffer();
  const restMs = performance.now() - t1;
  await new Promise((r) => setTimeout(r, 200)); // Apache writes its log after the response
  const lines = await handled('/wp-content/uploads/live-agenda/atelier.json', from);
  assert.deepEqual(
    lines.map((l) => l.split(' ').slice(0, 2).join(' ')),
    ['200 -', '304 -'],
    'no handler (no PHP) for either request',
  );
  const restLines = await handled(`${API}/programmes/${SLUG}`, from);
  assert.match(restLines.at(-1), /^200 application\/x-httpd-php /, 'the REST route runs PHP');
  // The log is the evidence; the times are reported for the README.
  console.log(`# static 304: ${staticMs.toFixed(1)} ms; REST 200 through PHP: ${restMs.toFixed(1)} ms`);
});

test('the REST GET has an ETag and a Last-Modified, and answers 304 to either', async () => {
  const first = await fetch(`${SITE}${API}/programmes/${SLUG}`);
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  const modified = first.headers.get('last-modified');
  assert.match(etag, /^"[0-9a-f]{32}"$/);
  assert.ok(!Number.isNaN(Date.parse(modified)), modified);
  assert.equal((await fetch(`${SITE}${API}/programmes/${SLUG}`, { headers: { 'if-none-match': etag } })).status, 304);
  assert.equal((await fetch(`${SITE}${API}/programmes/${SLUG}`, { headers: { 'if-modified-since': modified } })).status, 304);
  const older = new Date(Date.parse(modified) - 3600_000).toUTCString();
  assert.equal((await fetch(`${SITE}${API}/programmes/${SLUG}`, { headers: { 'if-modified-since': older } })).status, 200);
  assert.equal((await fetch(`${SITE}${API}/programmes/nope`)).status, 404);
});

test('writes need the capability and the nonce; an invalid PUT is a 400 with every path, and changes nothing', async () => {
  const before = { etag: (await fetch(`${SITE}${API}/programmes/${SLUG}`)).headers.get('etag'), file: await stat(FILE) };
  // An Author may not; a cookie without the nonce is nobody.
  assert.equal((await put(author, SLUG, SEED)).status, 403);
  const noNonce = await fetch(`${SITE}${API}/programmes/${SLUG}`, {
    method: 'PUT',
    body: SEED,
    headers: { cookie: (await admin.cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
  });
  assert.equal(noNonce.status, 401);
  assert.equal((await fetch(`${SITE}${API}/programmes/${SLUG}`, { method: 'DELETE' })).status, 401);
  // Two problems at once: both reported, each with its field's path.
  const bad = JSON.parse(SEED);
  bad.sessions[2].start = '25:99';
  delete bad.event.timezone;
  const response = await put(admin, SLUG, JSON.stringify(bad));
  const body = await response.json();
  assert.equal(response.status, 400, JSON.stringify(body));
  assert.deepEqual(Object.keys(body), ['errors']);
  const paths = body.errors.map((e) => e.path);
  assert.ok(paths.includes('sessions[2].start'), paths.join(', '));
  assert.ok(paths.some((p) => p.startsWith('event')), paths.join(', '));
  assert.ok(body.errors.every((e) => typeof e.message === 'string' && e.message.length > 0));
  // Not JSON at all: the checker's message, not WordPress's.
  const broken = await put(admin, SLUG, '{"version": 1,');
  assert.equal(broken.status, 400);
  assert.equal((await broken.json()).errors.length >= 1, true);
  // Unchanged: the stored programme, its file (not even rewritten).
  assert.equal((await fetch(`${SITE}${API}/programmes/${SLUG}`)).headers.get('etag'), before.etag);
  assert.deepEqual(await readFile(FILE), SEED);
  assert.equal((await stat(FILE)).mtimeMs, before.file.mtimeMs);
  // Too large: refused before it reaches the checker.
  const huge = await put(admin, SLUG, Buffer.alloc(8 * 1024 * 1024 + 1, 32));
  assert.equal(huge.status, 413);
  // `programme` would be programme.json, a hand-uploaded widget's sample.
  const reserved = await put(admin, 'programme', SEED);
  assert.equal(reserved.status, 400);
  assert.deepEqual((await reserved.json()).errors.map((e) => e.path), ['slug']);
  assert.equal((await fetch(`${SITE}${API}/programmes/programme`)).status, 404);
});

test('a PUT naming the version it replaces (If-Match) gets a 412 when another save came first, and changes nothing', async () => {
  const stored = async () => {
    const r = await fetch(`${SITE}${API}/programmes/${SLUG}`);
    return { etag: r.headers.get('etag'), text: await r.text() };
  };
  const opened = await stored();
  const putOver = (body, headers) =>
    admin.fetch(`${API}/programmes/${SLUG}`, { method: 'PUT', body, headers: { 'content-type': 'application/json', ...headers } });
  // The first of two people saves: accepted, and the answer names the new version.
  const first = JSON.parse(SEED);
  first.event.title.en = 'Saved first';
  const accepted = await putOver(JSON.stringify(first), { 'if-match': opened.etag });
  assert.equal(accepted.status, 200, await accepted.text());
  const now = await stored();
  assert.equal(accepted.headers.get('etag'), now.etag);
  assert.notEqual(now.etag, opened.etag);
  // The second, from the same opened version: refused, with words.
  const second = JSON.parse(SEED);
  second.event.title.en = 'Saved second';
  const refused = await putOver(JSON.stringify(second), { 'if-match': opened.etag });
  assert.equal(refused.status, 412);
  // In the site's language (French here).
  assert.match((await refused.json()).errors[0].message, /^Quelqu’un d’autre a enregistré ce programme/);
  // "None was stored" when one is: refused too.
  assert.equal((await putOver(JSON.stringify(second), { 'if-none-match': '*' })).status, 412);
  assert.deepEqual(await stored(), now);
  assert.equal(JSON.parse(await readFile(FILE, 'utf8')).event.title.en, 'Saved first');
  // Back to the seed for the tests that follow, naming the version now stored.
  assert.equal((await putOver(SEED, { 'if-match': now.etag })).status, 200);
  assert.deepEqual(await readFile(FILE), SEED);
});

/** Publishes a post by the Author through /wp/v2/posts: the block editor's save path. */
async function publish(title, content) {
  const response = await author.fetch('/wp-json/wp/v2/posts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, content, status: 'publish' }),
  });
  const body = await response.json();
  assert.equal(response.status, 201, JSON.stringify(body).slice(0, 300));
  return body;
}

test('an Author’s block and shortcode, saved through REST (kses applies), show the live agenda on a phone', async () => {
  const block = await publish('Atelier (bloc)', `<!-- wp:live-agenda/agenda {"programme":"${SLUG}","now":"${NOW}"} /-->`);
  const shortcode = await publish(
    'Atelier (code court)',
    `<p>Le programme en direct :</p>\n[live_agenda programme="${SLUG}" lang="fr" now="${NOW}"]\n<script>window.__pasted = true;</script>`,
  );
  // kses kept the block's comment and the shortcode, and removed the script.
  assert.match(block.content.raw, /wp:live-agenda\/agenda/);
  assert.doesNotMatch(shortcode.content.raw, /<script/);
  posts.block = { id: block.id, link: block.link };
  posts.shortcode = { id: shortcode.id, link: shortcode.link };
  for (const [name, post] of Object.entries(posts)) {
    // A French visitor on a French site.
    const { page, widget, errors, close } = await openLive(browser, post.link, { colorScheme: 'light' });
    assert.equal(await widget.getAttribute('data-src'), FILE_URL);
    // The static programme is in the page, hidden behind the widget's
    // shadow root once it runs: the programme is not shown twice.
    assert.equal(await widget.evaluate((el) => !!el.shadowRoot && !!el.querySelector(':scope > .la-static')), true);
    assert.equal(await widget.locator(':scope > .la-static').boundingBox(), null);
    assert.equal(await page.evaluate(() => window.__pasted ?? false), false);
    // The plugin's loader, once, as a module, marked for optimisation plugins.
    const loaders = await page.evaluate(() =>
      [...document.querySelectorAll('script[src*="live-agenda.js"]')].map((s) => ({
        path: new URL(s.src).pathname,
        type: s.type,
        keep: ['nowprocket', 'data-no-optimize', 'data-no-defer', 'data-noptimize', 'data-cfasync'].every((a) => s.hasAttribute(a)),
      })),
    );
    assert.deepEqual(loaders, [{ path: '/wp-content/plugins/live-agenda/widget/live-agenda.js', type: 'module', keep: true }]);
    const inside = (await axeViolations(page)).filter((v) => v.includes('data-live-agenda'));
    assert.deepEqual(inside, []);
    assert.deepEqual(errors, []);
    // wordpress-plugin-block.png is the README's docs/wordpress-plugin-phone.png.
    await screenshot(page, `wordpress-plugin-${name}`, { fullPage: false });
    await close();
  }
});

test('without JavaScript, the page shows the programme’s titles and times', async () => {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(posts.block.link);
  const programme = page.locator('[data-live-agenda] > .la-static');
  assert.ok(await programme.isVisible());
  const text = await programme.innerText();
  assert.match(text, /Atelier optimisation/);
  assert.match(text, /Differentiable STFT with respect to the window length/);
  assert.match(text, /Pause/); // the site's language, French
  const leiber = programme.locator('[data-session-id="leiber-stft"] time').first();
  assert.equal(await leiber.getAttribute('datetime'), '2022-11-24T14:15:00+01:00');
  assert.match(await leiber.innerText(), /^14\D+15$/);
  await screenshot(page, 'wordpress-plugin-no-javascript', { fullPage: false });
  await context.close();
});

test('when the widget cannot start, its note comes before the static programme, which stays', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(posts.block.link);
  const widget = page.locator('[data-live-agenda]');
  await widget.locator(':scope > [data-start-failed]').waitFor({ timeout: 10_000 });
  assert.deepEqual(
    await widget.evaluate((el) => [...el.children].map((c) => c.matches('[data-start-failed]') ? 'note' : c.className)),
    ['note', 'la-static'],
  );
  assert.ok(await widget.locator(':scope > .la-static').isVisible());
  await context.close();
});

test('a revision restores an earlier version: its file and the REST GET follow', async () => {
  const changed = JSON.parse(SEED);
  changed.event.notice = { fr: 'La pause est déplacée', en: 'The break has moved' };
  const text = JSON.stringify(changed, null, 2);
  const response = await put(admin, SLUG, text);
  assert.equal(response.status, 200, await response.text());
  assert.equal(await readFile(FILE, 'utf8'), text);
  // wp-admin: the programme's screen lists its versions; WordPress's
  // revisions screen restores the first (the seed).
  const context = await contextAs(admin, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${SITE}/wp-admin/edit.php?post_type=la_programme&page=live-agenda-edit&programme=${SLUG}`);
  const versions = page.locator('[data-live-agenda-revisions] a');
  assert.ok((await versions.count()) >= 2);
  await versions.last().click(); // newest first: the last is the seed
  await page.locator('.restore-revision').waitFor();
  await Promise.all([page.waitForURL(/page=live-agenda-edit/), page.click('.restore-revision')]);
  assert.deepEqual(await readFile(FILE), SEED);
  assert.deepEqual(Buffer.from(await (await fetch(`${SITE}${API}/programmes/${SLUG}`)).arrayBuffer()), SEED);
  // The static HTML was made again: no announcement any more.
  const html = await (await fetch(posts.block.link)).text();
  assert.doesNotMatch(html, /La pause est déplacée/);
  await context.close();
});

test('the block in the editor lists the stored programmes and previews the programme', async () => {
  const context = await contextAs(author, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${SITE}/wp-admin/post.php?post=${posts.block.id}&action=edit`);
  const preview = page.locator('.wp-block-live-agenda-agenda [data-live-agenda] .la-static').first();
  await preview.waitFor({ timeout: 20_000 });
  assert.match(await preview.innerText(), /Differentiable STFT/);
  // The editor's welcome guide, shown on a first visit, is closed.
  const guide = page.locator('.edit-post-welcome-guide');
  if (await guide.isVisible()) {
    await page.keyboard.press('Escape');
    await guide.waitFor({ state: 'detached' });
  }
  await page.locator('.wp-block-live-agenda-agenda').first().click();
  const select = page.locator('.block-editor-block-inspector select').first();
  await select.waitFor();
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(options, ['', SLUG]);
  assert.equal(await select.inputValue(), SLUG);
  // The post's title above the block, the block's toolbar between them.
  await page.locator('.interface-interface-skeleton__content').evaluate((el) => el.scrollTo(0, 0));
  await screenshot(page, 'wordpress-plugin-editor', { fullPage: false }); // the README's docs/wordpress-plugin-editor.png
  await context.close();
});

test('the programme’s screen in wp-admin refuses an invalid file with its paths, and saves a valid one', async () => {
  const context = await contextAs(admin, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${SITE}/wp-admin/edit.php?post_type=la_programme`);
  await page.click('.page-title-action'); // « Ajouter », WordPress's own button
  await page.waitForURL(/page=live-agenda-edit/);
  const bad = JSON.parse(SEED);
  bad.sessions[1].start = 'soon';
  await page.fill('#live-agenda-slug', 'essai-ecran');
  await page.fill('#live-agenda-text', JSON.stringify(bad, null, 2));
  await Promise.all([page.waitForLoadState('load'), page.click('#submit')]);
  const errors = page.locator('[data-live-agenda-errors]');
  assert.match(await errors.innerText(), /sessions\[1\]\.start/);
  // What was typed is still there, to be mended.
  assert.match(await page.inputValue('#live-agenda-text'), /"soon"/);
  assert.equal((await fetch(`${SITE}${API}/programmes/essai-ecran`)).status, 404);
  await page.fill('#live-agenda-text', SEED.toString('utf8'));
  await Promise.all([page.waitForURL(/saved=1/), page.click('#submit')]);
  assert.match(await page.locator('[data-live-agenda-saved]').innerText(), /Programme enregistré/);
  assert.deepEqual(await readFile(join(FOLDER, 'essai-ecran.json')), SEED);
  assert.equal((await admin.fetch(`${API}/programmes/essai-ecran`, { method: 'DELETE' })).status, 200);
  await context.close();
});

test('without a checker that runs, saving is refused with the reason (REST 503, a notice in wp-admin)', async () => {
  await rename(CHECKER, `${CHECKER}.off`);
  try {
    const changed = JSON.parse(SEED);
    changed.event.notice = { fr: 'Non vérifié', en: 'Unchecked' };
    const response = await put(admin, SLUG, JSON.stringify(changed));
    const body = await response.json();
    assert.equal(response.status, 503);
    assert.equal(body.errors.length, 1);
    assert.equal(body.errors[0].path, '');
    assert.match(body.errors[0].message, /vérificateur de programmes est absent/);
    assert.deepEqual(await readFile(FILE), SEED, 'nothing stored unchecked');
    const context = await contextAs(admin);
    const page = await context.newPage();
    await page.goto(`${SITE}/wp-admin/edit.php?post_type=la_programme`);
    assert.match(await page.locator('[data-live-agenda-checker-unavailable]').innerText(), /ne peuvent pas être enregistrés/);
    await context.close();
  } finally {
    await rename(`${CHECKER}.off`, CHECKER);
  }
  // A checker that is not a Linux x86-64 program (as on another platform),
  // chosen through the plugin's filter by a must-use plugin.
  const alien = join(CONTENT, 'uploads', 'live-agenda-test-alien-checker');
  const filter = join(CONTENT, 'mu-plugins', 'live-agenda-test-alien-checker.php');
  await writeFile(alien, Buffer.from('MZ\x90\x00\x03\x00\x00\x00 not an ELF file', 'latin1'), { mode: 0o755 });
  await writeFile(filter, `<?php\nadd_filter( 'live_agenda_checker_path', function () { return ${JSON.stringify(alien)}; } );\n`);
  try {
    const response = await put(admin, SLUG, SEED);
    const body = await response.json();
    assert.equal(response.status, 503, JSON.stringify(body));
    assert.match(body.errors[0].message, /n’a pas pu s’exécuter sur ce serveur \(Linux, x86_64\)/);
  } finally {
    await rm(filter, { force: true });
    await rm(alien, { force: true });
  }
});

test('a script stores a programme with an Editor’s application password', async () => {
  const password = wp('app-password', 'editor', 'live-agenda tests');
  const auth = `Basic ${Buffer.from(`editor:${password}`).toString('base64')}`;
  const response = await fetch(`${SITE}${API}/programmes/essai-script`, {
    method: 'PUT',
    body: SEED,
    headers: { authorization: auth, 'content-type': 'application/json' },
  });
  assert.equal(response.status, 201, await response.text());
  const deleted = await fetch(`${SITE}${API}/programmes/essai-script`, { method: 'DELETE', headers: { authorization: auth } });
  assert.equal(deleted.status, 200);
  const wrong = await fetch(`${SITE}${API}/programmes/essai-script`, {
    method: 'PUT',
    body: SEED,
    headers: { authorization: `Basic ${Buffer.from('editor:not-the-password').toString('base64')}` },
  });
  assert.equal(wrong.status, 401);
});

test('DELETE removes a programme and its file', async () => {
  assert.equal((await put(admin, 'essai', SEED)).status, 201);
  assert.ok(existsSync(join(FOLDER, 'essai.json')));
  const response = await admin.fetch(`${API}/programmes/essai`, { method: 'DELETE' });
  assert.deepEqual(await response.json(), { slug: 'essai', deleted: true });
  assert.equal(existsSync(join(FOLDER, 'essai.json')), false);
  assert.equal((await fetch(`${SITE}${API}/programmes/essai`)).status, 404);
});

test('deleting the plugin removes its programmes, their revisions and meta, and their files', async () => {
  // A hand-uploaded file in the same folder is not the plugin's to remove.
  await copyFile(join(ROOT, 'assets', 'programme.json'), join(FOLDER, 'by-hand.json'));
  const stored = JSON.parse(wp('stored', 'la_programme', '_live_agenda'));
  assert.ok(stored.posts >= 1 && stored.revisions >= 2 && stored.meta >= 2, JSON.stringify(stored));
  wp('uninstall', 'live-agenda/live-agenda.php');
  assert.deepEqual(JSON.parse(wp('stored', 'la_programme', '_live_agenda')), { posts: 0, revisions: 0, meta: 0, options: 0 });
  assert.equal(existsSync(FILE), false);
  assert.ok(existsSync(join(FOLDER, 'by-hand.json')));
  await rm(join(FOLDER, 'by-hand.json'));
  // Installed again, with the seed, for whoever looks at the site after the suite.
  wp('activate', 'live-agenda/live-agenda.php');
  assert.equal((await put(admin, SLUG, SEED)).status, 201);
});

test('the suite left no PHP warning or error from the plugin in Apache’s log', async () => {
  const log = (await readFile(ERROR_LOG, 'utf8')).slice(errorLogFrom);
  assert.deepEqual(log.split('\n').filter((l) => /live-agenda/.test(l)), []);
});

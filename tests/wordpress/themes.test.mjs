// The widget inside a real WordPress (Debian's packages, installed in
// French by scripts/wordpress/start.sh), set up as the README's "Embed in
// WordPress" says: dist/ uploaded to wp-content/uploads/live-agenda/, the
// programme to wp-content/uploads/programme.json, the README's snippet in
// a Custom HTML block. On each default theme Debian ships, at a phone's
// size in dark mode and at a desktop's: no axe violation inside the widget
// (contrast included), the host's light scheme kept, no scroll of the page
// on load, the announcement on the first screen, a partial upload that
// says so, and the theme's own elements untouched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launch, PHONE, screenshot } from '../e2e/support/browser.mjs';
import { axeViolations } from '../e2e/support/axe.mjs';
import { CONTENT, NOW, ROOT, wp } from './support.mjs';

const DIST = join(ROOT, 'dist');
const UPLOADS = join(CONTENT, 'uploads');
const THEMES = ['twentytwentythree', 'twentytwentytwo', 'twentytwentyone'];
const SIZES = [
  { name: 'phone', context: { ...PHONE, colorScheme: 'dark' } },
  { name: 'desktop', context: { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' } },
];
// During Leiber's talk (NOW), with the organisers' announcement.
const NOTICE = { fr: 'Retard de 10 minutes', en: 'Running 10 minutes late' };

let browser;
let pages; // { widget, plain, partial }: their URLs

/** The README's snippet, as written, with the preview clock for a stable test. */
async function snippet() {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const html = readme.match(/<!-- snippet -->\s*```html\n([\s\S]*?)```/)?.[1];
  assert.ok(html, 'README has the embed snippet');
  return html.replace('<div data-live-agenda', `<div data-live-agenda data-now="${NOW}"`);
}

before(async () => {
  // README step 1: the contents of dist/ in wp-content/uploads/live-agenda/;
  // and a partial upload (no wasm) for the failure case.
  const folder = join(UPLOADS, 'live-agenda');
  const partial = join(UPLOADS, 'live-agenda-partial');
  await rm(folder, { recursive: true, force: true });
  await rm(partial, { recursive: true, force: true });
  await cp(DIST, folder, { recursive: true });
  await cp(DIST, partial, { recursive: true });
  for (const name of await readdir(partial)) {
    if (name.endsWith('.wasm')) await rm(join(partial, name));
  }
  // README step 2: the programme, here with an announcement.
  const programme = JSON.parse(await readFile(join(DIST, 'programme.json'), 'utf8'));
  programme.event.notice = NOTICE;
  await writeFile(join(UPLOADS, 'programme.json'), JSON.stringify(programme, null, 2));
  // README step 3: a page with the snippet in a Custom HTML block.
  const html = await snippet();
  const tmp = join(ROOT, 'target', 'wordpress');
  await mkdir(tmp, { recursive: true });
  const file = (name, text) => writeFile(join(tmp, name), text).then(() => join(tmp, name));
  const intro = '<p id="la-test-intro">Le programme de l’atelier, en direct.</p>';
  pages = {
    widget: wp('page', 'atelier', 'Atelier optimisation', await file('widget.html', `${intro}\n${html}`)),
    plain: wp('page', 'atelier-sans', 'Atelier optimisation', await file('plain.html', intro)),
    partial: wp(
      'page',
      'atelier-partiel',
      'Atelier optimisation',
      await file('partial.html', `${intro}\n${html.replace('/live-agenda/live-agenda.js', '/live-agenda-partial/live-agenda.js')}`),
    ),
  };
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Opens `url` in a fresh context of `size`; page errors are collected. */
async function open(size, url) {
  const context = await browser.newContext(size.context);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  return page;
}

/** Computed styles of the theme's own elements (not the widget's). */
async function themeStyles(page) {
  return page.evaluate(() => {
    const props = ['font-family', 'font-size', 'color', 'background-color', 'margin-top', 'padding-top', 'line-height'];
    const picks = ['body', 'header', 'h1', '#la-test-intro', 'footer', 'a'];
    return picks.flatMap((selector) => {
      const el = document.querySelector(selector);
      if (!el) return [];
      const style = getComputedStyle(el);
      return [`${selector} ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join(' ')}`];
    });
  });
}

for (const theme of THEMES) {
  for (const size of SIZES) {
    test(`${theme}, ${size.name} (phone in dark mode): readable, the host's scheme, no jump, the announcement in sight`, async () => {
      wp('theme', theme);
      const page = await open(size, pages.widget);
      const widget = page.locator('[data-live-agenda]');
      await widget.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor({ timeout: 15_000 });
      await page.waitForTimeout(600); // past the first frame, when a scroll would happen
      assert.equal(await page.evaluate(() => window.scrollY), 0, 'the page did not scroll on load');
      // The theme is light: so is the widget, whatever the phone says.
      const [scheme, background] = await widget.evaluate((host) => {
        const root = host.shadowRoot.querySelector('.la-root');
        return [host.shadowRoot.querySelector('.la-host').dataset.scheme, getComputedStyle(root).backgroundColor];
      });
      assert.deepEqual([scheme, background], ['light', 'rgb(255, 255, 255)']);
      // The announcement is on the first screen.
      const notice = widget.locator('[data-notice="announcement"]');
      assert.match(await notice.innerText(), /Retard de 10 minutes/);
      const box = await notice.boundingBox();
      const viewport = page.viewportSize();
      assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `the announcement is in sight (${box?.y} of ${viewport.height})`);
      // No axe violation inside the widget, contrast included.
      const inside = (await axeViolations(page)).filter((v) => v.includes('data-live-agenda'));
      assert.deepEqual(inside, []);
      assert.deepEqual(page.errors, []);
      await screenshot(page, `wordpress-${theme}-${size.name}`, { fullPage: false });
      // The theme's own elements are styled as on the same page without the widget.
      const plain = await open(size, pages.plain);
      assert.deepEqual(await themeStyles(page), await themeStyles(plain));
      await page.context().close();
      await plain.context().close();
    });
  }
}

test('a partial upload (no wasm) says so in the page, in both languages, instead of a blank gap', async () => {
  wp('theme', 'twentytwentythree');
  const page = await open(SIZES[0], pages.partial);
  const note = page.locator('[data-live-agenda] [data-start-failed][role="alert"]');
  await note.waitFor({ timeout: 10_000 });
  assert.match(await note.innerText(), /Le programme n’a pas pu s’afficher ici\..*The programme could not be shown here\./s);
  assert.ok((await page.locator('[data-live-agenda]').boundingBox()).height < 300, 'no screen-high gap');
  await screenshot(page, 'wordpress-partial-upload', { fullPage: false });
  await page.context().close();
});

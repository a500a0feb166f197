// What the WordPress tests share: where the repository and WordPress's
// content are, the PHP helper that drives WordPress
// (scripts/wordpress/wp.php: themes, pages, posts, users, plugins), and
// logged-in HTTP sessions for its REST API.
import { execFileSync } from 'node:child_process';
import { PHONE } from '../e2e/support/browser.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Debian keeps WordPress's content here (uploads, plugins). */
export const CONTENT = process.env.WP_CONTENT ?? '/var/lib/wordpress/wp-content';
/** The test site (scripts/wordpress/start.sh). */
export const SITE = 'http://127.0.0.1:8181';
/** During Leiber's talk. */
export const NOW = '2022-11-24T14:20:00+01:00';
/** The users start.sh and the tests create: login -> password. */
export const USERS = {
  admin: 'LiveAgenda-Admin-2026!',
  editor: 'LiveAgenda-Editor-2026!',
  author: 'LiveAgenda-Author-2026!',
  siteadmin: 'LiveAgenda-SiteAdmin-2026!', // a site's administrator on the test network (multisite.sh)
};
/** The multisite test network (scripts/wordpress/multisite.sh) and its site. */
export const NETWORK = 'http://localhost:8181';
export const NETWORK_SITE = `${NETWORK}/site2`;

/** Runs `wp.php` with `args`; its output, trimmed (a URL, a status line). */
export const wp = (...args) =>
  execFileSync('php', [join(ROOT, 'scripts/wordpress/wp.php'), ...args], { encoding: 'utf8' }).trim();

/**
 * Logs `login` in on `site` as a browser does (wp-login.php's form, its cookies) and
 * fetches the REST nonce the block editor uses: `session.fetch(path, init)`
 * then sends both, as the editor's own requests do, so WordPress applies
 * that user's rights (kses included).
 */
export async function login(login, site = SITE) {
  const jar = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const keep = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const form = new URLSearchParams({ log: login, pwd: USERS[login], testcookie: '1', 'wp-submit': 'Log In' });
  const signed = await fetch(`${site}/wp-login.php`, { method: 'POST', body: form, headers: { cookie: cookie() }, redirect: 'manual' });
  keep(signed);
  if (signed.status !== 302) throw new Error(`login ${login}: HTTP ${signed.status}`);
  const nonce = await (await fetch(`${site}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { cookie: cookie() } })).text();
  if (!/^[0-9a-f]{10}$/.test(nonce)) throw new Error(`login ${login}: no REST nonce (${nonce.slice(0, 80)})`);
  return {
    login,
    nonce,
    cookies: () => [...jar].map(([name, value]) => ({ name, value, url: site })),
    fetch: (path, init = {}) =>
      fetch(`${site}${path}`, { ...init, headers: { cookie: cookie(), 'x-wp-nonce': nonce, ...(init.headers ?? {}) } }),
  };
}

/**
 * Opens `url` on a French phone and waits for the live agenda during
 * Leiber's talk (a block or shortcode with `now` = NOW): the page, its
 * widget, and the page errors seen (`close()` ends the phone's context).
 */
export async function openLive(browser, url, options = {}) {
  const context = await browser.newContext({ ...PHONE, locale: 'fr-FR', ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const widget = page.locator('[data-live-agenda]');
  await widget.locator('[data-session-id="leiber-stft"][data-state="live"]').waitFor({ timeout: 15_000 });
  return { page, widget, errors, close: () => context.close() };
}

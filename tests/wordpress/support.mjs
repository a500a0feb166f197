// What the WordPress tests share: where the repository and WordPress's
// content are, and the PHP helper that drives WordPress
// (scripts/wordpress/wp.php: themes, pages, posts, users, plugins).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Debian keeps WordPress's content here (uploads, plugins). */
export const CONTENT = process.env.WP_CONTENT ?? '/var/lib/wordpress/wp-content';
/** During Leiber's talk. */
export const NOW = '2022-11-24T14:20:00+01:00';

/** Runs `wp.php` with `args`; its output, trimmed (a URL, a status line). */
export const wp = (...args) =>
  execFileSync('php', [join(ROOT, 'scripts/wordpress/wp.php'), ...args], { encoding: 'utf8' }).trim();

// The plugin's sources, checked without WordPress: every PHP file parses on
// the server's PHP, the translations compiled from the .po are up to date
// and cover every string (scripts/wordpress/make-mo.py --check), and the
// size limit the PHP shell enforces before calling the checker is the
// core's own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './support.mjs';

const PLUGIN = join(ROOT, 'wordpress', 'live-agenda');

test('every PHP file of the plugin parses', async () => {
  const files = (await readdir(PLUGIN, { recursive: true })).filter((f) => f.endsWith('.php'));
  assert.ok(files.length >= 8, files.join(', '));
  for (const file of files) {
    execFileSync('php', ['-l', join(PLUGIN, file)], { stdio: 'pipe' });
  }
});

test('the French translations (.mo, the editor’s .json) are compiled from the .po and cover every string', () => {
  try {
    execFileSync('python3', [join(ROOT, 'scripts', 'wordpress', 'make-mo.py'), '--check'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (e) {
    assert.fail(e.stderr);
  }
});

test('the PHP size limit is the core’s MAX_FILE_BYTES', async () => {
  const rust = await readFile(join(ROOT, 'crates', 'core', 'src', 'programme', 'mod.rs'), 'utf8');
  const php = await readFile(join(PLUGIN, 'includes', 'checker.php'), 'utf8');
  const value = (text, re) => {
    const m = text.match(re);
    assert.ok(m, `${re} not found`);
    return m[1].split('*').reduce((a, b) => a * Number(b.trim()), 1);
  };
  assert.equal(
    value(php, /const LIVE_AGENDA_MAX_FILE_BYTES = ([0-9 *]+);/),
    value(rust, /pub const MAX_FILE_BYTES: usize = ([0-9 *]+);/),
  );
});

// The size gate (DESIGN §7, issue 8): what a phone downloads to show the
// seed's agenda, brotli, counted as `make bench` counts it. Sizes are not
// noisy, so this is a test; timings stay in the bench.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useBrowser, server, browser } from './support/setup.mjs';
import { phonePage, DIST } from './support/browser.mjs';
import { recordDownloads, weigh, CEILING, FIRST_LOAD_BUDGET } from '../../scripts/bench/first-load.mjs';
import { kb } from '../../scripts/bench/util.mjs';

useBrowser();

test('the first load stays under its ceiling, each file once', async () => {
  const page = await phonePage(browser);
  const cdp = await page.context().newCDPSession(page);
  const recorder = await recordDownloads(page, cdp);
  await page.goto(server.url);
  await page.locator('[data-session-id="fin"]').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const { downloaded } = await recorder.downloads();
  const { files, total, times, problems } = await weigh(downloaded, new URL(server.url).origin, DIST);
  assert.deepEqual(problems, []);
  for (const [name, n] of times) assert.equal(n, 1, `${name} downloaded ${n} times`);
  // Everything the agenda needs was counted.
  for (const kind of [/\.wasm$/, /^live-agenda-.*\.js$/, /^style-.*\.css$/, /^programme\.json$/, /^index\.html$/]) {
    assert.ok(files.some((f) => kind.test(f.name)), `${kind} in ${files.map((f) => f.name)}`);
  }
  const listing = files.map((f) => `${f.name} ${kb(f.brotli)}`).join(', ');
  assert.ok(
    total.brotli <= CEILING,
    `first load ${kb(total.brotli)} brotli > the gate's ${kb(CEILING)} (the budget: ${kb(FIRST_LOAD_BUDGET)}): ${listing}`,
  );
  assert.deepEqual(page.errors, []);
});

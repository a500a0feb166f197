// The common frame of an end-to-end test file: one server for dist/ and one
// Chromium, started before the file's tests and closed after. Exported as
// live bindings: read them inside tests, once `before` has run.
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { launch, DIST } from './browser.mjs';

export let server;
export let browser;

export function useBrowser() {
  before(async () => {
    server = await startServer(DIST);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

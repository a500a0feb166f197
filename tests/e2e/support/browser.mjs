// Debian's Chromium driven by playwright-core, at a phone's size.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');
export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist');

/** A phone: 390×844 CSS pixels, touch, device scale 2 (crisp screenshots). */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    // The closed network refuses Chromium's background connections: keep it
    // from trying.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * A new phone-sized page that fails the test on any uncaught page error or
 * console error: a panic in the wasm shows up as one.
 */
export async function phonePage(browser, options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') page.errors.push(m.text());
  });
  return page;
}

/** Saves tests/e2e/out/<name>.png: the whole page, or what the phone's screen shows. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  await mkdir(OUT, { recursive: true });
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

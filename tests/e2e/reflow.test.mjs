// DESIGN §7: usable at 320 px wide and at 200 % zoom. At 320 CSS pixels
// (a small phone, or a 640 px window zoomed to 200 %) and with the
// browser's text size doubled (a phone's accessibility text scaling), the
// agenda reflows: nothing runs off the side, nothing needs a horizontal
// scroll, and axe-core still finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { server, browser, useBrowser } from './support/setup.mjs';
import { phonePage, screenshot } from './support/browser.mjs';
import { axeViolations } from './support/axe.mjs';

useBrowser();

/** Leiber's talk with its abstract open, in French (the longer words). */
async function open(options, setUp = async () => {}) {
  const page = await phonePage(browser, { timezoneId: 'Europe/Paris', ...options });
  await setUp(page);
  await page.goto(`${server.url}?lang=fr&now=${encodeURIComponent('2022-11-24T14:20:00+01:00')}`);
  await page.locator('[data-session-id="fin"]').waitFor();
  await page.locator('[data-session-id="leiber-stft"] button[aria-expanded]').click();
  return page;
}

/**
 * Elements of the widget that stick out of the viewport sideways, or whose
 * content is wider than their box (text running out of it, or cut off: the
 * items' containment would clip it).
 */
async function overflowing(page) {
  // A screen tall enough for the whole agenda: items off screen are not
  // laid out (content-visibility), and would measure as empty.
  const { width, height } = page.viewportSize();
  await page.setViewportSize({ width, height: 20_000 });
  await page.waitForTimeout(100);
  const found = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const root = document.querySelector('[data-live-agenda]').shadowRoot;
    const name = (el) => `${el.tagName.toLowerCase()}.${el.className}`;
    return [...root.querySelectorAll('*')]
      .filter((el) => !el.closest('.la-sr-only, [hidden]'))
      .flatMap((el) => {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.left < -0.5 || r.right > width + 0.5)) {
          return [`${name(el)} at ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`];
        }
        if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
          return [`${name(el)}: content ${el.scrollWidth} px in ${el.clientWidth} px`];
        }
        return [];
      });
  });
  await page.setViewportSize({ width, height });
  return found;
}

const horizontalScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const [name, options, setUp] of [
  ['320 px wide', { viewport: { width: 320, height: 640 } }],
  [
    'text at 200 % on a phone',
    {},
    // What a phone's text-size setting changes: the default font size,
    // which the widget's `font-size: medium` follows.
    async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    },
  ],
]) {
  test(`${name}: the agenda reflows, nothing off the side, no horizontal scroll`, async () => {
    const page = await open(options, setUp);
    const size = await page
      .locator('[data-live-agenda]')
      .evaluate((host) => parseFloat(getComputedStyle(host.shadowRoot.querySelector('.la-root')).fontSize));
    if (setUp) assert.ok(size >= 30, `the widget's text follows the browser's size (${size} px)`);
    assert.deepEqual(await overflowing(page), []);
    assert.equal(await horizontalScroll(page), 0);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await screenshot(page, `reflow-${name.replace(/\W+/g, '-')}`, { fullPage: false });
  });
}

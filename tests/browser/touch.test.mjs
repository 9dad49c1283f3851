// Touch and pointer on real widgets (issue 15): in headless Chromium with touch emulation, at phone and desktop
// sizes, FR and EN, device-pixel ratio 1 and 2. One tap on a tab opens its view, one tap on a button acts, a
// drag on a slider changes a weight, a drag elsewhere scrolls, a long press does not click, and a mouse press
// and release in the same frame still clicks. Screenshots go to build/test-artifacts/browser/touch/.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, record, settle, artifactsDir } from './lib.mjs';

const server = await startServer();
test.after(() => server.close());
const outDir = path.join(artifactsDir, 'touch');
fs.mkdirSync(outDir, { recursive: true });

const center = (r) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
async function rect(page, name) {
  const r = await page.evaluate((n) => window.ModelMatrix.widgetRect(n), name);
  assert.ok(r, `${name} is drawn`);
  assert.ok(r.w > 0 && r.h > 0, `${name} has a size`);
  return r;
}
async function open(browser, query) {
  const page = await browser.context.newPage();
  const log = record(page);
  await page.goto(`${server.origin}/index.html?${query}`);
  await page.evaluate(() => window.ModelMatrix.ready);
  await settle(page, 3);
  return { page, log };
}
// A touch drag through the DevTools protocol (Playwright's touchscreen only taps).
async function touchDrag(page, cdp, from, to, steps = 8, holdMs = 0) {
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
  // Moves follow at once (slow software-rendered frames must not make the start a long press).
  if (holdMs) {
    await settle(page, 2);
    await page.waitForTimeout(holdMs);
  }
  for (let i = 1; i <= steps; i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
    await settle(page, 1);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await settle(page, 3);
}

const sizes = [
  { name: 'phone', viewport: { width: 390, height: 844 }, dpr: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, dpr: 1 },
];

for (const size of sizes) {
  test(`one tap opens each tab, in French and English (${size.name}, dpr ${size.dpr})`, async () => {
    const browser = await launchBrowser({ viewport: size.viewport, deviceScaleFactor: size.dpr, hasTouch: true });
    try {
      const { page, log } = await open(browser, 'preset=fr-support-chatbot');
      assert.equal(await page.evaluate(() => window.ModelMatrix.getPreference('preset')), 'fr-support-chatbot');
      assert.equal(await page.evaluate(() => window.ModelMatrix.getPreference('nope')), null);
      for (const lang of ['fr', 'en']) {
        assert.ok(await page.evaluate((l) => window.ModelMatrix.setPreference('lang', l), lang));
        await settle(page, 3);
        assert.equal(await page.evaluate(() => window.ModelMatrix.getPreference('lang')), lang);
        for (const view of ['decision', 'criteria', 'workload', 'panorama']) {
          const c = center(await rect(page, `tab.${view}`));
          await page.touchscreen.tap(c.x, c.y);
          await settle(page, 4);
          assert.equal(await page.evaluate(() => window.ModelMatrix.getPreference('view')), view,
            `one tap on tab.${view} (${lang}) opens it`);
          fs.writeFileSync(path.join(outDir, `${size.name}-${view}-${lang}-dpr${size.dpr}.png`), await page.screenshot());
        }
      }
      // The menus fit: one "Menu" on a phone (a tap opens it, with the usual menus inside), all of them wider.
      const narrow = size.viewport.width < 700;
      assert.equal(!!(await page.evaluate(() => window.ModelMatrix.widgetRect('menu.all'))), narrow);
      assert.equal(!!(await page.evaluate(() => window.ModelMatrix.widgetRect('menu.file'))), !narrow);
      if (narrow) {
        const m = center(await rect(page, 'menu.all'));
        await page.touchscreen.tap(m.x, m.y);
        await settle(page, 4);
        await rect(page, 'menu.file');
        fs.writeFileSync(path.join(outDir, `${size.name}-menu-dpr${size.dpr}.png`), await page.screenshot());
        await page.touchscreen.tap(m.x, m.y);  // closes it
        await settle(page, 4);
        assert.equal(await page.evaluate(() => window.ModelMatrix.widgetRect('menu.file')), null);
      }
      // The language switch in the menu bar is a menu item: one tap switches.
      const fr = center(await rect(page, 'lang.fr'));
      await page.touchscreen.tap(fr.x, fr.y);
      await settle(page, 4);
      assert.equal(await page.evaluate(() => window.ModelMatrix.getPreference('lang')), 'fr');
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.pageErrors, []);
    } finally { await browser.close(); }
  });
}

test('a drag on a weight slider changes the weight; a drag beside it scrolls (touch, dpr 2)', async () => {
  // Short enough for the weights column to scroll.
  const browser = await launchBrowser({ viewport: { width: 1280, height: 420 }, deviceScaleFactor: 2, hasTouch: true });
  try {
    const { page, log } = await open(browser, 'preset=fr-support-chatbot&view=criteria&lang=en');
    const cdp = await browser.context.newCDPSession(page);
    const before = await page.evaluate(() => window.ModelMatrix.getProfile().criteria[0]);
    const name = `weight.${before.id}`;
    const slider = await rect(page, name);
    const y = slider.y + slider.h / 2;
    await touchDrag(page, cdp, { x: slider.x + slider.w * 0.1, y }, { x: slider.x + slider.w * 0.9, y });
    const after = await page.evaluate(() => window.ModelMatrix.getProfile().criteria[0]);
    assert.equal(after.id, before.id);
    assert.ok(after.weight > before.weight + 10, `weight ${before.weight} -> ${after.weight} after a drag to the right`);

    // A vertical drag starting on text (the third criterion's description, just above its weight field) scrolls
    // the column up.
    const third = await page.evaluate(() => window.ModelMatrix.getProfile().criteria[2].id);
    const below = await rect(page, `weight.${third}`);
    const x = below.x + 40, y0 = below.y - 8;
    await touchDrag(page, cdp, { x, y: y0 }, { x, y: y0 - 240 }, 10);
    const moved = await page.evaluate((n) => window.ModelMatrix.widgetRect(n), name);
    fs.writeFileSync(path.join(outDir, 'criteria-scrolled-dpr2.png'), await page.screenshot());
    assert.ok(!moved || moved.y < slider.y - 50, `the column scrolled (slider at ${slider.y}, now ${moved && moved.y})`);
    const still = await page.evaluate(() => window.ModelMatrix.getProfile().criteria[0].weight);
    assert.equal(still, after.weight, 'scrolling changed no weight');
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

test('a tap on a button acts once; a long press shows hover instead of clicking (phone)', async () => {
  const browser = await launchBrowser({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, hasTouch: true });
  try {
    const { page } = await open(browser, 'lang=fr');
    const cdp = await browser.context.newCDPSession(page);
    // Long press (0.7 s, no move) on "Got it": the hint stays.
    const dismiss = center(await rect(page, 'hint.dismiss'));
    await touchDrag(page, cdp, dismiss, dismiss, 1, 700);
    await settle(page, 3);
    assert.ok(await page.evaluate(() => window.ModelMatrix.widgetRect('hint.dismiss')), 'a long press does not click');
    fs.writeFileSync(path.join(outDir, 'phone-long-press.png'), await page.screenshot());
    // One tap: the hint goes, and stays gone after a reload.
    await page.touchscreen.tap(dismiss.x, dismiss.y);
    await settle(page, 4);
    assert.equal(await page.evaluate(() => window.ModelMatrix.widgetRect('hint.dismiss')), null, 'one tap dismisses');
    await page.waitForTimeout(1500);  // the state is saved every second
    await settle(page, 2);
    await page.reload();
    await page.evaluate(() => window.ModelMatrix.ready);
    await settle(page, 3);
    assert.equal(await page.evaluate(() => window.ModelMatrix.widgetRect('hint.dismiss')), null, 'still dismissed after a reload');
  } finally { await browser.close(); }
});

test('a mouse press and release in the same frame clicks, without a move before it (desktop)', async () => {
  const browser = await launchBrowser({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    const { page } = await open(browser, 'view=panorama');
    for (const view of ['decision', 'workload']) {
      const c = center(await rect(page, `tab.${view}`));
      await page.evaluate(({ x, y }) => {
        const canvas = document.getElementById('canvas');
        for (const type of ['mousedown', 'mouseup']) {
          canvas.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, button: 0, bubbles: true }));
        }
      }, c);
      await settle(page, 4);
      assert.equal(await page.evaluate(() => window.ModelMatrix.getPreference('view')), view);
    }
    const c = center(await rect(page, 'tab.criteria'));
    await page.mouse.click(c.x, c.y);
    await settle(page, 4);
    assert.equal(await page.evaluate(() => window.ModelMatrix.getPreference('view')), 'criteria');
  } finally { await browser.close(); }
});

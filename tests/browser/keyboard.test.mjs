// Keyboard and zoom: Alt+1..Alt+4 reach each view, Alt+T shows the text view and moves the focus into it, a weight
// changes with the keyboard alone; screenshots at 200% zoom (device scale 2 on a 640-pixel-wide window) with
// reduced motion, kept in build/test-artifacts/browser/a11y/.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, record, settle, pngStats, artifactsDir } from './lib.mjs';
import { openApp, waitTextView, setTextView } from './text_view.mjs';

const server = await startServer();
test.after(() => server.close());
const outDir = path.join(artifactsDir, 'a11y');
fs.mkdirSync(outDir, { recursive: true });

test('keyboard only: Alt+1..Alt+4 reach each view, Alt+T shows the text view, a weight changes', async () => {
  const browser = await launchBrowser();
  try {
    const { page, log } = await openApp(browser, server, '?lang=en&preset=fr-support-chatbot');
    await page.focus('#canvas');
    const views = ['panorama', 'criteria', 'workload', 'decision'];
    for (const n of [4, 2, 3, 1, 4]) {
      await page.keyboard.press(`Alt+${n}`);
      await settle(page, 3);
      await waitTextView(page, { shown: false, view: views[n - 1] });
    }
    // Alt+T shows the text view and moves the focus into it; Alt+2 there still opens Criteria; Alt+T hides it.
    await page.keyboard.press('Alt+t');
    await waitTextView(page, { shown: true });
    await page.waitForFunction(() => document.activeElement === document.getElementById('text-view'));
    await page.keyboard.press('Alt+2');
    await waitTextView(page, { shown: true, view: 'criteria' });
    await page.keyboard.press('Alt+t');
    await waitTextView(page, { shown: false });
    await page.waitForFunction(() => document.activeElement === document.getElementById('canvas'));
    await settle(page, 3);

    // A weight with the keyboard: Down twice reaches the view's pane and Space enters it, Right then Space the
    // weights' pane; Tab moves through its controls, and Tab on a slider opens its value for typing. A number
    // typed in another field (a constraint) is taken back with Escape.
    for (const key of ['ArrowDown', 'ArrowDown', 'Space', 'ArrowRight', 'Space']) {
      await page.keyboard.press(key);
      await settle(page, 2);
    }
    const before = await page.evaluate(() => window.ModelMatrix.getProfile());
    const base = JSON.stringify(before);
    let changed = null;
    for (let tabs = 1; tabs <= 30 && !changed; tabs++) {
      await page.keyboard.press('Tab');
      await settle(page, 2);
      await page.keyboard.type('97');
      await settle(page, 2);
      const profile = await page.evaluate(() => window.ModelMatrix.getProfile());
      const c = profile.criteria.find((x) => x.weight === 97);
      if (c) { changed = { id: c.id, tabs }; break; }
      if (JSON.stringify(profile) !== base) {
        await page.keyboard.press('Escape');
        await settle(page, 2);
        assert.equal(JSON.stringify(await page.evaluate(() => window.ModelMatrix.getProfile())), base, `Escape reverts (Tab ${tabs})`);
      }
    }
    assert.ok(changed, 'a weight slider reached with Tab took the typed value');
    const was = before.criteria.find((x) => x.id === changed.id).weight;
    assert.notEqual(was, 97);
    await page.keyboard.press('Enter');
    await settle(page, 3);
    const ranking = await page.evaluate(() => window.ModelMatrix.getResult());
    assert.ok(ranking.ok);
    fs.writeFileSync(path.join(outDir, 'keyboard-weight.txt'), `weight ${changed.id}: ${was} -> 97 after ${changed.tabs} Tab presses\n`);
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

test('200% zoom (device scale 2 on a 640-pixel window) with reduced motion: every view drawn, fonts re-rasterised', async () => {
  const browser = await launchBrowser({ deviceScaleFactor: 2, viewport: { width: 640, height: 800 } });
  try {
    const page = await browser.context.newPage();
    const log = record(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.origin}/index.html?lang=fr&preset=fr-support-chatbot`);
    await page.evaluate(() => window.ModelMatrix.ready);
    await settle(page, 3);
    assert.ok(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches));
    const backing = await page.evaluate(() => [document.getElementById('canvas').width, window.innerWidth]);
    assert.deepEqual(backing, [1280, 640], 'the backing store follows the zoom (crisp text)');
    for (const view of ['panorama', 'criteria', 'workload', 'decision']) {
      assert.ok(await page.evaluate((v) => window.ModelMatrix.setPreference('view', v), view));
      await settle(page, 4);
      const shot = await page.screenshot();
      fs.writeFileSync(path.join(outDir, `zoom200-${view}-fr.png`), shot);
      const stats = pngStats(shot);
      assert.equal(stats.width, 1280);
      assert.ok(stats.distinctColors > 30, `${view} at 200% looks blank`);
    }
    await setTextView(page, true);
    fs.writeFileSync(path.join(outDir, 'zoom200-text-view-fr.png'), await page.screenshot());
    // The panel fits the narrow window: no horizontal scrolling of the page.
    assert.ok(await page.evaluate(() => document.getElementById('text-view').getBoundingClientRect().width <= window.innerWidth));
    assert.deepEqual(log.pageErrors, []);
  } finally { await browser.close(); }
});

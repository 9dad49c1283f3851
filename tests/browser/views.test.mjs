// Screenshots of every view in both languages at device-pixel ratio 1 and 2 (kept in
// build/test-artifacts/browser/views/ for review), checking that each frame is drawn, that every view in every
// language draws a different picture, that the canvas backing store follows the ratio (crisp text) and that the
// page language follows the UI language.
import test from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, record, settle, pngStats, artifactsDir } from './lib.mjs';

const server = await startServer();
test.after(() => server.close());
const outDir = path.join(artifactsDir, 'views');
fs.mkdirSync(outDir, { recursive: true });

for (const dpr of [1, 2]) {
  test(`every view in French and English at devicePixelRatio ${dpr}`, async () => {
    const browser = await launchBrowser({ deviceScaleFactor: dpr, viewport: { width: 1280, height: 800 } });
    try {
      const page = await browser.context.newPage();
      const log = record(page);
      await page.goto(`${server.origin}/index.html?preset=fr-support-chatbot`);
      await page.evaluate(() => window.ModelMatrix.ready);
      await settle(page, 3);
      const backing = await page.evaluate(() => [document.getElementById('canvas').width, window.innerWidth]);
      assert.equal(backing[0], backing[1] * dpr, 'canvas backing store = CSS width x devicePixelRatio');
      const shots = new Map();  // sha256 of the screenshot -> the view and language it shows
      for (const lang of ['fr', 'en']) {
        assert.ok(await page.evaluate((l) => window.ModelMatrix.setPreference('lang', l), lang));
        for (const view of ['panorama', 'criteria', 'workload', 'decision']) {
          assert.ok(await page.evaluate((v) => window.ModelMatrix.setPreference('view', v), view));
          await settle(page, 4);
          const shot = await page.screenshot();
          const file = path.join(outDir, `${view}-${lang}-dpr${dpr}.png`);
          fs.writeFileSync(file, shot);
          const stats = pngStats(shot);
          assert.equal(stats.width, 1280 * dpr);
          assert.ok(stats.distinctColors > 30, `${file} looks blank (${stats.distinctColors} colours)`);
          const hash = crypto.createHash('sha256').update(shot).digest('hex');
          assert.ok(!shots.has(hash), `${view}-${lang} shows the same picture as ${shots.get(hash)}`);
          shots.set(hash, `${view}-${lang}`);
        }
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      }
      assert.deepEqual(log.consoleErrors, []);
      assert.deepEqual(log.pageErrors, []);
    } finally { await browser.close(); }
  });
}

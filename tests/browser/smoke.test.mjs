// Smoke test: the page loads in headless Chromium, draws its first ImGui frame (not blank), logs no
// console error, and requests nothing but its own files.
import test from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fs from 'node:fs';
import { startServer, launchBrowser, record, pngStats, settle, artifactsDir, assertSelfhost } from './lib.mjs';

test('page loads, draws the model table, stays on its own origin', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const log = record(page);
    const t0 = Date.now();
    await page.goto(server.origin + '/index.html');
    await page.evaluate(() => window.ModelMatrix.ready);
    const readyMs = Date.now() - t0;
    const firstFrameMs = Math.round(await page.evaluate(() => window.ModelMatrix.firstFrameMs));
    // The catalog's details (figure notes, model texts) follow the first frame, from the page's own origin.
    assert.equal(await page.evaluate(() => window.ModelMatrix.catalogDetails()), true, 'catalog details loaded');
    assert.ok(server.served.includes('/catalog-details.js'), server.served.join(', '));
    await assertSelfhost(page);
    await settle(page, 5);
    const shot = await page.screenshot();
    fs.writeFileSync(path.join(artifactsDir, 'smoke.png'), shot);
    const stats = pngStats(shot);
    assert.equal(stats.width, 1280);
    assert.ok(stats.distinctColors > 20, `screenshot looks blank (${stats.distinctColors} colours)`);
    const ranking = await page.evaluate(() => window.ModelMatrix.getRanking());
    assert.ok(Array.isArray(ranking) && ranking.length >= 5, 'getRanking() lists the catalog');
    assert.match(await page.evaluate(() => window.ModelMatrix.version), /^\d+\.\d+\.\d+/);
    const foreign = log.requests.filter((u) => !u.startsWith(server.origin + '/') && !u.startsWith('data:'));
    assert.deepEqual(foreign, [], 'no request leaves the page origin');
    assert.deepEqual(log.consoleErrors, []);
    assert.deepEqual(log.pageErrors, []);
    fs.writeFileSync(path.join(artifactsDir, 'first-frame-ms.txt'), `${firstFrameMs}\n`);
    console.log(`# first frame after ${firstFrameMs} ms, ready (details in) after ${readyMs} ms; requests: ${server.served.join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
});
